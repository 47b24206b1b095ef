import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../directives/directive-enums.js';
import { allowedActions, mayTake, TRANSITION_ACTIONS, type TransitionAction, transitionOf, type WorkflowParty } from './workflow.js';

// Every cell written out: the status each action leads to from each status ('-': not allowed).
// prettier-ignore
const EXPECTED: Record<TransitionAction, Record<DirectiveStatus, DirectiveStatus | '-'>> = {
  //         assigned                  in_progress               awaiting_confirmation     completed     reopened                  paused        cancelled
  start:   { assigned: 'in_progress', in_progress: '-', awaiting_confirmation: '-', completed: '-', reopened: 'in_progress', paused: '-', cancelled: '-' },
  submit:  { assigned: 'awaiting_confirmation', in_progress: 'awaiting_confirmation', awaiting_confirmation: '-', completed: '-', reopened: 'awaiting_confirmation', paused: '-', cancelled: '-' },
  confirm: { assigned: '-', in_progress: '-', awaiting_confirmation: 'completed', completed: '-', reopened: '-', paused: '-', cancelled: '-' },
  reject:  { assigned: '-', in_progress: '-', awaiting_confirmation: 'reopened', completed: '-', reopened: '-', paused: '-', cancelled: '-' },
  pause:   { assigned: 'paused', in_progress: 'paused', awaiting_confirmation: '-', completed: '-', reopened: 'paused', paused: '-', cancelled: '-' },
  resume:  { assigned: '-', in_progress: '-', awaiting_confirmation: '-', completed: '-', reopened: '-', paused: 'in_progress', cancelled: '-' },
  cancel:  { assigned: 'cancelled', in_progress: 'cancelled', awaiting_confirmation: 'cancelled', completed: '-', reopened: 'cancelled', paused: 'cancelled', cancelled: '-' },
  reopen:  { assigned: '-', in_progress: '-', awaiting_confirmation: '-', completed: 'reopened', reopened: '-', paused: '-', cancelled: '-' },
};

describe('the workflow table', () => {
  const cells = TRANSITION_ACTIONS.flatMap((action) =>
    DIRECTIVE_STATUSES.map((status) => [action, status, EXPECTED[action][status]] as const),
  );

  it.each(cells)('%s from %s → %s', (action, status, expected) => {
    // Paused from in_progress: resume goes back there.
    expect(transitionOf(action, status, 'in_progress') ?? '-').toBe(expected);
  });

  it('resumes to the status the directive had before the pause', () => {
    expect(transitionOf('resume', 'paused', 'assigned')).toBe('assigned');
    expect(transitionOf('resume', 'paused', 'reopened')).toBe('reopened');
    expect(transitionOf('resume', 'paused', 'in_progress')).toBe('in_progress');
  });

  // Who may take each action, cell by cell.
  // prettier-ignore
  const WHO: Record<TransitionAction, Record<WorkflowParty, boolean>> = {
    start:   { lead_head: true,  leader: false, secretariat: false },
    submit:  { lead_head: true,  leader: false, secretariat: false },
    confirm: { lead_head: false, leader: true,  secretariat: false },
    reject:  { lead_head: false, leader: true,  secretariat: false },
    pause:   { lead_head: false, leader: true,  secretariat: false },
    resume:  { lead_head: false, leader: true,  secretariat: false },
    cancel:  { lead_head: false, leader: true,  secretariat: true  },
    reopen:  { lead_head: false, leader: true,  secretariat: false },
  };
  const parties: WorkflowParty[] = ['lead_head', 'leader', 'secretariat'];

  it.each(TRANSITION_ACTIONS.flatMap((action) => parties.map((party) => [action, party, WHO[action][party]] as const)))(
    '%s by %s: %s',
    (action, party, expected) => {
      expect(mayTake(action, new Set([party]))).toBe(expected);
    },
  );

  it('offers each party exactly the actions of the table, in its order', () => {
    expect(allowedActions('assigned', new Set(['lead_head']))).toEqual(['start', 'submit']);
    expect(allowedActions('in_progress', new Set(['lead_head']))).toEqual(['submit']);
    expect(allowedActions('awaiting_confirmation', new Set(['lead_head']))).toEqual([]);
    expect(allowedActions('awaiting_confirmation', new Set(['leader']))).toEqual(['confirm', 'reject', 'cancel']);
    expect(allowedActions('in_progress', new Set(['leader']))).toEqual(['pause', 'cancel']);
    expect(allowedActions('paused', new Set(['leader']))).toEqual(['resume', 'cancel']);
    expect(allowedActions('completed', new Set(['leader']))).toEqual(['reopen']);
    expect(allowedActions('completed', new Set(['secretariat']))).toEqual([]);
    expect(allowedActions('reopened', new Set(['secretariat']))).toEqual(['cancel']);
    expect(allowedActions('cancelled', new Set(['leader', 'secretariat']))).toEqual([]);
    expect(allowedActions('assigned', new Set())).toEqual([]);
  });
});
