// The spreadsheet reader: a hotline's German Excel export of 10,000 months read by the data package's
// parseCsvDataset, timed beside d3-dsv and PapaParse parsing the same text in the same run, and the gzip size of
// the embed's CSV chunk (what a page with a `<script type="text/csv">` child fetches for it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { timeMedian } from './rows.mjs';
import { gzipSize } from './site.mjs';

/** The rows of the generated file, and the target of the issue ("the spreadsheet a hotline already has"). */
export const SPREADSHEET_ROWS = 10_000;
export const SPREADSHEET_TARGET_MS = 100;

/** German abbreviated month names, as a German Excel writes `MMM YYYY`. */
const MONATE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

/** A value of row `i` from a fixed formula: 1,000 to 99,999 (German grouping, `12.345`), some under 1,000. */
const figureOf = (i) => (i % 17 === 0 ? 100 + ((i * 37) % 900) : 1000 + ((i * 7919) % 99_000));
const german = (n) =>
  n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);

/**
 * A German Excel export (`;` between cells, `.` grouping thousands, CRLF): `Monat;Meldungen`, then `rows`
 * consecutive months from January 1201 (so that 10,000 months fit in four-digit years), written as Excel writes
 * them: `Jan 1201` (`months: 'names'`) or `01.1201` (`months: 'numbers'`).
 */
export function germanCsv(rows = SPREADSHEET_ROWS, { months = 'names' } = {}) {
  const lines = ['Monat;Meldungen'];
  for (let i = 0; i < rows; i += 1) {
    const year = 1201 + Math.floor(i / 12);
    const month = i % 12;
    const period =
      months === 'names' ? `${MONATE[month]} ${year}` : `${String(month + 1).padStart(2, '0')}.${year}`;
    lines.push(`${period};${german(figureOf(i))}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The files the embed's loader lists for `src/csv` (scripts/preload.mjs's table), with each one's bytes. */
export function csvChunkFiles(embed) {
  for (const [name, bytes] of embed) {
    if (!name.endsWith('.js')) continue;
    const text = bytes.toString('utf8');
    // The minifier writes the table's string in whichever quotes need no escape.
    const json = /JSON\.parse\(([`'])(\{"[^`']*\})\1\)/.exec(text)?.[2];
    if (!json?.includes('"src/csv"')) continue;
    const table = JSON.parse(json);
    const resolve = (file) => path.posix.normalize(path.posix.join(path.posix.dirname(name), file));
    const files = (table['src/csv'] ?? []).map(resolve);
    const kinds = Object.fromEntries(
      Object.entries(table)
        .filter(([key]) => key.startsWith('kinds/'))
        .map(([key, list]) => [key, new Set(list.map(resolve))]),
    );
    return { holder: name, files, kinds };
  }
  throw new Error("The embed's loader has no preload table with `src/csv`: is packages/embed/dist built?");
}

/**
 * Times parseCsvDataset (reading the periods, numbers and words into a validated series) beside d3-dsv's
 * `dsvFormat(';').parse` and PapaParse's `parse` (cells as text only), each the median of `runs` after
 * `warmup`, on the same text in this one process; checks that each read every row. Then the CSV chunk's size.
 */
