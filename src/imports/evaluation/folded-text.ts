import { withoutDiacritics } from '../../common/text/without-diacritics.js';

/**
 * Text as the scorer compares it: lowercase, without diacritics (đ → d), every
 * run of characters other than letters, digits, "&" and "/" (punctuation,
 * whitespace) turned into one space.
 * An extractor that keeps or drops a tone mark, a comma or a line break is
 * neither rewarded nor punished for it.
 */
export function foldText(text: string): string {
  return withoutDiacritics(text)
    .replace(/[^\p{L}\p{N}&/]+/gu, ' ')
    .trim();
}

/** Whether `needle` occurs in `haystack` as whole words (both already folded). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Equal, or one inside the other as whole words: "Tuấn" and "Nguyễn Anh Tuấn", "Sở Xây dựng" and "Sở Xây dựng tỉnh". */
export function overlapsWords(a: string, b: string): boolean {
  return a !== '' && b !== '' && (containsWords(a, b) || containsWords(b, a));
}
