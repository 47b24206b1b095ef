import { judgedOn, TRACKED } from '../directives/directive-reads.js';
import { type PreparedQuery, preparedQuery } from '../database/prepared-query.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';

/**
 * The reports' SQL. "Overdue" is the directive list's `deadlineStatus=overdue`
 * filter (directive-reads.ts: TRACKED and judgedOn): open work
 * (deadline-status.ts), past its deadline as of `asOf`, work awaiting
 * confirmation judged on its submission's date. Here it is written as the two
 * disjoint parts those two dates make (ON_AS_OF, ON_SUBMISSION), whose union is
 * that filter's rows; test/e2e/reports.e2e-spec.ts compares the two.
 */

export interface OverdueRow {
  id: string;
  title: string;
  status: DirectiveStatus;
  due_date: string;
  original_due_date: string | null;
  days_overdue: number;
  meeting_id: string;
  meeting_title: string;
  meeting_starts_at: Date;
  lead_id: string;
  lead_name: string;
  lead_short_name: string | null;
  owner_id: string | null;
  owner_full_name: string | null;
  owner_position: string | null;
  reminder_count: number;
  extension_count: number;
  progress_percent: number | null;
  last_reported_at: Date | null;
}

export interface OverdueCountRow {
  lead_id: string;
  count: number;
}

const overduePages = new Map<string, PreparedQuery<OverdueRow, unknown[]>>();
const overdueCountStatements = new Map<string, PreparedQuery<OverdueCountRow, unknown[]>>();

/** One condition per lead agency the answer is limited to, on the placeholders after `$1` asOf and `$2` zone. */
function leadLimits(leads: number): string {
  return Array.from({ length: leads }, (_, i) => `\n           AND d.lead_organization_id = $${i + 3}::uuid`).join('');
}

// OVERDUE in two disjoint parts, by the date a row is judged on (judgedOn). Judged on asOf, its days overdue are asOf
// minus the deadline: the part is read in deadline order, a range of ix_directive_report_tracked (or, for one agency,
// ix_directive_tracked_lead) that stops after a page. Judged on the submission's date, work awaiting confirmation has
// its own small index (ix_directive_awaiting). One statement over both had to read every open directive and sort them,
// the more the data the longer (docs/performance.md).
const ON_AS_OF = `${TRACKED} AND (d.status <> 'awaiting_confirmation' OR d.submitted_at IS NULL) AND d.due_date < $1::date`;
const SUBMITTED_ON = `(d.submitted_at AT TIME ZONE $2::text)::date`;
// The first comparison is implied by the last (zones are less than two days apart) and needs no zone: a row submitted
// before its deadline, as most are, is left out without converting its instant, which costs more than the rest.
const ON_SUBMISSION = `${TRACKED} AND d.status = 'awaiting_confirmation' AND d.submitted_at IS NOT NULL
           AND d.submitted_at > d.due_date - 1 AND d.due_date < ${SUBMITTED_ON}`;

/**
 * How far back the part judged on the submission must read: when the part judged on asOf fills a page, a row awaiting
 * confirmation belongs on it only if it is at least as many days overdue as that part's last row, so its deadline is at
 * most the latest submission's date minus those days. On a first page that is a few old deadlines, however large the
 * table; without a full page (a last page, a small agency) the part is read whole.
 */
const SUBMISSION_BOUND = (limit: string): string =>
  `coalesce((SELECT (SELECT (max(s.submitted_at) AT TIME ZONE $2::text)::date FROM directive s WHERE s.status = 'awaiting_confirmation')
                            - min(a.days_overdue)
                       FROM on_as_of a HAVING count(*) >= ${limit}), 'infinity'::date)`;

/**
 * One page of overdue directives, most days overdue first, then by id; the
 * parameters are asOf, zone, each lead agency, then (after a cursor) its days
 * and id, then the row limit. The page is chosen first, so the joins run for
 * its rows only.
 */
