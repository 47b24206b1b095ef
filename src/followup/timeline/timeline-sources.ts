import type { QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';
import { preparedQuery, runPrepared } from '../../database/prepared-query.js';
import { attachmentSummariesSql } from '../../attachments/attachment-summaries-sql.js';
import type { AttachmentSummaryDto } from '../../attachments/dto/attachment.dto.js';
import type { DirectiveStatus } from '../../directives/directive-enums.js';
import type { ExtensionDecision } from '../extension-request.entity.js';
import type { ProgressReportKind } from '../progress-report.entity.js';
import type { ReminderChannel } from '../reminder.entity.js';
import type { TransitionAction } from '../workflow.js';
import type { TimelineEventDto } from './timeline.dto.js';

/**
 * Each source's statement is fixed text: prepared once per connection, as the
 * hot reads are, instead of parsed and planned on every timeline (eight of them).
 */
function prepared(em: EntityManager, name: string, text: string, params: unknown[]): Promise<QueryResultRow[]> {
  return runPrepared(em, preparedQuery<QueryResultRow, unknown[]>(name, text), params);
}

/**
 * An event with what orders it: its instant, then its source's place in
 * TIMELINE_SOURCES, then `tie` (the audit sequence, or the row's id), so
 * events of the same instant always come in the same order.
 */
export interface TimelineEntry {
  at: Date;
  tie: string;
  event: TimelineEventDto;
}

/**
 * One kind of thing that happens to a directive. Each source reads its own
 * table, oldest first, at most `limit` entries; the service merges them. A new
 * kind of event (extension requested, extension decided) is one more source.
 */
export interface TimelineSource {
  name: string;
  load(em: EntityManager, directiveId: string, limit: number): Promise<TimelineEntry[]>;
}

interface ActorColumns {
  actor_id: string | null;
  actor_username: string | null;
  actor_display_name: string | null;
}

const ACTOR_COLUMNS = 'u.id AS actor_id, u.username AS actor_username, u.display_name AS actor_display_name';

function actorOf(row: ActorColumns): TimelineEventDto['actor'] {
  return row.actor_id === null ? null : { userId: row.actor_id, username: row.actor_username!, displayName: row.actor_display_name! };
}

/** Audit sequences compare as text once padded. */
const seqTie = (seq: string): string => seq.padStart(20, '0');

/** The audit actions that edit what was decided; an approved extension moves the deadline too, and is its own source. */
const EDIT_ACTIONS = ['directive.update', 'directive.assign_owner'];

/** The directive as issued: its creation's audit entry (the row itself, for one written before the audit trail). */
const issued: TimelineSource = {
  name: 'issued',
  async load(em, directiveId) {
    const rows = (await prepared(
      em,
      'timeline_issued',
      `SELECT coalesce(a.occurred_at, d.created_at) AS at, coalesce(a.seq::text, '0') AS seq,
              coalesce(a.after->>'title', d.title) AS title,
              CASE WHEN a.seq IS NULL THEN d.original_due_date::text ELSE a.after->>'dueDate' END AS due_date,
              lead.id AS lead_id, lead.name AS lead_name, ${ACTOR_COLUMNS}
         FROM directive d
         LEFT JOIN LATERAL (SELECT * FROM audit_entry e
                             WHERE e.entity_type = 'directive' AND e.entity_id = d.id AND e.before IS NULL AND e.after IS NOT NULL
                             ORDER BY e.seq LIMIT 1) a ON true
         JOIN organization lead ON lead.id = coalesce((a.after->>'leadOrganizationId')::uuid, d.lead_organization_id)
         LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE d.id = $1`,
      [directiveId],
    )) as (ActorColumns & { at: Date; seq: string; title: string; due_date: string | null; lead_id: string; lead_name: string })[];
    return rows.map((row) => ({
      at: row.at,
      tie: seqTie(row.seq),
      event: {
        at: row.at.toISOString(),
        kind: 'issued',
        actor: actorOf(row),
        title: row.title,
        leadOrganization: { id: row.lead_id, name: row.lead_name },
        dueDate: row.due_date,
      },
    }));
  },
};

/** Owner and deadline changes, read from the before and after of the audit entries of edits. */
const edits: TimelineSource = {
  name: 'edits',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_edits',
      `SELECT a.occurred_at AS at, a.seq::text AS seq,
              a.before->'ownerId' IS DISTINCT FROM a.after->'ownerId' AS owner_changed,
              a.before->'dueDate' IS DISTINCT FROM a.after->'dueDate' AS deadline_changed,
              a.before->>'dueDate' AS due_from, a.after->>'dueDate' AS due_to,
              old_owner.id AS from_id, old_owner.full_name AS from_name, old_owner.position AS from_position,
              new_owner.id AS to_id, new_owner.full_name AS to_name, new_owner.position AS to_position,
              ${ACTOR_COLUMNS}
         FROM audit_entry a
         LEFT JOIN person old_owner ON old_owner.id = (a.before->>'ownerId')::uuid
         LEFT JOIN person new_owner ON new_owner.id = (a.after->>'ownerId')::uuid
         LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.entity_type = 'directive' AND a.entity_id = $1 AND a.action = ANY($2::text[])
          AND (a.before->'ownerId' IS DISTINCT FROM a.after->'ownerId' OR a.before->'dueDate' IS DISTINCT FROM a.after->'dueDate')
        ORDER BY a.seq
        LIMIT $3`,
      [directiveId, EDIT_ACTIONS, limit],
    )) as (ActorColumns & {
      at: Date;
      seq: string;
      owner_changed: boolean;
      deadline_changed: boolean;
      due_from: string | null;
      due_to: string | null;
      from_id: string | null;
      from_name: string | null;
      from_position: string | null;
      to_id: string | null;
      to_name: string | null;
      to_position: string | null;
    })[];
    return rows.flatMap((row) => {
      const base = { at: row.at.toISOString(), actor: actorOf(row) };
      const entries: TimelineEntry[] = [];
      // One edit may change both: the owner first, then the deadline, always.
      if (row.owner_changed) {
        entries.push({
          at: row.at,
          tie: `${seqTie(row.seq)}.0`,
          event: {
            ...base,
            kind: 'owner_changed',
            from: row.from_id === null ? null : { id: row.from_id, fullName: row.from_name!, position: row.from_position },
            to: row.to_id === null ? null : { id: row.to_id, fullName: row.to_name!, position: row.to_position },
          },
        });
      }
      if (row.deadline_changed) {
        entries.push({
          at: row.at,
          tie: `${seqTie(row.seq)}.1`,
          event: { ...base, kind: 'deadline_changed', from: row.due_from, to: row.due_to },
        });
      }
      return entries;
    });
  },
};

