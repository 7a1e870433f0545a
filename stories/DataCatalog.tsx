import { datasets, flattenDataset, sourceLineParts } from '@safeguard-charts/data';

const STATUS: Record<string, string> = {
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  'different-count': 'Counts something else',
  unverified: 'Not verified',
};

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Every figure of @safeguard-charts/data with its unit, period, source and check, generated from the
 * package itself (nothing here is typed by hand).
 */
export function DataCatalog() {
  return (
    <div className="sg-catalog">
      {datasets.map((dataset) => {
        const unit = 'unit' in dataset ? dataset.unit : '';
        return (
          <section key={dataset.id} aria-labelledby={`data-${dataset.id}`}>
            <h2 id={`data-${dataset.id}`}>
              {dataset.title} <code>{dataset.id}</code>
            </h2>
            <p>{dataset.description}</p>
            <p>
              <strong>Source{dataset.sources.length > 1 ? 's' : ''}: </strong>
              {sourceLineParts(dataset).map((part, i) => (
                <span key={`${part.publisher}|${part.title}`}>
                  {i > 0 ? '; ' : ''}
                  {part.publisher}
                  {part.title ? ', ' : ''}
                  {part.url ? <a href={part.url}>{part.title}</a> : part.title}
                  {part.published ? ` (${part.published})` : ''}
                </span>
              ))}
              . <strong>Check ({dataset.asOf}): </strong>
              {STATUS[dataset.verification.status]}. {dataset.verification.note}
            </p>
            <table>
              <caption>
                {dataset.title}
                {unit ? ` (${unit})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Period</th>
                  <th scope="col">Value (seed)</th>
                  <th scope="col">Count</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Check</th>
                  <th scope="col">Publisher’s figure</th>
                </tr>
              </thead>
              <tbody>
                {flattenDataset(dataset).map((record, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed
                  <tr key={i}>
                    <th scope="row">
                      {record.label}
                      {record.detail ? <span className="data-detail"> — {record.detail}</span> : null}
                    </th>
                    <td>
                      {record.periodLabel}
                      {record.partial ? ' (partial period)' : ''}
                    </td>
                    <td>{record.value === undefined ? '—' : number.format(record.value)}</td>
                    <td>{record.count === undefined ? '—' : number.format(record.count)}</td>
                    <td>{record.unit || '—'}</td>
                    <td>
                      {STATUS[record.status] ?? '—'}
                      {record.note && record.note !== dataset.verification.note ? `: ${record.note}` : ''}
                    </td>
                    <td>{record.verifiedValue === undefined ? '—' : number.format(record.verifiedValue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
