/**
 * A Vietnamese text as people type it without diacritics: lower case, every
 * tone and vowel mark dropped, đ as d ("Tằng Loỏng" → "tang loong"). The base
 * of every comparison key of names and phrases; callers add their own spacing.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