const transitions: TimelineSource = {
  name: 'transitions',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_transitions',
      `SELECT t.seq::text AS seq, t.occurred_at AS at, t.action, t.from_status, t.to_status, t.note,
              ${attachmentSummariesSql('t.attachment_ids')} AS attachments, ${ACTOR_COLUMNS}
         FROM directive_transition t
         JOIN app_user u ON u.id = t.actor_user_id
        WHERE t.directive_id = $1
        ORDER BY t.occurred_at, t.seq
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & {
      seq: string;
      at: Date;
      action: TransitionAction;
      from_status: DirectiveStatus;
      to_status: DirectiveStatus;
      note: string | null;
      attachments: AttachmentSummaryDto[];
    })[];
    return rows.map((row) => ({
      at: row.at,
      tie: seqTie(row.seq),
      event: {
        at: row.at.toISOString(),
        kind: 'transitioned',
        actor: actorOf(row),
        action: row.action,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        note: row.note,
        attachments: row.attachments,
      },
    }));
  },
};

const progressReports: TimelineSource = {
  name: 'progress reports',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_progress_reports',
      `SELECT p.id, p.seq::text AS seq, p.reported_at AS at, p.kind, p.percent, p.note, o.id AS organization_id, o.name AS organization_name,
              ${attachmentSummariesSql('p.attachment_ids')} AS attachments, ${ACTOR_COLUMNS}
         FROM directive_progress_report p
         JOIN organization o ON o.id = p.organization_id
         JOIN app_user u ON u.id = p.reported_by_user_id
        WHERE p.directive_id = $1
        ORDER BY p.reported_at, p.seq
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & {
      id: string;
      seq: string;
      at: Date;
      kind: ProgressReportKind;
      percent: number | null;
      note: string;
      organization_id: string;
      organization_name: string;
      attachments: AttachmentSummaryDto[];
    })[];
    return rows.map((row) => ({
      at: row.at,
      tie: seqTie(row.seq),
      event: {
        at: row.at.toISOString(),
        kind: 'progress_reported',
        actor: actorOf(row),
        reportId: row.id,
        reportKind: row.kind,
        percent: row.percent,
        note: row.note,
        organization: { id: row.organization_id, name: row.organization_name },
        attachments: row.attachments,
      },
    }));
  },
};

