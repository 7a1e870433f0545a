import { type Dataset, parseCsvDataset, type SeriesPoint } from '@safeguard-charts/data';
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

/** The same hotline's monthly figures from a German Excel: semicolons, decimal commas. Example figures. */
export const monthlyCsv = `Zeitraum;Wert
${Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')};${(240 + ((i * 37) % 90) + i * 6).toLocaleString('de-DE')}`).join('\n')}`;

const english = [{ publisher: 'Example Hotline', title: 'Example figures, not real data' }];
const german = [{ publisher: 'Beispiel-Hotline', title: 'Beispielzahlen, keine echten Daten' }];

function read(text: string, unit: string, sources: typeof english): Dataset<SeriesPoint> | null {
  const result = parseCsvDataset(text, { shape: 'series', unit, sources });
  return result.ok ? (result.data as Dataset<SeriesPoint>) : null;
}

/** Both examples, drawn from the CSV text above: English yearly, German monthly. */
export function OwnFigures() {
  const yearly = read(yearlyCsv, 'URLs', english);
  const monthly = read(monthlyCsv, 'URLs', german);
  return (
    <div style={{ maxWidth: 720 }}>
      {yearly ? (
        <SurgeChart
          data={yearly}
          title="Example figures, not real data: URLs our hotline confirmed"
          subtitle="URLs per year"
          locale="en-GB"
        />
      ) : null}
      {monthly ? (
        <MessagesProvider catalogs={[de]}>
          <NcmecTimeline
            data={monthly}
            title="Beispielzahlen, keine echten Daten: bestätigte URLs pro Monat"
            subtitle="URLs pro Monat, 2023–2024"
            locale="de-DE"
          />
        </MessagesProvider>
      ) : null}
    </div>
  );
}
