import { directiveVisibleSql } from '../access/directive-scope.js';
import { preparedQuery } from '../database/prepared-query.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import type { Completion } from '../followup/completion.js';

/** The meeting whose carry-over is asked for, and the organizer's meeting before it. */
export interface CarryOverHeadRow {
  id: string;
  starts_at: Date;
  previous_id: string | null;
  previous_title: string | null;
  previous_starts_at: Date | null;
}

export const carryOverHead = preparedQuery<CarryOverHeadRow, [meetingId: string]>(
  'carry_over_head',
  `SELECT m.id, m.starts_at, previous.id AS previous_id, previous.title AS previous_title, previous.starts_at AS previous_starts_at
     FROM meeting m
     LEFT JOIN LATERAL (SELECT p.id, p.title, p.starts_at FROM meeting p
                         WHERE p.organizer_id = m.organizer_id AND p.starts_at < m.starts_at
                         ORDER BY p.starts_at DESC, p.id DESC LIMIT 1) previous ON true
    WHERE m.id = $1`,
);

export interface CarryOverRow {
  id: string;
  ordinal: number;
  title: string;
  due_date: string | null;
  status: DirectiveStatus;
  submitted_at: Date | null;
  completed_at: Date | null;
  completion: Completion | null;
  meeting_id: string;
  meeting_title: string;
  meeting_starts_at: Date;
  lead_id: string;
  lead_name: string;
  lead_short_name: string | null;
  progress_percent: number | null;
  last_reported_at: Date | null;
  reviewed_here: boolean;
}

/**
 * The directives of the organizer's earlier meetings still open, completed
 * since its previous meeting, or already reviewed by this one; oldest meeting
 * first, then the order they were concluded in. A meeting without an organizer
 * carries nothing over. `$2` is the row limit.
 */
const carryOverSql = (
  visible: string,
): string => `SELECT d.id, d.ordinal, d.title, d.due_date, d.status, d.submitted_at, d.completed_at, d.completion,
       m.id AS meeting_id, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
       lead.id AS lead_id, lead.name AS lead_name, lead.short_name AS lead_short_name,
       progress.percent AS progress_percent, progress.reported_at AS last_reported_at,
       reviewed.directive_id IS NOT NULL AS reviewed_here
  FROM meeting this
  JOIN meeting m ON m.organizer_id = this.organizer_id AND m.starts_at < this.starts_at
  JOIN directive d ON d.meeting_id = m.id
  JOIN organization lead ON lead.id = d.lead_organization_id
  CROSS JOIN LATERAL (SELECT max(p.starts_at) AS starts_at FROM meeting p
                       WHERE p.organizer_id = this.organizer_id AND p.starts_at < this.starts_at) previous
  LEFT JOIN meeting_reviewed_directive reviewed ON reviewed.meeting_id = this.id AND reviewed.directive_id = d.id
  LEFT JOIN LATERAL (SELECT p.percent, p.reported_at FROM directive_progress_report p
                      WHERE p.directive_id = d.id AND p.kind = 'progress'
                      ORDER BY p.reported_at DESC, p.seq DESC LIMIT 1) progress ON true
 WHERE this.id = $1
   AND (d.status NOT IN ('completed', 'cancelled')
        OR (d.status = 'completed' AND d.completed_at >= previous.starts_at)
        OR reviewed.directive_id IS NOT NULL)${visible}
 ORDER BY m.starts_at, m.id, d.ordinal
 LIMIT $2`;

export const carryOverOf = {
  all: preparedQuery<CarryOverRow, [meetingId: string, limit: number]>('carry_over', carryOverSql('')),
  scoped: preparedQuery<CarryOverRow, [meetingId: string, limit: number, scope: string]>(
    'carry_over_scoped',
    carryOverSql(`\n   AND ${directiveVisibleSql('d', '$3')}`),
  ),
};
