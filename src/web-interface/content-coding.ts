export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Smallest first: when the client likes several equally, it gets the smallest. */
const BY_SIZE: ContentCoding[] = ['br', 'gzip', 'identity'];

/**
 * The coding to send, among those `offered`, for an Accept-Encoding header
 * (RFC 9110 §12.5.3): the one with the highest q, ties to the smallest.
 * Identity, unless named, is acceptable but least wanted (as nginx and the
 * negotiator package read it), and is the answer when nothing offered is acceptable.
 */
export function chooseCoding(acceptEncoding: string | undefined, offered: readonly ContentCoding[]): ContentCoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentCoding): number =>
    weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? Number.MIN_VALUE : 0);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of BY_SIZE) {
    if (!offered.includes(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}
