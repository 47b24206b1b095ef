import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserSessions } from '../users/user-sessions.js';
import { AuthSession } from './auth-session.entity.js';

/** Ends sessions at once: the guard checks the session on every request. */
export async function revokeSessions(em: EntityManager, reason: string, which: { sessionId: string } | { userId: string }): Promise<void> {
  const query = em
    .getRepository(AuthSession)
    .createQueryBuilder()
    .update()
    .set({ revokedAt: () => 'now()', revokedReason: reason })
    .where('revoked_at IS NULL');
  if ('sessionId' in which) query.andWhere('id = :id', { id: which.sessionId });
  else query.andWhere('user_id = :userId', { userId: which.userId });
  await query.execute();
}

@Injectable()
export class RevokingUserSessions extends UserSessions {
  endAll(em: EntityManager, userId: string, reason: 'user_disabled' | 'password_reset'): Promise<void> {
    return revokeSessions(em, reason, { userId });
  }
}
