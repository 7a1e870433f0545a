import { SOURCE_LINE_WORDS } from '@safeguard-charts/data';
import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'videos'],
  images: ['image', 'images'],
  items: ['item', 'items'],
  reports: ['report', 'reports'],
  webpages: ['webpage', 'webpages'],
  percent: ['percent', 'percent'],
};

/**
 * English: the words every chart writes by default. Its words for problems with a dataset are the data
 * package's `PROBLEM_WORDS`, which `problemText` falls back to.
 */
export const en: Messages = {
  ...SOURCE_LINE_WORDS,
  locale: 'en',
  showData: 'Show data',
  hideData: 'Hide data',
  cantDraw: 'This chart can’t be drawn: its data has a problem.',
  moreProblems: (count) => `…and ${count} more.`,
  cantShowList: 'This list can’t be shown: its data has a problem.',
  unit: (unit, count) => {
    const forms = units[unit as KnownUnit];
    return forms ? forms[plural('en', count) === 'one' ? 0 : 1] : unit;
  },
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Period',
  valueIn: (unitWord) => `Value (${unitWord})`,
  partialPeriod: 'partial period',
  partialPeriodOf: (label) => `${label} (partial period)`,
  partialNote: 'Hatched bars are partial periods (for example the first half of a year), not full years.',
  logNote: 'Logarithmic scale: each gridline is ten times the one below it.',
  changeSpan: (from, to) => `from ${from} to ${to} (computed)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} has no readable dates`
        : `${label} covers ${months} ${months === 1 ? 'month' : 'months'}`;
    return `No change is shown: ${covers(from, fromMonths)} and ${covers(to, toMonths)}, so the two cannot be compared.`;
  },
  needTwoPeriods: 'This chart needs at least two periods to show a change.',
  provider: 'Provider',
  change: 'Change',
  newReporter: 'New reporter',
  reportsClaim: (label) => `${label} (report’s claim)`,
  shareNote: ({ count, total }) =>
    `Shares are of the total of these ${count} figures (${total}), computed here: no publisher gives them.`,
  shareOfThese: ({ share, count }) => `${share} of the total of these ${count} figures`,
  shareHeader: 'Share',
  percentHeader: 'Percent',
  ofHeader: 'Of',
  shareOf: (share, of) => (of ? `${share} of ${of}` : share),
  noRow: (row) => `There is no row ${row} in the data.`,
  group: 'Group',
  points: (difference, value) => `${difference} percentage ${Math.abs(value) === 1 ? 'point' : 'points'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} against ${b} ${bv}: a difference of ${points}.`,
  legendShare: 'Share of the total',
  legendCount: 'Count',
  noData: 'No data',
  outlined: ({ name, value, period }) =>
    `Outlined: ${name}, ${value} of the total${period ? ` (${period})` : ''}.`,
  country: 'Country or territory',
  code: 'Code',
  countIn: (unitWord) => `Count (${unitWord})`,
  leftOffMap: 'That row is left off the map.',
  lawStatuses: {
    signed: 'Signed into law',
    law: 'Law',
    'passed-one-chamber': 'Passed one chamber',
    pending: 'Pending',
    'in-progress': 'In progress',
  },
  reportSays: (status) => `(the report says: ${status.toLowerCase()})`,
  reportDescribes: (text) => `The report describes it as: “${text}”`,
  checkedIn: (month) => `Statuses as checked in ${month}.`,
  lawCheck: (note) => `Check: ${note}`,
  noFigure: 'No valid figure to show: the value is missing or not a number.',
  sourcesTitle: 'Sources',
  download: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  downloadBlocked: 'This page’s security settings block the image download.',
  downloadFailed: 'The image could not be made.',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied.',
  copyEmbedManual: 'Copy the embed code from this box:',
  notOnMap: (list) => `Not on this map: ${list}.`,
  halfYear: (half, year) => `H${half} ${year}`,
  untitled: 'Chart',
  figuresNotFound: (name) =>
    name
      ? `This page names figures the chart package does not have (“${name}”). Check the dataset name in the embed code.`
      : 'This page gives the chart no figures. Check the embed code.',
  chartNotFound: (name) =>
    `This page names a kind of chart the package does not have (“${name}”). Check the chart name in the embed code.`,
  figuresUnreadable: 'The figures in the embed code could not be read. Check the embed code.',
  codeNotLoaded: 'This chart’s code could not be loaded. Try reloading the page.',
};
