import { directiveVisibleSql } from '../access/directive-scope.js';
import { type PreparedQuery, preparedQuery } from '../database/prepared-query.js';
import { UNTRACKED_STATUSES } from './deadline-status.js';
import type { DirectivePriority, DirectiveStatus } from './directive-enums.js';
import type { Completion } from '../followup/completion.js';

/** One directive as the read statements return it: only the columns its answer shows. */
export interface DirectiveRow {
  id: string;
  ordinal: number;
  title: string;
  description: string | null;
  due_date: string | null;
  priority: DirectivePriority;
  status: DirectiveStatus;
  original_due_date: string | null;
  submitted_at: Date | null;
  completed_at: Date | null;
  completion: Completion | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  meeting_id: string;
  meeting_title: string;
  meeting_starts_at: Date;
  lead_id: string;
  lead_name: string;
  lead_short_name: string | null;
  owner_id: string | null;
  owner_full_name: string | null;
  owner_position: string | null;
  issued_by_id: string | null;
  issued_by_full_name: string | null;
  issued_by_position: string | null;
  source_speech_id: string | null;
  source_speech_position: number | null;
  /** [id, name, shortName] of each cooperating agency, in no particular order. */
  cooperating: [string, string, string | null][];
  reminder_count: number;
  last_reminded_at: Date | null;
  extension_count: number;
  pending_extension_id: string | null;
  pending_extension_proposed_due_date: string | null;
  pending_extension_reason: string | null;
  pending_extension_requested_at: Date | null;
  progress_percent: number | null;
  last_reported_at: Date | null;
  /** [id, title, startsAt as ISO 8601 in UTC] of each later meeting that reviewed it, oldest first. */
  reviewed_at: [string, string, string][];
}

// The cooperating agencies come as one JSON column, so an answer is one round trip. Each is looked up by primary key
// (OFFSET 0 keeps the lookup apart): joined, the planner hashed every organization for each directive of a page.
// `directives` is the directive table, or a page of it chosen first (lists):
// the joins then run for the rows of the page only.
const select = (
  directives: string,
): string => `SELECT d.id, d.ordinal, d.title, d.description, d.due_date, d.original_due_date, d.priority, d.status, d.submitted_at, d.completed_at, d.completion,
       d.version, d.created_at, d.updated_at,
       m.id AS meeting_id, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
       lead.id AS lead_id, lead.name AS lead_name, lead.short_name AS lead_short_name,
       owner.id AS owner_id, owner.full_name AS owner_full_name, owner.position AS owner_position,
       issuer.id AS issued_by_id, issuer.full_name AS issued_by_full_name, issuer.position AS issued_by_position,
       speech.id AS source_speech_id, speech.position AS source_speech_position,
       (SELECT coalesce(json_agg(json_build_array(o.id, o.name, o.short_name)), '[]'::json)
          FROM directive_cooperating_organization c
         CROSS JOIN LATERAL (SELECT o.id, o.name, o.short_name FROM organization o WHERE o.id = c.organization_id OFFSET 0) o
         WHERE c.directive_id = d.id) AS cooperating,
       (SELECT coalesce(json_agg(json_build_array(rm.id, rm.title,
                 to_char(rm.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY rm.starts_at, rm.id), '[]'::json)
          FROM meeting_reviewed_directive rv JOIN meeting rm ON rm.id = rv.meeting_id
         WHERE rv.directive_id = d.id) AS reviewed_at,
       reminders.reminder_count, reminders.last_reminded_at,
       extensions.extension_count,
       pending.id AS pending_extension_id, pending.proposed_due_date AS pending_extension_proposed_due_date,
       pending.reason AS pending_extension_reason, pending.requested_at AS pending_extension_requested_at,
       progress.percent AS progress_percent, progress.reported_at AS last_reported_at
  FROM ${directives} d
  JOIN meeting m ON m.id = d.meeting_id
  JOIN organization lead ON lead.id = d.lead_organization_id
  LEFT JOIN person owner ON owner.id = d.owner_id
  LEFT JOIN person issuer ON issuer.id = d.issued_by_id
  LEFT JOIN speech ON speech.id = d.source_speech_id
  CROSS JOIN LATERAL (SELECT count(*)::int AS reminder_count, max(r.reminded_at) AS last_reminded_at
                        FROM directive_reminder r WHERE r.directive_id = d.id) reminders
  CROSS JOIN LATERAL (SELECT count(*)::int AS extension_count
                        FROM directive_extension_request x WHERE x.directive_id = d.id AND x.status = 'approved') extensions
  -- At most one row: the partial unique index on pending requests, which this join also uses.
  LEFT JOIN directive_extension_request pending ON pending.directive_id = d.id AND pending.status = 'pending'
  -- The lead agency's latest report (its index, for the rows of one page): a report never touches the directive row,
  -- so reporting neither bumps the version others edit against nor writes a second copy of the percent.
  LEFT JOIN LATERAL (SELECT p.percent, p.reported_at FROM directive_progress_report p
                      WHERE p.directive_id = d.id AND p.kind = 'progress'
                      ORDER BY p.reported_at DESC, p.seq DESC LIMIT 1) progress ON true`;