export function overduePage(leads: number, afterCursor: boolean): PreparedQuery<OverdueRow, unknown[]> {
  const key = `${leads}:${afterCursor}`;
  let query = overduePages.get(key);
  if (!query) {
    let n = leads + 2;
    const [days, id] = afterCursor ? [`$${++n}::int`, `$${++n}::uuid`] : [];
    const limit = `$${n + 1}`;
    const asOfCursor = afterCursor ? `\n           AND (d.due_date, d.id) > ($1::date - ${days}, ${id})` : '';
    const submittedDays = `(${SUBMITTED_ON} - d.due_date)`;
    const submissionCursor = afterCursor
      ? `\n           AND (${submittedDays} < ${days} OR (${submittedDays} = ${days} AND d.id > ${id}))`
      : '';
    const text = `WITH on_as_of AS MATERIALIZED (
       SELECT d.id, $1::date - d.due_date AS days_overdue
         FROM directive d
        WHERE ${ON_AS_OF}${leadLimits(leads)}${asOfCursor}
        ORDER BY d.due_date ASC, d.id ASC
        LIMIT ${limit})
SELECT d.id, d.title, d.status, d.due_date, d.original_due_date, page.days_overdue,
       m.id AS meeting_id, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
       lead.id AS lead_id, lead.name AS lead_name, lead.short_name AS lead_short_name,
       owner.id AS owner_id, owner.full_name AS owner_full_name, owner.position AS owner_position,
       (SELECT count(*)::int FROM directive_reminder r WHERE r.directive_id = d.id) AS reminder_count,
       (SELECT count(*)::int FROM directive_extension_request x WHERE x.directive_id = d.id AND x.status = 'approved') AS extension_count,
       progress.percent AS progress_percent, progress.reported_at AS last_reported_at
  FROM (SELECT parts.id, parts.days_overdue
          FROM ((SELECT * FROM on_as_of)
                UNION ALL
                (SELECT d.id, ${submittedDays} AS days_overdue
                   FROM directive d
                  WHERE ${ON_SUBMISSION}${leadLimits(leads)}${submissionCursor}
                    AND d.due_date <= ${SUBMISSION_BOUND(limit)}
                  ORDER BY days_overdue DESC, d.id ASC
                  LIMIT ${limit})) parts
         ORDER BY parts.days_overdue DESC, parts.id ASC
         LIMIT ${limit}) page
  JOIN directive d ON d.id = page.id
  JOIN meeting m ON m.id = d.meeting_id
  JOIN organization lead ON lead.id = d.lead_organization_id
  LEFT JOIN person owner ON owner.id = d.owner_id
  LEFT JOIN LATERAL (SELECT p.percent, p.reported_at FROM directive_progress_report p
                      WHERE p.directive_id = d.id AND p.kind = 'progress'
                      ORDER BY p.reported_at DESC, p.seq DESC LIMIT 1) progress ON true
 ORDER BY page.days_overdue DESC, d.id ASC`;
    query = preparedQuery(`report_overdue_page_${leads}_${afterCursor ? 'after' : 'first'}`, text);
    overduePages.set(key, query);
  }
  return query;
}

/** How many directives each lead agency has overdue: asOf, zone, then each lead agency. Both parts, as the page. */
export function overdueCounts(leads: number): PreparedQuery<OverdueCountRow, unknown[]> {
  let query = overdueCountStatements.get(String(leads));
  if (!query) {
    query = preparedQuery(
      `report_overdue_counts_${leads}`,
      `SELECT parts.lead_id, sum(parts.count)::int AS count
  FROM (SELECT d.lead_organization_id AS lead_id, count(*) AS count
          FROM directive d
         WHERE ${ON_AS_OF}${leadLimits(leads)}
         GROUP BY d.lead_organization_id
         UNION ALL
        SELECT d.lead_organization_id, count(*)
          FROM directive d
         WHERE ${ON_SUBMISSION}${leadLimits(leads)}
         GROUP BY d.lead_organization_id) parts
 GROUP BY parts.lead_id`,
    );
    overdueCountStatements.set(String(leads), query);
  }
  return query;
}

export interface AgencyPerformanceRow {
  lead_id: string;
  lead_name: string;
  lead_short_name: string | null;
  due: number;
  completed_on_time: number;
  completed_late: number;
  open_within_deadline: number;
  open_overdue: number;
  paused: number;
  issued: number;
  without_deadline: number;
}

