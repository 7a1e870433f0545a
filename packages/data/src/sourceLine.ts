import { writeNumber } from './text';
import type { Source, Verification } from './types';

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
}

/** Anything that carries provenance: a dataset (or headline stat), a list of sources, or one source. */
export type Provenance =
  | { sources: readonly Source[]; rows?: readonly unknown[]; unit?: string; asOf?: string }
  | readonly Source[]
  | Source;

/** Options of {@link sourceLine}. */
export interface SourceLineOptions {
  /**
   * Append the publishers' own figures where a check found one that differs from the seed's,
   * e.g. "NCMEC’s own figure: 440,419 (H1 2025)". Needs a dataset (its rows), not a bare list of sources.
   * @default false
   */
  includeChecks?: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function sourcesOf(input: unknown): readonly unknown[] {
  if (Array.isArray(input)) return input;
  if (!isObject(input)) return [];
  if (Array.isArray(input.sources)) return input.sources;
  if ('publisher' in input) return [input];
  return [];
}

/**
 * The sources of `input` as the parts of a source line, once each and in order, so a component can render
 * each title as a link. Skips entries without a publisher. Never throws: anything else gives `[]`.
 */
export function sourceLineParts(input: Provenance): SourceLinePart[] {
  const parts: SourceLinePart[] = [];
  try {
    const seen = new Set<string>();
    for (const source of sourcesOf(input)) {
      if (!isObject(source)) continue;
      const publisher = text(source.publisher);
      if (!publisher) continue;
      const title = text(source.title);
      const key = `${publisher}|${title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const part: SourceLinePart = { publisher, title: title === publisher ? '' : title };
      const url = text(source.url);
      if (url) part.url = url;
      const year = /^\d{4}/.exec(text(source.published))?.[0];
      if (year) part.published = year;
      parts.push(part);
    }
  } catch {
    // A hostile object (a throwing getter, a Proxy): keep what was read so far.
  }
  return parts;
}

/** "National Center for Missing & Exploited Children (NCMEC)" → "NCMEC"; other names as they are. */
function shortName(publisher: string): string {
  return /\(([^()]+)\)\s*$/.exec(publisher)?.[1] ?? publisher;
}

/**
 * The publishers' own figures where a check found one, as sentences: "NCMEC’s own figure: 440,419 (H1 2025)",
 * "IWF’s own figure: 94% (2025)" when `unit` is `percent`. Rows without a publisher's value are skipped.
 * Never throws: anything that is not an array of rows gives `[]`.
 */
export function checkLines(rows: readonly unknown[] = [], unit?: string): string[] {
  const lines: string[] = [];
  if (!Array.isArray(rows)) return lines;
  try {
    for (const row of rows) {
      if (!isObject(row) || !isObject(row.verification)) continue;
      const check = row.verification as Partial<Verification>;
      const value = writeNumber(check.value);
      if (!value) continue;
      const period = isObject(check.period) ? check.period : isObject(row.period) ? row.period : undefined;
      const label = text(period?.label) || text(row.label);
      const who = shortName(text(check.source?.publisher)) || 'The publisher';
      const percent = unit === 'percent' || typeof row.percent === 'number' ? '%' : '';
      lines.push(`${who}’s own figure: ${value}${percent}${label ? ` (${label})` : ''}`);
    }
  } catch {
    // Keep what was read before a hostile row.
  }
  return lines;
}

/**
 * The source line of a dataset (or a list of sources, or one source), built from its provenance and nothing
 * else: "Source: Internet Watch Foundation (IWF), Annual Report 2025 (2025)". Several sources are joined by
 * "; " after "Sources:". With `includeChecks`, the publishers' own figures follow: ". NCMEC’s own figure:
 * 440,419 (H1 2025)". An empty string when there is no source. Pure; never throws.
 */
export function sourceLine(input: Provenance, options: SourceLineOptions = {}): string {
  const parts = sourceLineParts(input);
  if (!parts.length) return '';
  const cited = parts
    .map(
      (part) =>
        `${[part.publisher, part.title].filter(Boolean).join(', ')}${part.published ? ` (${part.published})` : ''}`,
    )
    .join('; ');
  let line = `${parts.length > 1 ? 'Sources' : 'Source'}: ${cited}`;
  try {
    if (options?.includeChecks && isObject(input) && !Array.isArray(input) && Array.isArray(input.rows)) {
      const checks = checkLines(input.rows, text(input.unit));
      if (checks.length) line += `. ${checks.join('; ')}`;
    }
  } catch {
    // The line without the checks is still right.
  }
  return line;
}
