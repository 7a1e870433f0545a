import { isVerificationStatus, STATUS_WORDS, type VerificationStatus } from './status';
import { writeNumber } from './text';
import type { Source, Verification } from './types';

/*
 * One builder per fact. Every place that shows where a figure comes from (a chart's source line, a stat card,
 * the data table, the CSV files, the Data docs page) builds it here, as structured parts, and writes it with
 * the words below: `citation` for a source, `publisherFigure` for "NCMEC’s own figure for H1 2025: 440,419",
 * `checkNote` for a status with its note, `sourceLineModel` for the whole line. All pure; none throws.
 */

/** One source as the source line shows it: render `title` as a link when there is a `url`. */
export interface SourceLinePart {
  /** The organisation: `Internet Watch Foundation (IWF)`. */
  publisher: string;
  /** Empty when the source names only its publisher (the seed's "Stanford Internet Observatory / Cyberlaw"). */
  title: string;
  /** Where to read it, when the data records it. */
  url?: string;
  /** The year of publication, when known. */
  published?: string;
  /** When it was read for the check, `YYYY-MM` or `YYYY-MM-DD`, when known. */
  accessed?: string;
}

/** Anything that carries provenance: a dataset (or headline stat), a list of sources, or one source. */
export type Provenance =
  | {
      sources: readonly Source[];
      citedSources?: readonly Source[];
      rows?: readonly unknown[];
      unit?: string;
      asOf?: string;
    }
  | readonly Source[]
  | Source;

/** Options of {@link sourceLine} and {@link sourceLineModel}. */
export interface SourceLineOptions {
  /**
   * Append the publishers' own figures where a check found one that differs from the seed's,
   * e.g. "Check: NCMEC’s own figure for H1 2025: 440,419". Needs a dataset (its rows), not a bare list of
   * sources.
   * @default false
   */
  includeChecks?: boolean;
}

/** The parts of a publisher's figure, each already written, for a language's sentence. */
export interface OwnFigureParts {
  /** Who published it, short: `NCMEC`. */
  publisher: string;
  /** The period, or ''. */
  period: string;
  /** The figure, written in the reader's locale. */
  value: string;
  /** What a percentage is of, in the data's words, or ''. */
  of: string;
  /** The publisher's own label for the figure, in the data's words, or ''. */
  label: string;
  /** The report's figure where the publisher's was swapped in for it, written, or ''. */
  seed: string;
}

/**
 * The words every provenance builder writes, for one language: the source line's lead words, the status
 * words and the sentence of a publisher's own figure. The React package's message catalogues carry one set per
 * language; {@link SOURCE_LINE_WORDS} is English.
 */
export interface SourceWords {
  /** "Source" */
  source: string;
  /** "Sources" */
  sources: string;
  /** "no publisher’s document found" */
  noSource: string;
  /** "The report cites" */
  cited: string;
  /** "Check" */
  check: string;
  /** "The publisher", for a check that names none. */
  thePublisher: string;
  /** The reader's word for each status. */
  statuses: Readonly<Record<VerificationStatus, string>>;
  /** "NCMEC’s own figure for H1 2025: 440,419 (the report states 485,000)" */
  ownFigure: (parts: OwnFigureParts) => string;
  /** How a sentence ends and the next begins: `['.', ' ']` in English, `['。', '']` in Japanese. */
  sentence?: readonly [stop: string, gap: string];
}

/** The English words of every provenance builder. */
export const SOURCE_LINE_WORDS: SourceWords = {
  source: 'Source',
  sources: 'Sources',
  noSource: 'no publisher’s document found',
  cited: 'The report cites',
  check: 'Check',
  thePublisher: 'The publisher',
  statuses: STATUS_WORDS,
  sentence: ['.', ' '],
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `${publisher}’s own figure${period ? ` for ${period}` : ''}: ${value}${of ? ` of ${of}` : label ? ` (${label})` : ''}${seed ? ` (the report states ${seed})` : ''}`,
};

