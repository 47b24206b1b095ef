import type { Me } from '../../auth/session';
import type { Directive } from './directive-queries';

export interface OfferedActions {
  reportProgress: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  assignOwner: boolean;
  edit: boolean;
  remind: boolean;
}

/**
 * The actions beside the workflow (whose steps the API lists in allowedActions): offered by
 * permission and by the user's agency leading or cooperating on the directive. Finer rules
 * (a paused directive takes no report…) stay the API's: its refusal is shown as it says it.
 */
export function offeredActions(directive: Directive, me: Me & { can(permission: string): boolean }): OfferedActions {
  const open = directive.status !== 'completed' && directive.status !== 'cancelled';
  const leads = me.organizationId !== null && me.organizationId === directive.leadOrganization.id;
  const cooperates = directive.cooperatingOrganizations.some((organization) => organization.id === me.organizationId);
  return {
    reportProgress: open && me.can('directives:report_progress') && (leads || cooperates),
    requestExtension:
      open && me.can('directives:request_extension') && leads && directive.dueDate !== null && directive.pendingExtension === null,
    decideExtension: me.can('directives:decide_extension') && directive.pendingExtension !== null,
    assignOwner: open && (me.can('directives:write') || (me.can('directives:assign_owner') && leads)),
    edit: me.can('directives:write'),
    remind: open && me.can('directives:remind'),
  };
}
