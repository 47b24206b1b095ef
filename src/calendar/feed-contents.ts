import type { EntityManager } from 'typeorm';
import { directiveVisibleSql } from '../access/directive-scope.js';
import type { DirectivePriority, DirectiveStatus } from '../directives/directive-enums.js';

/**
 * What a feed shows, decided at every fetch from its owner as they are now
 * (role, agency, person): a feed never reaches further than its owner could by
 * signing in.
 *
 * - `organization`: every directive the owner may see (an agency's users:
 *   those it leads or cooperates on — the lists' own predicate), and the
 *   meetings behind them, plus, for an agency, the meetings it organizes;
 *   roles that see every directive see every meeting.
 * - `me`: within that, the directives whose owner (người phụ trách) is the
 *   owner's person record, and the meetings that person attends or chairs.
 *   An account linked to no person has an empty `me` calendar.
 *
 * Closed directives drop out once unchanged for CLOSED_KEPT_DAYS, and meetings
 * once older than PAST_MEETING_DAYS: a calendar app downloads the whole feed at
 * every poll.
 */
export const CLOSED_KEPT_DAYS = 90;
export const PAST_MEETING_DAYS = 180;
/** A guard, far above any one office's open work. */
const MAX_ITEMS = 5000;

export interface FeedOwner {
  /** The organization the owner's directives are limited to (directiveScope), or null for every one. */
  organizationScope: string | null;
  /** For `me`: the owner's person record (null: nothing is theirs); undefined for `organization`. */
  person?: string | null;
}

export interface DirectiveItem {
  id: string;
  title: string;
  description: string | null;
  due_date: string | null;
  priority: DirectivePriority;
  status: DirectiveStatus;
  completed_at: Date | null;
  last_modified: Date;
  meeting_title: string;
  lead_name: string;
  owner_name: string | null;
  cooperating: string[];
  progress_percent: number | null;
}

export interface MeetingItem {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  summary: string | null;
  chair_name: string | null;
  organizer_name: string | null;
  last_modified: Date;
}

export async function feedDirectives(em: EntityManager, owner: FeedOwner, now: Date): Promise<DirectiveItem[]> {
  if (owner.person === null) return [];
  const params: unknown[] = [now, CLOSED_KEPT_DAYS, MAX_ITEMS];
  const conditions: string[] = [
    `(d.status NOT IN ('completed','cancelled') OR d.updated_at >= $1::timestamptz - make_interval(days => $2))`,
  ];
  if (owner.organizationScope) conditions.push(directiveVisibleSql('d', `$${params.push(owner.organizationScope)}::uuid`));
  if (owner.person) conditions.push(`d.owner_id = $${params.push(owner.person)}::uuid`);
  return (await em.query(
    `SELECT d.id, d.title, d.description, d.due_date, d.priority, d.status, d.completed_at,
            greatest(d.updated_at, progress.reported_at) AS last_modified,
            m.title AS meeting_title, lead.name AS lead_name, owner.full_name AS owner_name,
            array(SELECT o.name FROM directive_cooperating_organization c JOIN organization o ON o.id = c.organization_id
                   WHERE c.directive_id = d.id ORDER BY o.name) AS cooperating,
            progress.percent AS progress_percent
       FROM directive d
       JOIN meeting m ON m.id = d.meeting_id
       JOIN organization lead ON lead.id = d.lead_organization_id
       LEFT JOIN person owner ON owner.id = d.owner_id
       LEFT JOIN LATERAL (SELECT p.percent, p.reported_at FROM directive_progress_report p
                           WHERE p.directive_id = d.id AND p.kind = 'progress'
                           ORDER BY p.reported_at DESC, p.seq DESC LIMIT 1) progress ON true
      WHERE ${conditions.join(' AND ')}
      ORDER BY d.due_date NULLS LAST, d.id
      LIMIT $3`,
    params,
  )) as DirectiveItem[];
}

export async function feedMeetings(em: EntityManager, owner: FeedOwner, now: Date): Promise<MeetingItem[]> {
  if (owner.person === null) return [];
  const params: unknown[] = [now, PAST_MEETING_DAYS, MAX_ITEMS];
  const conditions: string[] = ['m.starts_at >= $1::timestamptz - make_interval(days => $2)'];
  if (owner.person) {
    const person = `$${params.push(owner.person)}::uuid`;
    conditions.push(
      `(m.chair_id = ${person} OR EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id AND a.person_id = ${person}))`,
    );
  } else if (owner.organizationScope) {
    const scope = `$${params.push(owner.organizationScope)}::uuid`;
    conditions.push(
      `(m.organizer_id = ${scope} OR EXISTS (SELECT 1 FROM directive d WHERE d.meeting_id = m.id AND ${directiveVisibleSql('d', scope)}))`,
    );
  }
  return (await em.query(
    `SELECT m.id, m.title, m.starts_at, m.ends_at, m.location, m.summary, m.updated_at AS last_modified,
            chair.full_name AS chair_name, organizer.name AS organizer_name
       FROM meeting m
       LEFT JOIN person chair ON chair.id = m.chair_id
       LEFT JOIN organization organizer ON organizer.id = m.organizer_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY m.starts_at, m.id
      LIMIT $3`,
    params,
  )) as MeetingItem[];
}
