/*
 * The figure changelog: what changed in the figures themselves between two versions of @safeguard-charts/data's data,
 * dataset by dataset and figure by figure (value, check status and note, source, title, unit, period, label),
 * with datasets, figures and sources added or removed. `scripts/figure-changelog.mjs` loads two versions (a git
 * revision's sources and the current ones) and writes FIGURES.md with `formatFigureChanges`.
 *
 * Part of the release tooling (this private package), not of @safeguard-charts/data: sites read FIGURES.md.
 * It reads each version's data as plain records, since an older version's types are not this one's.
 */

/** The data of one version of the package: its module's `datasets`, `headlineStats` and `sources`. */
export interface FigureData {
  /** Every dataset of the version (`datasets` of its entry). */
  readonly datasets: readonly object[];
  /** The headline figures (`headlineStats`), compared as one more dataset keyed by their `id`. */
  readonly headlineStats?: readonly object[];
  /** The source lists (`sources`): `seed`, the report's numbered list, and `checked`, what the check found. */
  readonly sources?: { readonly seed?: readonly object[]; readonly checked?: readonly object[] };
}

/**
 * What kind of thing changed:
 * - `value`: a figure as the report states it (a count, a share, the counts behind a share);
 * - `status`: a check's status, or a law's stage;
 * - `check`: what a check brings beside the report's figure (the publisher's own figure, its counts);
 * - `source`: which document a figure or dataset cites (a source's own details are listed under Sources);
 * - `note`: a check's note, a dataset's note, a law's description or provision;
 * - `title`, `description`, `unit`, `period`, `label`: what they say;
 * - `other`: anything else (a source's URL or dates, a law's dates, the month of the check).
 */
export type FigureChangeKind =
  | 'value'
  | 'status'
  | 'check'
  | 'source'
  | 'note'
  | 'title'
  | 'description'
  | 'unit'
  | 'period'
  | 'label'
  | 'other';

/** One field that changed, as a reader sees it: `before` is absent where it was added, `after` where removed. */
export interface FieldChange {
  /** The field in words: `Value`, `Check: status`, `Check: note`, `Sources`, `Note`. */
  field: string;
  /** What kind of thing changed. */
  kind: FigureChangeKind;
  /** The field as the earlier version has it, values with their unit (`29%`, `3,443 videos`). */
  before?: string;
  /** The field as the later version has it. */
  after?: string;
}

/** Whether a dataset, figure or source was added, removed, or is in both versions with changes. */
export type Presence = 'added' | 'removed' | 'changed';

/** A figure (a row) of a dataset that was added, removed or changed. */
export interface RowChange {
  /** The row's natural key: its period's dates, a share's label, a provider, a country code, a law's id. */
  key: string;
  /** How a reader names the row: `H1 2025`, `Netherlands (NLD)`, `ENFORCE Act`. */
  label: string;
  /** Added, removed or changed. */
  change: Presence;
  /** For a row added or removed: its figure with its unit and its check's status (`3,252 items; check: confirmed`). */
  figure?: string;
  /** For a changed row: each field that changed. */
  fields: FieldChange[];
}

/** A dataset (or the headline figures) that was added, removed or changed. */
export interface DatasetChange {
  /** The dataset's `id` (`headlineStats` for the headline figures). */
  id: string;
  /** Its title in the later version (the earlier one's for a dataset removed). */
  title: string;
  /** Added, removed or changed. */
  change: Presence;
  /** Changes to the dataset as a whole (title, unit, sources, check, notes). */
  fields: FieldChange[];
  /** Its figures added, removed or changed, in the later version's order, then those removed. */
  rows: RowChange[];
}

/** A source (a document) added, removed or revised anywhere in the data. */
export interface SourceChange {
  /** Its publisher and title in the later version (the earlier one's for a source removed). */
  label: string;
  /** Added, removed or changed. */
  change: Presence;
  /** For a changed source: each field that changed (title, URL, dates, the lists it is in). */
  fields: FieldChange[];
}

/** Everything that changed between two versions' figures. */
export interface FigureChanges {
  /** The datasets that changed, headline figures first, then in the later version's order, then those removed. */
  datasets: DatasetChange[];
  /** The ids of the datasets in both versions with no change, in the later version's order. */
  unchanged: string[];
  /** The sources added, removed or revised. */
  sources: SourceChange[];
}

type Rec = Record<string, unknown>;

/** One comparable field of a row or dataset. */
interface Field {
  field: string;
  kind: FigureChangeKind;
  /** What is compared: equal `compare` means no change. */
  compare: string;
  /** What a reader sees. */
  show: string;
  /** Shown instead when two different values would show the same (86.0309… and 86.03 both "86.03%"). */
  exact?: string;
  /** A list compared item by item (notes, provisions): each item added or removed is its own change. */
  items?: readonly string[];
}

