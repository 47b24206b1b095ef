import { exactText, foldText } from './fold.js';
import type { ParsedQuery, QueryWord } from './search-query.js';

/** A stretch of a text to mark, in UTF-16 code units (JavaScript string indices): `text.slice(start, end)`. */
export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: Highlight[];
}

/** Where one part of the query (a bare word, a phrase, or the whole query) occurs in a text. */
export interface Occurrence extends Highlight {
  group: number;
}

/** What a text holds of a query: the words to mark, and the occurrences the snippet's window is chosen among. */
export interface TextMatches {
  highlights: Highlight[];
  occurrences: Occurrence[];
}

export type SnippetQuery = Pick<ParsedQuery, 'groups' | 'prefixLast'>;

interface Token extends Highlight {
  folded: string;
  exact: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
export const SNIPPET_LENGTH = 220;
/** A long transcript can repeat a common word hundreds of times; the window is chosen among the first ones. */
const MAX_OCCURRENCES = 500;

const hasDiacritics = (word: QueryWord): boolean => word.exact !== word.folded;

/**
 * How a word of the text stands to a word of the query: 2 written as typed (a
 * word typed without diacritics accepts any), 1 only the same once folded, 0
 * not that word. A prefix must agree as typed too: "phố" typed last is the
 * start of "phố" and "phốt", never of "Phong", which only folds to "pho…".
 */
function compare(token: Token, word: QueryWord, prefix: boolean): 0 | 1 | 2 {
  const free = !hasDiacritics(word);
  if (token.folded === word.folded) return free || token.exact === word.exact ? 2 : 1;
  if (!prefix || !token.folded.startsWith(word.folded)) return 0;
  return free || token.exact.startsWith(word.exact) ? 2 : 0;
}

/**
 * Where `words` occur one right after another (punctuation between them
 * allowed, as in the index's phrase match), by the index of the first token.
 * Typed with diacritics and written so somewhere in the text: only those
 * occurrences ("tằng" marks "Tằng", not "tăng" nor "tầng"); otherwise every
 * folded one (a misplaced tone mark still finds its word).
 */
function occurrencesOf(tokens: readonly Token[], words: readonly QueryWord[], prefixLast: boolean): number[] {
  const found: { first: number; exact: boolean }[] = [];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let exact = true;
    let k = 0;
    for (; k < words.length; k++) {
      const level = compare(tokens[i + k]!, words[k]!, prefixLast && k === words.length - 1);
      if (level === 0) break;
      if (level === 1) exact = false;
    }
    if (k === words.length) found.push({ first: i, exact });
  }
  const asTyped = found.filter((occurrence) => occurrence.exact);
  return (asTyped.length > 0 ? asTyped : found).map((occurrence) => occurrence.first);
}

/**
 * Where a query occurs in an original text, as written there. A phrase
 * marks only its words in a row; when the text holds every word of the query
 * in a row (the whole-phrase ranking tier), only those runs are marked, so
 * "tang loong" marks "Tằng Loỏng" and not the "tăng" and "hạ tầng" beside it;
 * otherwise each bare word wherever it is. Words match whole, except the last
 * bare word typed (from 3 letters), which also matches as a prefix.
 */
export function matchText(text: string, query: SnippetQuery): TextMatches {
  const source = text.normalize('NFC');
  const tokens: Token[] = [...source.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldText(match[0]),
    exact: exactText(match[0]),
  }));
  const { groups, prefixLast } = query;
  let parts = groups.map((group, g) => ({ words: group.words, prefix: prefixLast && g === groups.length - 1 }));
  if (groups.length > 1) {
    const whole = { words: groups.flatMap((group) => group.words), prefix: prefixLast };
    if (occurrencesOf(tokens, whole.words, whole.prefix).length > 0) parts = [whole];
  }
  const occurrences: Occurrence[] = [];
  const marked = new Map<number, Highlight>();
  parts.forEach((part, group) => {
    for (const first of occurrencesOf(tokens, part.words, part.prefix)) {
      const last = first + part.words.length - 1;
      occurrences.push({ group, start: tokens[first]!.start, end: tokens[last]!.end });
      for (let i = first; i <= last; i++) marked.set(tokens[i]!.start, { start: tokens[i]!.start, end: tokens[i]!.end });
    }
  });
  occurrences.sort((a, b) => a.start - b.start || a.group - b.group);
  return {
    highlights: [...marked.values()].sort((a, b) => a.start - b.start),
    occurrences: occurrences.slice(0, MAX_OCCURRENCES),
  };
}

/**
 * The stretch of at most `budget` characters that holds the most different
 * parts of the query, the shortest such, the first such: where the words a
 * person typed stand together, rather than the first place one of them occurs.
 */
function densest(occurrences: readonly Occurrence[], budget: number): Highlight | null {
  let best: { parts: number; start: number; end: number } | null = null;
  for (let i = 0; i < occurrences.length; i++) {
    const start = occurrences[i]!.start;
    const seen = new Set<number>();
    let end = occurrences[i]!.end;
    for (let j = i; j < occurrences.length && (j === i || occurrences[j]!.end - start <= budget); j++) {
      if (seen.has(occurrences[j]!.group)) continue;
      seen.add(occurrences[j]!.group);
      end = Math.max(end, occurrences[j]!.end);
    }
    if (!best || seen.size > best.parts || (seen.size === best.parts && end - start < best.end - best.start))
      best = { parts: seen.size, start, end };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * A window of about `length` characters around the place where the query's
 * words stand closest together (the whole text when it is short), cut at
 * spaces, with "…" where it was cut, and the highlights moved to the window's
 * offsets.
 */
export function buildSnippet(text: string, matches: TextMatches, length = SNIPPET_LENGTH): Snippet {
  const original = text.normalize('NFC');
  const source = original.replace(/\s+/g, ' ');
  // Collapsing white space moves offsets: find them again on the collapsed text.
  const move = source === original ? (offset: number) => offset : collapsedOffsets(original);
  const marks = matches.highlights.map((mark) => ({ start: move(mark.start), end: move(mark.end) }));
  if (source.length <= length) return { text: source, highlights: marks };
  const focus = densest(
    matches.occurrences.map((occurrence) => ({ ...occurrence, start: move(occurrence.start), end: move(occurrence.end) })),
    length - 2,
  ) ?? { start: 0, end: 0 };
  const before = Math.min(Math.floor(length / 3), Math.floor((length - (focus.end - focus.start)) / 2));
  let end = Math.min(source.length, Math.max(0, focus.start - before) + length);
  let start = Math.max(0, end - length);
  if (start > 0 && source[start - 1] !== ' ') {
    const space = source.indexOf(' ', start);
    if (space !== -1 && space < focus.start) start = space + 1;
  }
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    const lastMark = marks.filter((mark) => mark.start < end).at(-1);
    if (space > start && space >= focus.end && (!lastMark || space >= lastMark.end)) end = space;
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
function collapsedOffsets(text: string): (offset: number) => number {
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
  return (offset) => map[offset]!;
}
