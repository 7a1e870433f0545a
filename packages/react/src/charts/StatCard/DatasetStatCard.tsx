import type {
  Dataset,
  HostingDataset,
  ProviderReport,
  SeriesPoint,
  ShareRow,
  Source,
  ValidationResult,
  Verification,
} from '@safeguard-charts/data';
import { validateDataset } from '@safeguard-charts/data';
import { forwardRef } from 'react';
import { type Figures, useChartData } from '../../hooks/useChartData';
import { useLocale } from '../../hooks/useLocale';
import { useMessages } from '../../i18n/messages';
import type { Messages } from '../../i18n/types';
import { textOf } from '../../props/props';
import { warnOnce } from '../../props/warnOnce';
import { StatCard, type StatCardProps, type StatFormat } from './StatCard';

/** Any dataset with figures: a series, shares, provider reports or hosting. */
export type FigureDataset =
  | Dataset<SeriesPoint>
  | Dataset<ShareRow>
  | Dataset<ProviderReport>
  | HostingDataset;

/**
 * Props of {@link DatasetStatCard}: the dataset and which of its figures, with every prop of a `StatCard` but the
 * ones the dataset gives (the value, its words and format, the sources and the check).
 */
export interface DatasetStatCardProps
  extends Omit<
    StatCardProps,
    'value' | 'label' | 'format' | 'context' | 'sources' | 'citedSources' | 'verification' | 'title'
  > {
  /** The dataset that holds the figure: a series, shares, provider reports or hosting. */
  data: FigureDataset;
  /** Which row's figure, counting from 0. @default the last row of a series (its latest period), else 0 */
  row?: number;
  /** Show the seed's figure or, where a check found one, the publisher's. @default 'seed' */
  figures?: Figures;
  /** The words after the figure. @default the row's own: the unit and period, the share's label, the provider */
  measureLabel?: string;
  /** A line of context under the figure, when there is no `subtitle`: the chart kind's title (the dataset's). */
  title?: string;
  /** A line of context under the figure. */
  subtitle?: string;
}

/** One figure of a dataset, read for a card: its value and how it is written, its words and its check. */
interface Figure {
  value: number;
  format: StatFormat;
  label: string;
  verification?: Verification;
}

/**
 * One figure of a dataset as a {@link StatCard}: by default a series' latest period ("485,000 reports (H1
 * 2025)"), or the row `row` names, with the dataset's sources and the figure's check. The embed draws it for
 * `<safeguard-chart chart="stat-card">`. Bad data, or a row that is not there, gives the card's message.
 */
export const DatasetStatCard = /* @__PURE__ */ forwardRef<HTMLElement, DatasetStatCardProps>(
  function DatasetStatCard(
    {
      data,
      row,
      figures = 'seed',
      measureLabel,
      title,
      subtitle,
      locale: localeProp,
      messages,
      maximumFractionDigits = 1,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp);
    const t = useMessages(locale, messages);
    const { dataset, problems } = useChartData<unknown>(
      'StatCard',
      data as Dataset<unknown>,
      validateDataset as (input: unknown) => ValidationResult<Dataset<unknown>>,
      figures,
      t,
    );
    const rows = dataset?.rows ?? [];
    const index = rowIndex(row, rows);
    const figure = dataset ? figureOf(rows[index], dataset.unit, t) : undefined;
    const words = textOf(measureLabel, 'StatCard', 'measureLabel');
    const context = textOf(subtitle) || textOf(title);
    const problem = dataset && !figure ? (rows[index] ? '' : t.noRow(index + 1)) : (problems[0] ?? '');
    return (
      <StatCard
        ref={ref}
        {...rest}
        locale={locale}
        messages={messages}
        maximumFractionDigits={maximumFractionDigits}
        value={figure ? figure.value : Number.NaN}
        format={figure?.format ?? 'number'}
        label={words || figure?.label || (figure ? '' : context)}
        context={figure ? context : problem}
        sources={figure ? (dataset?.sources as readonly Source[] | undefined) : undefined}
        citedSources={figure ? (dataset?.citedSources as readonly Source[] | undefined) : undefined}
        verification={figure ? (figure.verification ?? dataset?.verification) : undefined}
      />
    );
  },
);

/** The row asked for when it is a whole number from 0, else the default: a series' latest, else the first. */
function rowIndex(row: unknown, rows: readonly unknown[]): number {
  const series = rows.length > 0 && rows.every((r) => isObject(r) && isObject(r.period) && 'value' in r);
  const fallback = series ? rows.length - 1 : 0;
  if (row === undefined || row === null) return fallback;
  if (typeof row === 'number' && Number.isInteger(row) && row >= 0) return row;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnOnce(`StatCard: row must be a whole number from 0; using ${fallback}.`);
  return fallback;
}

/** The figure of one checked row of any shape with figures, or undefined (a law, a row without a number). */
function figureOf(row: unknown, unit: string, t: Messages): Figure | undefined {
  if (!isObject(row) || 'jurisdiction' in row) return undefined;
  const period = isObject(row.period) ? textOf(row.period.label) : '';
  const verification = isObject(row.verification) ? (row.verification as unknown as Verification) : undefined;
  const percentUnit = unit === 'percent';
  const words = (main: string, ...more: string[]): string => {
    const after = more.filter(Boolean).join(', ');
    return main && after ? `${main} (${after})` : main || after;
  };
  if ('code' in row) {
    const share = finite(row.percent);
    const value = share ?? finite(row.count);
    if (value === undefined) return undefined;
    const place = textOf(row.name) || textOf(row.code);
    const format = share === undefined ? 'number' : 'percent';
    return { value, format, label: words(place, period), verification };
  }
  if ('percent' in row) {
    const value = finite(row.percent);
    if (value === undefined) return undefined;
    return { value, format: 'percent', label: words(textOf(row.label), period), verification };
  }
  const value = finite(row.value);
  if (value === undefined) return undefined;
  const unitWord = percentUnit ? '' : t.unit(unit, value);
  const format = percentUnit ? 'percent' : 'number';
  if ('provider' in row)
    return { value, format, label: words(unitWord, textOf(row.provider), period), verification };
  return { value, format, label: words(unitWord, period), verification };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
