import type { ReactNode } from 'react';

/** One column of a chart's data table. */
export interface TableColumn<Row> {
  /** Unique key of the column. */
  key: string;
  /** Column header text. */
  header: string;
  /** The cell's content, written with the chart's own formatters. */
  cell: (row: Row) => ReactNode;
  /** Numbers align to the end of the cell. @default 'start' */
  align?: 'start' | 'end';
}

export interface DataTableProps<Row> {
  id: string;
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  /**
   * Whether the table is shown. A table not shown is hidden from everyone, screen readers too: the graphic's
   * description says each figure once, and "Show data" opens the table for every reader alike.
   */
  visible: boolean;
}

/**
 * The chart's figures as an HTML table: a caption, column headers with `scope="col"` and the first cell of
 * each row as its row header (`scope="row"`). Shown by "Show data", and on paper for a chart with `printTable`.
 */
export function DataTable<Row>({ id, caption, columns, rows, visible }: DataTableProps<Row>) {
  const [first, ...rest] = columns;
  return (
    // A shown table may scroll sideways on a phone: the wrapper then takes focus so a keyboard can scroll it.
    // A group, not a region: a page with eight charts must not get eight landmarks.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, not a table
    <div
      id={id}
      className="sg-table"
      data-visible={visible ? 'true' : 'false'}
      hidden={!visible}
      role="group"
      aria-labelledby={`${id}-caption`}
      tabIndex={visible ? 0 : undefined}
    >
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" data-align={column.align ?? 'start'}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order
            <tr key={index}>
              {first ? (
                <th scope="row" data-align={first.align ?? 'start'}>
                  {first.cell(row)}
                </th>
              ) : null}
              {rest.map((column) => (
                <td key={column.key} data-align={column.align ?? 'start'}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
