import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';
import type { DirectiveStatus } from '../directives/directive-enums.js';
import type { TransitionAction } from './workflow.js';

export const FollowUpError = defineErrors({
  TransitionNotAllowed: ['transition_not_allowed', 'conflict'],
  DirectiveClosed: ['directive_closed', 'conflict'],
  DirectivePaused: ['directive_paused', 'conflict'],
  DirectiveAwaitingConfirmation: ['directive_awaiting_confirmation', 'conflict'],
});

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
