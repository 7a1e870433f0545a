/// <reference types="vite/client" />
// The React parts of the "Your spreadsheet" docs page. Every list, example and message on the page is computed
// here from the data package (its word lists, its period and number reader, its problems), and every example
// file is one of the spreadsheet corpus's exports as a program wrote it: the page cannot show a word the reader
// does not know, a date it does not read, or a message it does not give.
import {
  type CsvResult,
  type CsvShape,
  NOTICE_CODES,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  type ProblemLike,
  parseCsvDataset,
  parseCsvPeriod,
  problemText,
  SPREADSHEET_LANGUAGES,
  SPREADSHEET_WORDS,
  type SpreadsheetLanguage,
  validateDataset,
  validateHosting,
  validateProviderReports,
  validateSeries,
} from '@safeguard-charts/data';
import { HostingMap, MessagesProvider, NcmecTimeline } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { fr } from '@safeguard-charts/react/messages/fr';
import { ja } from '@safeguard-charts/react/messages/ja';
import type { ReactNode } from 'react';
import germanYears from '../tests/data/fixtures/spreadsheets/de-excel-utf8-jahre.csv?raw';
import germanMap from '../tests/data/fixtures/spreadsheets/de-excel-utf8-karte.csv?raw';
import germanHalves from '../tests/data/fixtures/spreadsheets/de-sheets-halbjahre.csv?raw';
import frenchMap from '../tests/data/fixtures/spreadsheets/fr-libreoffice-carte.csv?raw';
import japaneseQuarters from '../tests/data/fixtures/spreadsheets/ja-sheets-shihanki.csv?raw';
import swedishColumns from '../tests/data/fixtures/spreadsheets/sv-excel-utf8-kolumn.csv?raw';

/** The page's examples' source line: the corpus's figures are made up. */
const EXAMPLE_SOURCE = [{ publisher: 'Example hotline', title: 'Example figures, not real data' }];

/** A language of the reader, named in English (the page's language). */
const languageName = (language: string) =>
  new Intl.DisplayNames('en', { type: 'language' }).of(language) ?? language;

// ---------------------------------------------------------------------------------------------------------------
// Header words

/**
 * What each header role means to a hotline's web person, in the order the page lists them. A list, not an object:
 * Storybook's docgen adds `displayName` to exported objects, which would show as a role of its own.
 */
export const HEADER_ROLES = [
  ['period', 'The column of periods (years, months, quarters…)'],
  ['value', 'The column of figures (counts)'],
  ['percent', 'A column of percentages (a map’s shares, a share chart)'],
  ['label', 'The column of labels: categories, providers, companies'],
  ['country', 'The column of country names (a map)'],
  ['code', 'A column of country codes such as DEU or DE (a map)'],
  ['of', 'What a percentage is a share of (a share chart)'],
  ['newReporter', 'Yes or no: a provider reporting for the first time (provider bars)'],
] as const satisfies readonly (readonly [keyof typeof SPREADSHEET_WORDS.header, string])[];

