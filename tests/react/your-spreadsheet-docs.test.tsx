// The "Your spreadsheet" docs page (stories/YourSpreadsheet.mdx): its tables are the reader's own word lists, its
// period examples show the dates the reader reads, every message code has an entry made by the reader itself, and
// the embed's README lists every period header word the reader knows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  NOTICE_CODES,
  PROBLEM_CODES,
  parseCsvPeriod,
  problemText,
  SPREADSHEET_LANGUAGES,
  SPREADSHEET_WORDS,
} from '@safeguard-charts/data';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  GermanExcelExample,
  GermanMapExample,
  HEADER_ROLES,
  HeaderWords,
  MESSAGE_ENTRIES,
  Messages,
  messageOf,
  PERIOD_CELLS,
  PeriodExamples,
  RowWords,
} from '../../stories/YourSpreadsheet';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const languageName = (language: string) =>
  new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;
const roles = HEADER_ROLES.map(([role]) => role);
const captionOf = (role: (typeof roles)[number]) => HEADER_ROLES.find(([r]) => r === role)?.[1];

describe('the header words table', () => {
  it('has a table for every role the reader knows header words for', () => {
    expect([...roles].sort()).toEqual(Object.keys(SPREADSHEET_WORDS.header).sort());
  });

  it('lists every header word of every language in its role’s table, on its language’s row', () => {
    const { container } = render(<HeaderWords />);
    const tables = [...container.querySelectorAll('table')];
    for (const role of roles) {
      const table = tables.find((t) => t.querySelector('caption')?.textContent === captionOf(role));
      expect(table, role).toBeDefined();
      for (const language of SPREADSHEET_LANGUAGES) {
        const row = [...(table as HTMLTableElement).querySelectorAll('tbody tr')].find(
          (r) => r.querySelector('th[scope="row"]')?.textContent === languageName(language),
        );
        expect(row, `${role}: ${language}`).toBeDefined();
        const shown = [...(row as Element).querySelectorAll('td code')].map((code) => code.textContent);
        expect(shown, `${role}: ${language}`).toEqual([...SPREADSHEET_WORDS.header[role][language]]);
      }
    }
  });
});

describe('the row word lists', () => {
  it('list every total, no-data, footnote, quarter, half-year and yes word of every language', () => {
    const lists = {
      total: SPREADSHEET_WORDS.total,
      noData: SPREADSHEET_WORDS.noData,
      footnote: SPREADSHEET_WORDS.footnote,
      quarter: SPREADSHEET_WORDS.parts.quarter,
      half: SPREADSHEET_WORDS.parts.half,
      yes: SPREADSHEET_WORDS.yes,
    } as const;
    for (const [list, words] of Object.entries(lists)) {
      const { container, unmount } = render(<RowWords list={list as keyof typeof lists} />);
      const shown = [...container.querySelectorAll('td code')].map((code) => code.textContent);
      expect(shown, list).toEqual(SPREADSHEET_LANGUAGES.flatMap((language) => [...words[language]]));
      unmount();
    }
  });
});

describe('the period examples', () => {
  it('show, for every example cell, the first and last day parseCsvPeriod reads it as', () => {
    const { container } = render(<PeriodExamples />);
    let rows = 0;
    for (const language of SPREADSHEET_LANGUAGES)
      for (const cell of PERIOD_CELLS[language]) {
        const period = parseCsvPeriod(cell);
        // An example the reader cannot read would be a wrong example.
        expect(period, cell).toBeDefined();
        const row = [...container.querySelectorAll('tbody tr')].find(
          (tr) => tr.getAttribute('data-cell') === cell,
        );
        expect(row, cell).toBeDefined();
        const dates = [...(row as Element).querySelectorAll('time')].map((time) =>
          time.getAttribute('datetime'),
        );
        expect(dates, cell).toEqual(
          period?.start === period?.end ? [period?.start] : [period?.start, period?.end],
        );
        rows += 1;
      }
    expect(container.querySelectorAll('tbody tr[data-cell]')).toHaveLength(rows);
  });

  it('writes a quarter as its first and last day', () => {
    render(<PeriodExamples />);
    const row = screen.getByText('1. Quartal 2024').closest('tr') as HTMLElement;
    expect(row.textContent).toContain('1 Jan 2024 to 31 Mar 2024');
  });
});

describe('what each message means', () => {
  it('has one entry for every problem and notice code', () => {
    expect(MESSAGE_ENTRIES.map((e) => e.code).sort()).toEqual([...PROBLEM_CODES].sort());
    const { container } = render(
      <>
        <Messages from="spreadsheet" />
        <Messages from="json" />
        <Messages from="none" />
      </>,
    );
    for (const code of PROBLEM_CODES)
      expect(container.querySelectorAll(`[data-code="${code}"]`), code).toHaveLength(1);
  });

  it('shows for each code the sentence the reader or a validator gives for its planted input', () => {
    const { container } = render(
      <>
        <Messages from="spreadsheet" />
        <Messages from="json" />
      </>,
    );
    for (const entry of MESSAGE_ENTRIES.filter((e) => e.plant)) {
      const message = messageOf(entry);
      expect(message?.code, `${entry.code}: its planted input makes no such message`).toBe(entry.code);
      const shown = container.querySelector(`[data-code="${entry.code}"] dt`);
      expect(shown?.textContent).toBe(problemText(message as NonNullable<typeof message>));
    }
  });

  it('lists every notice code among the spreadsheet’s messages, as a notice', () => {
    const { container } = render(<Messages from="spreadsheet" />);
    for (const code of NOTICE_CODES)
      expect(container.querySelector(`[data-code="${code}"]`)?.textContent).toContain(
        'a notice: the chart is drawn',
      );
  });
});

describe('the example files', () => {
  it('draw the German Excel export and say in English that its source line was not read as a figure', () => {
    render(<GermanExcelExample />);
    expect(
      screen.getByRole('heading', { name: 'Beispielzahlen: Meldungen an unsere Hotline' }).closest('figure'),
    ).not.toBeNull();
    const english = screen.getByText(
      /^Row 9, column "Jahr": the text "Quelle: .*" is under the table: it is not read as a figure\.$/,
    );
    expect(english.tagName).toBe('LI');
  });

  it('read the German country names of the map example as their codes', () => {
    const { container } = render(<GermanMapExample />);
    const read = [...container.querySelectorAll('p')].find((p) =>
      p.textContent?.startsWith('The names were read as'),
    );
    expect(read?.textContent).toContain('Niederlande → NLD, Vereinigte Staaten → USA, Deutschland → DEU');
  });
});

describe('the embed README', () => {
  it('lists, in its "Your spreadsheet" section, every period header word the reader knows', () => {
    const readme = readFileSync(path.join(root, 'packages/embed/README.md'), 'utf8');
    const section = readme.split(/^## /m).find((s) => s.startsWith('Your spreadsheet')) ?? '';
    expect(section).not.toBe('');
    for (const language of SPREADSHEET_LANGUAGES)
      for (const word of SPREADSHEET_WORDS.header.period[language])
        expect(section, `${language}: ${word}`).toContain(`\`${word}\``);
  });
});
