import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';
import type { UniqueViolations } from '../common/errors/unique-violations.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import { ONE_PENDING_EXTENSION } from './extension-request.entity.js';
import type { TransitionAction } from './workflow.js';

export const FollowUpError = defineErrors({
  TransitionNotAllowed: ['transition_not_allowed', 'conflict'],
  DirectiveClosed: ['directive_closed', 'conflict'],
  ExtensionRequestNotFound: ['extension_request_not_found', 'not_found'],
  ExtensionAlreadyPending: ['extension_already_pending', 'conflict'],
  ExtensionNotPending: ['extension_not_pending', 'conflict'],
  ExtensionWithoutDeadline: ['extension_without_deadline', 'rule_broken'],
  ExtensionDateNotLater: ['extension_date_not_later', 'rule_broken'],
  ExtensionDateInPast: ['extension_date_in_past', 'rule_broken'],
  ExtensionDateBeyondProposed: ['extension_date_beyond_proposed', 'rule_broken'],
  DirectivePaused: ['directive_paused', 'conflict'],
  DirectiveAwaitingConfirmation: ['directive_awaiting_confirmation', 'conflict'],
});

export const ALREADY_PENDING = 'This directive already has an extension request awaiting a decision.';

/** Two requests that race past the service's check meet the partial unique index (extension-request.entity.ts). */
export const FOLLOWUP_UNIQUE_VIOLATIONS: UniqueViolations = {
  [ONE_PENDING_EXTENSION]: { error: FollowUpError.ExtensionAlreadyPending, detail: ALREADY_PENDING },
};

/** The answer names what the caller may do instead, so a client can offer it. */
export function transitionNotAllowed(action: TransitionAction, status: DirectiveStatus, allowedActions: TransitionAction[]): DomainError {
  const instead = allowedActions.length > 0 ? `You may now: ${allowedActions.join(', ')}.` : 'You may take no action on it now.';
  return new DomainError(
    FollowUpError.TransitionNotAllowed,
    `A directive that is ${status} cannot take "${action}". ${instead}`,
    [],
    {},
    {
      allowedActions,
    },
  );
}