export const directiveById = {
  all: preparedQuery<DirectiveRow, [id: string]>('directive_by_id', `${select('directive')}\n WHERE d.id = $1`),
  scoped: preparedQuery<DirectiveRow, [id: string, scope: string]>(
    'directive_by_id_scoped',
    `${select('directive')}\n WHERE d.id = $1 AND ${directiveVisibleSql('d', '$2')}`,
  ),
};

export const directivesOfMeeting = {
  all: preparedQuery<DirectiveRow, [meetingId: string]>(
    'directives_of_meeting',
    `${select('directive')}\n WHERE d.meeting_id = $1\n ORDER BY d.ordinal`,
  ),
  scoped: preparedQuery<DirectiveRow, [meetingId: string, scope: string]>(
    'directives_of_meeting_scoped',
    `${select('directive')}\n WHERE d.meeting_id = $1 AND ${directiveVisibleSql('d', '$2')}\n ORDER BY d.ordinal`,
  ),
};

/** The optional conditions of the directive list; a statement numbers their parameters in this order. */
const LIST_FILTERS = [
  'scope',
  'lead',
  'cooperating',
  'meeting',
  'status',
  'dueBefore',
  'dueAfter',
  'owner',
  'priority',
  'completion',
  'title',
  'overdue',
  'dueSoon',
  'onTrack',
  'noDeadline',
  'pendingExtension',
  'after',
  'afterDated',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** Each condition, written against the placeholders of its parameters (the counts reuse them: directive-counts.ts). */
export const LIST_CONDITIONS: Record<ListFilter, (p: string[]) => string> = {
  scope: ([scope]) => directiveVisibleSql('d', scope!),
  lead: ([lead]) => `d.lead_organization_id = ${lead}`,
  cooperating: ([org]) =>
    `EXISTS (SELECT 1 FROM directive_cooperating_organization c WHERE c.directive_id = d.id AND c.organization_id = ${org})`,
  meeting: ([meeting]) => `d.meeting_id = ${meeting}`,
  status: ([status]) => `d.status = ${status}`,
  dueBefore: ([date]) => `d.due_date < ${date}::date`,
  dueAfter: ([date]) => `d.due_date > ${date}::date`,
  owner: ([owner]) => `d.owner_id = ${owner}::uuid`,
  priority: ([priority]) => `d.priority = ${priority}`,
  completion: ([completion]) => `d.completion = ${completion}`,
  // Accents and case ignored: "di chuyen" finds "Di chuyển". The pattern arrives with LIKE's own characters escaped.
  title: ([pattern]) => `unaccent(lower(d.title)) LIKE unaccent(lower(${pattern}))`,
  // deadline-status.ts in SQL: as of a date (awaiting confirmation: as of the submission), paused and closed ones untracked.
  overdue: ([asOf, zone]) => `${TRACKED} AND d.due_date < ${judgedOn(asOf!, zone!)}`,
  dueSoon: ([asOf, zone, days]) =>
    `${TRACKED} AND d.due_date >= ${judgedOn(asOf!, zone!)} AND d.due_date <= ${judgedOn(asOf!, zone!)} + ${days}::int`,
  onTrack: ([asOf, zone, days]) => `${TRACKED} AND d.due_date > ${judgedOn(asOf!, zone!)} + ${days}::int`,
  noDeadline: () => `${TRACKED} AND d.due_date IS NULL`,
  pendingExtension: () => `EXISTS (SELECT 1 FROM directive_extension_request e WHERE e.directive_id = d.id AND e.status = 'pending')`,
  // After a cursor whose row had no deadline: only later rows without one.
  after: ([id]) => `d.due_date IS NULL AND d.id > ${id}::uuid`,
  // After a cursor whose row had one: later deadlines (a row comparison, which bounds an index range), then every row
  // without a deadline (the statement's second part: UNDATED_AFTER_CURSOR). An OR of the two could bound nothing: a
  // page 5,000 rows in read and threw away the 5,000 before it.
  afterDated: ([due, id]) => `(d.due_date, d.id) > (${due}::date, ${id}::uuid)`,
};
const UNDATED_AFTER_CURSOR = 'd.due_date IS NULL';

/** deadline-status.ts in SQL, for the directive row `d`: measured against a deadline at all. Reports use the same text. */
export const TRACKED = `d.status NOT IN (${UNTRACKED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
/** The date `d` is judged on: its submission's date in the zone while awaiting confirmation, else `asOf`. */
export const judgedOn = (asOf: string, zone: string): string =>
  `(CASE WHEN d.status = 'awaiting_confirmation' AND d.submitted_at IS NOT NULL
         THEN (d.submitted_at AT TIME ZONE ${zone}::text)::date ELSE ${asOf}::date END)`;

const listStatements = new Map<string, PreparedQuery<DirectiveRow, unknown[]>>();

/**
 * One page of the directive list, sorted by deadline (none last) then id,
 * filtered by the conditions given (each with its parameter values). There is
 * one statement for each set of conditions present, so every statement is
 * plain equalities and ranges that PostgreSQL plans once and reuses; a single
 * statement with `($n IS NULL OR …)` for every filter gets a generic plan that
 * can use no index for any of them (see bench/README.md).
 *
 * The page is the first rows of a union of disjoint parts, each read in the
 * list's order and cut at the page's size, so no part reads more than a page
 * from its index, however deep the cursor or large the table (docs/performance.md):
 * an agency's own directives (`ix_directive_lead_due_id`) apart from those it
 * cooperates on, and after a dated cursor, the later dated rows apart from the
 * undated ones.
 */
export function directiveListStatement(
  conditions: Partial<Record<ListFilter, readonly unknown[]>>,
  rowLimit: number,
): { query: PreparedQuery<DirectiveRow, unknown[]>; params: unknown[] } {
  const used = LIST_FILTERS.filter((filter) => conditions[filter] !== undefined);
  const params = used.flatMap((filter) => conditions[filter]!);
  const key = used.join(',');
  let query = listStatements.get(key);
  if (!query) {
    let n = 0;
    const placeholders = Object.fromEntries(used.map((filter) => [filter, conditions[filter]!.map(() => `$${++n}`)])) as Partial<
      Record<ListFilter, string[]>
    >;
    const limit = `$${n + 1}`;
    const condition = (filter: ListFilter): string => LIST_CONDITIONS[filter](placeholders[filter]!);
    const common = used.filter((filter) => filter !== 'scope' && filter !== 'afterDated').map(condition);
    const scope = placeholders.scope?.[0];
    // The same rule as directiveVisibleSql, as two disjoint parts. The agency's cooperations are read first, as an array
    // (its few hundred directives, by primary key, then sorted): as a semi-join, the planner walked every directive in
    // deadline order looking each one up, which reads more the more agencies there are.
    const scopeParts = scope
      ? [
          `d.lead_organization_id = ${scope}`,
          `d.id = ANY (ARRAY(SELECT vis.directive_id FROM directive_cooperating_organization vis WHERE vis.organization_id = ${scope}))
   AND d.lead_organization_id <> ${scope}`,
        ]
      : [];
    const cursorParts = placeholders.afterDated ? [condition('afterDated'), UNDATED_AFTER_CURSOR] : [];
    const order = 'ORDER BY d.due_date ASC NULLS LAST, d.id ASC';
    const parts = (scopeParts.length > 0 ? scopeParts : [null]).flatMap((scopePart) =>
      (cursorParts.length > 0 ? cursorParts : [null]).map((cursorPart) => {
        const all = [...common, ...(scopePart ? [scopePart] : []), ...(cursorPart ? [cursorPart] : [])];
        return `SELECT * FROM directive d${all.length > 0 ? `\n WHERE ${all.join('\n   AND ')}` : ''}\n ${order}\n LIMIT ${limit}`;
      }),
    );
    const page =
      parts.length === 1
        ? `(${parts[0]})`
        : `(SELECT * FROM (${parts.map((part) => `(${part})`).join('\n UNION ALL\n')}) d\n ${order}\n LIMIT ${limit})`;
    const text = `${select(page)}\n ${order}`;
    // Separated indexes: 1 then 11 and 11 then 1 must not share a name.
    query = preparedQuery(`directive_list_${used.map((filter) => LIST_FILTERS.indexOf(filter)).join('_')}`, text);
    listStatements.set(key, query);
  }
  return { query, params: [...params, rowLimit] };
}
