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
 * The actions beside the workflow steps (allowedActions): those the API lists
 * in allowedOperations for this user now, so none is offered that it would refuse.
 */
export function offeredActions(directive: Directive): OfferedActions {
  const allows = (operation: Directive['allowedOperations'][number]) => directive.allowedOperations.includes(operation);
  return {
    reportProgress: allows('report_progress'),
    requestExtension: allows('request_extension'),
    decideExtension: allows('decide_extension'),
    assignOwner: allows('assign_owner'),
    edit: allows('edit'),
    remind: allows('remind'),
  };
}

/** A cooperating agency's report is a contribution: it moves no percent, so none is asked for. */
export function reportsContribution(directive: Directive, organizationId: string | null): boolean {
  return organizationId !== directive.leadOrganization.id;
}
