import { type PreparedQuery, preparedQuery } from '../database/prepared-query.js';
import type { DeadlineStatus } from './deadline-status.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from './directive-enums.js';
import { LIST_CONDITIONS, type ListFilter } from './directive-reads.js';

/** The list's conditions that choose which directives are counted; the counted buckets are the list's other filters. */
export const COUNT_FILTERS = [
  'scope',
  'lead',
  'cooperating',
  'meeting',
  'dueBefore',
  'dueAfter',
  'owner',
  'priority',
  'title',
] as const satisfies readonly ListFilter[];
export type CountFilter = (typeof COUNT_FILTERS)[number];

/** One row: how many directives fall in each bucket. */
export type DirectiveCountsRow = Record<DeadlineStatus | DirectiveStatus, number> & {
  pending_extensions: number;
  total: number;
};

// $1 as-of date, $2 the office's zone, $3 days that count as "due soon": the list's deadline filters read them
// in this order, so each bucket is the very condition the list filters by (deadlineStatus=…, status=…, pendingExtension=true).
const JUDGED = ['$1', '$2', '$3'];
const count = (alias: string, condition: string): string => `count(*) FILTER (WHERE ${condition})::int AS ${alias}`;
const BUCKETS = [
  count('overdue', LIST_CONDITIONS.overdue(JUDGED)),
  count('due_soon', LIST_CONDITIONS.dueSoon(JUDGED)),
  count('on_track', LIST_CONDITIONS.onTrack(JUDGED)),
  count('no_deadline', LIST_CONDITIONS.noDeadline([])),
  // The statuses are the code's own constants, written in as literals.
  ...DIRECTIVE_STATUSES.map((status) => count(status, LIST_CONDITIONS.status([`'${status}'`]))),
  count('pending_extensions', LIST_CONDITIONS.pendingExtension([])),
  'count(*)::int AS total',
].join(',\n       ');

const statements = new Map<string, PreparedQuery<DirectiveCountsRow, unknown[]>>();

/**
 * The directives the conditions select, counted by deadline status, by workflow status and by
 * pending extension request in one pass over them (FILTER clauses). One statement per set of
 * conditions present, for the reason the list gives (`directiveListStatement`).
 */
export function directiveCountsStatement(
  judged: { asOf: string; timeZone: string; dueSoonDays: number },
  conditions: Partial<Record<CountFilter, readonly unknown[]>>,
): { query: PreparedQuery<DirectiveCountsRow, unknown[]>; params: unknown[] } {
  const used = COUNT_FILTERS.filter((filter) => conditions[filter] !== undefined);
  const params = [judged.asOf, judged.timeZone, judged.dueSoonDays, ...used.flatMap((filter) => conditions[filter]!)];
  const key = used.join(',');
  let query = statements.get(key);
  if (!query) {
    let n = JUDGED.length;
    const where = used.map((filter) => LIST_CONDITIONS[filter](conditions[filter]!.map(() => `$${++n}`)));
    const text = `SELECT ${BUCKETS}\n  FROM directive d${where.length > 0 ? `\n WHERE ${where.join('\n   AND ')}` : ''}`;
    query = preparedQuery(`directive_counts_${used.map((filter) => COUNT_FILTERS.indexOf(filter)).join('_')}`, text);
    statements.set(key, query);
  }
  return { query, params };
}
