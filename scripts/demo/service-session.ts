import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessTokens } from '../../src/auth/access-tokens.js';
import { AuthSession } from '../../src/auth/auth-session.entity.js';
import { revokeSessions } from '../../src/auth/sessions.js';

/**
 * A short session for an administrative script running inside the service's
 * own process: it acts through the API as `userId` without knowing a password.
 * The caller revokes it when done.
 */
export async function mintServiceSession(app: INestApplication, userId: string): Promise<{ token: string; revoke: () => Promise<void> }> {
  const dataSource = app.get(DataSource);
  const inserted = await dataSource
    .getRepository(AuthSession)
    .insert({ userId, expiresAt: new Date(Date.now() + 3_600_000), ip: 'script' });
  const sessionId = (inserted.identifiers[0] as { id: string }).id;
  const token = await app.get(AccessTokens).sign({ userId, sessionId });
  return { token, revoke: () => revokeSessions(dataSource.manager, 'script_done', { sessionId }) };
}