/** How one version names its sources: the identity key of a source, matched across the two versions. */
type SourceKey = (source: Rec) => string;

interface Context {
  /** The dataset's unit, for the values of its rows and checks. */
  unit: string | undefined;
  /** The identity of a source of this version (see {@link matchSources}). */
  sourceKey: SourceKey;
  /** Each dataset's unit in this version, by id: a headline figure takes its dataset's. */
  units: ReadonlyMap<string, string | undefined>;
}

const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** JSON with sorted keys, so two equal values compare equal whatever order their fields were written in. */
function stable(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, v: unknown) =>
    isRec(v) && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** A number as the changelog writes it: thousands grouped, at most two decimals. */
function num(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A value with its unit: `29%`, `3,443 videos`, `83,037` (no unit). */
function withUnit(value: unknown, unit: string | undefined, exact = false): string {
  const n = exact ? String(value) : num(value);
  if (unit === 'percent') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

function valueField(field: string, kind: FigureChangeKind, value: unknown, unit: string | undefined): Field {
  return {
    field,
    kind,
    compare: stable(value),
    show: value === undefined ? '' : withUnit(value, unit),
    exact: value === undefined ? '' : withUnit(value, unit, true),
  };
}

function textField(field: string, kind: FigureChangeKind, value: unknown): Field {
  return { field, kind, compare: stable(value), show: value === undefined ? '' : String(value) };
}

/** A period by its label; by its dates too where only they differ. */
function periodText(period: unknown, withDates = false): string {
  if (!isRec(period)) return '';
  const label = text(period.label) ?? '';
  if (!withDates) return label;
  return `${label} (${String(period.start)} to ${String(period.end)}${period.partial ? ', partial' : ''})`;
}

function periodField(field: string, period: unknown): Field {
  return {
    field,
    kind: 'period',
    compare: stable(period),
    show: periodText(period),
    exact: periodText(period, true),
  };
}

/** A source as a reader cites it: `Publisher, Title (published)`. */
export function sourceText(source: unknown): string {
  if (!isRec(source)) return '';
  const published = text(source.published);
  return `${String(source.publisher)}, ${String(source.title)}${published ? ` (${published})` : ''}`;
}

function sourceField(field: string, source: unknown, ctx: Context): Field {
  return {
    field,
    kind: 'source',
    compare: isRec(source) ? ctx.sourceKey(source) : '',
    show: sourceText(source),
  };
}

function sourceListField(field: string, list: unknown, ctx: Context): Field {
  const sources = Array.isArray(list) ? list.filter(isRec) : [];
  return {
    field,
    kind: 'source',
    // A list without sources and no list at all say the same: no document.
    compare: stable(sources.map(ctx.sourceKey).sort()),
    show: sources.length ? sources.map(sourceText).join('; ') : '(none)',
  };
}

function itemsField(field: string, kind: FigureChangeKind, list: unknown): Field {
  const items = Array.isArray(list) ? list.map(String) : [];
  return { field, kind, compare: stable(items), show: '', items };
}

/** The fields of a check (`verification`), each its own line: `Check: status`, `Check: note`… */
function checkFields(prefix: string, check: unknown, ctx: Context): Field[] {
  const c: Rec = isRec(check) ? check : {};
  const known = ['status', 'note', 'value', 'source', 'period', 'label', 'of', 'part', 'whole', 'seedValue'];
  return [
    textField(`${prefix}: status`, 'status', c.status),
    textField(`${prefix}: note`, 'note', c.note),
    valueField(`${prefix}: publisher’s figure`, 'check', c.value, ctx.unit),
    sourceField(`${prefix}: source`, c.source, ctx),
    periodField(`${prefix}: period`, c.period),
    textField(`${prefix}: label`, 'label', c.label),
    textField(`${prefix}: of`, 'label', c.of),
    valueField(`${prefix}: part (count)`, 'check', c.part, undefined),
    valueField(`${prefix}: whole (count)`, 'check', c.whole, undefined),
    valueField(`${prefix}: report’s figure (seedValue)`, 'check', c.seedValue, ctx.unit),
    ...otherFields(c, known, `${prefix}: `),
  ];
}

/** Any field this module does not know by name, compared as JSON, so a new field never goes unseen. */
function otherFields(record: Rec, known: readonly string[], prefix = ''): Field[] {
  return Object.keys(record)
    .filter((key) => !known.includes(key) && record[key] !== undefined)
    .sort()
    .map((key) => ({
      field: `${prefix}${key}`,
      kind: 'other' as const,
      compare: stable(record[key]),
      show: typeof record[key] === 'string' ? (record[key] as string) : stable(record[key]),
    }));
}

/** How a shape reads its rows: the natural key, the name a reader knows, the fields, the figure. */
interface RowReader {
  key(row: Rec): string;
  label(row: Rec): string;
  /** What pairs a row left without its key's twin with one in the other version (a renamed share). */
  pairing(row: Rec): string;
  fields(row: Rec, ctx: Context): Field[];
  figure(row: Rec, ctx: Context): string;
}

const periodKey = (period: unknown): string =>
  isRec(period) ? `${String(period.start)}/${String(period.end)}` : '';

const checkStatus = (row: Rec): string =>
  isRec(row.verification) && row.verification.status ? `; check: ${String(row.verification.status)}` : '';

const series: RowReader = {
  key: (row) => periodKey(row.period),
  label: (row) => periodText(row.period),
  pairing: (row) => stable(row.value),
  fields: (row, ctx) => [
    periodField('Period', row.period),
    valueField('Value', 'value', row.value, ctx.unit),
    ...checkFields('Check', row.verification, ctx),
    ...otherFields(row, ['period', 'value', 'verification']),
  ],
  figure: (row, ctx) => `${withUnit(row.value, ctx.unit)}${checkStatus(row)}`,
};

/** A share's name, with its period where the label does not say it. */
function shareLabel(row: Rec): string {
  const label = String(row.label);
  const period = periodText(row.period);
  return period && !label.includes(period) ? `${label}, ${period}` : label;
}

const shares: RowReader = {
  key: (row) => (row.period ? `${String(row.label)} (${periodKey(row.period)})` : String(row.label)),
  label: shareLabel,
  pairing: (row) => stable([row.percent, row.period]),
  fields: (row, ctx) => [
    textField('Label', 'label', row.label),
    valueField('Value', 'value', row.percent, 'percent'),
    textField('Of', 'label', row.of),
    periodField('Period', row.period),
    valueField('Part (count)', 'value', row.part, undefined),
    valueField('Whole (count)', 'value', row.whole, undefined),
    ...checkFields('Check', row.verification, { ...ctx, unit: 'percent' }),
    ...otherFields(row, ['label', 'percent', 'of', 'period', 'part', 'whole', 'verification']),
  ],
  figure: (row) => `${withUnit(row.percent, 'percent')}${checkStatus(row)}`,
};

const providers: RowReader = {
  key: (row) => String(row.provider),
  label: (row) => (row.period ? `${String(row.provider)}, ${periodText(row.period)}` : String(row.provider)),
  pairing: (row) => stable(row.value),
  fields: (row, ctx) => {
    const change: Rec = isRec(row.change) ? row.change : {};
    return [
      textField('Provider', 'label', row.provider),
      valueField('Value', 'value', row.value, ctx.unit),
      periodField('Period', row.period),
      textField('Change on the year before', 'value', row.change ? `${String(change.label)}` : undefined),
      valueField('Change on the year before (percent)', 'value', change.percent, 'percent'),
      ...checkFields('Change’s check', change.verification, { ...ctx, unit: 'percent' }),
      ...otherFields(change, ['label', 'percent', 'verification'], 'Change: '),
      textField(
        'New reporter',
        'other',
        row.newReporter === undefined ? undefined : row.newReporter ? 'yes' : 'no',
      ),
      ...checkFields('Check', row.verification, ctx),
      ...otherFields(row, ['provider', 'value', 'period', 'change', 'newReporter', 'verification']),
    ];
  },
  figure: (row, ctx) => `${withUnit(row.value, ctx.unit)}${checkStatus(row)}`,
};

/** A hosting row's share and count: `29% (83,037)`. */
const hostingFigure = (row: Rec): string =>
  `${withUnit(row.percent, 'percent')}${row.count === undefined ? '' : ` (${num(row.count)})`}${checkStatus(row)}`;

const hosting: RowReader = {
  key: (row) => String(row.code),
  label: (row) => `${String(row.name ?? row.code)} (${String(row.code)})`,
  pairing: (row) => stable([row.percent, row.count]),
  fields: (row, ctx) => [
    textField('Name', 'label', row.name),
    valueField('Value', 'value', row.percent, 'percent'),
    valueField('Count', 'value', row.count, undefined),
    periodField('Period', row.period),
    ...checkFields('Check', row.verification, { ...ctx, unit: 'percent' }),
    ...otherFields(row, ['code', 'name', 'percent', 'count', 'period', 'verification']),
  ],
  figure: hostingFigure,
};

const aggregates: RowReader = {
  key: (row) => `aggregate ${String(row.code)}`,
  label: (row) => `${String(row.name)} (${String(row.code)}, group of countries)`,
  pairing: (row) => stable([row.percent, row.count]),
  fields: (row, ctx) => [
    ...hosting.fields(row, ctx).filter((f) => f.field !== 'members'),
    {
      field: 'Members',
      kind: 'other',
      compare: stable(Array.isArray(row.members) ? [...row.members].map(String).sort() : row.members),
      show: Array.isArray(row.members) ? `${row.members.length}: ${row.members.join(', ')}` : '',
    },
  ],
  figure: hostingFigure,
};

const dates = (list: unknown): string =>
  Array.isArray(list)
    ? list
        .filter(isRec)
        .map((d) => `${String(d.label)}: ${String(d.date)}`)
        .join('; ')
    : '';

const laws: RowReader = {
  key: (row) => String(row.id),
  label: (row) => String(row.name),
  pairing: (row) => stable(row.name),
  fields: (row, ctx) => [
    textField('Name', 'label', row.name),
    textField('Jurisdiction', 'label', row.jurisdiction),
    textField('Bill number', 'label', row.billNumber),
    textField('Stage (checked)', 'status', row.status),
    textField('Stage (as the report gives it)', 'status', row.seedStatus),
    { field: 'Dates', kind: 'other', compare: stable(row.dates ?? []), show: dates(row.dates) },
    itemsField('Provision', 'note', row.provisions),
    textField('Description (as the report gives it)', 'note', row.seedDescription),
    ...checkFields('Check', row.verification, ctx),
    ...otherFields(row, [
      'id',
      'name',
      'jurisdiction',
      'billNumber',
      'status',
      'seedStatus',
      'dates',
      'provisions',
      'seedDescription',
      'verification',
    ]),
  ],
  figure: (row) => `stage: ${String(row.status)}${checkStatus(row)}`,
};

/** The unit of a headline figure: a percent, a percent change, or its dataset's unit. */
function headlineUnit(row: Rec, ctx: Context): string | undefined {
  if (row.format === 'percent' || row.format === 'percent-change') return 'percent';
  return ctx.units.get(String(row.datasetId));
}

const headlines: RowReader = {
  key: (row) => String(row.id),
  label: (row) => `\`${String(row.id)}\``,
  pairing: (row) => stable(row.value),
  fields: (row, ctx) => {
    const unit = headlineUnit(row, ctx);
    return [
      valueField('Value', 'value', row.value, unit),
      textField('Format', 'other', row.format),
      textField('Label', 'label', row.label),
      textField('Label (as the report gives it)', 'label', row.seedLabel),
      textField('Dataset', 'other', row.datasetId),
      sourceListField('Sources', row.sources, ctx),
      sourceListField('Cited by the report', row.citedSources, ctx),
      ...checkFields('Check', row.verification, { ...ctx, unit }),
      ...otherFields(row, [
        'id',
        'value',
        'format',
        'label',
        'seedLabel',
        'datasetId',
        'sources',
        'citedSources',
        'verification',
      ]),
    ];
  },
  figure: (row, ctx) => `${withUnit(row.value, headlineUnit(row, ctx))}${checkStatus(row)}`,
};

const READERS = { series, shares, providers, hosting, legislation: laws } as const;
type Shape = keyof typeof READERS;

/** A dataset's shape, as it declares it, or as its first row shows it (older versions declare none). */
function shapeOf(dataset: Rec): Shape {
  if (typeof dataset.shape === 'string' && dataset.shape in READERS) return dataset.shape as Shape;
  const first = Array.isArray(dataset.rows) ? dataset.rows.find(isRec) : undefined;
  if (Array.isArray(dataset.aggregates) || (first && 'code' in first)) return 'hosting';
  if (first && 'provider' in first) return 'providers';
  if (first && 'jurisdiction' in first) return 'legislation';
  if (first && 'percent' in first) return 'shares';
  return 'series';
}

/** The fields of a dataset as a whole. */
function datasetFields(dataset: Rec, ctx: Context): Field[] {
  const total: Rec | undefined = isRec(dataset.total) ? dataset.total : undefined;
  const images: Rec | undefined = isRec(dataset.imagesInOneMonth) ? dataset.imagesInOneMonth : undefined;
  return [
    textField('Title', 'title', dataset.title),
    textField('Description', 'description', dataset.description),
    textField('Unit', 'unit', dataset.unit),
    sourceListField('Sources', dataset.sources, ctx),
    sourceListField('Cited by the report', dataset.citedSources, ctx),
    ...checkFields('Check', dataset.verification, ctx),
    textField('Checked in (asOf)', 'other', dataset.asOf),
    itemsField('Note', 'note', dataset.notes),
    {
      field: 'Total',
      kind: 'value',
      compare: stable(total),
      show: total ? `${num(total.value)} ${String(total.label)}` : '',
    },
    {
      field: 'Images in one month',
      kind: 'value',
      compare: stable(images),
      show: images ? `${num(images.value)} ${String(images.unit)} (${String(images.label)})` : '',
    },
    ...otherFields(dataset, [
      'id',
      // A dataset's shape says which fields its rows have; the rows are compared field by field.
      'shape',
      'title',
      'description',
      'unit',
      'rows',
      'aggregates',
      'sources',
      'citedSources',
      'verification',
      'asOf',
      'notes',
      'total',
      'imagesInOneMonth',
    ]),
  ];
}

/** Field by field, what differs between two lists of fields (the same fields of one thing in two versions). */
function compareFields(before: readonly Field[], after: readonly Field[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const earlier = new Map(before.map((f) => [f.field, f]));
  const later = new Map(after.map((f) => [f.field, f]));
  const names = [...after.map((f) => f.field), ...before.map((f) => f.field).filter((n) => !later.has(n))];
  for (const name of names) {
    const b = earlier.get(name);
    const a = later.get(name);
    if (b?.compare === a?.compare) continue;
    const kind = (a ?? b)?.kind ?? 'other';
    if (a?.items || b?.items) {
      // Item by item: one that went and one that came at the same place are one item reworded.
      const was = b?.items ?? [];
      const now = a?.items ?? [];
      const came = new Set(now.flatMap((item, i) => (was.includes(item) ? [] : [i])));
      was.forEach((item, i) => {
        if (now.includes(item)) return;
        if (came.delete(i)) changes.push({ field: name, kind, before: item, after: now[i] as string });
        else changes.push({ field: name, kind, before: item });
      });
      for (const i of came) changes.push({ field: name, kind, after: now[i] as string });
      continue;
    }
    let shownBefore = b?.show || undefined;
    let shownAfter = a?.show || undefined;
    if (shownBefore === shownAfter) {
      shownBefore = b?.exact || shownBefore;
      shownAfter = a?.exact || shownAfter;
    }
    const change: FieldChange = { field: name, kind };
    if (shownBefore !== undefined) change.before = shownBefore;
    if (shownAfter !== undefined) change.after = shownAfter;
    changes.push(change);
  }
  return changes;
}

/**
 * Keys each row by its natural key; where two rows of one version share it, the period and then the row's
 * place tell them apart.
 */
function keyed(rows: readonly Rec[], reader: RowReader): Map<string, Rec> {
  const byKey = new Map<string, Rec>();
  const primary = rows.map((row) => reader.key(row));
  rows.forEach((row, i) => {
    let key = primary[i] ?? '';
    if (primary.filter((k) => k === key).length > 1 && row.period) key = `${key} · ${periodKey(row.period)}`;
    let n = 2;
    const base = key;
    while (byKey.has(key)) key = `${base} #${n++}`;
    byKey.set(key, row);
  });
  return byKey;
}

function compareRows(
  before: readonly Rec[],
  after: readonly Rec[],
  reader: RowReader,
  ctxBefore: Context,
  ctxAfter: Context,
): RowChange[] {
  const earlier = keyed(before, reader);
  const later = keyed(after, reader);
  const pairs = new Map<string, string>(); // later key → earlier key
  for (const key of later.keys()) if (earlier.has(key)) pairs.set(key, key);
  // A row whose key changed but whose figure did not (a share renamed): paired where that is unambiguous.
  const leftBefore = [...earlier.keys()].filter((k) => ![...pairs.values()].includes(k));
  const leftAfter = [...later.keys()].filter((k) => !pairs.has(k));
  for (const key of leftAfter) {
    const figure = reader.pairing(later.get(key) as Rec);
    const candidates = leftBefore.filter((k) => reader.pairing(earlier.get(k) as Rec) === figure);
    const rivals = leftAfter.filter((k) => reader.pairing(later.get(k) as Rec) === figure);
    if (candidates.length === 1 && rivals.length === 1) pairs.set(key, candidates[0] as string);
  }
  const paired = new Set(pairs.values());
  const changes: RowChange[] = [];
  for (const [key, row] of later) {
    const earlierKey = pairs.get(key);
    if (earlierKey === undefined) {
      changes.push({
        key,
        label: reader.label(row),
        change: 'added',
        figure: reader.figure(row, ctxAfter),
        fields: [],
      });
      continue;
    }
    const was = earlier.get(earlierKey) as Rec;
    const fields = compareFields(reader.fields(was, ctxBefore), reader.fields(row, ctxAfter));
    if (fields.length) changes.push({ key, label: reader.label(row), change: 'changed', fields });
  }
  for (const [key, row] of earlier) {
    if (paired.has(key)) continue;
    changes.push({
      key,
      label: reader.label(row),
      change: 'removed',
      figure: reader.figure(row, ctxBefore),
      fields: [],
    });
  }
  return changes;
}

const recs = (list: unknown): Rec[] => (Array.isArray(list) ? list.filter(isRec) : []);

/** A dataset's id (its title, for one without). */
const datasetId = (dataset: Rec): string => text(dataset.id) ?? String(dataset.title);

/** Each shape's rows (a hosting dataset's aggregates are rows of their own reader). */
function rowsOf(dataset: Rec): { reader: RowReader; rows: Rec[] }[] {
  const shape = shapeOf(dataset);
  const parts = [{ reader: READERS[shape], rows: recs(dataset.rows) }];
  if (shape === 'hosting') parts.push({ reader: aggregates, rows: recs(dataset.aggregates) });
  return parts;
}

function compareDataset(
  before: Rec | undefined,
  after: Rec | undefined,
  ctxBefore: Context,
  ctxAfter: Context,
): DatasetChange {
  const some = (after ?? before) as Rec;
  if (before) ctxBefore = { ...ctxBefore, unit: text(before.unit) };
  if (after) ctxAfter = { ...ctxAfter, unit: text(after.unit) };
  const base = { id: datasetId(some), title: String(some.title) };
  if (!before || !after) {
    const only = (before ?? after) as Rec;
    const rows = rowsOf(only).flatMap(({ reader, rows: list }) =>
      list.map((row) => ({
        key: reader.key(row),
        label: reader.label(row),
        change: before ? ('removed' as const) : ('added' as const),
        figure: reader.figure(row, before ? ctxBefore : ctxAfter),
        fields: [],
      })),
    );
    return { ...base, change: before ? 'removed' : 'added', fields: [], rows };
  }
  const readersAfter = rowsOf(after);
  const readersBefore = rowsOf(before);
  const rows = readersAfter.flatMap(({ reader, rows: list }, i) => {
    const earlier = readersBefore[i];
    // A dataset whose shape changed has no row to compare with the other version's: all removed, all added.
    const comparable = earlier?.reader === reader ? earlier.rows : [];
    return compareRows(comparable, list, reader, ctxBefore, ctxAfter);
  });
  readersBefore.forEach(({ reader, rows: list }, i) => {
    if (readersAfter[i]?.reader !== reader) rows.push(...compareRows(list, [], reader, ctxBefore, ctxAfter));
  });
  const fields = compareFields(datasetFields(before, ctxBefore), datasetFields(after, ctxAfter));
  return { ...base, change: 'changed', fields, rows };
}

/** Every source anywhere in a version: its lists, each dataset's and figure's, each check's. */
function collectSources(data: FigureData): Rec[] {
  const found: Rec[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (!isRec(value) || seen.has(value)) return;
    seen.add(value);
    if (typeof value.publisher === 'string' && typeof value.title === 'string') {
      found.push(value);
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child);
  };
  walk(data.sources?.seed);
  walk(data.sources?.checked);
  walk(data.datasets);
  walk(data.headlineStats);
  return found;
}

const sourceBase = (source: Rec): string => `${String(source.publisher)}, ${String(source.title)}`;

interface SourceKeys {
  before: SourceKey;
  after: SourceKey;
  /** Each source of the later version by its key, and of the earlier by the key it is matched to. */
  pairs: { key: string; before?: Rec; after?: Rec }[];
}

/**
 * Which source of one version is which of the other: the same publisher and title; else the same publisher and
 * URL; else the same publisher and publication date; else the one source of that publisher left on each side.
 * So a title corrected ("Press coverage of…" → the article's own title) is the same source, revised.
 */
function matchSources(before: FigureData, after: FigureData): SourceKeys {
  const unique = (list: Rec[]): Map<string, Rec> => {
    const byBase = new Map<string, Rec>();
    for (const source of list) if (!byBase.has(sourceBase(source))) byBase.set(sourceBase(source), source);
    return byBase;
  };
  const earlier = unique(collectSources(before));
  const later = unique(collectSources(after));
  const match = new Map<string, string>(); // earlier base → later base
  for (const base of earlier.keys()) if (later.has(base)) match.set(base, base);
  const rules: ((b: Rec, a: Rec) => boolean)[] = [
    (b, a) => b.publisher === a.publisher && !!b.url && b.url === a.url,
    (b, a) => b.publisher === a.publisher && !!b.published && b.published === a.published,
  ];
  const open = () => ({
    b: [...earlier.keys()].filter((k) => !match.has(k)),
    a: [...later.keys()].filter((k) => ![...match.values()].includes(k)),
  });
  for (const rule of rules) {
    const { b, a } = open();
    for (const kb of b) {
      const hits = a.filter((ka) => rule(earlier.get(kb) as Rec, later.get(ka) as Rec));
      if (hits.length === 1) match.set(kb, hits[0] as string);
    }
  }
  const { b, a } = open();
  for (const kb of b) {
    const publisher = (earlier.get(kb) as Rec).publisher;
    const mine = b.filter((k) => (earlier.get(k) as Rec).publisher === publisher);
    const theirs = a.filter((k) => (later.get(k) as Rec).publisher === publisher);
    if (mine.length === 1 && theirs.length === 1 && !match.has(kb)) match.set(kb, theirs[0] as string);
  }
  const pairs: SourceKeys['pairs'] = [];
  for (const [key, source] of later) {
    const kb = [...match.entries()].find(([, ka]) => ka === key)?.[0];
    pairs.push(
      kb === undefined ? { key, after: source } : { key, before: earlier.get(kb) as Rec, after: source },
    );
  }
  for (const [kb, source] of earlier)
    if (!match.has(kb)) pairs.push({ key: `(earlier) ${kb}`, before: source });
  return {
    before: (source) => {
      const base = sourceBase(source);
      const to = match.get(base);
      return to ?? `(earlier) ${base}`;
    },
    after: sourceBase,
    pairs,
  };
}

/** The fields of a source, with the lists of the package it is in. */
function sourceFields(source: Rec, lists: { seed: Set<string>; checked: Set<string> }): Field[] {
  const base = sourceBase(source);
  const inLists = [
    lists.seed.has(base) ? 'sources.seed' : '',
    lists.checked.has(base) ? 'sources.checked' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    textField('Publisher', 'source', source.publisher),
    textField('Title', 'source', source.title),
    textField('URL', 'other', source.url),
    textField('Published', 'other', source.published),
    textField('Read for the check (accessed)', 'other', source.accessed),
    textField('Listed in', 'other', inLists || 'no list (cited by a figure only)'),
    ...otherFields(source, ['publisher', 'title', 'url', 'published', 'accessed']),
  ];
}

const listed = (data: FigureData) => ({
  seed: new Set(recs(data.sources?.seed).map(sourceBase)),
  checked: new Set(recs(data.sources?.checked).map(sourceBase)),
});

/**
 * Everything that changed in the figures from `before` to `after` (two versions of the package's data):
 * datasets by `id` (the headline figures as `headlineStats`), figures by their natural key (a series' period,
 * a share's label and period, a provider, a country's code, a group's code, a law's id, a headline's id), and
 * sources by publisher and title (see {@link matchSources}).
 */
export function diffDatasets(before: FigureData, after: FigureData): FigureChanges {
  const keys = matchSources(before, after);
  const context = (data: FigureData, sourceKey: SourceKey): Context => ({
    unit: undefined,
    sourceKey,
    units: new Map(recs(data.datasets).map((d) => [datasetId(d), text(d.unit)] as const)),
  });
  const ctxBefore = context(before, keys.before);
  const ctxAfter = context(after, keys.after);
  const datasets: DatasetChange[] = [];
  const unchanged: string[] = [];

  const headlineBefore = recs(before.headlineStats);
  const headlineAfter = recs(after.headlineStats);
  if (headlineBefore.length || headlineAfter.length) {
    const title = 'Headline figures';
    const rows = compareRows(headlineBefore, headlineAfter, headlines, ctxBefore, ctxAfter);
    if (rows.length) {
      const change = !headlineBefore.length ? 'added' : !headlineAfter.length ? 'removed' : 'changed';
      datasets.push({ id: 'headlineStats', title, change, fields: [], rows });
    } else unchanged.push('headlineStats');
  }

  const earlier = new Map(recs(before.datasets).map((d) => [datasetId(d), d]));
  const later = recs(after.datasets);
  for (const dataset of later) {
    const change = compareDataset(earlier.get(datasetId(dataset)), dataset, ctxBefore, ctxAfter);
    if (change.change !== 'changed' || change.fields.length || change.rows.length) datasets.push(change);
    else unchanged.push(change.id);
  }
  const laterIds = new Set(later.map(datasetId));
  for (const [id, dataset] of earlier)
    if (!laterIds.has(id)) datasets.push(compareDataset(dataset, undefined, ctxBefore, ctxAfter));

  const listsBefore = listed(before);
  const listsAfter = listed(after);
  const sources: SourceChange[] = [];
  for (const pair of keys.pairs) {
    if (pair.before && pair.after) {
      const fields = compareFields(
        sourceFields(pair.before, listsBefore),
        sourceFields(pair.after, listsAfter),
      );
      if (fields.length) sources.push({ label: sourceText(pair.after), change: 'changed', fields });
    } else if (pair.after) sources.push({ label: sourceText(pair.after), change: 'added', fields: [] });
    else if (pair.before) sources.push({ label: sourceText(pair.before), change: 'removed', fields: [] });
  }
  return { datasets, unchanged, sources };
}

/** What a version's section of FIGURES.md says about the versions compared. */
export interface FigureChangelogHeading {
  /** The version these figures are (the later one): `0.2.0`. */
  version: string;
  /** The date of the release, `YYYY-MM-DD`. */
  date: string;
  /** The version compared with: `0.1.0`. */
  previous: string;
  /** Where the earlier version's data was read: `commit ac6bd61 (2026-11-25)`, `tag @safeguard-charts/data@0.1.0`. */
  previousRef: string;
}

/** A table cell: one line, pipes escaped. */
function cell(value: string | undefined): string {
  if (value === undefined || value === '') return '—';
  return value.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

const code = (value: string): string => `\`${value}\``;

/**
 * One version's section of FIGURES.md, as GitHub-flavoured Markdown with a fixed structure: `## version (date)`,
 * a line naming what it is compared with, a summary list, then `### ` per dataset (headline figures first) with a
 * table `| Figure | What changed | Before | After |`, and `### Sources` with `| Source | What changed | Before |
 * After |`. Values are written with their units.
 */
export function formatFigureChanges(changes: FigureChanges, heading: FigureChangelogHeading): string {
  const lines: string[] = [];
  lines.push(`## ${heading.version} (${heading.date})`, '');
  lines.push(`Compared with ${heading.previous} (the data at ${heading.previousRef}).`, '');
  const ds = changes.datasets.filter((d) => d.id !== 'headlineStats');
  const named = (c: Presence) => ds.filter((d) => d.change === c).map((d) => code(d.id));
  const rowsOf = (c: Presence) => changes.datasets.flatMap((d) => d.rows.filter((r) => r.change === c));
  const fieldsOf = (kind: FigureChangeKind, both: boolean) =>
    changes.datasets.flatMap((d) =>
      d.rows.flatMap((r) =>
        r.fields
          .filter((f) => f.kind === kind && (!both || (f.before !== undefined && f.after !== undefined)))
          .map(
            (f) => `${code(d.id)} ${r.label}: ${f.field.toLowerCase()} ${cell(f.before)} → ${cell(f.after)}`,
          ),
      ),
    );
  const counted = (items: string[], what: string) =>
    `${items.length} ${what}${items.length ? ` (${items.join(', ')})` : ''}`;
  const values = fieldsOf('value', true);
  const statuses = fieldsOf('status', false);
  const checks = fieldsOf('check', true);
  lines.push(
    `- Datasets: ${[
      `${named('changed').length} changed`,
      counted(named('added'), 'added'),
      counted(named('removed'), 'removed'),
      counted(changes.unchanged.map(code), 'unchanged'),
    ].join(', ')}.`,
    `- Figures: ${rowsOf('changed').length} changed, ${rowsOf('added').length} added, ${rowsOf('removed').length} removed.`,
    `- Values changed: ${values.length ? values.join('; ') : 'none (every figure keeps its value)'}.`,
    `- Publishers’ figures changed: ${checks.length ? checks.join('; ') : 'none'}.`,
    `- Statuses changed or given: ${statuses.length ? statuses.join('; ') : 'none'}.`,
    `- Sources: ${changes.sources.filter((s) => s.change === 'added').length} added, ${changes.sources.filter((s) => s.change === 'removed').length} removed, ${changes.sources.filter((s) => s.change === 'changed').length} revised.`,
    '',
  );
  for (const dataset of changes.datasets) {
    const state =
      dataset.change === 'changed' ? '' : ` (${dataset.change === 'added' ? 'new dataset' : 'removed'})`;
    lines.push(`### ${code(dataset.id)}: ${dataset.title}${state}`, '');
    lines.push('| Figure | What changed | Before | After |', '| --- | --- | --- | --- |');
    for (const f of dataset.fields) {
      lines.push(`| Dataset | ${cell(f.field)} | ${cell(f.before)} | ${cell(f.after)} |`);
    }
    for (const row of dataset.rows) {
      if (row.change === 'added') lines.push(`| ${cell(row.label)} | Added | — | ${cell(row.figure)} |`);
      else if (row.change === 'removed')
        lines.push(`| ${cell(row.label)} | Removed | ${cell(row.figure)} | — |`);
      else
        for (const f of row.fields)
          lines.push(`| ${cell(row.label)} | ${cell(f.field)} | ${cell(f.before)} | ${cell(f.after)} |`);
    }
    lines.push('');
  }
  if (changes.sources.length) {
    lines.push('### Sources', '');
    lines.push('| Source | What changed | Before | After |', '| --- | --- | --- | --- |');
    for (const source of changes.sources) {
      if (source.change === 'added')
        lines.push(`| ${cell(source.label)} | Added | — | ${cell(source.label)} |`);
      else if (source.change === 'removed')
        lines.push(`| ${cell(source.label)} | Removed | ${cell(source.label)} | — |`);
      else
        for (const f of source.fields)
          lines.push(`| ${cell(source.label)} | ${cell(f.field)} | ${cell(f.before)} | ${cell(f.after)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
