import { iwfAiVideos, percentChange } from '@safeguard-charts/data';
import { StatCard } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

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
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof StatCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const German: Story = { args: { locale: 'de-DE' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Compact: Story = {
  args: { value: 485000, format: 'number', notation: 'compact', label: 'NCMEC reports of AI-generated CSAM' },
};

export const InvalidValue: Story = { args: { value: Number.NaN, label: 'A figure with no valid value' } };
