import {
  type Dataset,
  datasets,
  flattenDataset,
  type SourceLinePart,
  STATUS_WORDS,
  sourceLineModel,
} from '@safeguard-charts/data';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A citation with its title linked where the data has the publisher's address. */
function Cite({ part, held = true }: { part: SourceLinePart; held?: boolean }) {
  return (
    <>
      {part.publisher}
      {part.title ? ', ' : ''}
      {part.url ? <a href={part.url}>{part.title}</a> : part.title}
      {part.published ? ` (${part.published})` : ''}
      {part.url || !held ? null : <em> (no address found)</em>}
    </>
  );
}

/**
 * Every figure of @safeguard-charts/data with its unit, period, the document that holds it (linked where a
 * search found the publisher's page), what the report cites instead, and its check, generated from the package
 * itself (nothing here is typed by hand).
 */
export function DataCatalog() {
  return (
    <div className="sg-catalog">
      {datasets.map((dataset) => {
        const unit = 'unit' in dataset ? dataset.unit : '';
        const model = sourceLineModel(dataset as Dataset<unknown>);
        return (
          <section key={dataset.id} aria-labelledby={`data-${dataset.id}`}>
            <h2 id={`data-${dataset.id}`}>
              {dataset.title} <code>{dataset.id}</code>
            </h2>
            <p>{dataset.description}</p>
            <p>
              <strong>
                {model.sources.length === 1
                  ? 'Document that holds the figures: '
                  : 'Documents that hold the figures: '}
              </strong>
              {model.sources.length
                ? model.sources.map((part, i) => (
                    <span key={`${part.publisher}|${part.title}`}>
                      {i > 0 ? '; ' : ''}
                      <Cite part={part} />
                    </span>
                  ))
                : 'none found.'}
            </p>
            {model.cited.length ? (
              <p>
                <strong>The report cites: </strong>
                {model.cited.map((part, i) => (
                  <span key={`${part.publisher}|${part.title}`}>
                    {i > 0 ? '; ' : ''}
                    <Cite part={part} held={false} />
                  </span>
                ))}
              </p>
            ) : null}
            <p>
              <strong>Check ({dataset.asOf}): </strong>
              {STATUS_WORDS[dataset.verification.status]}. {dataset.verification.note}
            </p>
            {dataset.notes?.length ? (
              <ul>
                {dataset.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
            <table>
              <caption>
                {dataset.title}
                {unit ? ` (${unit})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Period</th>
                  <th scope="col">Value (report)</th>
                  <th scope="col">Count</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Check</th>
                  <th scope="col">Document the check rests on</th>
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
                    <td>
                      {record.count === undefined
                        ? record.part === undefined
                          ? '—'
                          : `${number.format(record.part)} of ${number.format(record.whole ?? Number.NaN)}`
                        : number.format(record.count)}
                    </td>
                    <td>{record.unit || '—'}</td>
                    <td>
                      {record.check || '—'}
                      {record.note && record.note !== dataset.verification.note ? `. ${record.note}` : ''}
                    </td>
                    <td>
                      {record.verifiedSourceUrl ? (
                        <a href={record.verifiedSourceUrl}>{record.verifiedSource}</a>
                      ) : (
                        record.verifiedSource || '—'
                      )}
                    </td>
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
