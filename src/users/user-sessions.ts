import type { EntityManager } from 'typeorm';

/**
 * Ends every sign-in session of a user, inside the caller's transaction.
 * Declared here, implemented by auth (which owns sessions): disabling a user or
 * resetting a password must end their sessions, yet accounts must not depend on
 * how one signs in.
 */
export abstract class UserSessions {
  abstract endAll(em: EntityManager, userId: string, reason: 'user_disabled' | 'password_reset'): Promise<void>;
}
