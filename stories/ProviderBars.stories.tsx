import { ncmecProviderReports, type ProviderReport } from '@safeguard-charts/data';
import { ProviderBars } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/ProviderBars',
  component: ProviderBars,
  decorators: [column],
  args: {
    data: ncmecProviderReports,
    title: 'Reports to NCMEC the report attributes to three AI companies (unverified)',
    subtitle: 'Reports to NCMEC’s CyberTipline by provider',
  },
} satisfies Meta<typeof ProviderBars>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Shares of the total of these three figures, labelled as such in a note: off by default. */
export const WithShares: Story = { args: { showShare: true } };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Mobile: Story = { decorators: [mobile] };

export const German: Story = {
  args: {
    locale: 'de-DE',
    title: 'Meldungen von KI-Unternehmen an NCMEC, wie der Bericht sie nennt',
    subtitle: 'Meldungen je Anbieter',
  },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'بلاغات شركات الذكاء الاصطناعي إلى NCMEC' },
  decorators: [rtlPage],
};

export const Empty: Story = { args: { data: { ...ncmecProviderReports, rows: [] } } };

export const InvalidData: Story = {
  args: {
    ...example(
      ncmecProviderReports,
      [
        { ...(ncmecProviderReports.rows[0] as ProviderReport), value: Number.NaN },
        { ...(ncmecProviderReports.rows[1] as ProviderReport), value: -5 },
      ],
      'figures a chart cannot draw',
    ),
  },
};

export const HugeValues: Story = {
  args: {
    ...example(
      ncmecProviderReports,
      ncmecProviderReports.rows.map((row, i) => ({ ...row, value: row.value * 10 ** (5 - i) })),
      'huge values',
    ),
    notation: 'compact',
  },
};

export const LongLabels: Story = {
  args: {
    ...example(
      ncmecProviderReports,
      ncmecProviderReports.rows.map((row, i) => ({
        ...row,
        provider: [
          'OpenAI (ChatGPT, DALL·E and Sora consumer products combined)',
          'Amazon Web Services AI Services and Bedrock model hosting',
          'Anthropic',
        ][i] as string,
      })),
      'long labels',
    ),
  },
};

export const BrandTheme: Story = { decorators: [brand] };
