import {
  amazonTrainingDataReports,
  calendarYear,
  defineSeries,
  month,
  ncmecAiReports,
  type SeriesPoint,
} from '@safeguard-charts/data';
import { formatNumber, NcmecTimeline } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/NcmecTimeline',
  component: NcmecTimeline,
  decorators: [column],
  args: {
    data: ncmecAiReports,
    title: 'CyberTipline reports involving generative AI, received by NCMEC',
    subtitle: 'CyberTipline reports involving generative AI; H1 2025 is the first half of the year only',
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
    ...example(
      ncmecAiReports,
      [
        {
          ...(ncmecAiReports.rows[0] as SeriesPoint),
          period: { start: '2023-12-31', end: '2023-01-01', label: '2023' },
        },
      ],
      'figures a chart cannot draw',
    ),
  },
};

export const HugeValues: Story = {
  args: {
    ...example(
      ncmecAiReports,
      ncmecAiReports.rows.map((row) => ({ ...row, value: row.value * 100_000 })),
      'huge values',
    ),
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

/** Example figures, not real data: 100 months, to show how labels thin out so none overlaps. */
const hundred = {
  ...ncmecAiReports,
  id: 'example',
  title: 'Example figures, not real data',
  unit: 'URLs',
  verification: undefined,
  notes: ['Example figures, not real data.'],
  sources: [{ publisher: 'Example Hotline', title: 'Example figures, not real data' }],
  citedSources: undefined,
  rows: Array.from({ length: 100 }, (_, i) => ({
    period: month(2017 + Math.floor(i / 12), (i % 12) + 1),
    value: Math.round(1000 + 600 * Math.sin(i / 6) + i * 40),
  })),
};

/** Two boxes overlap along x. */
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5;

/**
 * 100 values at 360 px: period labels and values are thinned so no two overlap (measured in the browser), and
 * nothing leaves the chart.
 */
export const HundredValues: Story = {
  args: { data: hundred, title: 'Example figures, not real data: 100 months', subtitle: 'URLs per month' },
  decorators: [mobile],
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg[role="img"]');
    if (!svg) throw new Error('no chart');
    const frame = svg.getBoundingClientRect();
    // At this density only the first, the last and the largest values are written; period labels are thinned.
    expect(svg.querySelectorAll('.sg-mark > text[font-weight="700"]').length).toBeLessThanOrEqual(3);
    for (const selector of ['text.sg-period', '.sg-mark > text[font-weight="700"]']) {
      const boxes = [...svg.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
      expect(boxes.length).toBeGreaterThan(selector === 'text.sg-period' ? 3 : 0);
      boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i += 1)
        expect(overlaps(boxes[i - 1] as DOMRect, boxes[i] as DOMRect)).toBe(false);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(frame.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(frame.right + 0.5);
      }
    }
  },
};

/**
 * Example figures, not real data: a hotline's spreadsheet with no figure for 2021 (`2021;k.A.`). The year keeps
 * its place as an empty slot marked "No data", never a bar of 0; the table lists it, the keyboard announces it.
 */
const gapped = defineSeries({
  id: 'example-gap',
  title: 'Example figures, not real data',
  unit: 'reports',
  rows: [
    { period: calendarYear(2019), value: 12_400 },
    { period: calendarYear(2020), value: 15_900 },
    { period: calendarYear(2022), value: 21_300 },
    { period: calendarYear(2023), value: 26_800 },
    { period: calendarYear(2024), value: 31_200 },
  ],
  gaps: [{ period: calendarYear(2021), reason: 'no-data' }],
  sources: [{ publisher: 'Example Hotline', title: 'Example figures, not real data' }],
  notes: ['Example figures, not real data.'],
});

export const WithAGap: Story = {
  name: 'With a gap',
  args: {
    data: gapped,
    title: 'Example figures: reports per year, with no figure for 2021',
    subtitle: 'Example figures, not real data; 2021 has no data',
    annotations: [],
  },
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg[role="img"]');
    if (!svg) throw new Error('no chart');
    const slot = svg.querySelector('.sg-gap');
    expect(slot?.querySelector('.sg-gap-text')?.textContent).toBe('No data');
    expect(slot?.querySelector('.sg-period')?.textContent).toBe('2021');
    expect(svg.querySelectorAll('rect.sg-bar')).toHaveLength(5);
    const row = [...canvasElement.querySelectorAll('tbody tr')].find(
      (tr) => tr.firstElementChild?.textContent === '2021',
    );
    expect(row?.children[1]?.textContent).toBe('No data');
  },
};
