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

/** Starts fetching (and so evaluating) every file of these modules, each once; never rejects. */
export function preload(...keys: string[]): void {
  for (const key of keys)
    for (const file of (Object.hasOwn(CHUNKS, key) && CHUNKS[key]) || []) {
      CHUNKS[key] = undefined;
      import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => undefined);
    }
}
