import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';
import { MAX_JSON_DEPTH } from './nesting.js';

/**
 * Vietnamese keyboards (and copy-paste from Word) often send decomposed text:
 * "ệ" as e + combining marks. Stored as-is, the same word would not match itself
 * in search or uniqueness checks, so every string entering the service is NFC.
 *
 * Bodies are refused deeper than MAX_JSON_DEPTH when parsed; the walk stops
 * there too, so that no other way in can make it overflow the stack.
 */
export function normalizeNfc<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) {
    throw new DomainError(CommonError.MalformedRequest, `The request nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeNfc(item, depth + 1)) as T;
  // Plain objects, and Fastify's parsed query objects, which have a null prototype.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeNfc(item, depth + 1);
    return out as T;
  }
  return value;
}
