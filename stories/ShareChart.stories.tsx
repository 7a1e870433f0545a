import { forumStudy, iwfVictimSex, type ShareRow } from '@safeguard-charts/data';
import { ShareChart } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/ShareChart',
  component: ShareChart,
  decorators: [column],
  args: {
    data: iwfVictimSex,
    title: 'Almost all victims depicted in AI CSAM are girls',
    subtitle: 'The report’s figure; the IWF’s own figures for AI imagery are in the notes and the table',
  },
} satisfies Meta<typeof ShareChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const PublisherFigure: Story = { args: { figures: 'publisher' } };
export const RealisticEnoughToProsecute: Story = {
  args: { data: forumStudy, title: 'Most AI images in one forum were realistic enough to prosecute' },
};
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Mobile: Story = { decorators: [mobile] };
export const German: Story = { args: { locale: 'de-DE', title: 'Fast alle Opfer sind Mädchen' } };
export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'الضحايا من الفتيات' },
  decorators: [rtlPage],
};
export const Empty: Story = { args: { data: { ...iwfVictimSex, rows: [] } } };
export const InvalidData: Story = {
  args: {
    ...example(
      iwfVictimSex,
      [{ ...(iwfVictimSex.rows[0] as ShareRow), percent: Number.NaN }],
      'a share that is not a number',
    ),
  },
};
export const HugeValues: Story = {
  args: { ...example(iwfVictimSex, [{ label: 'Everything', percent: 100 }], 'one share of 100%') },
};
export const LongLabels: Story = {
  args: {
    ...example(
      iwfVictimSex,
      [
        {
          label: 'Victims depicted as girls in AI-generated imagery assessed by analysts over the whole year',
          percent: 94,
        },
      ],
      'long labels',
    ),
  },
};
export const BrandTheme: Story = { decorators: [brand] };
