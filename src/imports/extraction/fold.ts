import { withoutDiacritics } from '../../common/text/without-diacritics.js';

/**
 * Comparison key for Vietnamese words: lowercase, no diacritics, đ as d, one
 * space between words, and the usual abbreviations of state bodies in one form,
 * so "Ủy ban nhân dân tỉnh", "UBND Tỉnh" and "Uỷ ban nhân dân tỉnh" compare equal.
 */
export function fold(text: string): string {
  return withoutDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/\bhoi dong nhan dan\b/g, 'hdnd')
    .replace(/\bkhu cong nghiep\b/g, 'kcn');
}

/** Collapses runs of white space and trims; used for names and positions shown to people. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
