import { exactText, foldText } from './fold.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 12;

/** A word of the query, as the folded index and the exact one see it. */
export interface QueryWord {
  folded: string;
  exact: string;
}

/** A bare word, or the words of a "phrase" that must follow one another. */
export type QueryGroup = { phrase: boolean; words: QueryWord[] };

export interface ParsedQuery {
  groups: QueryGroup[];
  /** Every word, in order: what the snippet marks. */
  words: QueryWord[];
  /** The last word is a bare word of at least MIN_PREFIX letters: it also matches as a prefix. */
  prefixLast: boolean;
  /** tsquery text, every lexeme quoted: matching (folded), the exact-diacritic tier, the whole-phrase tier. */
  matchQuery: string;
  exactQuery: string;
  phraseQuery: string;
}

export type QueryProblem = 'empty' | 'too_long' | 'no_words' | 'too_many_words';

/** Zero-width and other invisible format characters: a word with one inside is still that word. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const QUOTES = /["“”„«»]/;
/** A last word shorter than this is not expanded as a prefix: "so:*" would also match song, sông, soát, sở… */
const MIN_PREFIX = 3;

/**
 * Reads what a person typed into the search box. Words are runs of letters and
 * digits; everything else (`%`, `_`, `\`, apostrophes, punctuation) only
 * separates them, so nothing typed can act as an operator. Text between double
 * quotes is a phrase. The last bare word also matches as a prefix (typing
 * "tang loo" already finds "Tằng Loỏng").
 */
export function parseSearchQuery(raw: string): ParsedQuery | QueryProblem {
  const text = raw.normalize('NFC').replace(INVISIBLE, '').trim();
  if (text.length === 0) return 'empty';
  if ([...text].length > MAX_QUERY_LENGTH) return 'too_long';
  const groups: QueryGroup[] = [];
  text.split(QUOTES).forEach((part, index) => {
    const words = [...part.matchAll(WORD)].map(([word]) => ({ folded: foldText(word), exact: exactText(word) }));
    const kept = words.filter((word) => word.folded.length > 0);
    if (kept.length === 0) return;
    // Odd parts sit between quotes (an unclosed quote runs to the end).
    if (index % 2 === 1) groups.push({ phrase: true, words: kept });
    else for (const word of kept) groups.push({ phrase: false, words: [word] });
  });
  const words = groups.flatMap((group) => group.words);
  if (words.length === 0) return 'no_words';
  if (words.length > MAX_QUERY_WORDS) return 'too_many_words';
  const last = groups[groups.length - 1]!;
  const prefixLast = !last.phrase && last.words[0]!.folded.length >= MIN_PREFIX;
  const lexeme = (value: string, prefix: boolean): string => `'${value}'${prefix ? ':*' : ''}`;
  const render = (side: keyof QueryWord): string =>
    groups
      .map((group, g) => {
        const inner = group.words.map((word, i) => lexeme(word[side], prefixLast && g === groups.length - 1 && i === 0)).join(' <-> ');
        return group.words.length > 1 ? `(${inner})` : inner;
      })
      .join(' & ');
  return {
    groups,
    words,
    prefixLast,
    matchQuery: render('folded'),
    exactQuery: render('exact'),
    phraseQuery: words.map((word, i) => lexeme(word.folded, prefixLast && i === words.length - 1)).join(' <-> '),
  };
}
