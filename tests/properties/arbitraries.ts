// Random, JSON-like and JavaScript-hostile input for the validators, the charts and the embed.
// A fixed seed by default (the same runs on every machine); FC_SEED=random, or a number, for others.
// fast-check prints the seed and the smallest failing input when a property fails.
import fc from 'fast-check';

const seedEnv = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  ?.FC_SEED;
/** The seed of every property run: fixed unless FC_SEED says otherwise. */
export const SEED =
  seedEnv === 'random' ? Date.now() % 2 ** 31 : seedEnv && /^\d+$/.test(seedEnv) ? Number(seedEnv) : 20261125;

/** Runs per property: `FC_RUNS`, else the given default. */
export function runs(fallback: number): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.FC_RUNS;
  return env && /^\d+$/.test(env) ? Number(env) : fallback;
}

/** Where a hostile object goes: a plain marker in the generated value, made real by {@link materialize}. */
const MARK = '__sg_hostile__';

/**
 * The generated value with its markers turned into hostile objects: a revoked Proxy, or an object whose
 * property throws when read. fast-check itself never touches them (it could not print or shrink them).
 */
export function materialize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(materialize);
  if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const mark = (value as Record<string, unknown>)[MARK];
  if (mark === 'revoked') return revoked();
  if (typeof mark === 'string') return throwingGetter(mark);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, materialize(item)]));
}

/** An object whose property `key` throws when read. */
function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`${key} throws`);
    },
  });
}

/** A revoked Proxy: every operation on it throws. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values that have broken charts before: extreme numbers, odd text, objects that throw. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    1.7976931348623157e308,
    1e-308,
    '',
    ' ',
    '12',
    'NaN',
    '=cmd|"/c calc"!A1',
    '<script>alert(1)</script>',
    'ملف',
    '子どもの性的虐待',
    '👩‍👧‍👦'.repeat(30),
    null,
    undefined,
    true,
    [],
    {},
    [[]],
    { toString: 5 },
    Object.create(null),
  ),
  fc.constantFrom('value', 'label', 'rows', 'period', 'revoked').map((mark) => ({ [MARK]: mark })),
);

/** Anything JSON can hold, and the hostile values above. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: hostile },
);

const year = fc.integer({ min: 1990, max: 2030 });
const validPeriod = fc.oneof(
  year.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) })),
  year.map((y) => ({ start: `${y}-01-01`, end: `${y}-06-30`, label: `H1 ${y}`, partial: true })),
  fc.integer({ min: 1, max: 12 }).map((m) => ({
    start: `2024-${String(m).padStart(2, '0')}-01`,
    end: `2024-${String(m).padStart(2, '0')}-28`,
    label: `2024-${m}`,
  })),
);
const count = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.constantFrom(0, 1, 1e15, Number.MAX_VALUE, 1.7976931348623157e308),
);
const percent = fc.double({ min: 0, max: 100, noNaN: true });
/** Text a field accepts: not empty, in several scripts. */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
  fc.constantFrom(
    'OpenAI',
    'Netherlands',
    '子どもの性的虐待',
    'ملف',
    'A very long provider name indeed, as some have',
  ),
);
const status = fc.constantFrom('confirmed', 'corrected', 'different-count', 'unverified');
const lawStatus = fc.constantFrom('signed', 'pending', 'passed-one-chamber', 'in-progress', 'law');

