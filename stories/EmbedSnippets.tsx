import { datasets } from '@safeguard-charts/data';

/** One snippet per chart of the embed, each with a dataset of the package it can draw. */
const SNIPPETS: { chart: string; dataset: string; what: string }[] = [
  { chart: 'surge', dataset: 'iwfAiVideos', what: 'SurgeChart: before and after, with the percent change' },
  {
    chart: 'ncmec-timeline',
    dataset: 'ncmecAiReports',
    what: 'NcmecTimeline: reports over time, partial periods marked',
  },
  { chart: 'provider-bars', dataset: 'ncmecProviderReports', what: 'ProviderBars: reports per provider' },
  { chart: 'hosting-map', dataset: 'csamHosting', what: 'HostingMap: where CSAM is hosted' },
  { chart: 'severity', dataset: 'iwfSeverity', what: 'SeverityComparison: shares side by side' },
  { chart: 'share', dataset: 'iwfVictimSex', what: 'ShareChart: one share of a whole' },
  { chart: 'legislation', dataset: 'legislation', what: 'LegislationTracker: laws and their status' },
  { chart: 'sources', dataset: 'ncmecAiReports', what: 'SourceList: numbered sources' },
  {
    chart: 'stat-card',
    dataset: 'ncmecAiReports',
    what: 'StatCard: one figure of a dataset (by default a series’ latest), with its source and check',
  },
];

export function EmbedSnippets() {
  return (
    <div>
      {SNIPPETS.map(({ chart, dataset, what }) => {
        const title = datasets.find((d) => d.id === dataset)?.title ?? dataset;
        return (
          <section key={chart} aria-labelledby={`embed-${chart}`}>
            <h2 id={`embed-${chart}`}>{what}</h2>
            <pre>
              <code>{`<safeguard-chart chart="${chart}" dataset="${dataset}"\n  title="${title}"></safeguard-chart>`}</code>
            </pre>
          </section>
        );
      })}
      <h2>Datasets you can name</h2>
      <p>{datasets.map((d) => d.id).join(', ')}</p>
    </div>
  );
}
