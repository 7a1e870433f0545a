import { useId } from 'react';

/** Ids for a chart's title, description, table and live region, stable across server and client. */
export function useChartIds() {
  const base = `sg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return {
    title: `${base}-title`,
    description: `${base}-desc`,
    table: `${base}-table`,
    status: `${base}-status`,
  };
}