/** The arbitraries of every shape: all fields right (`noise` false), or each field sometimes anything. */
function shapes(noise: boolean) {
  const mostly = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    noise
      ? fc.oneof({ weight: 4, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyValue })
      : right;
  const verification = mostly(
    fc.record(
      {
        status: mostly(status),
        note: mostly(text),
        value: mostly(count),
        source: mostly(fc.record({ publisher: text, title: text, url: fc.webUrl() })),
      },
      { requiredKeys: ['status', 'note'] },
    ),
  );
  const datasetFields = {
    title: mostly(text),
    sources: mostly(fc.array(fc.record({ publisher: text, title: text }), { maxLength: 3 })),
    citedSources: mostly(fc.array(fc.record({ publisher: text, title: text }), { maxLength: 2 })),
    verification,
    notes: mostly(fc.array(text, { maxLength: 3 })),
  };
  const dataset = (
    row: fc.Arbitrary<unknown>,
    extra: Record<string, fc.Arbitrary<unknown>> = {},
    rowsOf: (row: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown[]> = (r) =>
      fc.array(r, { minLength: 1, maxLength: 8 }),
  ) => {
    const rows = rowsOf(
      noise ? fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: anyValue }) : row,
    );
    const whole = fc.record({ rows, ...datasetFields, ...extra }, { requiredKeys: ['rows'] });
    return noise
      ? fc.oneof(
          { weight: 6, arbitrary: whole },
          { weight: 1, arbitrary: rows },
          { weight: 1, arbitrary: anyValue },
        )
      : fc.oneof({ weight: 4, arbitrary: whole }, { weight: 1, arbitrary: rows });
  };
  const unit = (units: string[]) => ({ unit: mostly(fc.constantFrom(...units)) });
  return {
    series: dataset(
      fc.record(
        { period: mostly(validPeriod), value: mostly(count), verification },
        { requiredKeys: ['period', 'value'] },
      ),
      unit(['videos', 'images', 'items', 'reports', 'webpages']),
    ),
    provider: dataset(
      fc.record(
        {
          provider: mostly(text),
          value: mostly(count),
          newReporter: mostly(fc.boolean()),
          change: mostly(
            fc.record({
              percent: mostly(fc.double({ noNaN: true, noDefaultInfinity: true })),
              label: mostly(text),
            }),
          ),
          verification,
        },
        { requiredKeys: ['provider', 'value'] },
      ),
      unit(['reports', 'items']),
    ),
    share: dataset(
      fc.record(
        {
          label: mostly(text),
          percent: mostly(percent),
          of: mostly(text),
          part: mostly(count),
          whole: mostly(count),
          verification,
        },
        { requiredKeys: ['label', 'percent'] },
      ),
      unit(['percent']),
    ),
    hosting: dataset(
      fc.record(
        {
          code: mostly(fc.constantFrom('NLD', 'USA', 'BGR', 'HKG', 'ROU', 'MLT', 'LUX', 'DEU', 'JPN', 'BRA')),
          name: mostly(text),
          percent: mostly(fc.double({ min: 0, max: 12, noNaN: true })),
          count: mostly(count),
          verification,
        },
        { requiredKeys: ['code', 'name', 'percent'] },
      ),
      {
        ...unit(['percent', 'webpages']),
        aggregates: mostly(
          fc.array(
            fc.record({
              code: mostly(text),
              name: mostly(text),
              members: mostly(fc.array(fc.constantFrom('NLD', 'DEU', 'MLT'), { maxLength: 3 })),
              percent: mostly(percent),
            }),
            { maxLength: 2 },
          ),
        ),
      },
      // A country is listed once: rows with distinct codes (noise may still repeat one).
      (row) =>
        fc.uniqueArray(row, {
          minLength: 1,
          maxLength: 8,
          selector: (r) => JSON.stringify((r as { code?: unknown } | null)?.code ?? null),
        }),
    ),
    law: dataset(
      fc.record(
        {
          id: mostly(text),
          name: mostly(text),
          jurisdiction: mostly(text),
          status: mostly(lawStatus),
          seedStatus: mostly(lawStatus),
          dates: mostly(
            fc.array(
              fc.record({ label: mostly(text), date: mostly(fc.constantFrom('2025-05-19', '2024-02-29')) }),
              { maxLength: 2 },
            ),
          ),
          provisions: mostly(fc.array(mostly(text), { maxLength: 2 })),
          verification,
        },
        { requiredKeys: ['name', 'jurisdiction', 'status'] },
      ),
    ),
  };
}

/** Datasets of every shape with every field right: extreme but valid values. */
export const valid = shapes(false);
/** Datasets of every shape in which any field may be anything. */
export const noisy = shapes(true);

export const seriesInput = noisy.series;
export const providerInput = noisy.provider;
export const shareInput = noisy.share;
export const hostingInput = noisy.hosting;
export const lawInput = noisy.law;
export const period = validPeriod;

const noisyText = fc.oneof(
  { weight: 4, arbitrary: text as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: anyValue },
);
const mostly = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: right as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyValue });

/** Props a page author might pass to any chart, right or wrong. */
export const commonProps = fc.record(
  {
    title: noisyText,
    subtitle: noisyText,
    description: noisyText,
    locale: mostly(fc.constantFrom('en-US', 'de-DE', 'ar', 'ja-JP', 'fr', 'xx-invalid', '')),
    theme: mostly(fc.constantFrom('auto', 'light', 'dark')),
    height: mostly(fc.oneof(fc.integer({ min: 1, max: 900 }), fc.constantFrom(0, -5, 1e308))),
    headingLevel: mostly(fc.constantFrom('h2', 'h3', 'h6', 'p', 'div', 'h 1')),
    notes: mostly(fc.array(text, { maxLength: 2 })),
  },
  { requiredKeys: ['title'] },
);

/** Props of the charts that take a figures choice, a scale or a notation. */
export const figureProps = fc.record(
  {
    figures: mostly(fc.constantFrom('seed', 'publisher')),
    scale: mostly(fc.constantFrom('linear', 'log')),
    notation: mostly(fc.constantFrom('full', 'compact')),
  },
  { requiredKeys: [] },
);
