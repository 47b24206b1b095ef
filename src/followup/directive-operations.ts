import { mayOnDirective, type DirectivePermission, type PartyFacts } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorKind } from '../common/errors/error-kind.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { CLOSED_STATUSES } from './extension-rules.js';
import { ALREADY_PENDING, FollowUpError } from './followup.errors.js';

/**
 * The operations on a directive beside its workflow steps (those are
 * `allowedActions`). Each use case refuses with the rules below, and the
 * directive's answer lists the ones that would pass them (`allowedOperations`),
 * so a client offers only what the API accepts.
 */
export const DIRECTIVE_OPERATIONS = ['report_progress', 'request_extension', 'decide_extension', 'assign_owner', 'remind', 'edit'] as const;
export type DirectiveOperation = (typeof DIRECTIVE_OPERATIONS)[number];

/** What the directive's own state is checked against, besides who the actor is to it. */
export interface OperationFacts extends PartyFacts {
  status: DirectiveStatus;
  dueDate: string | null;
  hasPendingExtension: boolean;
}

/** Why the directive's state refuses an operation: the problem's kind and detail. */
export type StateRefusal = readonly [ErrorKind, string];

export function refusalError([kind, detail]: StateRefusal): DomainError {
  return new DomainError(kind, detail);
}

/**
 * When no report is taken. A paused directive waits for a leader's decision,
 * and one awaiting confirmation was already reported done: a report then
 * would contradict the status (the agency asks a leader to resume, or waits
 * for the rejection, which reopens the work).
 */
const NO_REPORT: Partial<Record<DirectiveStatus, StateRefusal>> = {
  completed: [FollowUpError.DirectiveClosed, 'A completed directive takes no more reports; a leader may reopen it.'],
  cancelled: [FollowUpError.DirectiveClosed, 'A cancelled directive takes no more reports.'],
  paused: [FollowUpError.DirectivePaused, 'A paused directive takes no reports until a leader resumes it.'],
  awaiting_confirmation: [
    FollowUpError.DirectiveAwaitingConfirmation,
    'The directive was reported done and awaits a leader’s confirmation; if it is rejected, reports are taken again.',
  ],
};

export function progressReportRefusal(status: DirectiveStatus): StateRefusal | null {
  return NO_REPORT[status] ?? null;
}

/** Nobody is reminded of work that is over. */
export function reminderRefusal(status: DirectiveStatus): StateRefusal | null {
  return CLOSED_STATUSES.includes(status) ? [FollowUpError.DirectiveClosed, `A directive that is ${status} needs no reminder.`] : null;
}

/** A later deadline is asked for open work that has one, one request at a time. */
export function extensionRequestRefusal(d: Pick<OperationFacts, 'status' | 'dueDate' | 'hasPendingExtension'>): StateRefusal | null {
  if (CLOSED_STATUSES.includes(d.status))
    return [FollowUpError.DirectiveClosed, `A directive that is ${d.status} needs no later deadline.`];
  if (d.hasPendingExtension) return [FollowUpError.ExtensionAlreadyPending, ALREADY_PENDING];
  if (d.dueDate === null) return [FollowUpError.ExtensionWithoutDeadline, 'This directive has no deadline, so it needs no extension.'];
  return null;
}

/** A decision needs a request awaiting one (approving also needs open work with a deadline: DecideExtensionService). */
function decisionRefusal(d: OperationFacts): StateRefusal | null {
  return d.hasPendingExtension ? null : [FollowUpError.ExtensionNotPending, 'No extension request awaits a decision.'];
}

const OPERATIONS: Record<DirectiveOperation, { permission: DirectivePermission; refusal: (d: OperationFacts) => StateRefusal | null }> = {
  report_progress: { permission: 'directive.report_progress', refusal: (d) => progressReportRefusal(d.status) },
  request_extension: { permission: 'directive.request_extension', refusal: extensionRequestRefusal },
  decide_extension: { permission: 'directive.decide_extension', refusal: decisionRefusal },
  // What was decided and who answers for it may be corrected whatever the status.
  assign_owner: { permission: 'directive.assign_owner', refusal: () => null },
  remind: { permission: 'directive.remind', refusal: (d) => reminderRefusal(d.status) },
  edit: { permission: 'directive.edit', refusal: () => null },
};

/** The operations `actor` may perform on the directive now, in DIRECTIVE_OPERATIONS' order. */
export function allowedOperations(actor: Actor, d: OperationFacts): DirectiveOperation[] {
  return DIRECTIVE_OPERATIONS.filter((op) => mayOnDirective(actor, OPERATIONS[op].permission, d) && OPERATIONS[op].refusal(d) === null);
}
