import type { DirectiveStatus } from './directive-enums.js';

export const DEADLINE_STATUSES = ['on_track', 'due_soon', 'overdue', 'no_deadline'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Not measured against a deadline: done, withdrawn, or stopped by a leader. */
export const UNTRACKED_STATUSES: readonly DirectiveStatus[] = ['completed', 'cancelled', 'paused'];

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface DeadlineFacts {
  dueDate: string | null;
  status: DirectiveStatus;
  /** The calendar date, in the office's zone, of the submission awaiting confirmation. */
  submittedOn: string | null;
}

/**
 * Where a directive stands against its deadline as of `asOf` (a date in the
 * office's zone). Due that day is still on time; due within `dueSoonDays` is
 * due soon. A directive awaiting confirmation is judged at its submission:
 * the agency has done its part, the leader's wait is not its delay. Completed,
 * cancelled and paused directives are not tracked (null).
 *
 * The SQL of the list filter (`directive-reads.ts`) states the same rule.
 */
export function deadlineStatus(facts: DeadlineFacts, asOf: string, dueSoonDays: number): DeadlineStatus | null {
  if (UNTRACKED_STATUSES.includes(facts.status)) return null;
  if (facts.dueDate === null) return 'no_deadline';
  const judgedOn = facts.status === 'awaiting_confirmation' && facts.submittedOn !== null ? facts.submittedOn : asOf;
  const daysLeft = daysBetween(judgedOn, facts.dueDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= dueSoonDays) return 'due_soon';
  return 'on_track';
}
