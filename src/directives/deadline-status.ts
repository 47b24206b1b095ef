import type { DirectiveStatus } from './directive-enums.js';

export const DEADLINE_STATUSES = ['on_track', 'due_soon', 'overdue', 'no_deadline'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

const CLOSED: ReadonlySet<DirectiveStatus> = new Set(['completed', 'cancelled']);

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where an open directive stands against its deadline on `today` (a date in the
 * office's zone). Due today is still on time; due within `dueSoonDays` is due soon.
 * Closed directives are not tracked against a deadline: null.
 */
export function deadlineStatus(dueDate: string | null, status: DirectiveStatus, today: string, dueSoonDays: number): DeadlineStatus | null {
  if (CLOSED.has(status)) return null;
  if (dueDate === null) return 'no_deadline';
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= dueSoonDays) return 'due_soon';
  return 'on_track';
}
