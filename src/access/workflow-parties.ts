import type { Actor } from '../common/actor.js';
import type { WorkflowParty } from '../followup/workflow.js';

/** Who the actor is for a directive led by `leadOrganizationId`, in the workflow's terms. */
export function workflowParties(actor: Actor, leadOrganizationId: string): ReadonlySet<WorkflowParty> {
  const parties = new Set<WorkflowParty>();
  if (actor.role === 'leader') parties.add('leader');
  if (actor.role === 'secretariat') parties.add('secretariat');
  if (actor.role === 'department_head' && actor.organizationId === leadOrganizationId) parties.add('lead_head');
  return parties;
}
