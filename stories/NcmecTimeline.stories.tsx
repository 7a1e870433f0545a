import { amazonTrainingDataReports, ncmecAiReports, type SeriesPoint } from '@safeguard-charts/data';
import { formatNumber, NcmecTimeline } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';

const amazon = amazonTrainingDataReports.rows[0];
const annotations = amazon
  ? [
      {
        period: 'H1 2025',
        text: `${formatNumber(amazon.value)} from Amazon AI Services`,
        note: amazon.verification?.note ?? amazonTrainingDataReports.description,
      },
    ]
  : [];

const meta = {
  title: 'Charts/NcmecTimeline',
  component: NcmecTimeline,
  decorators: [column],
  args: {
    data: ncmecAiReports,
    title: 'CyberTipline reports involving generative AI, received by NCMEC',
    subtitle: 'CyberTipline reports involving generative AI; H1 2025 is the first half of the year only',
    annotations,
  },
} satisfies Meta<typeof NcmecTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const PublisherFigures: Story = { args: { figures: 'publisher' } };

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Mobile: Story = { decorators: [mobile] };

export const German: Story = {
  args: {
    locale: 'de-DE',
    title: 'CyberTipline-Meldungen an NCMEC mit Bezug zu generativer KI',
    subtitle: 'Meldungen pro Jahr; H1 2025 ist nur das erste Halbjahr',
  },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'بلاغات إلى NCMEC' },
  decorators: [rtlPage],
};

export const Empty: Story = { args: { data: { ...ncmecAiReports, rows: [] }, annotations: [] } };

export const InvalidData: Story = {
  args: {
    data: {
      ...ncmecAiReports,
      rows: [
        {
          ...(ncmecAiReports.rows[0] as SeriesPoint),
          period: { start: '2023-12-31', end: '2023-01-01', label: '2023' },
        },
      ],
    },
  },
};

export const HugeValues: Story = {
  args: {
    data: {
      ...ncmecAiReports,
      rows: ncmecAiReports.rows.map((row) => ({ ...row, value: row.value * 100_000 })),
    },
    notation: 'compact',
    annotations: [],
  },
};

export const LongLabels: Story = {
  args: {
    annotations: [
      {
        period: 'H1 2025',
        text: 'A single provider’s reports of known CSAM found in data collected to train AI models',
      },
    ],
  },
};

export const BrandTheme: Story = { decorators: [brand] };