/** The reader's word for a status in `words`, or '' for anything that is not a status. */
function statusWord(status: unknown, words: SourceWords): string {
  return isVerificationStatus(status) ? words.statuses[status] : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function listOf(input: unknown, field: 'sources' | 'citedSources'): readonly unknown[] {
  if (field === 'sources' && Array.isArray(input)) return input;
  if (!isObject(input) || Array.isArray(input)) return [];
  if (Array.isArray(input[field])) return input[field] as unknown[];
  if (field === 'sources' && 'publisher' in input) return [input];
  return [];
}

/**
 * The WHATWG URL parser, which every browser and Node 18+ has. Declared here because the data package's types name
 * no DOM or Node API (its build has neither library).
 */
declare const URL: new (input: string) => { readonly protocol: string };

/**
 * `value` when it is an absolute web address (`http:` or `https:`), else undefined: a source's `url` becomes a link
 * in a page, and a `javascript:` or `data:` address there would run or show whatever it holds. Parsed as a browser
 * parses a link (spaces and tabs around or inside the scheme do not hide it).
 */
export function webAddress(value: string): string | undefined {
  // No address (most sources): nothing to parse, and no exception thrown and caught per source per render.
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One source as a part of a source line; `undefined` for anything without a publisher. */
export function citation(source: unknown): SourceLinePart | undefined {
  try {
    if (!isObject(source)) return undefined;
    const publisher = text(source.publisher);
    if (!publisher) return undefined;
    const title = text(source.title);
    const part: SourceLinePart = { publisher, title: title === publisher ? '' : title };
    const url = webAddress(text(source.url));
    if (url) part.url = url;
    const year = /^\d{4}/.exec(text(source.published))?.[0];
    if (year) part.published = year;
    const accessed = text(source.accessed);
    if (accessed) part.accessed = accessed;
    return part;
  } catch {
    return undefined;
  }
}

/** A citation as text: "Internet Watch Foundation (IWF), Annual Report 2025 (2025)". */
export function citationText(part: SourceLinePart): string {
  return `${[part.publisher, part.title].filter(Boolean).join(', ')}${part.published ? ` (${part.published})` : ''}`;
}

function partsOf(list: readonly unknown[]): SourceLinePart[] {
  const parts: SourceLinePart[] = [];
  const seen = new Set<string>();
  try {
    for (const source of list) {
      const part = citation(source);
      if (!part) continue;
      const key = `${part.publisher}|${part.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parts.push(part);
    }
  } catch {
    // A hostile object (a throwing getter, a Proxy): keep what was read so far.
  }
  return parts;
}

/**
 * The sources of `input` as the parts of a source line, once each and in order, so a component can render
 * each title as a link. Skips entries without a publisher. Never throws: anything else gives `[]`.
 */
export function sourceLineParts(input: Provenance): SourceLinePart[] {
  try {
    return partsOf(listOf(input, 'sources'));
  } catch {
    return [];
  }
}

/** "National Center for Missing & Exploited Children (NCMEC)" → "NCMEC"; other names as they are. */
export function shortPublisher(publisher: string): string {
  return /\(([^()]+)\)\s*$/.exec(publisher)?.[1] ?? publisher;
}

/** A publisher's own figure, found by a check, where it differs from the report's. */
export interface PublisherFigure {
  /** Who published it, short: `NCMEC`, `IWF`; "The publisher" when the check names no source. */
  publisher: string;
  /** The publisher's figure. */
  value: number;
  /** Whether `value` is a percentage in points. */
  percent: boolean;
  /** The period it is for: `H1 2025`; empty when there is none. */
  period: string;
  /** What the publisher's percentage is of, in the data's words ("the 2,978 AI images …"), or ''. */
  of: string;
  /** The publisher's own label for the figure, in the data's words, or ''. */
  label: string;
  /** The report's figure, where the publisher's has been swapped in for it (`withFigures`). */
  seedValue?: number;
}

/**
 * The publisher's own figure of a row (or of anything with a `verification`), or `undefined` when its check
 * gives none. `unit` says whether the value is a percentage.
 */
export function publisherFigure(row: unknown, unit?: string): PublisherFigure | undefined {
  try {
    if (!isObject(row) || !isObject(row.verification)) return undefined;
    const check = row.verification as Partial<Verification>;
    const value = finite(check.value);
    if (value === undefined) return undefined;
    const period = isObject(check.period) ? check.period : isObject(row.period) ? row.period : undefined;
    const figure: PublisherFigure = {
      publisher: shortPublisher(text(check.source?.publisher)),
      value,
      percent: unit === 'percent' || typeof row.percent === 'number',
      period: text(period?.label),
      of: text(check.of),
      label: text(check.label),
    };
    const seedValue = finite(check.seedValue);
    if (seedValue !== undefined) figure.seedValue = seedValue;
    return figure;
  } catch {
    return undefined;
  }
}

/** Writes a number for a sentence: the chart's `Intl` formatter, or the package's locale-free one. */
export type WriteFigure = (value: number, percent: boolean) => string;

const plainFigure: WriteFigure = (value, percent) => `${writeNumber(value)}${percent ? '%' : ''}`;

/**
 * A publisher's figure as a sentence: "NCMEC’s own figure for H1 2025: 440,419", "IWF’s own figure: 86% of the
 * 2,978 AI images the IWF assessed as criminal"; where it has been swapped in for the report's, "(the report
 * states 485,000)" follows. `write` formats the numbers (a chart passes its
 * locale's formatter).
 */
export function publisherFigureText(
  figure: PublisherFigure,
  write: WriteFigure = plainFigure,
  words: SourceWords = SOURCE_LINE_WORDS,
): string {
  return words.ownFigure({
    publisher: figure.publisher || words.thePublisher,
    period: figure.period,
    value: write(figure.value, figure.percent),
    of: figure.of,
    label: figure.label,
    seed: figure.seedValue === undefined ? '' : write(figure.seedValue, figure.percent),
  });
}

/** The publishers' own figures of `rows`, where a check found one. Never throws. */
export function publisherFigures(rows: readonly unknown[] = [], unit?: string): PublisherFigure[] {
  const figures: PublisherFigure[] = [];
  if (!Array.isArray(rows)) return figures;
  try {
    for (const row of rows) {
      const figure = publisherFigure(row, unit);
      if (figure) figures.push(figure);
    }
  } catch {
    // Keep what was read before a hostile row.
  }
  return figures;
}

/**
 * The publishers' own figures where a check found one, as sentences: "NCMEC’s own figure for H1 2025:
 * 440,419", "IWF’s own figure for 2025: 94%". Never throws: anything that is not an array of rows gives `[]`.
 */
export function checkLines(rows: readonly unknown[] = [], unit?: string): string[] {
  return publisherFigures(rows, unit).map((figure) => publisherFigureText(figure));
}

/** Everything a source line says, as parts: the real sources, what the report cites, the publishers' figures. */
export interface SourceLineModel {
  /** The documents that hold the figures. */
  sources: SourceLinePart[];
  /** What the report cites instead, where that is another document. */
  cited: SourceLinePart[];
  /** The publishers' own figures (with `includeChecks`). */
  checks: PublisherFigure[];
}

/** The parts of a source line, built from the data's provenance and nothing else. Never throws. */
export function sourceLineModel(input: Provenance, options: SourceLineOptions = {}): SourceLineModel {
  const model: SourceLineModel = { sources: sourceLineParts(input), cited: [], checks: [] };
  try {
    const sourceKeys = new Set(model.sources.map((part) => `${part.publisher}|${part.title}`));
    model.cited = partsOf(listOf(input, 'citedSources')).filter(
      (part) => !sourceKeys.has(`${part.publisher}|${part.title}`),
    );
    if (options?.includeChecks && isObject(input) && !Array.isArray(input) && Array.isArray(input.rows))
      model.checks = publisherFigures(input.rows, text(input.unit));
  } catch {
    // The line without the checks is still right.
  }
  return model;
}

/** The sentences of a source line, in order, each without its final full stop. */
export function sourceLineSentences(
  model: SourceLineModel,
  write: WriteFigure = plainFigure,
  words: SourceWords = SOURCE_LINE_WORDS,
): string[] {
  const w = words;
  if (!model.sources.length && !model.cited.length) return [];
  const sentences = [
    model.sources.length
      ? `${model.sources.length > 1 ? w.sources : w.source}: ${model.sources.map(citationText).join('; ')}`
      : `${w.source}: ${w.noSource}`,
  ];
  if (model.cited.length) sentences.push(`${w.cited}: ${model.cited.map(citationText).join('; ')}`);
  if (model.checks.length)
    sentences.push(
      `${w.check}: ${model.checks.map((figure) => publisherFigureText(figure, write, w)).join('; ')}`,
    );
  return sentences;
}

/** Sentences joined as a reader sees them: each ends with a full stop (unless it ends with one already). */
export function joinSentences(
  sentences: readonly string[],
  words: Pick<SourceWords, 'sentence'> = SOURCE_LINE_WORDS,
): string {
  const [stop, gap] = words.sentence ?? ['.', ' '];
  return sentences
    .filter(Boolean)
    .map((sentence) => (/[.!?…。！？]$/.test(sentence) ? sentence : `${sentence}${stop}`))
    .join(gap);
}

/**
 * The source line of a dataset (or a list of sources, or one source), built from its provenance and nothing
 * else: "Source: Internet Watch Foundation (IWF), “Harm without limits” (…) (2026). The report cites: Internet
 * Watch Foundation (IWF), Annual Report 2025 (2025)." Several sources are joined by "; " after "Sources:".
 * With `includeChecks`, the publishers' own figures follow: "Check: NCMEC’s own figure for H1 2025: 440,419."
 * An empty string when there is no source. Pure; never throws.
 */
export function sourceLine(input: Provenance, options: SourceLineOptions = {}): string {
  return joinSentences(sourceLineSentences(sourceLineModel(input, options)));
}

/** A row's label for a note: its provider, name, label or period. */
export function rowLabel(row: unknown): string {
  if (!isObject(row)) return '';
  try {
    return (
      text(row.provider) ||
      text(row.name) ||
      text(row.label) ||
      (isObject(row.period) ? text(row.period.label) : '')
    );
  } catch {
    return '';
  }
}

/** A check as a note: "Not verified: Not found in an NCMEC publication…", with `who` before it when given. */
export function checkNote(verification: unknown, who = '', words: SourceWords = SOURCE_LINE_WORDS): string {
  if (!isObject(verification)) return '';
  try {
    const word = statusWord(verification.status, words);
    const note = text(verification.note);
    if (!word) return '';
    return `${who ? `${who} — ` : ''}${word}${note ? `: ${note}` : ''}`;
  } catch {
    return '';
  }
}

/** What a dataset needs for {@link figureNotes}. */
export interface NotedDataset {
  /** The dataset's rows: each row's own check becomes a note. */
  rows: readonly unknown[];
  /** The dataset's check, as a note before the rows'. */
  verification?: Verification;
  /** The dataset's own notes, first. */
  notes?: readonly string[];
  /** Figures over several rows (the EU of a map): each one's own check becomes a note, as a row's does. */
  aggregates?: readonly unknown[];
}

/** The rows of a dataset and, after them, its aggregates: every figure that can carry a check of its own. */
function checkedFigures(dataset: NotedDataset): unknown[] {
  return [
    ...(Array.isArray(dataset?.rows) ? dataset.rows : []),
    ...(Array.isArray(dataset?.aggregates) ? dataset.aggregates : []),
  ];
}

/**
 * The notes a reader needs under a chart: the dataset's own notes, then every figure whose check is not
 * `confirmed`, in words ("OpenAI, Amazon AI — Not verified: …"), rows that share the dataset's note named
 * together, then the dataset's own check when no row says more. Never throws.
 */
export function figureNotes(dataset: NotedDataset, words: SourceWords = SOURCE_LINE_WORDS): string[] {
  const notes: string[] = [];
  const add = (note: string) => {
    if (note && !notes.includes(note)) notes.push(note);
  };
  try {
    for (const note of Array.isArray(dataset?.notes) ? dataset.notes : []) add(text(note));
    const own = isObject(dataset?.verification) ? dataset.verification : undefined;
    const shared: string[] = [];
    const rowNotes: string[] = [];
    for (const row of Array.isArray(dataset?.rows) ? dataset.rows : []) {
      const check = isObject(row) && isObject(row.verification) ? row.verification : undefined;
      if (!check || !isVerificationStatus(check.status) || check.status === 'confirmed') continue;
      const label = rowLabel(row);
      if (own && check.status === own.status && text(check.note) === text(own.note)) shared.push(label);
      else rowNotes.push(checkNote(check, label, words));
    }
    if (shared.length) add(checkNote(own, shared.filter(Boolean).join(', '), words));
    else if (own && own.status !== 'confirmed' && !rowNotes.length) add(checkNote(own, '', words));
    for (const note of rowNotes) add(note);
    // An aggregate's check (the EU's share on a map) is its own: said with its name, after the rows'.
    for (const aggregate of Array.isArray(dataset?.aggregates) ? dataset.aggregates : []) {
      const check =
        isObject(aggregate) && isObject(aggregate.verification) ? aggregate.verification : undefined;
      if (check && isVerificationStatus(check.status) && check.status !== 'confirmed')
        add(checkNote(check, rowLabel(aggregate), words));
    }
  } catch {
    // Keep the notes read so far.
  }
  return notes;
}

/**
 * A figure's check for a data table cell or a CSV column: "Corrected — NCMEC’s own figure for H1 2025:
 * 440,419", "Not verified", "Confirmed"; the row's own check, else the dataset's; '' when neither has one.
 */
export function checkCell(
  row: unknown,
  datasetCheck: Verification | undefined,
  unit?: string,
  write: WriteFigure = plainFigure,
  words: SourceWords = SOURCE_LINE_WORDS,
): string {
  try {
    const own =
      isObject(row) && isObject(row.verification) ? (row.verification as unknown as Verification) : undefined;
    const check = own ?? datasetCheck;
    const word = statusWord(check?.status, words);
    if (!word) return '';
    const figure = publisherFigure(row, unit);
    return figure ? `${word} — ${publisherFigureText(figure, write, words)}` : word;
  } catch {
    return '';
  }
}

/**
 * The figures whose check is not `confirmed`, grouped by status in words, for a chart's description:
 * "Not verified: OpenAI, Amazon AI, Anthropic", "Corrected: H1 2025". A dataset whose rows carry no check of
 * their own gives its own status ("Not verified") when that is not `confirmed`. Never throws.
 */
export function statusSummary(dataset: NotedDataset, words: SourceWords = SOURCE_LINE_WORDS): string[] {
  try {
    const byStatus = new Map<string, string[]>();
    let rowChecks = 0;
    for (const row of checkedFigures(dataset)) {
      const check = isObject(row) && isObject(row.verification) ? row.verification : undefined;
      if (!check || !isVerificationStatus(check.status)) continue;
      rowChecks += 1;
      if (check.status === 'confirmed') continue;
      const word = statusWord(check.status, words);
      byStatus.set(word, [...(byStatus.get(word) ?? []), rowLabel(row)].filter(Boolean));
    }
    const own = dataset?.verification;
    if (!rowChecks && own && own.status !== 'confirmed')
      return [statusWord(own.status, words)].filter(Boolean);
    return [...byStatus].map(([word, labels]) => (labels.length ? `${word}: ${labels.join(', ')}` : word));
  } catch {
    return [];
  }
}
