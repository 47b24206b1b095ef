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
