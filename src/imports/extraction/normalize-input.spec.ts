import { describe, expect, it } from '@jest/globals';
import { normalizeInput } from './normalize-input.js';

describe('normalizing the input', () => {
  it.each([
    ['decomposed accents', 'Sở Tài chính họp'.normalize('NFD'), 'Tài chính'],
    ['Windows line endings', 'Dòng một\r\nSở Y tế\r\nDòng ba', 'Sở Y tế'],
    ['an old Mac line ending and a decomposed word', 'Kết luận\rGiao Sở Nội vụ'.normalize('NFD'), 'Nội vụ'],
    ['an ohm sign NFC replaces on its own', 'Điện trở 5 \u2126, Sở Công Thương', 'Công Thương'],
    ['every separator present', '\u0000\ufdd0\ufdd1\uffff\ufffe\u0001 Ban Dân tộc'.normalize('NFD'), 'Dân tộc'],
  ])('%s: a span of the normalized text shows the same words in the original', (_case, original, words) => {
    const input = normalizeInput(original);
    expect(input.text).toBe(original.replace(/\r\n?/g, '\n').normalize('NFC'));
    const start = input.text.indexOf(words);
    const span = input.toOriginal({ start, end: start + words.length });
    expect(original.slice(span.start, span.end).normalize('NFC')).toBe(words);
  });

  it('keeps a text already normalized as it is', () => {
    const input = normalizeInput('Sở Xây dựng');
    expect(input.toOriginal({ start: 3, end: 11 })).toEqual({ start: 3, end: 11 });
  });
});
