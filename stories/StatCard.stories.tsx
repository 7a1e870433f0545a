import { headlineStats, iwfAiVideos, ncmecAiReports, percentChange } from '@safeguard-charts/data';
import { DatasetStatCard, StatCard, StatGrid } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, darkPage, mobile, rtlPage } from './decorators';

const [before, after] = iwfAiVideos.rows;
const surge = percentChange(before?.value ?? Number.NaN, after?.value ?? Number.NaN) ?? Number.NaN;

const meta = {
  title: 'Charts/StatCard',
  component: StatCard,
  args: {
    value: surge,
    format: 'percent',
    label: 'increase in AI-generated CSAM videos',
    context: 'From 13 videos in 2024 to 3,443 in 2025, computed from the IWF counts.',
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

export const InvalidValue: Story = { args: { value: Number.NaN, label: 'A figure with no valid value' } };

export const HugeValue: Story = {
  args: { value: 48_500_000_000, format: 'number', notation: 'compact', label: 'reports' },
};

export const LongLabel: Story = {
  args: {
    value: 485000,
    format: 'number',
    label:
      'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children in the first half of 2025',
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
