import type { DirectiveStatus } from '../directives/directive-enums.js';

/**
 * The follow-up workflow of a directive (issue 7): the table is data, and
 * `transitionOf` / `allowedActions` are the only code that reads it, so the
 * API, the web interface and the reports can never disagree about it.
 */
export const TRANSITION_ACTIONS = ['start', 'submit', 'confirm', 'reject', 'pause', 'resume', 'cancel', 'reopen'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** Who someone is with respect to one directive; a person can be several (a leader is never a lead head). */
export type WorkflowParty = 'lead_head' | 'leader' | 'secretariat';

interface TransitionRule {
  from: readonly DirectiveStatus[];
  /** `previous`: back to the status the directive had before it was paused. */
  to: DirectiveStatus | 'previous';
  by: readonly WorkflowParty[];
  /** The note is the substance of the action: the result achieved, what is missing, why. */
  noteRequired: boolean;
}

const OPEN_WORK: readonly DirectiveStatus[] = ['assigned', 'in_progress', 'reopened'];

export const WORKFLOW: Readonly<Record<TransitionAction, TransitionRule>> = {
  start: { from: ['assigned', 'reopened'], to: 'in_progress', by: ['lead_head'], noteRequired: false },
  submit: { from: OPEN_WORK, to: 'awaiting_confirmation', by: ['lead_head'], noteRequired: true },
  confirm: { from: ['awaiting_confirmation'], to: 'completed', by: ['leader'], noteRequired: false },
  reject: { from: ['awaiting_confirmation'], to: 'reopened', by: ['leader'], noteRequired: true },
  pause: { from: OPEN_WORK, to: 'paused', by: ['leader'], noteRequired: true },
  resume: { from: ['paused'], to: 'previous', by: ['leader'], noteRequired: false },
  cancel: {
    from: ['assigned', 'in_progress', 'awaiting_confirmation', 'reopened', 'paused'],
    to: 'cancelled',
    by: ['leader', 'secretariat'],
    noteRequired: true,
  },
  reopen: { from: ['completed'], to: 'reopened', by: ['leader'], noteRequired: true },
};

/**
 * The status `action` leads to from `status`, or null when the table has no
 * such move. `statusBeforePause` is what `resume` returns to.
 */
export function transitionOf(
  action: TransitionAction,
  status: DirectiveStatus,
  statusBeforePause: DirectiveStatus | null,
): DirectiveStatus | null {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(status)) return null;
  if (rule.to !== 'previous') return rule.to;
  // A paused directive always knows where it came from; 'assigned' is the safe answer if a row predates that column.
  return statusBeforePause ?? 'assigned';
}

/** The actions these parties may take from `status`, in the table's order. */
export function allowedActions(status: DirectiveStatus, parties: ReadonlySet<WorkflowParty>): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => WORKFLOW[action].from.includes(status) && WORKFLOW[action].by.some((p) => parties.has(p)));
}

/** Whether these parties may take `action` at all, whatever the status. */
export function mayTake(action: TransitionAction, parties: ReadonlySet<WorkflowParty>): boolean {
  return WORKFLOW[action].by.some((party) => parties.has(party));
}
