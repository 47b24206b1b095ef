/**
 * Vietnamese keyboards (and copy-paste from Word) often send decomposed text:
 * "ệ" as e + combining marks. Stored as-is, the same word would not match itself
 * in search or uniqueness checks, so every string entering the service is NFC.
 */
export function normalizeNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeNfc(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeNfc(item);
    return out as T;
  }
  // Fastify's parsed query objects have a null prototype.
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeNfc(item);
    return out as T;
  }
  return value;
}
