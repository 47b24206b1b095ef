import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type pg from 'pg';

/**
 * Signs `userId` in as the service would (a session row, then an access token
 * of three hours for it, signed with `secret`), without the argon2 check of a
 * password: benches measure the requests, not the sign-in.
 */
export async function benchAccessToken(client: pg.Client, userId: string, secret: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO auth_session (user_id, expires_at, ip) VALUES ($1, now() + interval '3 hours', 'bench') RETURNING id`,
    [userId],
  );
  return new SignJWT({ sid: rows[0]!.id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer('chi-dao')
    .setAudience('chi-dao-api')
    .setIssuedAt()
    .setExpirationTime('3h')
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(secret));
}
