import type { DirectiveStatus } from '../directives/directive-enums.js';

/** Work that is over gets no later deadline. */
export const CLOSED_STATUSES: readonly DirectiveStatus[] = ['completed', 'cancelled'];

export type GrantedDateProblem = 'not_later' | 'beyond_proposed';

/**
 * Whether a leader may grant `granted` on a request for `proposed` while
 * `current` is the deadline in force: later than the current deadline (the
 * same date would extend nothing), and no later than what was asked for.
 */
export function grantedDateProblem(granted: string, current: string, proposed: string): GrantedDateProblem | null {
  if (granted <= current) return 'not_later';
  if (granted > proposed) return 'beyond_proposed';
  return null;
}
