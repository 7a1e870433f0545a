import { Downloads, type DownloadsOption, type DownloadsProps, downloadKinds } from '../export/Downloads';

/** Props of {@link FigureActions}: the table's toggle, and what the downloads are made from. */
export interface FigureActionsProps extends Omit<DownloadsProps, 'kinds'> {
  /** The data table's id, which "Show data" controls. */
  tableId: string;
  /** Whether the table is shown. */
  tableShown: boolean;
  onToggleTable: () => void;
  /** Which downloads the chart offers (its `downloads` prop). */
  downloads: DownloadsOption;
}

/** "Show data" and the downloads, in one row that wraps as a whole on a phone. */
export function FigureActions({
  tableId,
  tableShown,
  onToggleTable,
  downloads,
  t,
  ...made
}: FigureActionsProps) {
  return (
    <div className="sg-chart__actions">
      <button
        type="button"
        className="sg-chart__toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={onToggleTable}
      >
        {tableShown ? t.hideData : t.showData}
      </button>
      <Downloads kinds={downloadKinds(downloads)} t={t} {...made} />
    </div>
  );
}
