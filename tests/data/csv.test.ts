// CSV as the published csv/ files carry it: RFC 4180, and nothing a spreadsheet could run as a formula.
import {
  csamHosting,
  csvCell,
  csvLines,
  datasets,
  flattenDataset,
  forumStudy,
  iwfAiItemsTotal,
  iwfSeverity,
  legislation,
  ncmecAiReports,
  toCsv,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

/** A strict RFC 4180 reader, to check that what toCsv writes reads back cell for cell. A file must start
 * with the UTF-8 byte-order mark that makes Excel read its “–” and “’” right. */
function parseCsv(file: string): string[][] {
  expect(file.startsWith('\uFEFF')).toBe(true);
  const text = file.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['plain', 'plain'],
    ['1+1', '1+1'],
  ])('writes %j as %j so a spreadsheet shows it as text', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes a negative number as a number, but the text "-1" with a leading quote', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes empty cells for missing and non-finite numbers, never "NaN"', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(440419)).toBe('440419');
    expect(csvCell(true)).toBe('true');
  });

  it('writes an empty cell for a value that cannot be turned into text, without throwing', () => {
    expect(csvCell(Object.create(null))).toBe('');
    expect(
      csvCell({
        toString() {
          throw new Error('boom');
        },
      }),
    ).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header, then one line per row with its period, value, unit and check, ending in CRLF', () => {
    const text = toCsv(ncmecAiReports);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'kind',
      'label',
      'period',
      'period_start',
      'period_end',
      'partial',
      'value',
      'unit',
      'count',
      'part',
      'whole',
      'detail',
      'verification_status',
      'check',
      'publisher_value',
      'publisher_period',
      'verification_source',
      'verification_source_url',
      'verification_note',
      'source',
      'source_url',
      'source_accessed',
      'report_cites',
      'as_of',
      'dataset_notes',
    ]);
    expect(rows).toHaveLength(3);
    const h1 = Object.fromEntries((header ?? []).map((name, i) => [name, rows[2]?.[i]]));
    expect(h1).toMatchObject({
      kind: 'row',
      period: 'H1 2025',
      period_start: '2025-01-01',
      period_end: '2025-06-30',
      partial: 'true',
      value: '485000',
      unit: 'reports',
      verification_status: 'corrected',
      check: 'Corrected — NCMEC’s own figure for H1 2025: 440,419',
      publisher_value: '440419',
      verification_source_url:
        'https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
      report_cites: 'National Center for Missing & Exploited Children (NCMEC), 2023–2025 data (2025)',
      as_of: '2026-11',
      source_accessed: '2026-11; 2026-11; 2026-11',
    });
    expect(h1.source).toContain('National Center for Missing & Exploited Children (NCMEC), Spike in online');
    expect(h1.source_url).toBe(
      '; ; https://www.missingkids.org/blog/2025/spike-in-online-crimes-against-children-a-wake-up-call',
    );
    expect(h1.dataset_notes).toContain('H1 2025 covers January to June 2025 only');
  });

  it('starts with a byte-order mark, and can leave it off for text that is parsed rather than saved', () => {
    expect(toCsv(ncmecAiReports).charCodeAt(0)).toBe(0xfeff);
    expect(toCsv(ncmecAiReports, { bom: false }).startsWith('kind,')).toBe(true);
    expect(toCsv(ncmecAiReports)).toContain('–');
  });

  it('carries the notes a reader must not miss on every line: the two IWF totals must not be added up', () => {
    const [header, ...rows] = parseCsv(toCsv(iwfAiItemsTotal));
    const notes = header?.indexOf('dataset_notes') ?? -1;
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[notes]).toContain('never add them up');
  });

  it('gives the counts behind a percentage, and publisher figures at the publisher’s precision', () => {
    const [header, ...rows] = parseCsv(toCsv(forumStudy));
    const cell = (row: string[] | undefined, name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell(rows[0], 'publisher_value')).toBe('86');
    const [sHeader, ...severity] = parseCsv(toCsv(iwfSeverity));
    const ai = Object.fromEntries((sHeader ?? []).map((name, i) => [name, severity[0]?.[i]]));
    expect([ai.value, ai.part, ai.whole]).toEqual(['65', '2233', '3443']);
    const [hHeader, ...hosting] = parseCsv(toCsv(csamHosting));
    const nld = hosting.find((row) => row[1] === 'Netherlands (NLD)');
    const at = (name: string) => nld?.[hHeader?.indexOf(name) ?? -1];
    expect([at('value'), at('part'), at('whole')]).toEqual(['29', '83037', '291273']);
    for (const text of datasets.map((dataset) => toCsv(dataset))) expect(text).not.toMatch(/\d\.\d{4,}/);
  });

  it('includes the EU’s 62% and the Netherlands’ 83,037 webpages in the hosting file', () => {
    const [header, ...rows] = parseCsv(toCsv(csamHosting));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const eu = rows.find((row) => row[col('kind')] === 'aggregate');
    expect(eu?.[col('label')]).toBe('European Union (EU)');
    expect(eu?.[col('value')]).toBe('62');
    expect(eu?.[col('count')]).toBe('181112');
    expect(eu?.[col('verification_status')]).toBe('corrected');
    const nld = rows.find((row) => row[col('label')] === 'Netherlands (NLD)');
    expect([nld?.[col('value')], nld?.[col('unit')], nld?.[col('count')]]).toEqual([
      '29',
      'percent',
      '83037',
    ]);
    expect(rows).toHaveLength(6);
  });

  it('includes the forum study’s 20,254 images beside its percentage row', () => {
    const records = flattenDataset(forumStudy);
    expect(records.map((r) => [r.kind, r.value, r.unit])).toEqual([
      ['row', 90, 'percent'],
      ['figure', 20254, 'images'],
    ]);
    expect(records[0]?.verifiedValue).toBe(86);
  });

  it('writes laws with their own columns: the seed’s status beside the checked one, dates and provisions', () => {
    const [header, ...rows] = parseCsv(toCsv(legislation));
    expect(header?.slice(0, 6)).toEqual([
      'id',
      'name',
      'jurisdiction',
      'bill_number',
      'seed_status',
      'status',
    ]);
    const enforce = rows.find((row) => row[0] === 'enforce-act');
    expect(enforce?.slice(3, 7)).toEqual([
      'S.3021',
      'pending',
      'passed-one-chamber',
      'Passed the Senate: 2025-12-16',
    ]);
    expect(rows).toHaveLength(4);
  });

  it.each(datasets.map((d) => [d.id, d] as const))(
    '%s reads back as a rectangle in which no cell starts like a formula',
    (_, dataset) => {
      const rows = parseCsv(toCsv(dataset));
      const width = rows[0]?.length;
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        expect(row).toHaveLength(width ?? 0);
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    },
  );

  it('gives a hosting row with only a count the unit of its count, webpages', () => {
    const [record] = flattenDataset({
      unit: 'percent',
      rows: [{ code: 'NLD', name: 'Netherlands', count: 83037 }],
    });
    expect([record?.value, record?.unit, record?.count]).toEqual([83037, 'webpages', undefined]);
  });

  it('escapes a hostile label in a user’s own dataset', () => {
    const rows = parseCsv(
      toCsv({ unit: 'reports', rows: [{ label: '=cmd|"/c calc"!A1', value: 1 }], sources: [] }),
    );
    expect(rows[1]?.[1]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('writes just the header for input that is not a dataset, without throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [null, 42, {}, proxy])
      expect(toCsv(input as never).split('\r\n')[0]).toMatch(/^\uFEFFkind,label,/);
    expect(flattenDataset(null as never)).toEqual([]);
    expect(csvLines(null as never)).toBe('');
  });
});