const reminders: TimelineSource = {
  name: 'reminders',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_reminders',
      `SELECT r.id, r.reminded_at AS at, r.channel, r.document_number, r.note, ${ACTOR_COLUMNS}
         FROM directive_reminder r
         JOIN app_user u ON u.id = r.reminded_by_user_id
        WHERE r.directive_id = $1
        ORDER BY r.reminded_at, r.id
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & { id: string; at: Date; channel: ReminderChannel; document_number: string | null; note: string })[];
    return rows.map((row) => ({
      at: row.at,
      tie: row.id,
      event: {
        at: row.at.toISOString(),
        kind: 'reminded',
        actor: actorOf(row),
        reminderId: row.id,
        channel: row.channel,
        documentNumber: row.document_number,
        note: row.note,
      },
    }));
  },
};

const extensionRequests: TimelineSource = {
  name: 'extension requests',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_extension_requests',
      `SELECT x.id, x.requested_at AS at, x.current_due_date::text AS current_due_date,
              x.proposed_due_date::text AS proposed_due_date, x.reason, ${ACTOR_COLUMNS}
         FROM directive_extension_request x
         JOIN app_user u ON u.id = x.requested_by_user_id
        WHERE x.directive_id = $1
        ORDER BY x.requested_at, x.id
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & { id: string; at: Date; current_due_date: string; proposed_due_date: string; reason: string })[];
    return rows.map((row) => ({
      at: row.at,
      tie: row.id,
      event: {
        at: row.at.toISOString(),
        kind: 'extension_requested',
        actor: actorOf(row),
        requestId: row.id,
        currentDueDate: row.current_due_date,
        proposedDueDate: row.proposed_due_date,
        reason: row.reason,
      },
    }));
  },
};

const extensionDecisions: TimelineSource = {
  name: 'extension decisions',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_extension_decisions',
      `SELECT x.id, x.decided_at AS at, x.status, x.approved_due_date::text AS approved_due_date, x.decision_note, ${ACTOR_COLUMNS}
         FROM directive_extension_request x
         JOIN app_user u ON u.id = x.decided_by_user_id
        WHERE x.directive_id = $1 AND x.decided_at IS NOT NULL
        ORDER BY x.decided_at, x.id
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & {
      id: string;
      at: Date;
      status: ExtensionDecision;
      approved_due_date: string | null;
      decision_note: string | null;
    })[];
    return rows.map((row) => ({
      at: row.at,
      tie: row.id,
      event: {
        at: row.at.toISOString(),
        kind: 'extension_decided',
        actor: actorOf(row),
        requestId: row.id,
        decision: row.status,
        approvedDueDate: row.approved_due_date,
        note: row.decision_note,
      },
    }));
  },
};

/** Each later meeting that reviewed it, at the meeting's start; the actor is who recorded the review. */
const reviews: TimelineSource = {
  name: 'reviews',
  async load(em, directiveId, limit) {
    const rows = (await prepared(
      em,
      'timeline_reviews',
      `SELECT m.id AS meeting_id, m.title, m.starts_at AS at, r.recorded_at, ${ACTOR_COLUMNS}
         FROM meeting_reviewed_directive r
         JOIN meeting m ON m.id = r.meeting_id
         LEFT JOIN app_user u ON u.id = r.recorded_by_user_id
        WHERE r.directive_id = $1
        ORDER BY m.starts_at, m.id
        LIMIT $2`,
      [directiveId, limit],
    )) as (ActorColumns & { meeting_id: string; title: string; at: Date; recorded_at: Date })[];
    return rows.map((row) => ({
      at: row.at,
      tie: row.meeting_id,
      event: {
        at: row.at.toISOString(),
        kind: 'reviewed',
        actor: actorOf(row),
        meeting: { id: row.meeting_id, title: row.title, startsAt: row.at.toISOString() },
        recordedAt: row.recorded_at.toISOString(),
      },
    }));
  },
};

/**
 * Every source, in the order events of the same instant are listed: a
 * report comes before the step it caused (the lead's first report starts the
 * work in the same instant).
 */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  issued,
  edits,
  progressReports,
  transitions,
  reminders,
  extensionRequests,
  extensionDecisions,
  reviews,
];