// Due in the period: deadline in force within [from, to], not cancelled (issue 8). Paused directives are due: a pause
// stops the follow-up, not the deadline. Left out too: one completed while it had no deadline (never measured against one).
const IN_PERIOD = `d.due_date BETWEEN $1::date AND $2::date`;
const DUE = `${IN_PERIOD} AND d.status <> 'cancelled' AND d.completion IS DISTINCT FROM 'completed_without_deadline'`;
// Not completed, whether tracked or paused: judged like the list's deadline status (a paused directive on asOf, as it
// cannot be awaiting confirmation), so the two open columns split the open part of `due` at asOf.
const OPEN = `${IN_PERIOD} AND d.status NOT IN ('completed', 'cancelled')`;
// Issued at its meeting: one held from the start of `from` to the end of `to` in the office's zone. The bounds are two
// instants; only in a WHERE (an index condition, computed once), never in a FILTER, where they were computed for every row.
const HELD_IN_PERIOD = `m.starts_at >= ($1::date::timestamp AT TIME ZONE $4::text) AND m.starts_at < (($2::date + 1)::timestamp AT TIME ZONE $4::text)`;
// Issued and counted: held in the period (the WHERE of its part of the query) and not cancelled.
const ISSUED = `d.status <> 'cancelled'`;

// Counted per lead agency id first, named after: the 300-odd agency rows join the figures, not every directive.
// Two ranges, each read from its own index alone (ix_directive_report_due, ix_directive_report_meeting: index-only scans
// of narrow entries, not the wide rows): the directives due in the period, and those issued at its meetings. One scan of
// every directive joined to its meeting, filtered by "due in the period OR held in it", cost 2–3 times as much on 100,000.
const agencyPerformanceText = (scoped: boolean): string => {
  const lead = scoped ? '\n           AND d.lead_organization_id = $5::uuid' : '';
  return `SELECT lead.id AS lead_id, lead.name AS lead_name, lead.short_name AS lead_short_name,
       f.due, f.completed_on_time, f.completed_late, f.open_within_deadline, f.open_overdue, f.paused, f.issued, f.without_deadline
  FROM (SELECT parts.lead_organization_id,
               sum(parts.due)::int AS due, sum(parts.completed_on_time)::int AS completed_on_time,
               sum(parts.completed_late)::int AS completed_late, sum(parts.open_within_deadline)::int AS open_within_deadline,
               sum(parts.open_overdue)::int AS open_overdue, sum(parts.paused)::int AS paused,
               sum(parts.issued)::int AS issued, sum(parts.without_deadline)::int AS without_deadline
          FROM (SELECT d.lead_organization_id,
               count(*) FILTER (WHERE ${DUE}) AS due,
               count(*) FILTER (WHERE ${IN_PERIOD} AND d.completion = 'completed_on_time') AS completed_on_time,
               count(*) FILTER (WHERE ${IN_PERIOD} AND d.completion = 'completed_late') AS completed_late,
               count(*) FILTER (WHERE ${OPEN} AND d.due_date >= ${judgedOn('$3', '$4')}) AS open_within_deadline,
               count(*) FILTER (WHERE ${OPEN} AND d.due_date < ${judgedOn('$3', '$4')}) AS open_overdue,
               count(*) FILTER (WHERE ${IN_PERIOD} AND d.status = 'paused') AS paused,
               0 AS issued, 0 AS without_deadline
          FROM directive d
         WHERE ${IN_PERIOD}${lead}
         GROUP BY d.lead_organization_id
         UNION ALL
        SELECT d.lead_organization_id, 0, 0, 0, 0, 0, 0,
               count(*) FILTER (WHERE ${ISSUED}) AS issued,
               count(*) FILTER (WHERE ${ISSUED} AND d.due_date IS NULL) AS without_deadline
          FROM meeting m
          JOIN directive d ON d.meeting_id = m.id
         WHERE ${HELD_IN_PERIOD}${lead}
         GROUP BY d.lead_organization_id) parts
         GROUP BY parts.lead_organization_id) f
  JOIN organization lead ON lead.id = f.lead_organization_id`;
};

/** from, to, asOf, zone (and, scoped, the one lead agency the caller belongs to). */
export const agencyPerformance = {
  all: preparedQuery<AgencyPerformanceRow, [from: string, to: string, asOf: string, zone: string]>(
    'report_agency_performance',
    agencyPerformanceText(false),
  ),
  scoped: preparedQuery<AgencyPerformanceRow, [from: string, to: string, asOf: string, zone: string, lead: string]>(
    'report_agency_performance_scoped',
    agencyPerformanceText(true),
  ),
};
