// Any length: each chart with 1, 24 and 100 values, from a phone (320 px) to a wide page (1200 px). The figures
// are examples, made up to show the layout, and every chart says so in its title, source and notes. The
// language comes from the toolbar's "Language" (or the page's): every shipped language can be tried on each.
import {
  calendarYear,
  defineHosting,
  defineLegislation,
  defineProviderReports,
  defineSeries,
  defineShares,
  ISO_3166_COUNTRIES,
  KNOWN_LAW_STATUSES,
  month,
} from '@safeguard-charts/data';
import {
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  SurgeChart,
} from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { readable } from './checks';

const EXAMPLE = 'Example figures, not real data';
const example = {
  sources: [{ publisher: 'Example Hotline', title: EXAMPLE }],
  notes: [`${EXAMPLE}.`],
};

/** A smooth, rising, made-up series: the same numbers on every run. */
const value = (i: number) => Math.round(800 + 500 * Math.sin(i / 5) + 30 * i);

function series(count: number) {
  const rows =
    count === 1
      ? [{ period: calendarYear(2025), value: 1234 }]
      : Array.from({ length: count }, (_, i) => {
          const first = 2026 * 12 - count + i;
          return { period: month(Math.floor(first / 12), (first % 12) + 1), value: value(i) };
        });
  return defineSeries({ title: `${EXAMPLE}: ${count} periods`, unit: 'URLs', rows, ...example });
}

const providers = (count: number) =>
  defineProviderReports({
    title: `${EXAMPLE}: ${count} providers`,
    unit: 'reports',
    rows: Array.from({ length: count }, (_, i) => ({
      provider: `Example provider ${i + 1}`,
      value: Math.round(90_000 / (i + 1)),
      newReporter: i % 7 === 3,
    })),
    ...example,
  });

const shares = (count: number) =>
  defineShares({
    title: `${EXAMPLE}: ${count} groups`,
    unit: 'percent',
    rows: Array.from({ length: count }, (_, i) => ({
      label: `Example group ${i + 1}`,
      percent: 5 + ((i * 37) % 90),
    })),
    ...example,
  });

const hosting = (count: number) =>
  defineHosting({
    title: `${EXAMPLE}: ${count} countries`,
    unit: 'URLs',
    rows: ISO_3166_COUNTRIES.slice(0, count).map(([, , alpha2], i) => ({
      code: alpha2,
      count: Math.round(5000 / (i + 1)),
    })),
    ...example,
  });

const laws = (count: number) =>
  defineLegislation({
    title: `${EXAMPLE}: ${count} laws`,
    rows: Array.from({ length: count }, (_, i) => ({
      name: `Example law ${i + 1}`,
      jurisdiction: 'Example',
      status: KNOWN_LAW_STATUSES[i % KNOWN_LAW_STATUSES.length] ?? 'pending',
    })),
    ...example,
  });

const CHARTS = ['surge', 'timeline', 'providers', 'severity', 'map', 'laws'] as const;
type Kind = (typeof CHARTS)[number];

interface ExampleProps {
  /** Which chart. */
  chart: Kind;
  /** How many values: 1, 24 or 100 (any number from 1 to 200 works). */
  values: number;
  /** The page column's width in CSS pixels. */
  width: number;
}

/** One chart with `values` made-up values in a column `width` pixels wide. */
function Example({ chart, values, width }: ExampleProps) {
  const count = Math.max(1, Math.min(200, Math.round(values)));
  const title = `${EXAMPLE}: ${count}`;
  const element =
    chart === 'surge' ? (
      <SurgeChart data={series(count)} title={title} />
    ) : chart === 'timeline' ? (
      <NcmecTimeline data={series(count)} title={title} />
    ) : chart === 'providers' ? (
      <ProviderBars data={providers(count)} title={title} />
    ) : chart === 'severity' ? (
      <SeverityComparison data={shares(count)} title={title} />
    ) : chart === 'map' ? (
      <HostingMap data={hosting(count)} title={title} />
    ) : (
      <LegislationTracker data={laws(count)} title={title} />
    );
  return <div style={{ width, maxWidth: '100%' }}>{element}</div>;
}

const meta = {
  title: 'Any length',
  component: Example,
  args: { chart: 'timeline', values: 24, width: 640 },
  argTypes: {
    chart: { control: 'select', options: CHARTS },
    values: { control: { type: 'range', min: 1, max: 200 } },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
} satisfies Meta<typeof Example>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = (chart: Kind, values: number, width: number): Story => ({
  args: { chart, values, width },
  play: readable,
});

export const SurgeOne = story('surge', 1, 640);
export const SurgeTwentyFour = story('surge', 24, 320);
export const SurgeHundred = story('surge', 100, 360);
export const SurgeHundredWide = story('surge', 100, 1200);
export const TimelineOne = story('timeline', 1, 640);
export const TimelineTwentyFour = story('timeline', 24, 320);
export const TimelineHundred = story('timeline', 100, 360);
export const TimelineHundredWide = story('timeline', 100, 1200);
export const ProvidersOne = story('providers', 1, 640);
export const ProvidersTwentyFour = story('providers', 24, 320);
export const ProvidersHundred = story('providers', 100, 360);
export const SeverityOne = story('severity', 1, 640);
export const SeverityTwentyFour = story('severity', 24, 320);
export const SeverityHundred = story('severity', 100, 1200);
export const MapOne = story('map', 1, 640);
export const MapTwentyFour = story('map', 24, 320);
export const MapHundred = story('map', 100, 1200);
export const LawsOne = story('laws', 1, 640);
export const LawsTwentyFour = story('laws', 24, 320);
export const LawsHundred = story('laws', 100, 1200);

/** The same checks in other scripts and directions: German month names, Japanese, Arabic right to left. */
const inLanguage = (base: Story, locale: string): Story => ({
  ...base,
  globals: { locale },
  play: async (context) => {
    await readable(context);
    // The chart follows the page's language: it is drawn in it, not in English.
    expect(context.canvasElement.querySelector('figure')?.getAttribute('lang')).toBe(locale);
  },
});

export const TimelineHundredGerman = inLanguage(story('timeline', 100, 360), 'de-DE');
export const TimelineTwentyFourJapanese = inLanguage(story('timeline', 24, 320), 'ja-JP');
export const SurgeTwentyFourArabic = inLanguage(story('surge', 24, 320), 'ar');
export const ProvidersTwentyFourArabic = inLanguage(story('providers', 24, 320), 'ar');
