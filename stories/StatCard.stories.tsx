import { headlineStats, iwfAiVideos, ncmecAiReports, percentChange } from '@safeguard-charts/data';
import { DatasetStatCard, formatNumber, StatCard, StatGrid } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, darkPage, mobile, rtlPage } from './decorators';
import { EXAMPLE, EXAMPLE_SOURCE } from './example';

const [before, after] = iwfAiVideos.rows;
const surge = percentChange(before?.value ?? Number.NaN, after?.value ?? Number.NaN) ?? Number.NaN;

const meta = {
  title: 'Charts/StatCard',
  component: StatCard,
  args: {
    value: surge,
    format: 'percent',
    label: 'increase in AI-generated CSAM videos',
    context: `From ${formatNumber(before?.value ?? Number.NaN)} videos in 2024 to ${formatNumber(after?.value ?? Number.NaN)} in 2025, computed from the IWF counts.`,
    sources: iwfAiVideos.sources,
    citedSources: iwfAiVideos.citedSources,
  },
  parameters: { width: 360 },
  decorators: [
    (Story, { parameters }) => (
      <div style={{ maxWidth: parameters.width as number }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof StatCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Mobile: Story = { decorators: [mobile] };

export const German: Story = {
  args: {
    locale: 'de-DE',
    label: 'Anstieg KI-generierter Videos mit Darstellungen sexuellen Kindesmissbrauchs',
  },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', label: 'زيادة في مقاطع الفيديو' },
  decorators: [rtlPage],
};

export const InvalidValue: Story = {
  args: {
    value: Number.NaN,
    label: 'A figure with no valid value',
    context: undefined,
    sources: [EXAMPLE_SOURCE],
    citedSources: undefined,
  },
};

export const HugeValue: Story = {
  args: {
    value: 48_500_000_000,
    format: 'number',
    notation: 'compact',
    label: `reports (${EXAMPLE.toLowerCase()})`,
    context: undefined,
    sources: [EXAMPLE_SOURCE],
    citedSources: undefined,
  },
};

/** NCMEC's H1 2025 as the report gives it, with its sources and its check, under a long label. */
const h1 = ncmecAiReports.rows[2];

export const LongLabel: Story = {
  args: {
    value: h1?.value ?? Number.NaN,
    format: 'number',
    label:
      'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children in the first half of 2025',
    context: undefined,
    sources: ncmecAiReports.sources,
    citedSources: ncmecAiReports.citedSources,
    verification: h1?.verification,
  },
};

export const BrandTheme: Story = { decorators: [brand] };

/** The four headline figures of the report, from `headlineStats`. */
export const HeadlineGrid: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
  render: () => (
    <StatGrid aria-label="Key figures">
      {headlineStats.map((stat) => (
        <StatCard
          key={stat.id}
          value={stat.value}
          format={stat.format}
          label={stat.label}
          sources={stat.sources}
          citedSources={stat.citedSources}
          verification={stat.verification}
        />
      ))}
    </StatGrid>
  ),
};

/**
 * One figure of a package dataset with `DatasetStatCard`, as the embed's `chart="stat-card"` draws it: by default a
 * series' latest period (NCMEC's reports involving generative AI, H1 2025), with the dataset's sources and check.
 */
export const FromDataset: Story = {
  render: (args) => (
    <DatasetStatCard
      data={ncmecAiReports}
      title="Reports to NCMEC involving generative AI"
      locale={args.locale}
    />
  ),
};

/** The same card on a German page: the figure, the unit and the period in German. */
export const FromDatasetGerman: Story = {
  args: { locale: 'de-DE' },
  render: FromDataset.render,
};
