import {
  citationText,
  joinSentences,
  SOURCE_LINE_WORDS,
  type SourceLineModel,
  type SourceLinePart,
  type SourceWords,
  sourceLineSentences,
  type WriteFigure,
} from '@safeguard-charts/data';
import { Fragment, type ReactNode } from 'react';

/**
 * A chart's source line as real HTML text: "Source: …. The report cites: …. Check: NCMEC’s own figure for
 * H1 2025: 440,419." The sentences are the data package's (`sourceLineSentences`, the same as `sourceLine`'s),
 * so the two read the same; here each title becomes a link where the data has a URL, and numbers are written
 * by `write` in the chart's locale.
 */
export function SourceLine({
  model,
  write,
  words = SOURCE_LINE_WORDS,
}: {
  model: SourceLineModel;
  write: WriteFigure;
  /** The words of the reader's language (a message catalogue). @default English */
  words?: SourceWords;
}) {
  const sentences = sourceLineSentences(model, write, words);
  if (!sentences.length) return null;
  const w = words;
  const linked: ReactNode[] = sentences.map((sentence, index) => {
    // The first sentence names the sources, the next (when there is one) what the report cites.
    const list = index === 0 ? model.sources : index === 1 && model.cited.length ? model.cited : undefined;
    if (!list?.length) return sentence;
    const lead = index === 0 ? `${list.length > 1 ? w.sources : w.source}: ` : `${w.cited}: `;
    return (
      <>
        {lead}
        <Citations parts={list} />
      </>
    );
  });
  return (
    <p className="sg-source" dir="auto">
      {linked.map((node, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sentences are in a fixed order
        <Fragment key={index}>
          {index > 0 ? (words.sentence?.[1] ?? ' ') : null}
          {node}
          {joinSentences([sentences[index] ?? ''], words).slice((sentences[index] ?? '').length)}
        </Fragment>
      ))}
    </p>
  );
}

/** Citations joined by "; ". */
function Citations({ parts }: { parts: readonly SourceLinePart[] }) {
  return parts.map((part, index) => (
    <Fragment key={`${part.publisher}|${part.title}`}>
      {index > 0 ? '; ' : null}
      <Citation part={part} />
    </Fragment>
  ));
}

/** One citation as `citationText` writes it, its title linked where the data has a URL. */
export function Citation({ part }: { part: SourceLinePart }) {
  const text = citationText(part);
  const at = part.url && part.title ? text.indexOf(part.title, part.publisher.length) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <a href={part.url} rel="noopener noreferrer">
        {part.title}
      </a>
      {text.slice(at + part.title.length)}
    </>
  );
}