export async function measureSpreadsheet({ root, data, embed, runs, warmup }) {
  const require = createRequire(path.join(root, 'package.json'));
  const { dsvFormat } = require('d3-dsv');
  const Papa = require('papaparse');
  // Root devDependencies, linked into the root's node_modules (d3-dsv's exports hide its package.json).
  const version = (name) =>
    JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

  // Month names if the reader takes them (its German words), else months by number: the bench says which.
  let months = 'names';
  let text = germanCsv(SPREADSHEET_ROWS, { months });
  let read = data.parseCsvDataset(text, { shape: 'series', locale: 'de-DE' });
  if (!read.ok) {
    months = 'numbers';
    text = germanCsv(SPREADSHEET_ROWS, { months });
    read = data.parseCsvDataset(text, { shape: 'series', locale: 'de-DE' });
  }
  const rows = read.ok ? read.data.rows : [];
  const readOk =
    read.ok &&
    rows.length === SPREADSHEET_ROWS &&
    rows[0].value === figureOf(0) &&
    rows[SPREADSHEET_ROWS - 1].value === figureOf(SPREADSHEET_ROWS - 1);
  if (!readOk)
    console.log(
      `parseCsvDataset did not read the bench file whole: ${read.ok ? `${rows.length} rows` : JSON.stringify(read.problems.slice(0, 2))}`,
    );

  const dsv = dsvFormat(';');
  const cases = [
    {
      name: '`parseCsvDataset(text, { shape: "series", locale: "de-DE" })`',
      does: 'cells, periods (`MMM YYYY` / `MM.YYYY`), German numbers, column words, validation',
      fn: () => data.parseCsvDataset(text, { shape: 'series', locale: 'de-DE' }),
      ok: (r) => r.ok && r.data.rows.length === SPREADSHEET_ROWS,
      ours: true,
    },
    {
      name: `d3-dsv ${version('d3-dsv')} \`dsvFormat(';').parse(text)\``,
      does: 'cells as text only',
      fn: () => dsv.parse(text),
      ok: (r) => r.length === SPREADSHEET_ROWS && r[0].Meldungen === german(figureOf(0)),
    },
    {
      name: `PapaParse ${version('papaparse')} \`Papa.parse(text, { delimiter: ';', header: true, skipEmptyLines: true })\``,
      does: 'cells as text only',
      fn: () => Papa.parse(text, { delimiter: ';', header: true, skipEmptyLines: true }),
      ok: (r) => r.data.length === SPREADSHEET_ROWS && r.data[0].Meldungen === german(figureOf(0)),
    },
  ];
  if (typeof data.decodeSpreadsheet === 'function') {
    // The same file as a German Excel saves it: Windows-1252 bytes (`ä` is one byte), decoded first.
    const bytes = Uint8Array.from(text, (c) => (c === 'ä' ? 0xe4 : c.charCodeAt(0)));
    cases.push({
      name: '`decodeSpreadsheet(bytes)` then `parseCsvDataset`',
      does: 'the file as Windows-1252 bytes, decoded, then all of the above',
      fn: () => data.parseCsvDataset(data.decodeSpreadsheet(bytes), { shape: 'series', locale: 'de-DE' }),
      ok: (r) => r.ok && r.data.rows.length === SPREADSHEET_ROWS,
      ours: true,
    });
  }
  const timings = cases.map((c) => {
    const ok = c.ok(c.fn());
    const median = timeMedian(c.fn, runs, warmup);
    console.log(
      `${c.name.replace(/`/g, '').padEnd(72)} ${median.toFixed(1).padStart(7)} ms${ok ? '' : '  WRONG'}`,
    );
    return { name: c.name, does: c.does, ms: median, ok, ours: Boolean(c.ours) };
  });

  const chunk = csvChunkFiles(embed);
  const sizeOf = (files) => files.reduce((sum, file) => sum + gzipSize(embed.get(file) ?? ''), 0);
  const files = chunk.files.map((file) => ({
    file,
    gzip: gzipSize(embed.get(file) ?? ''),
    bytes: embed.get(file)?.length ?? 0,
  }));
  // What the reader adds to a page with one column chart: its files the chart's own list lacks.
  const column = chunk.kinds['kinds/ncmec-timeline'] ?? new Set();
  const beyondColumn = chunk.files.filter((file) => !column.has(file));
  const chunkSize = {
    files,
    gzip: sizeOf(chunk.files),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    beyondColumn: { files: beyondColumn.length, gzip: sizeOf(beyondColumn) },
  };
  console.log(
    `CSV chunk: ${files.length} files, ${chunkSize.gzip} B gzip (${chunkSize.beyondColumn.gzip} B beyond an ncmec-timeline page's own files)`,
  );
  return {
    rows: SPREADSHEET_ROWS,
    months,
    bytes: text.length,
    readOk,
    timings,
    chunk: chunkSize,
    runs,
    warmup,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** BENCHMARKS.md's section: { md, targets }. */
export function spreadsheetSection(result) {
  const ours = result.timings.find((t) => t.ours);
  const fastest = Math.min(...result.timings.filter((t) => !t.ours).map((t) => t.ms));
  const met = result.readOk && ours.ok && ours.ms < SPREADSHEET_TARGET_MS;
  const targets = [
    `The spreadsheet reader reads ${result.rows.toLocaleString('en-US')} rows of a German Excel export in under ${SPREADSHEET_TARGET_MS} ms: ${ours.ms.toFixed(1)} ms — **${met ? 'met' : 'missed'}**${met ? '' : result.readOk ? ` (by ${(ours.ms - SPREADSHEET_TARGET_MS).toFixed(1)} ms)` : ' (it did not read the file whole)'}.`,
  ];
  const example = result.months === 'names' ? '`Jan 1201`, `Feb 1201`, …' : '`01.1201`, `02.1201`, …';
  const md = `## The spreadsheet reader

How measured: a generated file as a German Excel exports it, not real figures: \`Monat;Meldungen\`, then
${result.rows.toLocaleString('en-US')} consecutive months (${example}, four-digit years so that 10,000 months fit) with
values from a fixed formula written with German grouping (\`12.345\`), \`;\` between cells, CRLF
(${kb(result.bytes)}). Each reader runs on the same text in the same Node process (the data package's built
\`dist\`), median of ${result.runs} runs after ${result.warmup} warm-up runs, each checked to have read every
row. d3-dsv and PapaParse only split the text into cells (text, with the header's names): they read no period,
no number, no column name and validate nothing, so they are the floor of what splitting alone costs, not the
same work.

| reader | what it does | median | × the faster of d3-dsv and PapaParse | read every row |
| --- | --- | ---: | ---: | :---: |
${result.timings.map((t) => `| ${t.name} | ${t.does} | ${t.ms.toFixed(1)} ms | ${(t.ms / fastest).toFixed(1)}× | ${t.ok ? 'yes' : 'no'} |`).join('\n')}

${targets.map((t) => `- ${t}`).join('\n')}

The embed's CSV chunk, what a page with a \`<script type="text/csv">\` child fetches for the reader (the files
the loader's preload table lists for \`src/csv\`, scripts/preload.mjs; gzip -9 each, summed): ${result.chunk.files.length}
files, ${kb(result.chunk.bytes)} min, **${kb(result.chunk.gzip)} gzip**; of it, ${kb(result.chunk.beyondColumn.gzip)} in
${result.chunk.beyondColumn.files} files a page with one \`ncmec-timeline\` does not already fetch for its chart. A page
without a CSV child fetches none of it (tests/embed/embed.test.ts).

| file | min | gzip |
| --- | ---: | ---: |
${result.chunk.files.map((f) => `| \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzip)} |`).join('\n')}
`;
  return { md, targets };
}

/** `markdown` with its `## The spreadsheet reader` section replaced by `section` (or added at its end). */
export function withSpreadsheetSection(markdown, section) {
  const start = markdown.indexOf('## The spreadsheet reader\n');
  if (start < 0) return `${markdown.replace(/\n*$/, '\n')}\n${section}`;
  const next = markdown.indexOf('\n## ', start + 1);
  return `${markdown.slice(0, start)}${section}${next < 0 ? '' : markdown.slice(next)}`;
}
