import type { Source } from '@safeguard-charts/data';
import { sourceLineParts } from '@safeguard-charts/data';
import { Fragment } from 'react';

/**
 * "Source: Internet Watch Foundation (IWF), Annual Report 2025 (2025)" as real HTML text, with each
 * title linked where the data has a URL. Built by the data package from the data's own provenance.
 */
export function SourceLine({
  sources,
  checks = [],
}: {
  sources: readonly Source[];
  checks?: readonly string[];
}) {
  const parts = sourceLineParts(sources);
  if (!parts.length) return null;
  return (
    <p className="sg-source" dir="auto">
      {parts.length > 1 ? 'Sources: ' : 'Source: '}
      {parts.map((part, index) => (
        <Fragment key={`${part.publisher}|${part.title}`}>
          {index > 0 ? '; ' : null}
          {part.publisher}
          {part.title ? ', ' : null}
          {part.title && part.url ? (
            <a href={part.url} rel="noopener noreferrer">
              {part.title}
            </a>
          ) : (
            part.title
          )}
          {part.published ? ` (${part.published})` : null}
        </Fragment>
      ))}
      {checks.length ? `. Check: ${checks.join('; ')}.` : null}
    </p>
  );
}
