import { randomBytes, randomUUID } from 'node:crypto';
import type { CapturedRequest, RecipeStatement, WireValue } from './recipe.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const WHOLE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGEST = /^[0-9a-f]{64}$/i;
const INTEGER = /^-?\d{1,15}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** A timestamp within this distance of the captured request was made by the service for it (now()). */
const GENERATED_WITHIN_MS = 10 * 60_000;

/** A scalar of a result row as text, the way it would be sent back as a parameter. */
export function scalarText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * The values of one replay of a write recipe. The rules, in order, for each
 * value that differed between the two captured requests (the others are
 * constants and go as captured):
 *
 * 1. it is something of the captured request (an id of its path, its If-Match
 *    version, its token's user or session, a field of its body): this request's;
 * 2. it is a value an earlier statement of the captured request got back
 *    (an id from RETURNING, the audit chain's last hash): what this replay got
 *    back at the same statement, row and column;
 * 3. it is one more than such an integer (the next number of a sequence the
 *    service counts itself): this replay's plus one;
 * 4. it is an instant within 10 minutes of the capture (the service's now()):
 *    shifted by the time since the capture;
 * 5. it is a 64-hex digest seen nowhere before (a hash the service computed):
 *    a fresh random one;
 * 6. otherwise every UUID inside it (whole, or in an array or JSON text) seen
 *    in neither the captured request nor earlier captured rows (one the
 *    service generated: a request id, a new row's id) becomes a fresh UUID,
 *    and the ids mapped by rules 1–2 are replaced; the rest is kept.
 *
 * Within one replay a captured value always maps to the same new value.
 */
export class Replay {
  private readonly exact = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private readonly known = new Set<string>();
  private readonly shiftMs: number;

  constructor(captured: CapturedRequest, actual: CapturedRequest, capturedAt: number) {
    this.shiftMs = Date.now() - capturedAt;
    this.pair(captured.ifMatch, actual.ifMatch);
    this.pair(captured.claims?.userId, actual.claims?.userId);
    this.pair(captured.claims?.sessionId, actual.claims?.sessionId);
    const [capturedPath, actualPath] = [captured.url.split('?')[0]!, actual.url.split('?')[0]!];
    const capturedIds = capturedPath.match(UUID) ?? [];
    const actualIds = actualPath.match(UUID) ?? [];
    capturedIds.forEach((id, i) => this.pair(id, actualIds[i]));
    this.pairLeaves(captured.body, actual.body);
    for (const id of JSON.stringify(captured).match(UUID) ?? []) this.known.add(id.toLowerCase());
  }

  /** The values to send for `statement`, the next one of the recipe. */
  values(statement: RecipeStatement): (string | Buffer | null)[] {
    return statement.values.map((value, i) => {
      if (value === null) return null;
      if (typeof value === 'object') return Buffer.from(value.base64, 'base64');
      return statement.varying[i] ? this.remap(value) : value;
    });
  }

  /** Learns what this replay got back for `statement`, against what the capture got. */
  results(statement: RecipeStatement, rows: Record<string, unknown>[]): void {
    statement.rows.forEach((capturedRow, r) => {
      const row = rows[r];
      if (!row) return;
      for (const [column, capturedValue] of Object.entries(capturedRow)) {
        const before = scalarText(capturedValue);
        const after = scalarText(row[column]);
        if (before === undefined || after === undefined) continue;
        for (const id of before.match(UUID) ?? []) this.known.add(id.toLowerCase());
        if (before !== after && !this.exact.has(before)) this.pair(before, after);
      }
    });
  }

  private pair(from: string | null | undefined, to: string | null | undefined): void {
    if (from === null || from === undefined || to === null || to === undefined) return;
    this.exact.set(from, to);
    if (WHOLE_UUID.test(from)) {
      this.ids.set(from.toLowerCase(), to);
      this.known.add(from.toLowerCase());
    }
  }

  private pairLeaves(captured: unknown, actual: unknown): void {
    if (typeof captured === 'string' && typeof actual === 'string') {
      if (captured !== actual) this.pair(captured, actual);
    } else if (Array.isArray(captured) && Array.isArray(actual)) {
      captured.forEach((item, i) => this.pairLeaves(item, actual[i]));
    } else if (captured && actual && typeof captured === 'object' && typeof actual === 'object') {
      for (const [key, item] of Object.entries(captured)) this.pairLeaves(item, (actual as Record<string, unknown>)[key]);
    }
  }

  private remap(value: string): string {
    const exact = this.exact.get(value);
    if (exact !== undefined) return exact;
    if (INTEGER.test(value)) {
      const previous = this.exact.get(String(Number(value) - 1));
      if (previous !== undefined && INTEGER.test(previous)) return this.remember(value, String(Number(previous) + 1));
    }
    if (INSTANT.test(value)) {
      const at = Date.parse(value);
      if (Math.abs(Date.now() - this.shiftMs - at) < GENERATED_WITHIN_MS) return new Date(at + this.shiftMs).toISOString();
    }
    if (DIGEST.test(value)) return this.remember(value, randomBytes(32).toString('hex'));
    return value.replace(UUID, (id) => {
      const key = id.toLowerCase();
      const mapped = this.ids.get(key);
      if (mapped !== undefined) return mapped;
      if (this.known.has(key)) return id;
      const fresh = randomUUID();
      this.ids.set(key, fresh);
      return fresh;
    });
  }

  private remember(from: string, to: string): string {
    this.exact.set(from, to);
    return to;
  }
}

/** Which values of a statement differ between two captures of the same request (the others are constants). */
export function varyingValues(first: WireValue[], second: WireValue[]): boolean[] {
  return first.map((value, i) => JSON.stringify(value) !== JSON.stringify(second[i]));
}
