import { csamHosting, iwfAiVideos, legislation, ncmecAiReports, seedSources } from '@safeguard-charts/data';
import { SourceList } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';

const meta = {
  title: 'Charts/SourceList',
  component: SourceList,
  decorators: [column],
  args: { data: [iwfAiVideos, ncmecAiReports, csamHosting, legislation] },
} satisfies Meta<typeof SourceList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
/** The numbered list as the report gives it. */
export const ReportSources: Story = { args: { data: [seedSources] } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Mobile: Story = { decorators: [mobile] };
export const German: Story = { args: { title: 'Quellen' } };
export const RightToLeft: Story = { args: { title: 'المصادر' }, decorators: [rtlPage] };
export const Empty: Story = { args: { data: [] } };
export const LongLabels: Story = {
  args: {
    data: [
      [
        {
          publisher:
            'A publisher with a long name, its department and its programme for online child protection',
          title:
            'A report whose title runs on for a while, as report titles do, with a subtitle after a colon',
          url: 'https://example.org/report',
          published: '2025',
        },
      ],
    ],
  },
};
export const BrandTheme: Story = { decorators: [brand] };
