/*
 * How <safeguard-chart> reads an attribute's value (undefined when it is absent) into its chart's prop: each
 * function here is a `read` of src/attributes.json, which names, for each attribute, the prop it sets, its read
 * and its choices (`text`, the value as written, needs no function). The build writes
 * from that list the module the element reads its attributes with (scripts/attributes.mjs,
 * `virtual:safeguard-attributes`): each prop is its read of the attribute's value, given the page's CSV notes and
 * the attribute's choices (its `valuesFrom` constant of the library, else its `values`). A value a reader does
 * not know is left out (undefined: the chart's default).
 */

/** A positive number (`height`), else undefined. */
export const number = (value: string | undefined): number | undefined => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
};

/** A whole number from 0 (`row`), else undefined (the chart's default row). */
export const index = (value: string | undefined): number | undefined =>
  value !== undefined && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : undefined;

/**
 * A boolean attribute that turns its prop on (`print-table`, `show-share`): on when present, whatever its value but
 * `false` (`show-share="false"`, which Preact writes for `show-share={false}`), which is read as absent.
 */
export const on = (value: string | undefined): true | undefined =>
  (value !== undefined && value.trim().toLowerCase() !== 'false') || undefined;

/** A boolean attribute that turns its prop off, read as {@link on}: `hide-ranking` sets `showRanking` to false. */
export const off = (value: string | undefined): false | undefined => (on(value) ? false : undefined);

/** One of `values` as written (`theme`, `figures`), else undefined. */
export const exact = (
  value: string | undefined,
  _notes: unknown,
  values: readonly string[],
): string | undefined => (value !== undefined && values.includes(value) ? value : undefined);

/** One of the library's `choices` (`scale`, `notation`, `measure`), trimmed, in any case; else undefined. */
export function choice<T extends string>(
  value: string | undefined,
  _notes: unknown,
  choices: readonly T[],
): T | undefined {
  const trimmed = value?.trim().toLowerCase();
  return (choices as readonly (string | undefined)[]).includes(trimmed) ? (trimmed as T) : undefined;
}

/**
 * The `heading-level` attribute: the title's heading level, of `levels`, as a number (`3` for an `<h3>`), as the
 * React prop writes it (`h3`), or `p` for a paragraph; else undefined (the chart's default).
 */
export function headingLevel<T extends string>(
  value: string | undefined,
  notes: unknown,
  levels: readonly T[],
): T | undefined {
  const level = value?.trim().toLowerCase();
  return choice(level && /^\d$/.test(level) ? `h${level}` : level, notes, levels);
}

/**
 * A list attribute (`notes`): items separated by `|` (`notes="First note | Second note"`), or a JSON array of
 * text, then a CSV child's `notes` (what the spreadsheet reader did); undefined when it holds none.
 */
export function list(value: string | undefined, notes: readonly string[] = []): string[] | undefined {
  const items = [...(jsonArray(value) ?? value?.split('|') ?? []), ...notes]
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/**
 * The `annotations` attribute: `period: text` pairs separated by `|` (`annotations="H1 2025: January to June only"`),
 * the period as the data writes it, or a JSON array of `{ "period", "text", "note" }`. What is not one is left out;
 * the timeline leaves out annotations of periods it has not.
 */
export function annotations(
  value: string | undefined,
): { period: string; text: string; note?: string }[] | undefined {
  const json = jsonArray(value);
  const list = json
    ? json.flatMap((item) => {
        const { period, text, note } = (item ?? {}) as Record<string, unknown>;
        return typeof period === 'string' && typeof text === 'string'
          ? [{ period: period.trim(), text, ...(typeof note === 'string' ? { note } : {}) }]
          : [];
      })
    : (value?.split('|') ?? []).flatMap((pair) => {
        const at = pair.indexOf(':');
        const period = pair.slice(0, Math.max(at, 0)).trim();
        const text = pair.slice(at + 1).trim();
        return at > 0 && period && text ? [{ period, text }] : [];
      });
  return list.length ? list : undefined;
}

/**
 * The `downloads` attribute: absent for every download, `none` for none, or the kinds to offer
 * (`downloads="csv svg"`).
 */
export function downloads(value: string | undefined): boolean | string[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return kinds.includes('none') || kinds.includes('false') ? false : kinds;
}
/** An attribute's JSON array (a value that starts with `[`), or undefined when it is not one. */
function jsonArray(value: string | undefined): unknown[] | undefined {
  if (!value?.trim().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
