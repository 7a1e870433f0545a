import { parseCsvDataset, problemText } from '@safeguard-charts/data';
import { MessagesProvider, NcmecTimeline, SurgeChart } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';

/** A hotline's yearly figures as its spreadsheet exports them (English Excel). Example figures, not real data. */
export const yearlyCsv = `period,value
2019,1840
2020,2675
2021,3120
2022,2980
2023,3460
2024,4105`;

/**
 * A German hotline's yearly figures as a German Excel saves them: semicolons, a thousands point. The same text
 * as the snippet on the "Your own figures" page. Example figures, not real data.
 */
export const germanCsv = `Jahr;Meldungen
2021;6.120
2022;7.034
2023;7.590
2024;8.412`;

const yearly = parseCsvDataset(yearlyCsv, {
  shape: 'series',
  unit: 'URLs',
  sources: [{ publisher: 'Example Hotline', title: 'Example figures, not real data' }],
});

// As the snippet on the page: German numbers read with `locale`, German words from the catalogue.
const german = parseCsvDataset(germanCsv, {
  shape: 'series',
  locale: 'de-DE',
  unit: 'reports',
  title: 'Meldungen an unsere Hotline',
  sources: [{ publisher: 'Unsere Hotline', title: 'Jahreszahlen (Beispielzahlen, keine echten Daten)' }],
});

/** Both examples, drawn from the CSV text above: English, then German as the page's snippet draws it. */
export function OwnFigures() {
  return (
    <div style={{ maxWidth: 720 }}>
      {yearly.ok ? (
        <SurgeChart
          data={yearly.data}
          title="Example figures, not real data: URLs our hotline confirmed"
          subtitle="URLs per year"
          locale="en-GB"
          notes={yearly.notices.map((p) => problemText(p))}
        />
      ) : (
        <Problems problems={yearly.problems.map((p) => problemText(p))} />
      )}
      <MessagesProvider catalogs={[de]}>
        {german.ok ? (
          <NcmecTimeline
            data={german.data}
            title="Beispielzahlen: Meldungen an unsere Hotline"
            locale="de-DE"
            notes={german.notices.map((p) => problemText(p, de, 'de-DE'))}
          />
        ) : (
          <Problems problems={german.problems.map((p) => problemText(p, de, 'de-DE'))} />
        )}
      </MessagesProvider>
    </div>
  );
}

/** What a page shows in a chart's place when its spreadsheet cannot be drawn. */
function Problems({ problems }: { problems: readonly string[] }) {
  return (
    <ul>
      {problems.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}
