import type { SourceSpan } from './extraction-types.js';

/**
 * Numbers of party and state documents: "111-KL/TU", "125/TB-UBND",
 * "45/BB-SKHĐT", "Số: 07/2024/NQ-HĐND". A number, then a slash-separated code
 * of capital letters (Đ included).
 */
const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/-])\d{1,5}(?:\/\d{4})?(?:-[\p{Lu}]{1,10}(?:\/[\p{Lu}]{1,10}){1,3}|\/[\p{Lu}]{1,10}(?:-[\p{Lu}\p{N}]{1,12}){1,3})(?![\p{L}\p{N}])/gu;

export function findDocumentNumbers(text: string, end: number): { value: string; span: SourceSpan }[] {
  const out: { value: string; span: SourceSpan }[] = [];
  DOCUMENT_NUMBER.lastIndex = 0;
  const body = text.slice(0, end);
  let match: RegExpExecArray | null;
  while ((match = DOCUMENT_NUMBER.exec(body)) !== null && out.length < 50) {
    out.push({ value: match[0], span: { start: match.index, end: match.index + match[0].length } });
  }
  return out;
}
