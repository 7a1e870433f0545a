// The spreadsheet reader, piece by piece: numbers in the file's convention, periods and countries in every
// shipped language, header words, and what it says instead of guessing. The corpus of real exports is in
// spreadsheets.test.ts.
import {
  CSV_COLUMN_NAMES,
  decodeSpreadsheet,
  NOTICE_CODES,
  PROBLEM_CODES,
  PROBLEM_WORDS,
  parseCsvDataset,
  parseCsvPeriod,
  problemText,
  SPREADSHEET_LANGUAGES,
  SPREADSHEET_WORDS,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const series = (text: string, locale?: string) =>
  parseCsvDataset(text, { shape: 'series', ...(locale ? { locale } : {}) });
const values = (text: string, locale?: string) => {
  const result = series(text, locale);
  expect(result.problems.map((p) => p.message)).toEqual([]);
  return result.data?.rows.map((row) => [row.period.start, row.value]);
};

describe('numbers in the file’s own convention', () => {
  it('reads German grouping, decided for the whole file', () => {
    expect(values('Jahr;Meldungen\n2022;8.412\n2023;9.101\n2024;12.000\n')).toEqual([
      ['2022-01-01', 8412],
      ['2023-01-01', 9101],
      ['2024-01-01', 12000],
    ]);
  });

  it('reads spaces, no-break and narrow no-break spaces and apostrophes as grouping', () => {
    expect(values('Année;Signalements\n2022;8\u00A0412\n2023;9\u202F101\n2024;1 234\n')).toEqual([
      ['2022-01-01', 8412],
      ['2023-01-01', 9101],
      ['2024-01-01', 1234],
    ]);
    expect(values("Jahr;Meldungen\n2023;8'412\n2024;9’101\n")?.map(([, v]) => v)).toEqual([8412, 9101]);
  });

  it('reads decimal commas and points by what the file’s cells can only mean', () => {
    const comma = parseCsvDataset('Land;Anteil (%)\nNiederlande;31,4 %\nUSA;14,1 %\n', { shape: 'hosting' });
    expect(comma.data?.rows.map((r) => r.percent)).toEqual([31.4, 14.1]);
    expect(comma.read?.decimal).toBe(',');
    const point = parseCsvDataset('country,share\nNetherlands,31.4%\nUnited States,14.1%\n', {
      shape: 'hosting',
    });
    expect(point.data?.rows.map((r) => r.percent)).toEqual([31.4, 14.1]);
    // 8,412 and 9,101 in a comma-separated file could be either: counts are whole, so they are thousands.
    expect(values('year,reports\n2023,"8,412"\n2024,"9,101"\n')?.map(([, v]) => v)).toEqual([8412, 9101]);
    // The page's language decides only what the file cannot: 8.412 in a comma-separated German file.
    expect(values('Jahr,Meldungen\n2023,8.412\n2024,9.101\n', 'de-DE')?.map(([, v]) => v)).toEqual([
      8412, 9101,
    ]);
  });

  it('says a fraction among whole counts is probably a mistyped separator, naming the row', () => {
    const result = series('Jahr;Meldungen\n2021;8.412\n2022;9.101\n2023;14,903\n', 'de-DE');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.csvRow, p.code, p.params.value])).toEqual([
      [4, 'csv-fraction-in-counts', 14903],
    ]);
    expect(result.problems[0]?.message).toContain('did you mean 14903?');
  });

  it('says a number written in the other convention, and that (12) is not a number', () => {
    const result = series('Jahr;Meldungen\n2021;8.412,5\n2022;1,234.5\n2023;(12)\n');
    expect(result.problems.map((p) => [p.csvRow, p.code])).toEqual([
      [3, 'csv-mixed-numbers'],
      [4, 'csv-not-number'],
    ]);
  });
});

