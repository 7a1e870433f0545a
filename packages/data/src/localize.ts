/**
 * A dataset's own words in another language, gettext-style: a {@link DatasetWords} table maps each English text
 * (a title, a note, a label, a check's note) to its translation, keyed by the English text itself, so a
 * translation follows its sentence wherever it is used and a re-worded sentence simply falls back to English
 * until it is translated again. The package ships a table for each language of the charts
 * (`@safeguard-charts/data/words/de`, `…/fr`, `…/ja`); an organisation can write one for its own datasets.
 */

/** English text → its translation: the words of datasets in one language (`@safeguard-charts/data/words/de`). */
export type DatasetWords = Readonly<Record<string, string>>;

/** One text of a dataset a reader reads, and where it is: `notes[1]`, `rows[0].verification.note`. */
export interface DatasetText {
  /** The field's path in the dataset. */
  field: string;
  /** The text, as the dataset gives it. */
  text: string;
}

/**
 * The fields whose text a reader reads: a dataset's title, description and notes; a row's label, what its share
 * is of, a place's or a group's name; a check's note, label and `of`; a change's, a total's or a date's label; a
 * law's name, jurisdiction, provisions and the report's description of it; a headline figure's label.
 */
const TEXT_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'title',
  'description',
  'notes',
  'note',
  'label',
  'seedLabel',
  'of',
  'name',
  'jurisdiction',
  'provisions',
  'seedDescription',
]);

/**
 * What stays as it is: citations stay in their document's language (a source's publisher and title), and periods
 * are named by the charts in the reader's language from their dates. Ids, codes, units and statuses are not text
 * fields, so they stay too.
 */
const KEPT: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'sources',
  'citedSources',
  'source',
  'period',
  'gaps',
]);

/** Deep enough for every shape of dataset (a row's check's field is three levels down), and no deeper. */
const MAX_DEPTH = 8;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Visits every text field of `value` (a dataset, a headline figure), depth first, in field order. */
function walk(
  value: unknown,
  path: string,
  depth: number,
  text: (text: string, field: string) => string,
): unknown {
  if (depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`, depth + 1, text));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const field = path ? `${path}.${key}` : key;
    if (KEPT.has(key)) out[key] = item;
    else if (TEXT_FIELDS.has(key) && typeof item === 'string') out[key] = text(item, field);
    else if (TEXT_FIELDS.has(key) && Array.isArray(item))
      out[key] = item.map((line, i) => (typeof line === 'string' ? text(line, `${field}[${i}]`) : line));
    else out[key] = walk(item, field, depth + 1, text);
  }
  return out;
}

/**
 * A copy of `dataset` (any shape, the package's or your own, or a headline figure) with each text a reader reads
 * replaced by its translation in `words`, where `words` has one: the title, description and notes, the rows'
 * labels and names, the checks' notes, the changes' and totals' labels, the laws' texts. Numbers, ids, codes,
 * units, statuses, dates, periods (the charts name them from their dates) and sources (a citation stays in its
 * document's language) are left as they are, and so is any text `words` does not have. Never throws: input it
 * cannot read comes back as it is.
 *
 * ```ts
 * import { csamHosting, localizeDataset } from '@safeguard-charts/data';
 * import { de } from '@safeguard-charts/data/words/de';
 * localizeDataset(csamHosting, de).title; // "Wo Darstellungen sexuellen Kindesmissbrauchs gehostet werden"
 * ```
 */
export function localizeDataset<T>(dataset: T, words: DatasetWords | undefined): T {
  if (!words || typeof words !== 'object') return dataset;
  try {
    return walk(dataset, '', 0, (text) =>
      Object.hasOwn(words, text) && typeof words[text] === 'string' && words[text] ? words[text] : text,
    ) as T;
  } catch {
    return dataset;
  }
}

/**
 * Every text of `dataset` that {@link localizeDataset} translates, with its field: what a table of
 * {@link DatasetWords} for it needs a translation of. Never throws.
 */
export function datasetTexts(dataset: unknown): DatasetText[] {
  const found: DatasetText[] = [];
  try {
    walk(dataset, '', 0, (text, field) => {
      if (text.trim()) found.push({ field, text });
      return text;
    });
  } catch {
    // What could be read is listed.
  }
  return found;
}
