// The CSV a reader downloads, in the reader's spreadsheet: split into columns by the delimiter their Excel
// expects, numbers as numbers with their decimal mark, dates and months kept as the text they are, no formula
// run. First the format as text, then the proof in a real spreadsheet program: LibreOffice Calc headless opens
// the German and the English download and saves them as flat XML (.fods), which is read back cell by cell.
// The LibreOffice part is skipped only where `soffice` is not installed (`sh scripts/ensure-libreoffice.sh`
// installs it; `pnpm test` runs that first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  csvCell,
  csvFormatFor,
  csvLines,
  datasets,
  ncmecAiReports,
  ncmecProviderReports,
  toCsv,
} from '@safeguard-charts/data';
import { afterAll, describe, expect, it } from 'vitest';

describe('csvFormatFor', () => {
  it.each(['de-DE', 'de', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-PT', 'pt-BR', 'pl-PL', 'sv-SE'])(
    'gives %s semicolons and a decimal comma, as its Excel expects',
    (locale) => {
      expect(csvFormatFor(locale)).toEqual({ delimiter: ';', decimal: ',' });
    },
  );

  it.each(['en', 'en-US', 'en-GB', 'ja-JP', 'de-CH'])('gives %s commas and a decimal point', (locale) => {
    expect(csvFormatFor(locale)).toEqual({ delimiter: ',', decimal: '.' });
  });

  it('falls back to RFC 4180 for a tag Intl does not accept, without throwing', () => {
    for (const tag of ['not a locale', '', 42 as never])
      expect(csvFormatFor(tag)).toEqual({ delimiter: ',', decimal: '.' });
  });
});

describe('toCsv for a reader’s spreadsheet', () => {
  const german = { ...csvFormatFor('de-DE'), textDates: true } as const;

  it('keeps the published format by default: commas, decimal points, dates as they are', () => {
    const text = toCsv({ unit: 'percent', rows: [{ label: 'a', value: 12.5 }], asOf: '2026-11' });
    expect(text.split('\r\n')[1]).toBe('row,a,,,,false,12.5,percent,,,,,,,,,,,,,,,,2026-11,');
  });

  it('writes numbers with the decimal comma and no grouping, cells split by semicolons', () => {
    const text = toCsv(
      {
        unit: 'reports',
        rows: [
          { label: 'a; b', value: 1234567.5 },
          { label: 'c, d', value: -0.25 },
        ],
      },
      german,
    );
    const [header, first, second] = text.slice(1).split('\r\n');
    expect(header?.split(';').slice(0, 8)).toEqual([
      'kind',
      'label',
      'period',
      'period_start',
      'period_end',
      'partial',
      'value',
      'unit',
    ]);
    expect(first?.startsWith('row;"a; b";;;;false;1234567,5;reports;')).toBe(true);
    expect(second?.startsWith('row;c, d;;;;false;-0,25;reports;')).toBe(true);
  });

  it.each([
    ['2026-11', '"=""2026-11"""'],
    ['2024-04-01', '"=""2024-04-01"""'],
    ['1/2', '"=""1/2"""'],
    ['12.5', '"=""12.5"""'],
    ['10:30', '"=""10:30"""'],
    ['Nov 2026', '"=""Nov 2026"""'],
    ['H1 2025', 'H1 2025'],
    ['2024', '2024'],
    ['2026-11; 2026-11', '"2026-11; 2026-11"'],
    ['Marketing 2024', 'Marketing 2024'],
  ])('writes the text %j as %j, so a spreadsheet keeps it as text', (input, expected) => {
    expect(csvCell(input, german)).toBe(expected);
    // Only with textDates: the published files keep the text as it is.
    expect(csvCell(input, { delimiter: ';' })).toBe(input.includes(';') ? `"${input}"` : input);
  });

  it.each([
    [' =1+1', "' =1+1"],
    ['  +1', "'  +1"],
    ['\t-1', "'\t-1"],
    [' \t@SUM(A1)', "' \t@SUM(A1)"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['a =1', 'a =1'],
  ])('guards %j, which starts like a formula after blanks, as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
    expect(csvCell(input, german)).toBe(expected);
  });

  it('never wraps a guarded cell in a formula, nor a cell with a quote', () => {
    expect(csvCell('-2024-04', german)).toBe("'-2024-04");
    expect(csvCell('2024"-04', german)).toBe('"2024""-04"');
    expect(csvLines([['=1', '2026-11']], german)).toBe('\'=1;"=""2026-11"""\r\n');
  });

  it.each(datasets.map((d) => [d.id, d] as const))(
    'writes %s for a German spreadsheet with the same header and one cell per column',
    (_, dataset) => {
      const ours = toCsv(dataset, german);
      expect(ours.split('\r\n')[0]).toBe(toCsv(dataset).split('\r\n')[0]?.replaceAll(',', ';'));
      expect(ours).not.toMatch(/[;,]2026-11[;,\r]/);
    },
  );
});

/** LibreOffice's program, where Debian installs it, or SOFFICE_PATH. */
const soffice = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const hasSoffice = existsSync(soffice);
if (!hasSoffice)
  console.warn(
    `Skipping the LibreOffice test: no soffice at ${soffice}. Install it as root with ` +
      '`sh scripts/ensure-libreoffice.sh` (Debian’s libreoffice-calc-nogui), or set SOFFICE_PATH.',
  );

/** One cell of a sheet LibreOffice saved: its type (`float`, `string`, `date`…), value and text. */
interface SheetCell {
  type: string;
  value: string;
  text: string;
  formula: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<\/text:p>\s*<text:p[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '');

/** The first sheet of a .fods file as rows of cells, repeated cells expanded, empty rows left out. */
function readFods(xml: string): SheetCell[][] {
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  const rows: SheetCell[][] = [];
  for (const [, row = ''] of table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: SheetCell[] = [];
    for (const [, attrs = '', body = ''] of row.matchAll(
      /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const attr = (name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');
      const cell = {
        type: attr('office:value-type'),
        value: attr('office:(?:date-|string-)?value'),
        text: decode(body).trim(),
        formula: attr('table:formula'),
      };
      const repeat = Number(attr('table:number-columns-repeated') || 1);
      for (let i = 0; i < Math.min(repeat, 200); i += 1) cells.push(cell);
    }
    while (cells.length && !cells.at(-1)?.type) cells.pop();
    if (cells.length) rows.push(cells);
  }
  return rows;
}

describe.skipIf(!hasSoffice)('the download in LibreOffice Calc', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'sg-csv-lo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /**
   * Opens CSV files in LibreOffice with the CSV filter's options (delimiter, quote, UTF-8, from line 1, no
   * column types, the language, quoted cells not forced to text, "detect special numbers" on: the setting
   * that turns the most into dates) and reads each back from the flat XML it saves.
   */
  function openInCalc(files: Record<string, string>, delimiter: string, language: number) {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(work, `${name}.csv`), text);
    const filter = `CSV:${delimiter.charCodeAt(0)},34,76,1,,${language},false,true`;
    const run = spawnSync(
      soffice,
      [
        // A profile of its own, so a LibreOffice the machine is running cannot hold a lock on this one.
        `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        `--infilter=${filter}`,
        '--convert-to',
        'fods',
        '--outdir',
        path.join(work, 'out'),
        ...Object.keys(files).map((name) => path.join(work, `${name}.csv`)),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
    return Object.fromEntries(
      Object.keys(files).map((name) => {
        const [header = [], ...rows] = readFods(readFileSync(path.join(work, 'out', `${name}.fods`), 'utf8'));
        const names = header.map((cell) => cell.text);
        return [
          name,
          {
            header: names,
            records: rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]]))),
          },
        ];
      }),
    );
  }

  const userRows = {
    unit: 'reports',
    rows: [
      { label: ' =1+1', value: 1234.5, period: { label: '2024-03', start: '2024-03-01', end: '2024-03-31' } },
      { label: '1/2', value: 0.25, period: { label: '2024-04-01', start: '2024-04-01', end: '2024-04-01' } },
    ],
    asOf: '2026-11',
  };

  it('opens the German download in columns, numbers as numbers, months and dates as text', () => {
    const format = { ...csvFormatFor('de-DE'), textDates: true };
    const sheets = openInCalc(
      {
        providers: toCsv(ncmecProviderReports, format),
        series: toCsv(ncmecAiReports, format),
        own: toCsv(userRows, format),
      },
      ';',
      1031,
    );
    for (const { header, records } of Object.values(sheets)) {
      expect(header.slice(0, 8)).toEqual([
        'kind',
        'label',
        'period',
        'period_start',
        'period_end',
        'partial',
        'value',
        'unit',
      ]);
      expect(header).toHaveLength(25);
      for (const record of records) {
        expect(record.as_of).toMatchObject({ type: 'string', text: '2026-11' });
        expect(record.kind?.type).toBe('string');
      }
    }
    const providers = sheets.providers?.records ?? [];
    expect(providers.map((r) => r.label?.text)).toEqual(ncmecProviderReports.rows.map((r) => r.provider));
    expect(providers.map((r) => [r.value?.type, Number(r.value?.value)])).toEqual(
      ncmecProviderReports.rows.map((r) => ['float', r.value]),
    );
    const series = sheets.series?.records ?? [];
    expect(series.map((r) => r.value?.type)).toEqual(['float', 'float', 'float']);
    expect(series.at(-1)?.period_start).toMatchObject({ type: 'string', text: '2025-01-01' });
    expect(series.at(-1)?.period_end).toMatchObject({ type: 'string', text: '2025-06-30' });
    expect(series.at(-1)?.period).toMatchObject({ type: 'string', text: 'H1 2025' });
    const own = sheets.own?.records ?? [];
    expect(own.map((r) => [r.value?.type, r.value?.value])).toEqual([
      ['float', '1234.5'],
      ['float', '0.25'],
    ]);
    expect(own.map((r) => [r.period?.type, r.period?.text])).toEqual([
      ['string', '2024-03'],
      ['string', '2024-04-01'],
    ]);
    expect(own[1]?.label).toMatchObject({ type: 'string', text: '1/2' });
    // The formula guard: a label that starts like a formula after a blank is text, never run.
    expect(own[0]?.label).toMatchObject({ type: 'string', text: "' =1+1", formula: '' });
  }, 120_000);

  it('opens the English download in columns too, and the published file turns the same dates into dates', () => {
    const sheets = openInCalc(
      {
        english: toCsv(userRows, { ...csvFormatFor('en-US'), textDates: true }),
        published: toCsv(userRows),
      },
      ',',
      1033,
    );
    const english = sheets.english?.records ?? [];
    expect(english.map((r) => [r.value?.type, r.value?.value])).toEqual([
      ['float', '1234.5'],
      ['float', '0.25'],
    ]);
    expect(english.map((r) => r.period_start?.type)).toEqual(['string', 'string']);
    expect(english[1]?.label).toMatchObject({ type: 'string', text: '1/2' });
    // Without textDates (the published files, for programs), the spreadsheet makes dates of them: the
    // reason the download needs it.
    const published = sheets.published?.records ?? [];
    expect(published.map((r) => r.period_start?.type)).toEqual(['date', 'date']);
    expect(published[1]?.label?.type).toBe('date');
  }, 120_000);
});
