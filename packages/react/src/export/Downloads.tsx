import type { FlattenableDataset } from '@safeguard-charts/data';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Messages } from '../i18n/types';

import { DOWNLOAD_KINDS, type DownloadKind } from '../props/choices';

export { DOWNLOAD_KINDS, type DownloadKind, type DownloadsOption } from '../props/choices';

/** The kinds `option` asks for, in the order they are shown. */
export function downloadKinds(option: unknown): DownloadKind[] {
  if (option === false) return [];
  if (!Array.isArray(option)) return [...DOWNLOAD_KINDS];
  return DOWNLOAD_KINDS.filter((kind) => option.includes(kind));
}

/** Props of {@link Downloads}: which downloads, and what they are made from. */
export interface DownloadsProps {
  kinds: readonly DownloadKind[];
  dataset: FlattenableDataset | null;
  title: string;
  subtitle?: string;
  figure: RefObject<HTMLElement | null>;
  locale: string;
  rtl: boolean;
  t: Messages;
  /** The chart's `<safeguard-chart>` snippet, when it has one. */
  embedCode?: string;
}

/**
 * The chart's downloads, as one labelled group of buttons: the data as CSV (the data package's file, with its
 * byte-order mark and sources, in the format a spreadsheet in the chart's `locale` opens in columns), the chart as a standalone SVG (title, source line and notes inside the image)
 * and as a PNG at twice its size, drawn from that SVG in the browser. Where the page's security policy blocks
 * what an image needs, a message says so, read by screen readers.
 */
export function Downloads({
  kinds: asked,
  dataset,
  title,
  subtitle,
  figure,
  locale,
  rtl,
  t,
  embedCode,
}: DownloadsProps) {
  const [status, setStatus] = useState('');
  // Where the page does not allow the clipboard, the code is shown, selected, for the reader to copy.
  const [showCode, setShowCode] = useState(false);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (showCode) codeRef.current?.select();
  }, [showCode]);
  const kinds = asked.filter((kind) => kind !== 'embed' || embedCode);
  if (!kinds.length) return null;
  const copy = () => {
    setStatus('');
    const code = embedCode ?? '';
    const manual = () => {
      setShowCode(true);
      codeRef.current?.select();
    };
    try {
      const writing = navigator.clipboard?.writeText(code);
      if (!writing) return manual();
      writing.then(() => {
        setShowCode(false);
        setStatus(t.embedCopied);
      }, manual);
    } catch {
      manual();
    }
  };
  const run = (kind: DownloadKind) => {
    if (kind === 'embed') return copy();
    setStatus('');
    // The code that makes the files loads on the first click, from the package's own folder: a page whose
    // readers never download pays nothing for it.
    import('./downloadFile')
      .then(({ downloadFile }) =>
        downloadFile(kind, { dataset, title, subtitle, figure: figure.current, locale, rtl, t }),
      )
      .then((problem) => {
        if (problem === 'blocked') setStatus(t.downloadBlocked);
        else if (problem === 'failed') setStatus(t.downloadFailed);
      })
      .catch(() => setStatus(t.downloadBlocked));
  };
  const label: Record<DownloadKind, string> = {
    csv: t.downloadCsv,
    svg: t.downloadSvg,
    png: t.downloadPng,
    embed: t.copyEmbed,
  };
  return (
    <div className="sg-downloads">
      <fieldset className="sg-downloads__group">
        <legend className="sg-downloads__legend">{t.download}</legend>
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="sg-chart__toggle sg-downloads__button"
            disabled={kind === 'csv' && !dataset}
            onClick={() => run(kind)}
          >
            {label[kind]}
          </button>
        ))}
      </fieldset>
      {showCode && (
        <label className="sg-downloads__code">
          {t.copyEmbedManual}
          <textarea ref={codeRef} readOnly rows={3} value={embedCode} dir="ltr" spellCheck={false} />
        </label>
      )}
      {/* Polite, like the chart's own status line, which keeps the role "status" for the points. */}
      <p className="sg-downloads__status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
