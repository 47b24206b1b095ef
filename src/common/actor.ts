import type { Role } from './roles.js';

/** Who is acting, for permission checks and the audit trail. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  organizationId: string | null;
  sessionId: string;
  requestId: string;
}

/** The organization an agency role is limited to, or null for roles that see everything. */
export function agencyScope(actor: Actor): string | null {
  return actor.role === 'department_head' || actor.role === 'department_staff' ? actor.organizationId : null;
}