describe('periods as each locale’s spreadsheets write them', () => {
  const month = (cell: string) => parseCsvPeriod(cell)?.start;
  it('reads months by number and by name in every shipped language', () => {
    for (const cell of ['2023-03', '2023/03', '03.2023', '3/2023', 'März 2023', 'Mrz 23', 'Mär 23', 'Mar-23'])
      expect(month(cell), cell).toBe('2023-03-01');
    for (const cell of [
      'mars 2023',
      'marzo de 2023',
      'marzo 2023',
      'maart 2023',
      'março de 2023',
      'marzec 2023',
      'mars 2023',
      'مارس 2023',
      'آذار 2023',
      '2023年3月',
      'March 2023',
      'mrt 2023',
      'janv. 2023'.replace('janv.', 'mars'),
    ])
      expect(month(cell), cell).toBe('2023-03-01');
    expect(month('janv. 2023')).toBe('2023-01-01');
    expect(month('févr. 2023')).toBe('2023-02-01');
    expect(month('stycznia 2023')).toBe('2023-01-01');
    expect(month('okt. 2023')).toBe('2023-10-01');
    expect(month('Okt 23')).toBe('2023-10-01');
    expect(month('dic 2023')).toBe('2023-12-01');
  });

  it('reads quarters and halves in each language’s words', () => {
    const q3 = '2024-07-01';
    for (const cell of [
      'Q3 2024',
      '2024 Q3',
      'Q3/2024',
      '3. Quartal 2024',
      '3. Qu. 2024',
      'T3 2024',
      '3e trimestre 2024',
      '3er trimestre 2024',
      '3º trimestre 2024',
      '3° trimestre 2024',
      'K3 2024',
      '3e kwartaal 2024',
      'III kw. 2024',
      'kvartal 3 2024',
      'الربع الثالث 2024',
      '2024年第3四半期',
    ])
      expect(parseCsvPeriod(cell)?.start, cell).toBe(q3);
    for (const cell of [
      'H1 2025',
      '1. Halbjahr 2025',
      '1. HJ 2025',
      'S1 2025',
      '1er semestre 2025',
      'I półrocze 2025',
      'första halvåret 2025',
      '2025年上半期',
      'النصف الأول 2025',
    ])
      expect(parseCsvPeriod(cell)?.end, cell).toBe('2025-06-30');
  });

  it('reads whole dates, day first or month first as the file shows, and a column of 1sts as months', () => {
    expect(values('Datum;Anzahl\n01.04.2023;5\n01.05.2023;6\n')).toEqual([
      ['2023-04-01', 5],
      ['2023-05-01', 6],
    ]);
    const us = series('date,reports\n4/1/2023,5\n4/13/2023,6\n');
    expect(us.data?.rows.map((r) => r.period.start)).toEqual(['2023-04-01', '2023-04-13']);
    const uk = series('date,reports\n01/04/2023,5\n13/04/2023,6\n');
    expect(uk.data?.rows.map((r) => r.period.start)).toEqual(['2023-04-01', '2023-04-13']);
    expect(parseCsvPeriod('2023年度')).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });

  it('marks a half year among years as partial', () => {
    const rows = series('year,reports\n2023,5\n2024,6\nH1 2025,7\n').data?.rows;
    expect(rows?.map((r) => r.period.partial ?? false)).toEqual([false, false, true]);
  });
});

