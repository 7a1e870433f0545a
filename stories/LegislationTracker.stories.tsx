import { type Law, legislation } from '@safeguard-charts/data';
import { LegislationTracker } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/LegislationTracker',
  component: LegislationTracker,
  decorators: [column],
  args: { data: legislation, title: 'The legal response', subtitle: 'Laws and bills on AI-generated CSAM' },
} satisfies Meta<typeof LegislationTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Mobile: Story = { decorators: [mobile] };
export const German: Story = { args: { locale: 'de-DE', title: 'Die rechtliche Antwort' } };
export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'الاستجابة القانونية' },
  decorators: [rtlPage],
};
export const Empty: Story = { args: { data: { ...legislation, rows: [] } } };
export const InvalidData: Story = {
  args: {
    ...example(
      legislation,
      [{ ...(legislation.rows[0] as Law), status: 'vetoed' as Law['status'] }],
      'an unknown stage',
    ),
  },
};
export const LongLabels: Story = {
  args: {
    ...example(
      legislation,
      legislation.rows.map((law) => ({
        ...law,
        name: `${law.name}: an Act to amend the law on online safety and for connected purposes`,
      })),
      'long labels',
    ),
  },
};
export const BrandTheme: Story = { decorators: [brand] };
