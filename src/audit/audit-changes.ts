import { canonicalJson } from '../common/canonical-json.js';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Bookkeeping that changes with every write and tells a reader nothing. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

/** What changed between two snapshots, field by field: "who changed this deadline, from what to what". */
export function changesBetween(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((field) => !IGNORED.has(field))
    .sort()
    .flatMap((field) => {
      const from = before?.[field] ?? null;
      const to = after?.[field] ?? null;
      return canonicalJson(from) === canonicalJson(to) ? [] : [{ field, from, to }];
    });
}
