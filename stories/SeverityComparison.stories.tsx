import { iwfSeverity, type ShareRow } from '@safeguard-charts/data';
import { SeverityComparison } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/SeverityComparison',
  component: SeverityComparison,
  decorators: [column],
  args: {
    data: iwfSeverity,
    title: 'AI-generated videos are more often of the most severe kind',
    subtitle: 'Share of CSAM videos the IWF classified as Category A, 2025',
    measureLabel: 'Category A',
  },
} satisfies Meta<typeof SeverityComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Mobile: Story = { decorators: [mobile] };
export const German: Story = {
  args: { locale: 'de-DE', title: 'KI-Videos sind häufiger Kategorie A', measureLabel: 'Kategorie A' },
};
export const RightToLeft: Story = { args: { locale: 'ar', title: 'الفئة أ' }, decorators: [rtlPage] };
export const Empty: Story = { args: { data: { ...iwfSeverity, rows: [] } } };
export const InvalidData: Story = {
  args: {
    ...example(iwfSeverity, [{ ...(iwfSeverity.rows[0] as ShareRow), percent: 165 }], 'a share over 100%'),
  },
};
export const HugeValues: Story = {
  args: {
    ...example(
      iwfSeverity,
      iwfSeverity.rows.map((row, i) => ({ ...row, percent: [99.9, 0.1][i] ?? 0 })),
      'huge values',
    ),
  },
};
export const LongLabels: Story = {
  args: {
    ...example(
      iwfSeverity,
      iwfSeverity.rows.map((row) => ({
        ...row,
        label: `${row.label} assessed by analysts during the calendar year`,
      })),
      'long labels',
    ),
  },
};
export const BrandTheme: Story = { decorators: [brand] };
