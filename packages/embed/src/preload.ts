/*
 * Fetching a chart's files side by side. Each module the loader imports when a page needs it (a chart kind, a
 * language, a publisher's datasets) imports chunks of its own, which import others: fetched as they are found,
 * they come one round trip after another. The build (scripts/preload.mjs) writes each such module's whole list
 * of files into CHUNKS below, and `preload` asks for all of them at once, so a chart is fetched in one round.
 */

/**
 * Each lazily loaded module (`kinds/surge`, `locales/de`, `datasets/ncmec`, `src/csv`) with every file it needs,
 * relative to the loader's folder. The build replaces the text of this JSON; the single-file build, which
 * fetches nothing, keeps it as it is.
 */
const CHUNKS: Record<string, string[] | undefined> = JSON.parse('{"__sg_chunks__":[]}');

/** The loader's own address (`…/safeguard-charts.js`), which the embed code a reader copies names. */
export const loaderUrl = import.meta.url;

/**
 * Whether the browser preloads modules from `<link rel="modulepreload">` (Chromium 66, Safari 17, Firefox 115):
 * fetched and compiled, but run only when imported. Cheaper than `import()` for the page's main thread (each
 * `import()` starts its module's whole job there), which matters most while the first chart waits for its files.
 */
const modulePreload =
  typeof document !== 'undefined' &&
  document.createElement('link').relList?.supports?.('modulepreload') === true;

/** Starts fetching every file of these modules, each once; never throws or rejects. */
export function preload(...keys: string[]): void {
  for (const key of keys)
    for (const file of (Object.hasOwn(CHUNKS, key) && CHUNKS[key]) || []) {
      CHUNKS[key] = undefined;
      const href = new URL(file, import.meta.url).href;
      if (modulePreload) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        (document.head ?? document.documentElement).append(link);
      } else import(/* @vite-ignore */ href).catch(() => undefined);
    }
}

/** The address of a module's one file (`styles/surge`: a chart kind's rules), or undefined when there is none. */
export function fileOf(key: string): string | undefined {
  const file = Object.hasOwn(CHUNKS, key) ? CHUNKS[key]?.[0] : undefined;
  return file && new URL(file, import.meta.url).href;
}

/** The language of a locale (`de-AT` → `de`), which names its catalogue's module (`locales/de`). */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The modules a `<safeguard-chart>` needs, by their names in the table above: its kind's code, its language, its
 * figures (the CSV reader for `own` figures in CSV, its figures child or what it was given; else the package's
 * dataset it names) and, for a dataset of the package, the datasets' words in its language. A name the table has
 * not (English, a dataset the package has not) asks for nothing.
 */
export function modulesOf(
  element: Element,
  own = element.querySelector('script[type="text/csv"], script[type="application/json"]') ?? undefined,
): string[] {
  const language = languageOf(element.getAttribute('locale') || document.documentElement.lang || 'en');
  const csv = own?.getAttribute('type') === 'text/csv';
  const named = !own;
  const dataset = element.getAttribute('dataset');
  return [
    `kinds/${element.getAttribute('chart') ?? ''}`,
    `locales/${language}`,
    csv ? 'src/csv' : named && dataset ? `datasets/${dataset}` : '',
    named && dataset ? `words/${language}` : '',
  ];
}
