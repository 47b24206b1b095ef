import { calendarDateIn } from '../common/time/clock.js';
import type { Completion } from '../directives/directive-enums.js';

export { COMPLETIONS, type Completion } from '../directives/directive-enums.js';

/**
 * How a confirmed directive counts in the official reports. It is judged on
 * the calendar date, in the office's zone, of the submission that was
 * confirmed, against the deadline in force at that submission: an agency that
 * submits on its deadline day is on time even when the leader confirms later.
 */
export function completionOf(submittedAt: Date, dueDateAtSubmission: string | null, timeZone: string): Completion {
  if (dueDateAtSubmission === null) return 'completed_without_deadline';
  // YYYY-MM-DD strings compare as dates.
  return calendarDateIn(submittedAt, timeZone) <= dueDateAtSubmission ? 'completed_on_time' : 'completed_late';
}
