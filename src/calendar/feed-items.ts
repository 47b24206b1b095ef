import type { DirectivePriority, DirectiveStatus } from '../directives/directive-enums.js';
import { DIRECTIVE_STATUS_LABELS } from '../directives/directive-vocabulary.js';
import type { CalendarEvent, Todo, TodoStatus } from './ical/calendar.js';
import type { DirectiveItem, MeetingItem } from './feed-contents.js';

/** The workflow's seven statuses in the four of a VTODO; the exact one is in the description. */
const TODO_STATUS: Record<DirectiveStatus, TodoStatus> = {
  assigned: 'NEEDS-ACTION',
  in_progress: 'IN-PROCESS',
  awaiting_confirmation: 'IN-PROCESS',
  reopened: 'IN-PROCESS',
  // Nobody works on it until a leader resumes it.
  paused: 'NEEDS-ACTION',
  completed: 'COMPLETED',
  cancelled: 'CANCELLED',
};

/** RFC 5545 §3.8.1.9: 1–4 high (Outlook and Apple show it as such), 5 medium. */
const PRIORITY: Record<DirectivePriority, number> = { urgent: 1, high: 3, normal: 5 };

/** Stable across renames and regenerations, so a calendar app updates the item instead of adding another. */
export const directiveUid = (id: string): string => `directive-${id}@chidao`;
export const meetingUid = (id: string): string => `meeting-${id}@chidao`;

export function directiveTodo(row: DirectiveItem, address: string): Todo {
  const description = [
    `Chủ trì: ${row.lead_name}`,
    row.cooperating.length > 0 ? `Phối hợp: ${row.cooperating.join(', ')}` : null,
    row.owner_name ? `Người phụ trách: ${row.owner_name}` : null,
    `Trạng thái: ${DIRECTIVE_STATUS_LABELS[row.status]}`,
    `Cuộc họp: ${row.meeting_title}`,
    row.description ? `\n${row.description}` : null,
  ].filter((line) => line !== null);
  return {
    uid: directiveUid(row.id),
    summary: row.title,
    description: description.join('\n'),
    due: row.due_date,
    status: TODO_STATUS[row.status],
    percentComplete: row.status === 'completed' ? 100 : row.progress_percent,
    completed: row.status === 'completed' ? row.completed_at : null,
    priority: PRIORITY[row.priority],
    url: `${address}/api/v1/directives/${row.id}`,
    lastModified: row.last_modified,
  };
}

export function meetingEvent(row: MeetingItem, address: string): CalendarEvent {
  const description = [
    row.organizer_name ? `Đơn vị tổ chức: ${row.organizer_name}` : null,
    row.chair_name ? `Chủ trì: ${row.chair_name}` : null,
    row.summary ? `\n${row.summary}` : null,
  ].filter((line) => line !== null);
  return {
    uid: meetingUid(row.id),
    summary: row.title,
    description: description.length > 0 ? description.join('\n') : null,
    start: row.starts_at,
    end: row.ends_at,
    location: row.location,
    url: `${address}/api/v1/meetings/${row.id}`,
    lastModified: row.last_modified,
  };
}
