import type { Actor } from '../common/actor.js';
import { AGENCY_ROLES } from '../common/roles.js';

/**
 * Which directives an actor may see, in the one form every reader uses: the
 * organization an agency role is limited to, or null for roles that see every
 * directive. Lists put it in their SQL (`directiveVisibleSql`); single objects
 * go through `AccessPolicy.requireDirective`, which uses the same predicate.
 */
export function directiveScope(actor: Actor): string | null {
  return AGENCY_ROLES.has(actor.role) ? actor.organizationId : null;
}

/**
 * SQL true when the directive row `alias` is one the scope's organization
 * leads or cooperates on. `param` is the placeholder holding the scope
 * (`:scope` for a query builder, `$3` for a prepared statement); only add the
 * predicate when the scope is not null.
 */
export function directiveVisibleSql(alias: string, param: string): string {
  return `(${alias}.lead_organization_id = ${param} OR EXISTS (
    SELECT 1 FROM directive_cooperating_organization vis
     WHERE vis.directive_id = ${alias}.id AND vis.organization_id = ${param}))`;
}

/**
 * The same rule as `directiveVisibleSql`, as the set of directive ids the
 * scope's organization may see: for a query that starts from those directives
 * (an agency's few hundred) rather than filtering a larger set by them.
 */
export function visibleDirectiveIdsSql(param: string): string {
  return `(SELECT vis_lead.id FROM directive vis_lead WHERE vis_lead.lead_organization_id = ${param}
    UNION SELECT vis.directive_id FROM directive_cooperating_organization vis WHERE vis.organization_id = ${param})`;
}
