import { Fragment } from 'react';

/** Plain text with the given stretches in <mark>: built from offsets, so nothing in the text is ever read as HTML. */
export function HighlightedText({ text, highlights }: { text: string; highlights: { start: number; end: number }[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length || end <= start) continue;
    parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>, <mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