/** One word list per language, as a table: the language, then its words. */
function WordTable({
  caption,
  words,
}: {
  caption: string;
  words: Readonly<Record<SpreadsheetLanguage, readonly string[]>>;
}) {
  return (
    <table className="ys-words">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Language</th>
          <th scope="col">Words</th>
        </tr>
      </thead>
      <tbody>
        {SPREADSHEET_LANGUAGES.map((language) => (
          <tr key={language}>
            <th scope="row">{languageName(language)}</th>
            <td lang={language}>
              {words[language].map((word, i) => (
                <span key={word}>
                  {i > 0 ? ', ' : ''}
                  <code>{word}</code>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every header word the reader knows, per role and language (SPREADSHEET_WORDS.header), one table per role. */
export function HeaderWords() {
  return (
    <div className="ys-block">
      {HEADER_ROLES.map(([role, caption]) => (
        <WordTable key={role} caption={caption} words={SPREADSHEET_WORDS.header[role]} />
      ))}
    </div>
  );
}

/** The words of a total row, of a cell with no figure, of a footnote, and of quarters and halves. */
export function RowWords({ list }: { list: 'total' | 'noData' | 'footnote' | 'quarter' | 'half' | 'yes' }) {
  const captions = {
    total: 'A row whose first cell is one of these is a total: left out of the chart, and said in a note',
    noData: 'A cell with one of these (or nothing in it) has no figure: shown as “no data”, never as 0',
    footnote:
      'A line under the table starting with one of these (or with *, ¹, (1)) is a footnote, not a figure',
    quarter: 'Words for a quarter, with its number and the year (Q3 2024, 3. Quartal 2024, T3 2024)',
    half: 'Words for a half year, with its number and the year (H1 2025, 1. Halbjahr 2025, S1 2025)',
    yes: 'Yes, in a yes/no column (anything else is no)',
  } as const;
  const words =
    list === 'quarter' || list === 'half' ? SPREADSHEET_WORDS.parts[list] : SPREADSHEET_WORDS[list];
  return <WordTable caption={captions[list]} words={words} />;
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

/** Cells as each language's spreadsheets write periods: each is read by `parseCsvPeriod` on the page. */
export const PERIOD_CELLS: Readonly<Record<SpreadsheetLanguage, readonly string[]>> = {
  en: [
    '2024',
    '2024-03',
    'March 2024',
    'Mar-24',
    'Q3 2024',
    'H1 2025',
    '2024-04-01/2025-03-31',
    '31/03/2024',
  ],
  de: ['März 2024', 'Mrz 24', '03.2024', '1. Quartal 2024', '2. Halbjahr 2024', '01.04.2024', '2024*'],
  fr: ['mars 2024', 'janv. 2024', 'T1 2024', '1er trimestre 2024', 'S2 2024', '2e semestre 2024'],
  es: ['marzo de 2024', 'ene-24', 'T2 2024', '1er trimestre 2024', 'primer semestre 2024'],
  it: ['marzo 2024', 'gen 2024', 'T3 2024', '1° trimestre 2024', 'primo semestre 2024'],
  nl: ['maart 2024', 'mrt 2024', 'K1 2024', '1e kwartaal 2024', 'H2 2024'],
  pt: ['março de 2024', 'jan/24', 'T4 2024', '1º semestre 2024'],
  pl: ['marzec 2024', 'I kw. 2024', 'III kwartał 2024', 'I półrocze 2024'],
  sv: ['mars 2024', 'K2 2024', 'kvartal 3 2024', 'första halvåret 2024'],
  ar: ['مارس 2024', 'آذار 2024', 'الربع الأول 2024', 'النصف الثاني 2024'],
  ja: ['2024年', '2024年3月', '2024/3', '2024年第1四半期', '2024年上期', '2024年度'],
};

/** A date as a reader reads it, unambiguous in any country: `1 Mar 2024`. */
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayText = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));

/** Each example cell and the first and last day it reads as. */
export function PeriodExamples() {
  return (
    <table className="ys-periods">
      <caption>Period cells and the dates each one reads as</caption>
      <thead>
        <tr>
          <th scope="col">Cell</th>
          <th scope="col">Reads as</th>
        </tr>
      </thead>
      {SPREADSHEET_LANGUAGES.map((language) => (
        <tbody key={language}>
          <tr>
            <th scope="rowgroup" colSpan={2} className="ys-group">
              {languageName(language)}
            </th>
          </tr>
          {PERIOD_CELLS[language].map((cell) => {
            const period = parseCsvPeriod(cell);
            return (
              <tr key={cell} data-cell={cell}>
                <td lang={language}>
                  <code>{cell}</code>
                </td>
                <td>
                  {period ? (
                    period.start === period.end ? (
                      <time dateTime={period.start}>{dayText(period.start)}</time>
                    ) : (
                      <>
                        <time dateTime={period.start}>{dayText(period.start)}</time> to{' '}
                        <time dateTime={period.end}>{dayText(period.end)}</time>
                      </>
                    )
                  ) : (
                    'not a period'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** A file as Google Sheets or an English Excel writes it: `,` between cells, a decimal point, quoted groups. */
export const COMMA_FILE = `Year,Reports
2018,"1,840"
2019,2675
2020,"12,345"
2021,1 204
2022,"2,981.5"
2023,n/a
2024,"1,234,567"`;

/** The same kind of figures as a German, French or Spanish Excel writes them: `;`, a decimal comma. */
export const SEMICOLON_FILE = `Jahr;Meldungen
2018;8.412
2019;6120
2020;31,4
2021;1.234,5
2022;8 412
2023;k.A.
2024;12.345.678`;

/** Each figure cell of a file and the value the reader read from it, by running the reader on the whole file. */
function NumberTable({ text, caption }: { text: string; caption: string }) {
  const result = parseCsvDataset(text, { shape: 'series', sources: EXAMPLE_SOURCE });
  const delimiter = result.read?.delimiter ?? ',';
  const lines = text.split('\n').slice(1);
  const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
  return (
    <table className="ys-numbers">
      <caption>
        {caption} (read with a decimal {result.read?.decimal === ',' ? 'comma' : 'point'})
      </caption>
      <thead>
        <tr>
          <th scope="col">Cell</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const [period = '', ...rest] = line.split(delimiter);
          const cell = rest.join(delimiter).replace(/^"|"$/g, '');
          const row = result.ok ? result.data.rows.find((r) => r.period.label === period) : undefined;
          return (
            <tr key={line}>
              <td>
                <code>{cell}</code>
              </td>
              <td>{row ? format.format(row.value) : 'no figure (“no data”, never 0)'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The two files' cells and what each reads as. */
export function NumberExamples() {
  return (
    <div className="ys-pair">
      <NumberTable text={COMMA_FILE} caption="A file with , between cells" />
      <NumberTable text={SEMICOLON_FILE} caption="A file with ; between cells" />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Example files, drawn

/** Whether a file's text starts with a byte-order mark (Excel's "CSV UTF-8" writes one). */
const hasBom = (text: string) => text.startsWith('\uFEFF');

/** A file's text as the page shows it: without the invisible byte-order mark, which the page names instead. */
const shown = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .trimEnd();

/** A file's raw text, with what a reader cannot see in it said. */
function RawFile({ name, text, program }: { name: string; text: string; program: string }) {
  return (
    <div className="ys-raw">
      <p className="ys-raw-name">
        <code>{name}</code>, as {program} saved it
        {hasBom(text)
          ? ', starting with a byte-order mark (invisible: it tells programs the file is UTF-8)'
          : ''}
        {text.includes('\r\n') ? ', with Windows line ends' : ''}:
      </p>
      <pre>{shown(text)}</pre>
    </div>
  );
}

/** Each notice of a file in English, as a list under its chart. */
function EnglishNotes({ notices }: { notices: readonly Problem[] }) {
  if (!notices.length) return <p>The reader gave no notice for this file.</p>;
  return (
    <>
      <p>The chart’s note{notices.length > 1 ? 's' : ''} in English:</p>
      <ul>
        {notices.map((p) => (
          <li key={p.message}>{problemText(p)}</li>
        ))}
      </ul>
    </>
  );
}

/** What a page shows where a file cannot be drawn: its problems, in English. */
function Problems({ result }: { result: CsvResult<unknown> }) {
  return (
    <ul className="ys-problems">
      {result.problems.map((p) => (
        <li key={p.message}>{problemText(p)}</li>
      ))}
    </ul>
  );
}

const germanYearsRead = parseCsvDataset(germanYears, {
  shape: 'series',
  locale: 'de-DE',
  sources: [{ publisher: 'Beispiel-Hotline', title: 'Beispielzahlen, keine echten Daten' }],
});

/** A German Excel's "CSV UTF-8 (durch Trennzeichen getrennt)": a byte-order mark, `;`, `8.412`, a source line under the table. */
export function GermanExcelExample() {
  return (
    <div className="ys-example">
      <RawFile name="de-excel-utf8-jahre.csv" text={germanYears} program="a German Excel’s “CSV UTF-8”" />
      {germanYearsRead.ok ? (
        <MessagesProvider catalogs={[de]}>
          <NcmecTimeline
            data={germanYearsRead.data}
            title="Beispielzahlen: Meldungen an unsere Hotline"
            locale="de-DE"
            headingLevel="h4"
            notes={germanYearsRead.notices.map((p) => problemText(p, de, 'de-DE'))}
          />
        </MessagesProvider>
      ) : (
        <Problems result={germanYearsRead} />
      )}
      <EnglishNotes notices={germanYearsRead.notices} />
    </div>
  );
}

const japaneseRead = parseCsvDataset(japaneseQuarters, {
  shape: 'series',
  locale: 'ja-JP',
  sources: [{ publisher: '例のホットライン', title: '例の数値（実際のデータではありません）' }],
});

/** A Japanese Google Sheets export: `2024年第1四半期`, quoted `"2,981"`, a quarter missing. */
export function JapaneseExample() {
  return (
    <div className="ys-example">
      <RawFile name="ja-sheets-shihanki.csv" text={japaneseQuarters} program="Google Sheets (Japanese)" />
      {japaneseRead.ok ? (
        <MessagesProvider catalogs={[ja]}>
          <NcmecTimeline
            data={japaneseRead.data}
            title="例の数値：ホットラインへの通報件数"
            locale="ja-JP"
            headingLevel="h4"
            notes={japaneseRead.notices.map((p) => problemText(p, ja, 'ja-JP'))}
          />
        </MessagesProvider>
      ) : (
        <Problems result={japaneseRead} />
      )}
      <EnglishNotes notices={japaneseRead.notices} />
    </div>
  );
}

const frenchRead = parseCsvDataset(frenchMap, {
  shape: 'hosting',
  locale: 'fr-FR',
  sources: [{ publisher: 'Hotline d’exemple', title: 'Chiffres d’exemple, pas de vraies données' }],
});

/** A French LibreOffice export of a map: quoted cells, `;`, `31,4`, country names in French. */
export function FrenchMapExample() {
  return (
    <div className="ys-example">
      <RawFile name="fr-libreoffice-carte.csv" text={frenchMap} program="LibreOffice Calc (French)" />
      {frenchRead.ok ? (
        <MessagesProvider catalogs={[fr]}>
          <HostingMap
            data={frenchRead.data}
            title="Chiffres d’exemple : où sont hébergées les URL signalées"
            locale="fr-FR"
            headingLevel="h4"
            notes={frenchRead.notices.map((p) => problemText(p, fr, 'fr-FR'))}
          />
        </MessagesProvider>
      ) : (
        <Problems result={frenchRead} />
      )}
      <EnglishNotes notices={frenchRead.notices} />
    </div>
  );
}

const germanMapRead = parseCsvDataset(germanMap, {
  shape: 'hosting',
  locale: 'de-DE',
  sources: [{ publisher: 'Beispiel-Hotline', title: 'Beispielzahlen, keine echten Daten' }],
});

/** `Land;Anteil (%)` with German country names, drawn on the map. */
export function GermanMapExample() {
  return (
    <div className="ys-example">
      <RawFile name="de-excel-utf8-karte.csv" text={germanMap} program="a German Excel’s “CSV UTF-8”" />
      {germanMapRead.ok ? (
        <>
          <MessagesProvider catalogs={[de]}>
            <HostingMap
              data={germanMapRead.data}
              title="Beispielzahlen: Wo gemeldete URLs gehostet werden"
              locale="de-DE"
              headingLevel="h4"
              notes={germanMapRead.notices.map((p) => problemText(p, de, 'de-DE'))}
            />
          </MessagesProvider>
          <p>
            The names were read as:{' '}
            {germanMapRead.data.rows.map((row, i) => (
              <span key={row.code}>
                {i > 0 ? ', ' : ''}
                {row.name} → <code>{row.code}</code>
              </span>
            ))}
            .
          </p>
        </>
      ) : (
        <Problems result={germanMapRead} />
      )}
    </div>
  );
}

const halvesRead = parseCsvDataset(germanHalves, {
  shape: 'series',
  locale: 'de-DE',
  sources: EXAMPLE_SOURCE,
});
const confirmedRead = parseCsvDataset(germanHalves, {
  shape: 'series',
  locale: 'de-DE',
  valueColumn: 'davon bestätigt',
  sources: EXAMPLE_SOURCE,
});
const swedishRead = parseCsvDataset(swedishColumns, {
  shape: 'series',
  locale: 'sv-SE',
  valueColumn: 'Borttagna',
  sources: EXAMPLE_SOURCE,
});

/** A file with two columns of figures: what is drawn without `data-value-column`, with it, and with a wrong one. */
export function ValueColumnsExample() {
  return (
    <div className="ys-example">
      <RawFile name="de-sheets-halbjahre.csv" text={germanHalves} program="Google Sheets (German)" />
      <p>
        Without <code>data-value-column</code> the reader draws{' '}
        <strong>{halvesRead.read?.valueColumn}</strong> and says so:
      </p>
      <EnglishNotes notices={halvesRead.notices} />
      <p>
        With <code>data-value-column="davon bestätigt"</code> (or <code>data-value-column="3"</code>, its
        number counting from 1) it draws <strong>{confirmedRead.read?.valueColumn}</strong>, whose header is
        then the unit: <code>{confirmedRead.ok ? confirmedRead.data.unit : ''}</code>.
      </p>
      <RawFile
        name="sv-excel-utf8-kolumn.csv"
        text={swedishColumns}
        program="a Swedish Excel’s “CSV UTF-8”"
      />
      <p>
        A page that asks this file for <code>data-value-column="Borttagna"</code>, a column it does not have,
        shows instead of the chart:
      </p>
      <Problems result={swedishRead} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** What planted input shows a message: a CSV file read as a shape, or JSON figures given to a validator. */
type Plant =
  | { csv: string; shape: CsvShape; unit?: string; valueColumn?: string; shown?: string }
  | { json: unknown; validate: (input: unknown) => { problems: Problem[] }; shown: string };

/** One message of the reader or a validator: what makes it, and what its reader does about it. */
export interface MessageEntry {
  code: ProblemCode;
  /** Where it comes from: a spreadsheet (problems and notices), or JSON figures written by hand or by code. */
  from: 'spreadsheet' | 'json' | 'none';
  /** What planted input makes it; absent for a code no reader gives today. */
  plant?: Plant;
  /** What to do about it, for a hotline's web person. */
  todo: string;
}

const long = 'A'.repeat(10_001);

/** Every problem and notice code, with a planted input that makes it and what to do. */
export const MESSAGE_ENTRIES: readonly MessageEntry[] = [
  // Notices: the chart is drawn, and says what it did.
  {
    code: 'csv-no-data',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen\n2022;7.034\n2023;k.A.\n2024;8.412', shape: 'series' },
    todo: 'Nothing, if there really is no figure for that period: the chart shows a gap, never a 0. If there is a figure, write it in the cell.',
  },
  {
    code: 'csv-gap',
    from: 'spreadsheet',
    plant: { csv: 'Year,Reports\n2021,3120\n2023,3460\n2024,4105', shape: 'series' },
    todo: 'Add the missing period’s row with its figure. If it has none, add the row with a no-data word (n/a, k.A.) so your sheet says so too.',
  },
  {
    code: 'csv-total-row',
    from: 'spreadsheet',
    plant: { csv: 'Quartal;Meldungen\nQ1 2024;2.981\nQ2 2024;3.140\nSumme;6.121', shape: 'series' },
    todo: 'Nothing: a total is not drawn as a bar or a point of its own. Delete the row from the export if you do not want the note.',
  },
  {
    code: 'csv-footnote',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen\n2023;7.590\n2024;8.412\nQuelle: eigene Auswertung', shape: 'series' },
    todo: 'Nothing. Put where the figures come from in data-source and data-source-title, so the chart’s source line names it.',
  },
  {
    code: 'csv-other-columns',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen;Bestätigt\n2023;7.590;6.120\n2024;8.412;7.034', shape: 'series' },
    todo: 'Nothing, if the right column is drawn. To draw another, name it: data-value-column="Bestätigt" (its header) or "3" (its number, counting from 1).',
  },
  // Problems of a spreadsheet: the chart is not drawn; the page shows them in its place.
  {
    code: 'csv-empty',
    from: 'spreadsheet',
    plant: { csv: '', shape: 'series', shown: '(nothing)' },
    todo: 'Paste the whole exported file between the <script type="text/csv"> tags, header row included.',
  },
  {
    code: 'csv-no-values',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen\n2023;viele\n2024;mehr', shape: 'series' },
    todo: 'Put the figures as plain numbers in the column next to the periods (or labels, or countries): no words in those cells.',
  },
  {
    code: 'csv-value-column',
    from: 'spreadsheet',
    plant: { csv: 'År;Anmälningar\n2023;5 611\n2024;6 020', shape: 'series', valueColumn: 'Borttagna' },
    todo: 'Write data-value-column exactly as the column’s header in the file’s first row, or give its number counting from 1; or leave it out to draw the first column of figures.',
  },
  {
    code: 'csv-not-number',
    from: 'spreadsheet',
    plant: { csv: 'Anno;Segnalazioni\n2023;4.903\n2024;(5.611)', shape: 'series' },
    todo: 'Write the cell as a number only: 5611, not (5611), 5611 Stück or ~5600. If there is no figure, write a no-data word such as n/a or leave the cell empty.',
  },
  {
    code: 'csv-not-period',
    from: 'spreadsheet',
    plant: { csv: 'Periode;Aantal\n2023;4.903\nvorig jaar;5.611', shape: 'series' },
    todo: 'Write the period in one of the forms in “Periods” above: a year, a month, a quarter, a half year or two dates.',
  },
  {
    code: 'csv-fraction-in-counts',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen\n2023;8.412\n2024;14,903', shape: 'series' },
    todo: 'The cell uses the other country’s separator: 14,903 in a German file reads as fourteen point nine. Write the number without a separator (14903), or as the other rows do.',
  },
  {
    code: 'csv-mixed-numbers',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Anteil (%)\n2022;31,4\n2023;18.25\n2024;6,7', shape: 'series' },
    todo: 'Write every number in the file with the same decimal mark. In Excel, select the column, format it as Number, and export again.',
  },
  {
    code: 'csv-duplicate',
    from: 'spreadsheet',
    plant: { csv: 'Land;Anteil (%)\nDeutschland;6,7\nNiederlande;31,4\nGermany;2,0', shape: 'hosting' },
    todo: 'List each period, label or country in one row: delete the second row or add the two together. Deutschland and Germany are the same country.',
  },
  {
    code: 'csv-not-country',
    from: 'spreadsheet',
    plant: { csv: 'Land;Anteil (%)\nDeutschland;6,7\nEuropa (Rest);12,0', shape: 'hosting' },
    todo: 'Write the country’s name in English or in your language, or its code (DEU or DE). Regions, continents and “other” are not countries: leave them out of a map.',
  },
  {
    code: 'empty-text',
    from: 'spreadsheet',
    plant: { csv: 'Anbieter;Meldungen\n;120\nBeispiel AG;80', shape: 'providers' },
    todo: 'Write a name in the row’s first cell, or delete the row.',
  },
  {
    code: 'too-long',
    from: 'spreadsheet',
    plant: {
      csv: `Category,Share (%)\n${long},40\nOther,10`,
      shape: 'shares',
      shown: 'Category,Share (%)\nAAAA… (10,001 characters),40\nOther,10',
    },
    todo: 'Shorten the cell: a label is a few words. A cell this long is usually text pasted into the wrong cell.',
  },
  {
    code: 'negative',
    from: 'spreadsheet',
    plant: { csv: 'Jahr;Meldungen\n2023;7.590\n2024;-8.412', shape: 'series' },
    todo: 'A count cannot be below zero: remove the minus sign. A change from one year to the next is not a count; give the counts and the chart shows the change.',
  },
  {
    code: 'percent-range',
    from: 'spreadsheet',
    plant: { csv: 'Kategorie;Anteil (%)\nBilder;120\nVideos;12', shape: 'shares' },
    todo: 'A percentage is between 0 and 100: check the cell (31.4, not 314).',
  },
  {
    code: 'shares-over-100',
    from: 'spreadsheet',
    plant: { csv: 'Land;Anteil (%)\nNiederlande;61,4\nDeutschland;58,2', shape: 'hosting' },
    todo: 'The countries’ shares add up to more than 100%: check the figures, and leave out a total row or a country listed twice.',
  },
  {
    code: 'end-before-start',
    from: 'spreadsheet',
    plant: { csv: 'Zeitraum;Meldungen\n2025-03-31/2024-04-01;8.412', shape: 'series' },
    todo: 'Write the earlier date first: 2024-04-01/2025-03-31.',
  },
  {
    code: 'bad-unit',
    from: 'spreadsheet',
    plant: {
      csv: 'Jahr;Meldungen\n2023;7.590\n2024;8.412',
      shape: 'series',
      unit: 'Meldungen, die bei unserer Hotline im Laufe des Jahres eingegangen sind',
    },
    todo: 'data-unit is a short word for what the figures count (URLs, calls, reports): shorten it, or leave it out to use the column’s header.',
  },
  // JSON figures (a <script type="application/json"> child, or code): written for whoever writes them.
  {
    code: 'unreadable',
    from: 'json',
    plant: {
      json: {
        unit: 'reports',
        sources: EXAMPLE_SOURCE,
        get rows() {
          throw new Error('unreadable');
        },
      },
      validate: validateSeries,
      shown: '{ "rows": <a value that throws when read> }',
    },
    todo: 'Give plain data: JSON text, or objects without getters. A spreadsheet never gives this; paste the CSV instead.',
  },
  json(
    'not-dataset',
    7,
    validateDataset,
    '7',
    'Give a dataset: an object with "rows", "unit" and "sources".',
  ),
  json('not-rows', { rows: 'many' }, validateSeries, '{ "rows": "many" }', 'Make "rows" a list: [ … ].'),
  json('no-rows', { rows: [] }, validateSeries, '{ "rows": [] }', 'Add at least one row.'),
  json(
    'not-object',
    { rows: [12] },
    validateSeries,
    '{ "rows": [12] }',
    'Write each row as an object: { "period": …, "value": 12 }.',
  ),
  json(
    'missing-number',
    { rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' } }] },
    validateSeries,
    '{ "rows": [{ "period": { … } }] }',
    'Give each row its "value" as a number.',
  ),
  json(
    'not-number',
    { rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: '8.412' }] },
    validateSeries,
    '"value": "8.412"',
    'Write the number without quotes and without separators: 8412.',
  ),
  json(
    'not-a-number',
    { rows: [{ period: { start: '2024-01-01', end: '2024-12-31', label: '2024' }, value: Number.NaN }] },
    validateSeries,
    '"value": NaN (from code)',
    'The code that made the figure divided by zero or read a word as a number: fix the figure at its source.',
  ),
  json(
    'infinite',
    {
      rows: [
        {
          period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
          value: Number.POSITIVE_INFINITY,
        },
      ],
    },
    validateSeries,
    '"value": Infinity (from code)',
    'The code that made the figure divided by zero: fix the figure at its source.',
  ),
  json(
    'missing-text',
    { rows: [{ provider: 'Beispiel AG', value: 1 }], sources: [{ title: 'Jahreszahlen' }] },
    validateProviderReports,
    '"sources": [{ "title": "Jahreszahlen" }]',
    'Add the missing text: here the source’s "publisher".',
  ),
  json(
    'not-text',
    { rows: [{ provider: 2024, value: 1 }] },
    validateProviderReports,
    '"provider": 2024',
    'Write the text in quotes: "2024".',
  ),
  json(
    'not-boolean',
    { rows: [{ provider: 'Beispiel AG', value: 1, newReporter: 'ja' }] },
    validateProviderReports,
    '"newReporter": "ja"',
    'Write true or false, without quotes.',
  ),
  json(
    'not-source',
    { rows: [], sources: ['Unsere Hotline'] },
    validateSeries,
    '"sources": ["Unsere Hotline"]',
    'Write each source as { "publisher": "Unsere Hotline", "title": "Jahreszahlen" }.',
  ),
  json(
    'not-sources',
    { rows: [], sources: 'Unsere Hotline' },
    validateSeries,
    '"sources": "Unsere Hotline"',
    'Make "sources" a list: [{ "publisher": …, "title": … }].',
  ),
  json(
    'not-verification',
    { rows: [{ provider: 'Beispiel AG', value: 1 }], verification: 'geprüft' },
    validateProviderReports,
    '"verification": "geprüft"',
    'Leave "verification" out (your own figures need no check), or write { "status": …, "note": … }.',
  ),
  json(
    'not-one-of',
    { shape: 'pie', rows: [] },
    validateDataset,
    '"shape": "pie"',
    'Use one of the values the message lists.',
  ),
  json(
    'not-text-list',
    { rows: [], notes: 'vorläufig' },
    validateSeries,
    '"notes": "vorläufig"',
    'Make "notes" a list of texts: ["vorläufig"].',
  ),
  json(
    'not-list',
    { rows: [], gaps: 'none' },
    validateSeries,
    '"gaps": "none"',
    'Make "gaps" a list, or leave it out.',
  ),
  json(
    'not-dates',
    { shape: 'legislation', rows: [{ name: 'Gesetz', jurisdiction: 'DE', status: 'law', dates: '2024' }] },
    validateDataset,
    '"dates": "2024"',
    'Make "dates" a list: [{ "label": "In Kraft", "date": "2024-06-01" }].',
  ),
  json(
    'not-codes',
    { rows: [{ code: 'DEU', percent: 6.7 }], aggregates: [{ name: 'EU', percent: 6.7, members: 'DEU' }] },
    validateHosting,
    '"members": "DEU"',
    'Make "members" a list of country codes: ["DEU", "FRA"].',
  ),
  json(
    'missing-period',
    { rows: [{ value: 12 }] },
    validateSeries,
    '{ "rows": [{ "value": 12 }] }',
    'Give each row its "period": { "start": "2024-01-01", "end": "2024-12-31", "label": "2024" }.',
  ),
  json(
    'not-period',
    { rows: [{ period: '2024', value: 12 }] },
    validateSeries,
    '"period": "2024"',
    'Write the period as { "start", "end", "label" } (or use the data package’s calendarYear(2024)); a CSV file may say 2024.',
  ),
  json(
    'bad-date',
    { rows: [{ period: { start: '01.01.2024', end: '2024-12-31', label: '2024' }, value: 12 }] },
    validateSeries,
    '"start": "01.01.2024"',
    'Write dates as YYYY-MM-DD: 2024-01-01.',
  ),
  json(
    'bad-stage',
    { shape: 'legislation', rows: [{ name: 'Gesetz', jurisdiction: 'DE', status: '' }] },
    validateDataset,
    '"status": ""',
    'Give each law a short stage: one the charts translate (the message lists them), or your own few words.',
  ),
  json(
    'not-code',
    { rows: [{ code: 276, percent: 6.7 }] },
    validateHosting,
    '"code": 276',
    'Write the country code as text: "DEU" or "DE".',
  ),
  json(
    'unknown-code',
    { rows: [{ code: 'GER', percent: 6.7 }] },
    validateHosting,
    '"code": "GER"',
    'Use the ISO code: DEU (or DE) for Germany, not GER.',
  ),
  json(
    'unknown-member',
    { rows: [{ code: 'DEU', percent: 6.7 }], aggregates: [{ name: 'EU', percent: 6.7, members: ['EU'] }] },
    validateHosting,
    '"members": ["EU"]',
    'List the members’ own ISO codes: ["DEU", "FRA", …].',
  ),
  json(
    'duplicate-code',
    {
      rows: [
        { code: 'DEU', percent: 6.7 },
        { code: 'DE', percent: 2 },
      ],
    },
    validateHosting,
    '[{ "code": "DEU" }, { "code": "DE" }]',
    'List each country once: DEU and DE are both Germany.',
  ),
  json(
    'percent-or-count',
    { rows: [{ code: 'DEU' }] },
    validateHosting,
    '{ "code": "DEU" }',
    'Give each country a "percent", a "count", or both.',
  ),
  {
    code: 'csv-columns',
    from: 'none',
    todo: 'Nothing: today’s reader does not give this message (it reads the columns by their place, whatever their headers say). A page on an older release shows it when the first row does not name the columns: update the embed.',
  },
];

function json(
  code: ProblemCode,
  value: unknown,
  validate: (input: unknown) => { problems: Problem[] },
  shownText: string,
  todo: string,
): MessageEntry {
  return { code, from: 'json', plant: { json: value, validate, shown: shownText }, todo };
}

/** The problem or notice of `code` that the entry's planted input makes, run now; undefined when it makes none. */
export function messageOf(entry: MessageEntry): ProblemLike | undefined {
  const { plant } = entry;
  if (!plant) {
    // No reader gives it today: its sentence, as problemText writes it for a file whose first row names no columns.
    return {
      row: null,
      field: 'period',
      code: entry.code,
      params: { choices: ['period', 'value'] },
      csvRow: null,
    };
  }
  if ('csv' in plant) {
    const result = parseCsvDataset(plant.csv, {
      shape: plant.shape,
      sources: EXAMPLE_SOURCE,
      ...(plant.unit ? { unit: plant.unit } : {}),
      ...(plant.valueColumn ? { valueColumn: plant.valueColumn } : {}),
    });
    return [...result.problems, ...result.notices].find((p) => p.code === entry.code);
  }
  return plant.validate(plant.json).problems.find((p) => p.code === entry.code);
}

/** Whether a code's message is a notice (the chart is drawn) or a problem (it is not). */
const isNotice = (code: ProblemCode) => (NOTICE_CODES as readonly ProblemCode[]).includes(code);

function MessageList({ entries }: { entries: readonly MessageEntry[] }) {
  return (
    <dl className="ys-messages">
      {entries.map((entry) => {
        const message = messageOf(entry);
        const plant = entry.plant;
        const input = plant && ('csv' in plant ? (plant.shown ?? plant.csv) : plant.shown);
        return (
          <div key={entry.code} id={`message-${entry.code}`} data-code={entry.code}>
            <dt>
              <span className="ys-says">
                {message ? problemText(message) : `(no example: ${entry.code})`}
              </span>
            </dt>
            <dd>
              <p className="ys-meta">
                <code>{entry.code}</code>,{' '}
                {isNotice(entry.code)
                  ? 'a notice: the chart is drawn, with this note'
                  : 'a problem: the chart is not drawn'}
                {input !== undefined ? ', from:' : ''}
              </p>
              {input !== undefined ? <pre>{input}</pre> : null}
              <p>
                <strong>What to do:</strong> {entry.todo}
              </p>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Every message of the reader and the validators, grouped as a reader meets them. */
export function Messages({ from }: { from: MessageEntry['from'] }) {
  return <MessageList entries={MESSAGE_ENTRIES.filter((e) => e.from === from)} />;
}

/** Every code of PROBLEM_CODES the page has no entry for: none, or the page is out of date. */
export const codesWithoutEntry = (): ProblemCode[] =>
  PROBLEM_CODES.filter((code) => !MESSAGE_ENTRIES.some((e) => e.code === code));

/** The page's own styles: narrow screens first, tables that wrap their words. */
export function PageStyles(): ReactNode {
  return (
    <style>{`
.ys-block { display: grid; gap: 1rem; }
.ys-words, .ys-periods, .ys-numbers { width: 100%; }
.ys-words caption, .ys-periods caption, .ys-numbers caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
.ys-words td, .ys-periods td { overflow-wrap: break-word; }
.ys-periods time { white-space: nowrap; }
.ys-group { text-align: start; }
.ys-words th[scope="row"] { white-space: nowrap; width: 8rem; }
.ys-pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; align-items: start; }
.ys-example { border-inline-start: 3px solid color-mix(in srgb, currentColor 25%, transparent); padding-inline-start: 1rem; margin: 1.5rem 0; }
div.ys-raw > pre, dl.ys-messages pre { max-width: 100%; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.5rem 0.75rem; margin: 0.25rem 0 1.25rem; border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 4px; }
.ys-messages > div { border-top: 1px solid color-mix(in srgb, currentColor 25%, transparent); padding: 0.75rem 0; }
.ys-messages dt { font-weight: 600; overflow-wrap: anywhere; }
.ys-messages dd { margin: 0.25rem 0 0; }
.ys-meta { color: inherit; font-size: 0.875em; margin: 0.25rem 0; }
`}</style>
  );
}