describe('what the reader says instead of guessing', () => {
  it('draws a year with no figure as a gap, never as 0, and says so', () => {
    const result = series('\uFEFFJahr;Meldungen\r\n2020;8.412\r\n2021;k.A.\r\n2022;9.101\r\n', 'de-DE');
    expect(result.ok).toBe(true);
    expect(result.data?.rows.map((r) => r.value)).toEqual([8412, 9101]);
    expect(result.data?.gaps).toEqual([
      { period: { start: '2021-01-01', end: '2021-12-31', label: '2021' }, reason: 'no-data' },
    ]);
    expect(result.notices.map((n) => [n.csvRow, n.code])).toEqual([[3, 'csv-no-data']]);
  });

  it('says a year missing inside a regular series and draws it as a gap', () => {
    const result = series('year,reports\n2019,1\n2020,2\n2023,3\n');
    expect(result.data?.gaps?.map((g) => [g.period.label, g.reason])).toEqual([
      ['2021', 'missing'],
      ['2022', 'missing'],
    ]);
    expect(result.notices.map((n) => n.code)).toEqual(['csv-gap', 'csv-gap']);
    expect(result.notices[0]?.message).toBe(
      'The file, column "year": the text "2021" is not in the file, between 2020 and 2023: shown as a gap with no data.',
    );
  });

  it('says a period listed twice, naming both rows', () => {
    const result = series('Jahr;Meldungen\n2020;1\n2021;2\n2020;3\n');
    expect(result.problems.map((p) => [p.csvRow, p.code, p.params.firstRow])).toEqual([
      [4, 'csv-duplicate', 2],
    ]);
  });

  it('leaves out a total row and footnotes, and says so', () => {
    const result = series(
      'Jahr;Meldungen;;\n2020;1;;\n2021;2;;\nGesamt;3;;\n\nQuelle: eigene Auswertung;;;\n* vorläufig;;;\n',
    );
    expect(result.ok).toBe(true);
    expect(result.data?.rows).toHaveLength(2);
    expect(result.notices.map((n) => [n.csvRow, n.code])).toEqual([
      [6, 'csv-footnote'],
      [7, 'csv-footnote'],
      [4, 'csv-total-row'],
    ]);
  });

  it('shows every problem at once, each row once, none hiding another', () => {
    const result = series('Jahr;Meldungen\nfoo;1\n2021;x\n2022;2,5,5\n2021;4\nbar;n\n2024;7\n');
    expect(result.problems.map((p) => p.csvRow)).toEqual([2, 3, 4, 5, 6]);
  });

  it('draws the first column of figures and says which others there are; another can be named', () => {
    const text = 'Anbieter;Meldungen;Bestätigt\nA;1.234;100\nB;2.000;50\n';
    const first = parseCsvDataset(text, { shape: 'providers' });
    expect(first.data?.rows.map((r) => r.value)).toEqual([1234, 2000]);
    expect(first.data?.unit).toBe('Meldungen');
    expect(first.read?.otherValueColumns).toEqual(['Bestätigt']);
    const named = parseCsvDataset(text, { shape: 'providers', valueColumn: 'bestätigt' });
    expect(named.data?.rows.map((r) => r.value)).toEqual([100, 50]);
    expect(parseCsvDataset(text, { shape: 'providers', valueColumn: 3 }).data?.rows[0]?.value).toBe(100);
    const missing = parseCsvDataset(text, { shape: 'providers', valueColumn: 'Gelöscht' });
    expect(missing.problems.map((p) => p.code)).toEqual(['csv-value-column']);
  });

  it('reads a map by country names in any shipped language, short forms and codes', () => {
    const read = (text: string) =>
      parseCsvDataset(text, { shape: 'hosting' }).data?.rows.map((r) => [r.code, r.percent ?? r.count]);
    expect(read('Land;Anteil (%)\nNiederlande;31,4\nVereinigte Staaten;14,1\nUK;2\n')).toEqual([
      ['NLD', 31.4],
      ['USA', 14.1],
      ['GBR', 2],
    ]);
    expect(read('País;Porcentaje\nPaíses Bajos;31,4 %\nEstados Unidos;14,1 %\n')).toEqual([
      ['NLD', 31.4],
      ['USA', 14.1],
    ]);
    expect(read('国,割合\nオランダ,31.4%\nアメリカ合衆国,14.1%\n')).toEqual([
      ['NLD', 31.4],
      ['USA', 14.1],
    ]);
    expect(read('البلد,النسبة\nهولندا,31.4\nفرنسا,2\n')).toEqual([
      ['NLD', 31.4],
      ['FRA', 2],
    ]);
    expect(read('Land;Meldungen\nNiederlande;1.204\nDeutschland;312\n')).toEqual([
      ['NLD', 1204],
      ['DEU', 312],
    ]);
    const unknown = parseCsvDataset('Land;Anteil\nAtlantis;3\n', { shape: 'hosting' });
    expect(unknown.problems.map((p) => [p.csvRow, p.code])).toEqual([[2, 'csv-not-country']]);
  });

  it('reads a file without a header, and a title line above the table', () => {
    expect(values('2022;8.412\n2023;9.101\n')?.map(([, v]) => v)).toEqual([8412, 9101]);
    const titled = series('Meldungen an die Hotline;;\nJahr;Meldungen;\n2023;5;\n2024;6;\n');
    expect(titled.data?.title).toBe('Meldungen an die Hotline');
    expect(titled.data?.rows).toHaveLength(2);
  });

  it('writes each problem in the reader’s language with the user’s column header', () => {
    const result = series('Jahr;Meldungen\n2021;8.412\n2022;14,903\n', 'de-DE');
    const german = {
      problemAt: (place: { row: number | null; field?: string }, text: string) =>
        `Zeile ${place.row}, Spalte „${place.field}“: ${text}`,
    };
    expect(problemText(result.problems[0] as never, { ...PROBLEM_WORDS, ...german }, 'de-DE')).toContain(
      'Zeile 3, Spalte „Meldungen“',
    );
    // Words without a sentence for a spreadsheet's problem (a chart's, which never meets one) say the reader's
    // own English sentence, whole: the reader's words are not carried by every chart.
    expect(problemText(result.problems[0] as never, {}, 'de-DE')).toBe(result.problems[0]?.message);
    expect(problemText(result.problems[0] as never, german, 'de-DE')).toContain('did you mean 14903?');
  });
});

describe('files as programs write them', () => {
  it('decodes UTF-8 with and without a byte-order mark, UTF-16 and Windows-1252', () => {
    const text = 'Monat;Anzahl\r\nMärz 2023;5\r\n';
    expect(decodeSpreadsheet(new TextEncoder().encode(`\uFEFF${text}`))).toBe(text);
    expect(decodeSpreadsheet(new Uint8Array(Buffer.from(text, 'latin1')))).toBe(text);
    const tabs = text.replaceAll(';', '\t');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(tabs, 'utf16le')]);
    expect(decodeSpreadsheet(utf16)).toBe(tabs);
    expect(values(decodeSpreadsheet(utf16))).toEqual([['2023-03-01', 5]]);
    // Excel's plain CSV on Windows: 0x97 is an em dash (a cell with no figure), 0xE4 an ä.
    expect(decodeSpreadsheet(new Uint8Array([0x4d, 0xe4, 0x72, 0x7a, 0x3b, 0x97]))).toBe('März;—');
  });
});

