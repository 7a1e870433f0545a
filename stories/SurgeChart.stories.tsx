import {
  iwfAiVideos,
  ncmecAiReports,
  ncmecH1Comparison,
  openAiH1Reports,
  type SeriesPoint,
} from '@safeguard-charts/data';
import { SurgeChart } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { EXAMPLE, example } from './example';

const meta = {
  title: 'Charts/SurgeChart',
  component: SurgeChart,
  decorators: [column],
  args: {
    data: iwfAiVideos,
    title: 'AI-generated CSAM videos found by the IWF',
    subtitle: 'Videos assessed as AI-generated child sexual abuse material, per year',
  },
} satisfies Meta<typeof SurgeChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LogScale: Story = { args: { scale: 'log' } };

/** OpenAI's reports: the "80×" of the report, with the pieces of content beside it in the notes. */
export const OpenAiReports: Story = {
  args: {
    data: openAiH1Reports,
    title: 'OpenAI’s CyberTipline reports, first half of 2024 and 2025',
    subtitle: 'Reports, January to June of each year',
  },
};

/** A series of years that ends with a half year: no change is computed, and a note says why. */
export const YearAgainstHalfYear: Story = {
  args: {
    data: ncmecAiReports,
    title: 'CyberTipline reports involving generative AI, received by NCMEC',
    subtitle: 'H1 2025 is the first half of the year only',
  },
};

/**
 * Like for like, from one publisher: NCMEC's own first halves of 2024 and 2025 (6,835 → 440,419), never its H1 2024
 * beside the press's H1 2025. The change is computed from NCMEC's pair.
 */
export const LikeForLike: Story = {
  args: {
    data: ncmecH1Comparison,
    title: 'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025',
    subtitle: 'Reports, January to June of each year',
  },
};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Mobile: Story = { decorators: [mobile] };

export const German: Story = {
  args: {
    locale: 'de-DE',
    title: 'KI-generierte Videos mit Darstellungen sexuellen Kindesmissbrauchs (IWF)',
    subtitle: 'Videos pro Jahr',
  },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'مقاطع فيديو CSAM المولدة بالذكاء الاصطناعي' },
  decorators: [rtlPage],
};

export const Empty: Story = { args: { data: { ...iwfAiVideos, rows: [] } } };

export const InvalidData: Story = {
  args: {
    ...example(
      iwfAiVideos,
      [
        { ...(iwfAiVideos.rows[0] as SeriesPoint), value: Number.POSITIVE_INFINITY },
        iwfAiVideos.rows[1] as SeriesPoint,
      ],
      'figures a chart cannot draw',
    ),
  },
};

export const HugeValues: Story = {
  args: {
    ...example(
      iwfAiVideos,
      iwfAiVideos.rows.map((row, i) => ({ ...row, value: row.value * 10 ** (4 + i) })),
      'huge values',
    ),
    notation: 'compact',
  },
};

export const LongLabels: Story = {
  args: {
    ...example(
      iwfAiVideos,
      iwfAiVideos.rows.map((row) => ({
        ...row,
        period: { ...row.period, label: `Calendar year ${row.period.label}` },
      })),
      'long labels',
    ),
    title: `${EXAMPLE}: AI-generated child sexual abuse material (CSAM) videos assessed by the Internet Watch Foundation’s analysts, before and after the spread of video generators`,
  },
};

export const BrandTheme: Story = { decorators: [brand] };
