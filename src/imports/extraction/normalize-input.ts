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

/**
 * Where NFC can change the text: a line break with "\r", a character with the
 * combining marks (or Hangul vowel and final jamo) that follow it, marks with
 * nothing before them, and the characters NFC replaces on their own (U+2126
 * OHM SIGN, CJK compatibility ideographs…). Everything between is checked, in
 * one call, to be stable, and copied as it is.
 */
const CHANGEABLE =
  /\r\n?|[^\r][\p{M}\u1160-\u11ff]+|[\p{M}\u1160-\u11ff]+|[\u0374\u037e\u0387\u1f71-\u1ffd\u2000\u2001\u2126\u212a\u212b\u2329\u232a\u2adc\uf900-\ufaff\ufb1d-\ufb4e\u{1d15e}-\u{1d164}\u{1d1bb}-\u{1d1c0}\u{2f800}-\u{2fa1d}]/gu;

/** Starters that never compose and that NFC keeps: one absent from the text separates pieces normalized together. */
const SEPARATORS = ['\u0000', '\ufdd0', '\ufdd1', '\uffff', '\ufffe', '\u0001'];

/**
 * Pieces of the output, each either copied from the original (offsets map one
 * to one) or the normalization of one cluster (every offset in it maps to the
 * whole cluster). Kept as parallel arrays: a 2 MB text of decomposed Vietnamese
 * has a few hundred thousand pieces, and per-character tables cost far more.
 */
class OffsetMap {
  readonly outStart: number[] = [];
  readonly originStart: number[] = [];
  readonly originEnd: number[] = [];
  readonly copied: boolean[] = [];

  add(outStart: number, originStart: number, originEnd: number, copied: boolean): void {
    this.outStart.push(outStart);
    this.originStart.push(originStart);
    this.originEnd.push(originEnd);
    this.copied.push(copied);
  }

  /** The piece holding output offset `at` (0 ≤ at < output length). */
  private pieceOf(at: number): number {
    let low = 0;
    let high = this.outStart.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.outStart[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  start(at: number): number {
    const piece = this.pieceOf(at);
    return this.copied[piece] ? this.originStart[piece] + (at - this.outStart[piece]) : this.originStart[piece];
  }

  /** Where the output character at `last` ends in the original. */
  end(last: number): number {
    const piece = this.pieceOf(last);
    return this.copied[piece] ? this.originStart[piece] + (last - this.outStart[piece]) + 1 : this.originEnd[piece];
  }
}

export function normalizeInput(original: string): NormalizedInput {
  if (!original.includes('\r') && original.normalize('NFC') === original) {
    return { text: original, toOriginal: (span) => span };
  }
  const separator = SEPARATORS.find((s) => !original.includes(s));
  if (separator === undefined) return normalizeByCluster(original);

  // Fence every changeable cluster with a separator and normalize the whole text in one native call:
  // the separators keep each cluster and each stretch between them apart. Walking the fenced text
  // before and after normalization gives each piece's length in the original and in the result.
  // A call or an object per cluster costs about a second on 2 MB of decomposed Vietnamese, most of it
  // in the garbage collector.
  const raw = original.replace(CHANGEABLE, `${separator}$&${separator}`);
  const fenced = raw.normalize('NFC');
  const map = new OffsetMap();
  let length = 0;
  let origin = 0;
  let rawAt = 0;
  let fencedAt = 0;
  for (let piece = 0; rawAt <= raw.length; piece++) {
    const rawStop = stopAt(raw, separator, rawAt);
    const fencedStop = stopAt(fenced, separator, fencedAt);
    const originSize = rawStop - rawAt;
    const cluster = piece % 2 === 1;
    // "\r\n" and "\r" become one "\n".
    const size = cluster && raw.charCodeAt(rawAt) === 13 ? 1 : fencedStop - fencedAt;
    if (size > 0) map.add(length, origin, origin + originSize, !cluster && size === originSize);
    length += size;
    origin += originSize;
    rawAt = rawStop + separator.length;
    fencedAt = fencedStop + separator.length;
  }
  const text = fenced.replace(/\r\n?/g, '\n').replaceAll(separator, '');
  if (text.length !== length || origin !== original.length) return normalizeByCluster(original);
  return { text, toOriginal: mapper(text, map) };
}

function stopAt(text: string, separator: string, from: number): number {
  const stop = text.indexOf(separator, from);
  return stop < 0 ? text.length : stop;
}

/** The fallback for a text holding every separator: one cluster at a time. */
function normalizeByCluster(original: string): NormalizedInput {
  const parts: string[] = [];
  const map = new OffsetMap();
  let length = 0;
  for (let i = 0; i < original.length;) {
    const start = i;
    if (original[i] === '\r') {
      i += original[i + 1] === '\n' ? 2 : 1;
      map.add(length, start, i, false);
      parts.push('\n');
      length += 1;
      continue;
    }
    i += codePointLength(original, i);
    while (i < original.length && /\p{M}/u.test(original.slice(i, i + codePointLength(original, i)))) i += codePointLength(original, i);
    const chunk = original.slice(start, i).normalize('NFC');
    map.add(length, start, i, chunk === original.slice(start, i));
    parts.push(chunk);
    length += chunk.length;
  }
  const text = parts.join('');
  return { text, toOriginal: mapper(text, map) };
}

function mapper(text: string, map: OffsetMap): (span: SourceSpan) => SourceSpan {
  return ({ start, end }) => {
    if (end <= start || start < 0 || end > text.length) return { start: 0, end: 0 };
    return { start: map.start(start), end: map.end(end - 1) };
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