describe('word lists', () => {
  it('has header, total, no-data and footnote words in every shipped language', () => {
    expect(SPREADSHEET_LANGUAGES).toHaveLength(11);
    for (const language of SPREADSHEET_LANGUAGES) {
      for (const role of ['period', 'value', 'percent', 'country'] as const)
        expect(SPREADSHEET_WORDS.header[role][language].length, `${role} ${language}`).toBeGreaterThan(0);
      expect(SPREADSHEET_WORDS.total[language].length).toBeGreaterThan(0);
      expect(SPREADSHEET_WORDS.footnote[language].length).toBeGreaterThan(0);
    }
    expect(CSV_COLUMN_NAMES.period).toContain('jahr');
    expect(NOTICE_CODES.every((code) => PROBLEM_CODES.includes(code))).toBe(true);
  });

  it('reads each language’s period header word, whatever the value column is called', () => {
    for (const language of SPREADSHEET_LANGUAGES)
      for (const word of SPREADSHEET_WORDS.header.period[language]) {
        const result = series(`${word};Irgendwas\n2023;5\n2024;6\n`);
        expect(result.read?.keyColumn, `${language}: ${word}`).toBe(word);
        expect(
          result.data?.rows.map((r) => r.value),
          word,
        ).toEqual([5, 6]);
      }
  });
});

describe('a series with gaps, taken away as CSV', () => {
  it('writes each gap among the rows with an empty value, never 0', async () => {
    const { toCsv, flattenDataset } = await import('@safeguard-charts/data');
    const result = parseCsvDataset('Jahr;Meldungen\n2019;5\n2020;k.A.\n2022;7\n', { shape: 'series' });
    const flat = flattenDataset(result.data as never);
    expect(flat.map((r) => [r.kind, r.periodLabel, r.value, r.detail])).toEqual([
      ['row', '2019', 5, ''],
      ['gap', '2020', undefined, 'no data'],
      ['gap', '2021', undefined, 'no data: not in the file'],
      ['row', '2022', 7, ''],
    ]);
    const lines = toCsv(result.data as never).split('\r\n');
    expect(lines[2]?.startsWith('gap,2020,2020,2020-01-01,2020-12-31,false,,')).toBe(true);
  });
});

describe('a year column beside a month column', () => {
  it('joins them into periods, the year written once for its months, a year’s total left out', () => {
    const result = series(
      '\uFEFFJahr;Monat;Meldungen\r\n2023;Januar;512\r\n;Februar;498\r\n;März;k.A.\r\n2023;Summe;1.010\r\n2024;Januar;530\r\n;Februar;601\r\n',
      'de-DE',
    );
    expect(result.problems.map((p) => p.message)).toEqual([]);
    expect(result.data?.rows.map((r) => [r.period.start, r.period.label, r.value])).toEqual([
      ['2023-01-01', 'Januar 2023', 512],
      ['2023-02-01', 'Februar 2023', 498],
      ['2024-01-01', 'Januar 2024', 530],
      ['2024-02-01', 'Februar 2024', 601],
    ]);
    expect(result.read?.keyColumn).toBe('Jahr, Monat');
    expect(result.notices.map((n) => [n.csvRow, n.code])).toEqual([
      [4, 'csv-no-data'],
      [5, 'csv-total-row'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
      [null, 'csv-gap'],
    ]);
    // Japanese: 年 and 月 in their own columns.
    const ja = series('年,月,件数\n2024,1月,"1,204"\n,2月,"1,310"\n');
    expect(ja.data?.rows.map((r) => [r.period.start, r.value])).toEqual([
      ['2024-01-01', 1204],
      ['2024-02-01', 1310],
    ]);
  });

  it('leaves a year and two counts as they are: small numbers are not months', () => {
    const result = parseCsvDataset('Jahr;Meldungen;Bestätigt\n2023;5;3\n2024;7;4\n', { shape: 'series' });
    expect(result.data?.rows.map((r) => [r.period.label, r.value])).toEqual([
      ['2023', 5],
      ['2024', 7],
    ]);
  });
});

describe('a footnote mark on a period', () => {
  it('reads the period without it and keeps it in the label readers see', () => {
    const rows = series('Jahr;Meldungen\n2023;5\n2024*;6\n').data?.rows;
    expect(rows?.map((r) => [r.period.start, r.period.label])).toEqual([
      ['2023-01-01', '2023'],
      ['2024-01-01', '2024*'],
    ]);
  });
});
