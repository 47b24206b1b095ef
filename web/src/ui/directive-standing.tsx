import type { DirectiveRow } from './directive-table';
import { CompletionBadge, DeadlineBadge } from './status-badges';

/**
 * Where a directive stands against its deadline: while open, its deadline
 * status; once confirmed, how it was completed (on time or late).
 */
export function DeadlineOrCompletion({ directive }: { directive: Pick<DirectiveRow, 'deadlineStatus' | 'completion'> }) {
  if (directive.completion) return <CompletionBadge completion={directive.completion} />;
  if (directive.deadlineStatus) return <DeadlineBadge status={directive.deadlineStatus} />;
  return null;
}

/**
 * The percent worth showing: none once completed, where the last report's
 * figure (often below 100, the work being reported done by submission) would
 * contradict the completion.
 */
export function shownProgress(directive: Pick<DirectiveRow, 'progressPercent' | 'completion'>): number | null {
  return directive.completion ? null : directive.progressPercent;
}
