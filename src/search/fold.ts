/**
 * The same fold as the database's `chidao_fold` (NFC, unaccent, lower case),
 * for one character at a time, so that a snippet can say where in the original
 * text a folded word starts and ends. Vietnamese letters fold to one letter
 * each (ằ → a, Đ → d), so offsets mostly map one to one; where a character
 * folds to several (ﬁ → fi), `foldWithOffsets` keeps the way back.
 */
export function foldText(text: string): string {
  return foldWithOffsets(text).folded;
}

const MARKS = /\p{M}/gu;

/**
 * Folding one character (normalize, a Unicode regular expression, lower case) costs far more than looking it up, and
 * a text uses few distinct ones: each is folded once per process. Bounded, so that text in every script there is
 * cannot grow it without end; past the bound, characters are folded each time.
 */
const foldedChars = new Map<string, string>();
const MAX_FOLDED_CHARS = 4096;

function foldChar(char: string): string {
  let out = foldedChars.get(char);
  if (out === undefined) {
    out = char === 'đ' || char === 'Đ' ? 'd' : char.normalize('NFKD').replace(MARKS, '').toLowerCase();
    if (foldedChars.size < MAX_FOLDED_CHARS) foldedChars.set(char, out);
  }
  return out;
}

/**
 * `folded[i]` came from `text[offsets[i]]` (UTF-16 indices). The text is put
 * in NFC first, so the offsets are offsets into the NFC text, which is how the
 * service stores every text.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text.normalize('NFC')) {
    const out = foldChar(char);
    for (let k = 0; k < out.length; k++) offsets.push(index);
    folded += out;
    index += char.length;
  }
  return { folded, offsets };
}

/** Lower case, diacritics kept: the `exact` tsvector's side of the fold. */
export function exactText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
