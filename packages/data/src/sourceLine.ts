import type { Source, Verification } from './types';

/** One source as the source line shows it. */
export interface SourceLinePart {
  publisher: string;
  title: string;
  url?: string;
  published?: string;
}

/** Anything that carries provenance: a dataset (or headline stat), a list of sources, or one source. */
export type Provenance =
  | { sources: readonly Source[]; rows?: readonly unknown[]; asOf?: string }
  | readonly Source[]
  | Source;

export interface SourceLineOptions {
  /**
   * Append what the check against the publishers found where it differs from the seed's figures,
   * e.g. "National Center for Missing & Exploited Children (NCMEC)’s own figure: 440,419". @default false
   */
  includeChecks?: boolean;
}

function sourcesOf(input: Provenance): readonly Source[] {
  if (Array.isArray(input)) return input as readonly Source[];
  if (input && typeof input === 'object' && 'sources' in input && Array.isArray(input.sources))
    return input.sources;
  if (input && typeof input === 'object' && 'publisher' in input) return [input as Source];
  return [];
}

/** The sources of `input`, once each, in order, as the parts of a source line (for linking titles). */
export function sourceLineParts(input: Provenance): SourceLinePart[] {
  const seen = new Set<string>();
  const parts: SourceLinePart[] = [];
  for (const source of sourcesOf(input)) {
    if (!source || typeof source.publisher !== 'string') continue;
    const key = `${source.publisher}|${source.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const part: SourceLinePart = {
      publisher: source.publisher,
      title: source.title === source.publisher ? '' : source.title,
    };
    if (source.url) part.url = source.url;
    if (source.published) part.published = source.published.slice(0, 4);
    parts.push(part);
  }
  return parts;
}

/** The publishers' own figures where a check found one, as sentences: "NCMEC’s own figure: 440,419 (H1 2025)". */
export function checkLines(rows: readonly unknown[] = []): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const check = (row as { verification?: Verification } | null)?.verification;
    if (!check || typeof check.value !== 'number' || !Number.isFinite(check.value)) continue;
    const label =
      (row as { period?: { label?: string }; label?: string }).period?.label ??
      (row as { label?: string }).label;
    const who = check.source?.publisher ?? 'The publisher';
    const value = Math.round(check.value * 10) / 10;
    lines.push(`${who}’s own figure: ${value.toLocaleString('en-US')}${label ? ` (${label})` : ''}`);
  }
  return lines;
}

/**
 * The source line of a dataset, built from its provenance and nothing else:
 * "Source: Internet Watch Foundation (IWF), Annual Report 2025 (2025)".
 */
export function sourceLine(input: Provenance, options: SourceLineOptions = {}): string {
  const parts = sourceLineParts(input);
  if (!parts.length) return '';
  const text = parts
    .map(
      (part) =>
        [part.publisher, part.title].filter(Boolean).join(', ') +
        (part.published ? ` (${part.published})` : ''),
    )
    .join('; ');
  let line = `${parts.length > 1 ? 'Sources' : 'Source'}: ${text}`;
  if (
    options.includeChecks &&
    !Array.isArray(input) &&
    input &&
    typeof input === 'object' &&
    'rows' in input
  ) {
    const checks = checkLines(input.rows);
    if (checks.length) line += `. ${checks.join('; ')}`;
  }
  return line;
}
