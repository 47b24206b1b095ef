import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../audit/audit-trail.service.js';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { CarryOverError } from './carry-over.errors.js';
import { MeetingReviewedDirective } from './meeting-reviewed-directive.entity.js';

/** Kiểm điểm lists tens of directives; the cap keeps one request bounded. */
export const MAX_REVIEWED_DIRECTIVES = 500;

/** Arbitrary but fixed: writers of reviews, and of the dates and organizers they depend on, take turns on it. */
const REVIEWS_LOCK = 740_211_2031;

/**
 * A review links two meetings, so two transactions each changing one side
 * could both pass their check and together break the rule (one moves the
 * earlier meeting later while the other records a review of it). Taken
 * before the checks by every transaction that records reviews or changes a
 * meeting's date or organizer, so each check sees the others' committed work.
 */
export async function lockReviews(em: EntityManager): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1)', [REVIEWS_LOCK]);
}

/** The meeting as it will be once the request is applied. */
export interface ReviewingMeeting {
  organizerId: string | null;
  startsAt: Date;
}

/**
 * Checks, before anything is written, that every id names a directive of an
 * earlier meeting of the same organizer; each refused one is reported with
 * its index (`reviewedDirectiveIds[2]`). Unknown ids are reported first, as
 * every unknown reference is. Answers the ids (as stored) in the order a
 * meeting lists its reviews: by concluding meeting, then by ordinal.
 */
export async function checkReviewedDirectives(em: EntityManager, meeting: ReviewingMeeting, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = (await em.query(
    `SELECT d.id, m.organizer_id, m.starts_at
       FROM directive d JOIN meeting m ON m.id = d.meeting_id
      WHERE d.id = ANY($1::uuid[])
      ORDER BY m.starts_at, m.id, d.ordinal`,
    [ids],
  )) as { id: string; organizer_id: string | null; starts_at: Date }[];
  const found = new Map(rows.map((row) => [row.id, row]));
  const lookup = (id: string) => found.get(id.toLowerCase());
  const field = (index: number): string => `reviewedDirectiveIds[${index}]`;

  const unknown: FieldError[] = ids.flatMap((id, index) =>
    lookup(id) ? [] : [{ field: field(index), message: `no directive has the id ${id}` }],
  );
  if (unknown.length > 0) throw new DomainError(CommonError.ReferenceNotFound, 'The request refers to records that do not exist.', unknown);

  const refused: FieldError[] = ids.flatMap((id, index) => {
    const row = lookup(id)!;
    if (meeting.organizerId === null || row.organizer_id !== meeting.organizerId)
      return [{ field: field(index), message: 'the directive was concluded by a meeting of another organizer' }];
    if (row.starts_at.getTime() >= meeting.startsAt.getTime())
      return [{ field: field(index), message: 'the directive was concluded by a meeting that is not earlier than this one' }];
    return [];
  });
  if (refused.length > 0) {
    throw new DomainError(
      CarryOverError.ReviewNotCarriedOver,
      'A meeting reviews only directives of earlier meetings of its own organizer.',
      refused,
    );
  }
  return rows.map((row) => row.id);
}

/**
 * Makes `ids` the meeting's reviewed set. Directives already in it keep their
 * row, so who recorded their review and when stay as they were.
 */
export async function replaceReviewedDirectives(
  em: EntityManager,
  meetingId: string,
  ids: readonly string[],
  actor: AuditActor,
  now: Date,
): Promise<void> {
  await em.query(`DELETE FROM meeting_reviewed_directive WHERE meeting_id = $1 AND NOT (directive_id = ANY($2::uuid[]))`, [meetingId, ids]);
  await addReviewedDirectives(em, meetingId, ids, actor, now);
}

/** Adds `ids` to the meeting's reviewed set (a new meeting's whole set: nothing to remove). */
export async function addReviewedDirectives(
  em: EntityManager,
  meetingId: string,
  ids: readonly string[],
  actor: AuditActor,
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await em
    .createQueryBuilder()
    .insert()
    .into(MeetingReviewedDirective)
    .values(
      ids.map((directiveId) => ({
        meetingId,
        directiveId,
        recordedByUserId: 'userId' in actor ? actor.userId : null,
        recordedAt: now,
      })),
    )
    .orIgnore()
    .execute();
}

/**
 * After a meeting's date or organizer changes: every review it made, and
 * every review of its directives by other meetings, must still go from a
 * later meeting to an earlier one of the same organizer. Refused (and so
 * rolled back) on the fields the request changed.
 */
export async function assertReviewsStillHold(em: EntityManager, meetingId: string, changed: readonly string[]): Promise<void> {
  const [broken] = (await em.query(
    `SELECT 1
       FROM meeting_reviewed_directive r
       JOIN meeting reviewer ON reviewer.id = r.meeting_id
       JOIN directive d ON d.id = r.directive_id
       JOIN meeting concluded ON concluded.id = d.meeting_id
      WHERE (reviewer.id = $1 OR concluded.id = $1)
        -- A meeting without an organizer reviews nothing and is reviewed by none: null is not a match.
        AND NOT coalesce(reviewer.organizer_id = concluded.organizer_id AND concluded.starts_at < reviewer.starts_at, false)
      LIMIT 1`,
    [meetingId],
  )) as unknown[];
  if (broken === undefined) return;
  throw new DomainError(
    CarryOverError.ReviewNotCarriedOver,
    'A meeting reviews only directives of earlier meetings of its own organizer: this change would break a review it made or one of its directives was given.',
    changed.map((field) => ({
      field,
      message: 'a review would no longer go from a later meeting to an earlier one of the same organizer',
    })),
  );
}
