import { csamHosting, type HostingRow } from '@safeguard-charts/data';
import { HostingMap } from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brand, column, darkPage, mobile, rtlPage } from './decorators';
import { example } from './example';

const meta = {
  title: 'Charts/HostingMap',
  component: HostingMap,
  decorators: [column],
  args: {
    data: csamHosting,
    title: 'Where the CSAM webpages the IWF confirmed were hosted',
    subtitle: 'Share of confirmed webpages by hosting country, 2024',
  },
} satisfies Meta<typeof HostingMap>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Mobile: Story = { decorators: [mobile] };

/**
 * Europe, where most of the hosting is, in countries too small to read on a world map. The United States and
 * Hong Kong lie outside it: they are not drawn, but the ranked list under the map names them.
 */
export const Europe: Story = {
  args: {
    region: 'europe',
    title: 'Where the CSAM webpages the IWF confirmed in 2024 were hosted: Europe',
  },
};

export const German: Story = {
  args: { locale: 'de-DE', title: 'Wo Darstellungen sexuellen Kindesmissbrauchs gehostet werden' },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', title: 'أين تُستضاف مواد الاعتداء الجنسي على الأطفال' },
  decorators: [rtlPage],
};

export const Empty: Story = { args: { data: { ...csamHosting, rows: [] } } };

/** A misspelt code ("NDL") is named in the notes and left off; the rest of the map still draws. */
export const UnknownCode: Story = {
  args: {
    ...example(
      csamHosting,
      [...csamHosting.rows, { code: 'NDL', name: 'Netherlands (misspelt)', percent: 3 }],
      'a misspelt country code',
    ),
  },
};

export const InvalidData: Story = {
  args: {
    ...example(csamHosting, [{ ...(csamHosting.rows[0] as HostingRow), percent: 140 }], 'a share over 100%'),
  },
};

/** Small places with data: Malta, Luxembourg, Singapore and Hong Kong get markers. */
export const SmallCountries: Story = {
  args: {
    ...example(
      csamHosting,
      [
        { code: 'MLT', name: 'Malta', percent: 4 },
        { code: 'LUX', name: 'Luxembourg', percent: 3 },
        { code: 'SGP', name: 'Singapore', percent: 2 },
        { code: 'HKG', name: 'Hong Kong', percent: 8 },
      ],
      'small places',
    ),
  },
};

export const HugeValues: Story = {
  args: {
    ...example(
      csamHosting,
      csamHosting.rows.map((row) => ({ ...row, count: (row.percent ?? 0) * 10_000_000 })),
      'huge counts',
    ),
    measure: 'count',
  },
};

export const LongLabels: Story = {
  args: {
    ...example(
      csamHosting,
      csamHosting.rows.map((row) => ({
        ...row,
        name: `${row.name} (including overseas territories and dependencies)`,
      })),
      'long names',
    ),
  },
};

export const BrandTheme: Story = { decorators: [brand] };
