import type { SourceSpan } from './extraction-types.js';

/**
 * The rules read NFC text with "\n" line endings. Callers normally pass text
 * already normalized at the API boundary; when they do not, the reader works on
 * a normalized copy and every span is mapped back to the text it was given, so
 * `text.slice(span)` always shows what was read.
 */
export interface NormalizedInput {
  text: string;
  toOriginal(span: SourceSpan): SourceSpan;
}

const COMBINING = /\p{M}/u;

export function normalizeInput(original: string): NormalizedInput {
  if (!original.includes('\r') && original.normalize('NFC') === original) {
    return { text: original, toOriginal: (span) => span };
  }
  // Normalize one base character and its combining marks at a time, so each output
  // character knows the original range it came from.
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    if (original[i] === '\r') {
      i += original[i + 1] === '\n' ? 2 : 1;
      out.push('\n');
      from.push(start);
      to.push(i);
      continue;
    }
    i += codePointLength(original, i);
    while (i < original.length && COMBINING.test(original.slice(i, i + codePointLength(original, i)))) {
      i += codePointLength(original, i);
    }
    const chunk = original.slice(start, i).normalize('NFC');
    for (let k = 0; k < chunk.length; k++) {
      out.push(chunk[k]);
      from.push(start);
      to.push(i);
    }
  }
  const text = out.join('');
  return {
    text,
    toOriginal: ({ start, end }) => {
      if (end <= start || start < 0 || end > text.length) return { start: 0, end: 0 };
      return { start: from[start], end: to[end - 1] };
    },
  };
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
