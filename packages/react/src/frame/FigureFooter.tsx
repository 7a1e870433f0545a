import type { SourceLineModel, SourceWords, WriteFigure } from '@safeguard-charts/data';
import type { ReactNode } from 'react';
import { SourceLine } from './SourceLine';

/** Props of {@link FigureFooter}. */
export interface FigureFooterProps {
  /** The source line's parts (`sourceLineModel`). */
  source: SourceLineModel;
  /** Writes a figure of the source line in the chart's locale. */
  write: WriteFigure;
  /** The words of the reader's language. */
  words: SourceWords;
  /** Notes under the source line, each once. */
  notes?: readonly string[];
  /** The figure's actions ("Show data", downloads) or other lines after the notes. */
  children?: ReactNode;
}

/** The figure's caption: the source line as real text, the notes, then the reader's actions. */
export function FigureFooter({ source, write, words, notes = [], children }: FigureFooterProps) {
  return (
    <figcaption className="sg-chart__footer">
      <SourceLine model={source} write={write} words={words} />
      {notes.length ? (
        <ul className="sg-chart__notes" dir="auto">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </figcaption>
  );
}
