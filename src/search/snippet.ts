import { foldWithOffsets } from './fold.js';
import type { QueryWord } from './search-query.js';

/** A stretch of a text to mark, in UTF-16 code units (JavaScript string indices): `text.slice(start, end)`. */
export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: Highlight[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
export const SNIPPET_LENGTH = 220;

/**
 * Where the query's words occur in an original text: every word of the text
 * whose fold equals a query word's (or starts with it, for the word typed
 * last while typing), so "tang loong" marks "Tằng Loỏng" as it is written.
 */
export function findHighlights(text: string, words: readonly QueryWord[], prefixLast: boolean): Highlight[] {
  const source = text.normalize('NFC');
  const { folded, offsets } = foldWithOffsets(source);
  const wanted = new Set(words.map((word) => word.folded));
  const prefix = prefixLast ? words[words.length - 1]?.folded : undefined;
  const found: Highlight[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (!wanted.has(word) && !(prefix !== undefined && word.startsWith(prefix))) continue;
    const first = match.index;
    const lastChar = first + word.length - 1;
    const start = offsets[first]!;
    // The end of the original character the last folded one came from.
    const end = offsets[lastChar]! + (source.codePointAt(offsets[lastChar]!)! > 0xffff ? 2 : 1);
    found.push({ start, end });
  }
  return found;
}

/**
 * A window of about SNIPPET_LENGTH characters around the first match (the
 * whole text when it is short), cut at spaces, with "…" where it was cut, and
 * the highlights moved to the window's offsets.
 */
export function buildSnippet(text: string, highlights: readonly Highlight[], length = SNIPPET_LENGTH): Snippet {
  const source = text.normalize('NFC').replace(/\s+/g, ' ');
  // Collapsing white space moves offsets: find them again on the collapsed text.
  const marks = highlights.length > 0 && source !== text.normalize('NFC') ? remap(text.normalize('NFC'), highlights) : [...highlights];
  if (source.length <= length) return { text: source, highlights: marks };
  const anchor = marks[0]?.start ?? 0;
  let start = Math.max(0, anchor - Math.floor(length / 3));
  let end = Math.min(source.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = source.indexOf(' ', start);
    if (space !== -1 && space < anchor) start = space + 1;
  }
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    const lastMark = marks.filter((mark) => mark.start < end).at(-1);
    if (space > start && (!lastMark || space >= lastMark.end)) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < source.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${source.slice(start, end)}${suffix}`,
    highlights: marks
      .filter((mark) => mark.start >= start && mark.end <= end)
      .map((mark) => ({ start: mark.start + shift, end: mark.end + shift })),
  };
}

/** Offsets in `text` → offsets in `text` with every run of white space made one space. */
function remap(text: string, highlights: readonly Highlight[]): Highlight[] {
  const map: number[] = [];
  let out = 0;
  let inSpace = false;
  for (let i = 0; i <= text.length; i++) {
    map.push(out);
    if (i === text.length) break;
    const space = /\s/.test(text[i]!);
    if (!space || !inSpace) out++;
    inSpace = space;
  }
  return highlights.map((mark) => ({ start: map[mark.start]!, end: map[mark.end]! }));
}
