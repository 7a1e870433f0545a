import { iwfAnnualData2024, seedIwf } from '../sources';
import type { CheckedDataset, HostingDataset, Verification } from '../types';
import { AS_OF, roundedShare, year } from './common';

/** Reports the IWF confirmed as CSAM in 2024, each a webpage: the count every 2024 share is of. */
const CONFIRMED_2024 = 291273;
const NLD_2024 = 83037;
const EU_2024 = 181112;

/** The 27 member states of the European Union, by ISO 3166-1 alpha-3 code. */
export const EU_MEMBERS: readonly string[] = [
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
];

const countryCheck: Verification = {
  status: 'confirmed',
  note: 'IWF 2024 share of confirmed CSAM webpages by hosting country.',
  source: iwfAnnualData2024,
};

/**
 * Where CSAM webpages the IWF actioned were hosted. Only countries with a sourced share are listed:
 * every other country has no data, which is not zero.
 */
export const csamHosting: CheckedDataset<HostingDataset> = {
  id: 'csamHosting',
  shape: 'hosting',
  title: 'Where the CSAM webpages the IWF confirmed in 2024 were hosted',
  description:
    'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.',
  unit: 'percent',
  rows: [
    {
      code: 'NLD',
      name: 'Netherlands',
      percent: /* @__PURE__ */ roundedShare(NLD_2024, CONFIRMED_2024, 'the Netherlands’ share'),
      count: NLD_2024,
      period: /* @__PURE__ */ year(2024),
      verification: countryCheck,
    },
    {
      code: 'USA',
      name: 'United States',
      percent: 14,
      period: /* @__PURE__ */ year(2024),
      verification: countryCheck,
    },
    {
      code: 'BGR',
      name: 'Bulgaria',
      percent: 9,
      period: /* @__PURE__ */ year(2024),
      verification: countryCheck,
    },
    {
      code: 'HKG',
      name: 'Hong Kong',
      percent: 8,
      period: /* @__PURE__ */ year(2024),
      verification: countryCheck,
    },
    {
      code: 'ROU',
      name: 'Romania',
      percent: 7,
      period: /* @__PURE__ */ year(2024),
      verification: countryCheck,
    },
  ],
  aggregates: [
    {
      code: 'EU',
      name: 'European Union',
      members: EU_MEMBERS,
      percent: /* @__PURE__ */ roundedShare(EU_2024, CONFIRMED_2024, 'the EU’s share'),
      count: EU_2024,
      period: /* @__PURE__ */ year(2024),
      verification: {
        status: 'corrected',
        note: 'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.',
        source: iwfAnnualData2024,
      },
    },
  ],
  total: { value: CONFIRMED_2024, label: 'reports (webpages) the IWF confirmed as CSAM in 2024' },
  sources: [iwfAnnualData2024],
  citedSources: [seedIwf],
  verification: {
    status: 'corrected',
    note: 'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.',
    source: iwfAnnualData2024,
  },
  asOf: AS_OF,
  notes: [
    'Countries not listed have no data here, which is not the same as zero.',
    'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.',
    'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.',
  ],
};
