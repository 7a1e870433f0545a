// Examples as true as the data: what a web team copies from Storybook must not undo the checks. A story that
// names a real source (a document of the data package) draws exactly that dataset's figures; anything else (huge
// values, long names, a misspelt code, figures mixed from two datasets) is labelled as example figures under an
// example publisher. A StatCard under a real source shows one of that source's figures, or a change computed
// within one dataset.
import {
  type Dataset,
  datasets,
  headlineStats,
  sources as packageSources,
  percentChange,
  type Source,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

type Args = Record<string, unknown>;
type StoryModule = { default?: { title?: string; args?: Args } } & Record<string, unknown>;

const modules = import.meta.glob<StoryModule>('../../stories/*.stories.tsx', { eager: true });

/** A source as one string, to compare documents. */
const key = (source: Partial<Source> | undefined) => `${source?.publisher ?? ''}|${source?.title ?? ''}`;

/** Every document the data package holds or cites: a story naming one of them shows that document's figures. */
const REAL = new Set<string>(
  [
    ...packageSources.seed,
    ...packageSources.checked,
    ...datasets.flatMap((d) => [...d.sources, ...(('citedSources' in d && d.citedSources) || [])]),
    ...headlineStats.flatMap((s) => [...s.sources, ...(s.citedSources ?? [])]),
  ].map(key),
);

/** Words that say a figure is made up, in the stories' languages. */
const EXAMPLE_WORDS = /Example|Beispiel|exemple|例|توضيحي/i;

const listOf = (value: unknown): Partial<Source>[] => (Array.isArray(value) ? value : []);

/** The real documents a story's figures are put under: their sources, what they cite, their checks' sources. */
function realSources(data: Partial<Dataset<unknown>> & { aggregates?: unknown }): string[] {
  const checks = [data.verification, ...(Array.isArray(data.rows) ? data.rows : [])].flatMap((row) => {
    const check = (row as { verification?: { source?: Source } } | undefined)?.verification ?? row;
    return (check as { source?: Source } | undefined)?.source ? [(check as { source: Source }).source] : [];
  });
  return [...listOf(data.sources), ...listOf(data.citedSources), ...checks]
    .map(key)
    .filter((k) => REAL.has(k));
}

/** Every story of every stories file, with its args merged over the file's. */
const stories = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([name, story]) => name !== 'default' && !!story && typeof story === 'object')
    .map(([name, story]) => ({
      id: `${file.replace(/^.*\//, '')} › ${name}`,
      args: { ...(module.default?.args ?? {}), ...((story as { args?: Args }).args ?? {}) } as Args,
      component: String(
        (module.default as { component?: { displayName?: string } })?.component?.displayName ?? '',
      ),
    })),
);

/** Every figure a real source may stand over: its rows' values and shares, and the headline figures. */
function figuresUnder(sourceKeys: readonly string[]): number[] {
  const holding = datasets.filter((d) =>
    [...d.sources, ...(('citedSources' in d && d.citedSources) || [])].some((s) =>
      sourceKeys.includes(key(s)),
    ),
  );
  const values = holding.flatMap((d) =>
    (d.rows as readonly { value?: number; percent?: number }[]).flatMap((row) =>
      [row.value, row.percent].filter((n): n is number => typeof n === 'number'),
    ),
  );
  // A change computed within one dataset (13 → 3,443 is +26,385%), never across two.
  const changes = holding.flatMap((d) => {
    const series = (d.rows as readonly { value?: number }[]).map((row) => row.value);
    return series.flatMap((a, i) =>
      series.slice(i + 1).map((b) => (a === undefined || b === undefined ? undefined : percentChange(a, b))),
    );
  });
  const headline = headlineStats
    .filter((s) => [...s.sources, ...(s.citedSources ?? [])].some((src) => sourceKeys.includes(key(src))))
    .map((s) => s.value);
  return [...values, ...changes, ...headline].filter((n): n is number => typeof n === 'number');
}

describe('stories are as true as the data', () => {
  it('finds the stories', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(10);
    expect(stories.length).toBeGreaterThan(100);
  });

  const withData = stories.filter(
    ({ args }) =>
      !!args.data && typeof args.data === 'object' && Array.isArray((args.data as Dataset<unknown>).rows),
  );

  it.each(withData.map((s) => [s.id, s] as const))(
    '%s: a real source stands over its own dataset’s figures, else the figures say they are examples',
    (_, { args }) => {
      const data = args.data as Dataset<unknown> & { aggregates?: unknown };
      const real = realSources(data);
      if (real.length) {
        const own = datasets.find((d) => d.id === data.id);
        // A real document over figures of no dataset of the package, or over another dataset's rows.
        expect(own, `figures under ${real.join(', ')} with the id "${data.id}"`).toBeDefined();
        if (data.rows.length) expect(JSON.stringify(data.rows)).toBe(JSON.stringify(own?.rows));
        expect(JSON.stringify(data.aggregates)).toBe(
          JSON.stringify((own as { aggregates?: unknown }).aggregates),
        );
      } else {
        const words = [String(args.title ?? ''), data.title, ...listOf(data.sources).map(key)].join(' ');
        expect(words).toMatch(EXAMPLE_WORDS);
      }
    },
  );

  const cards = stories.filter(({ args }) => typeof args.value === 'number' && Number.isFinite(args.value));

  it.each(cards.map((s) => [s.id, s] as const))(
    '%s: a figure under a real source is one of its figures, or a change within one of its datasets',
    (_, { args }) => {
      const real = listOf(args.sources)
        .map(key)
        .filter((k) => REAL.has(k));
      if (!real.length) {
        expect(`${String(args.label ?? '')} ${listOf(args.sources).map(key).join(' ')}`).toMatch(
          EXAMPLE_WORDS,
        );
        return;
      }
      const allowed = figuresUnder(real);
      expect(allowed.some((n) => Math.abs(n - (args.value as number)) < 1e-9)).toBe(true);
    },
  );

  it('fails a story that mixes two sources’ figures, or puts made-up figures under a real dataset', () => {
    // The rule above, on the two mistakes it was written for: NCMEC's H1 2024 beside the press's H1 2025 under
    // the dataset of the press's figure, and a value ×10⁵ under NCMEC's sources.
    const ncmec = datasets.find((d) => d.id === 'ncmecAiReports') as Dataset<{ value: number }>;
    const comparison = datasets.find((d) => d.id === 'ncmecH1Comparison') as Dataset<{ value: number }>;
    const mixed = { ...ncmec, rows: [comparison.rows[0], ncmec.rows[2]] };
    const huge = { ...ncmec, rows: ncmec.rows.map((row) => ({ ...row, value: row.value * 100_000 })) };
    for (const data of [mixed, huge]) {
      expect(realSources(data).length).toBeGreaterThan(0);
      expect(JSON.stringify(data.rows)).not.toBe(JSON.stringify(ncmec.rows));
    }
    expect(figuresUnder(realSources(ncmec))).not.toContain(
      percentChange(comparison.rows[0]?.value ?? 0, ncmec.rows[2]?.value ?? 0),
    );
  });
});
