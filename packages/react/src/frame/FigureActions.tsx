import type { FlattenableDataset } from '@safeguard-charts/data';
import type { RefObject } from 'react';
import { Downloads, type DownloadsOption, downloadKinds } from '../export/Downloads';
import type { Messages } from '../i18n/types';

/** Props of {@link FigureActions}. */
export interface FigureActionsProps {
  /** The data table's id, which "Show data" controls. */
  tableId: string;
  /** Whether the table is shown. */
  tableShown: boolean;
  onToggleTable: () => void;
  downloads: DownloadsOption;
  dataset: FlattenableDataset | null;
  title: string;
  subtitle?: string;
  /** The figure, drawn into the image downloads. */
  figure: RefObject<HTMLElement | null>;
  locale: string;
  rtl: boolean;
  t: Messages;
  embedCode?: string;
}

/** "Show data" and the downloads, in one row that wraps as a whole on a phone. */
export function FigureActions({
  tableId,
  tableShown,
  onToggleTable,
  downloads,
  dataset,
  title,
  subtitle,
  figure,
  locale,
  rtl,
  t,
  embedCode,
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
      <Downloads
        kinds={downloadKinds(downloads)}
        dataset={dataset}
        title={title}
        subtitle={subtitle}
        figure={figure}
        locale={locale}
        rtl={rtl}
        t={t}
        embedCode={embedCode}
      />
    </div>
  );
}
