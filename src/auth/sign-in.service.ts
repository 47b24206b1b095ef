import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { User } from '../users/user.entity.js';
import { AccessTokens, hashRefreshToken, newRefreshToken } from './access-tokens.js';
import type { Actor } from '../common/actor.js';
import { insertRow } from '../database/insert-row.js';
import { AuthSession } from './auth-session.entity.js';
import { AuthError } from './auth.errors.js';
import type { IssuedTokens, SignedInDto } from './dto/auth.dto.js';
import { DeviceTokens } from './device-tokens.js';
import { LoginThrottle } from './login-throttle.js';
import { decoyPasswordHash, verifyPassword } from '../users/passwords.js';
import { RefreshToken } from './refresh-token.entity.js';
import { revokeSessions } from './sessions.js';

const invalidCredentials = (): DomainError => new DomainError(AuthError.InvalidCredentials, 'The username or password is wrong.');
const invalidRefreshToken = (): DomainError =>
  new DomainError(AuthError.InvalidRefreshToken, 'This refresh token is not valid any more. Sign in again.');

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client's address as Fastify sees it (X-Forwarded-For only from the proxies TRUST_PROXY names). */
  ip: string;
  /** From the login body or the device cookie, as the client sent it: verified here. */
  deviceToken: string | undefined;
  requestId: string;
  /** The browser keeps the refresh cookie after it closes (see AuthSession.remember). */
  remember: boolean;
}

/** A refresh's new pair, and whether its cookie outlives the browser (the session's choice at sign-in). */
export interface RefreshedSession {
  tokens: IssuedTokens;
  remember: boolean;
}

@Injectable()
export class SignInService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly devices: DeviceTokens,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The throttle is checked before the password: a throttled client learns
   * nothing, not even whether the password was right. A failure is recorded
   * by committing it (the transaction does not throw); the refusal is thrown
   * only afterwards.
   */
  async login(attempt: SignInAttempt): Promise<IssuedTokens<SignedInDto>> {
    const key = attempt.username.trim().toLowerCase();
    const address = attempt.ip.slice(0, 64);
    const outcome = await this.dataSource.transaction(async (em) => {
      // Attempts on one account, and from one address, take turns: a burst of
      // parallel guesses cannot all read "no failures yet". Always account, then address.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:account:${key}`]);
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:address:${address}`]);

      // FOR SHARE: a password reset or a disabling that commits meanwhile waits for
      // this sign-in to commit, then ends the session it created.
      const user = await em
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('lower(u.username) = :key', { key })
        .setLock('pessimistic_read')
        .getOne();
      const origin = await this.throttle.originOf(em, user, address, attempt.deviceToken);
      const retryAfter = await this.throttle.retryAfter(em, key, address, origin);
      if (retryAfter !== null) return { kind: 'throttled' as const, retryAfter };

      // The same argon2 work whether or not the account exists: timing does not reveal usernames.
      const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), attempt.password);
      if (!user || !matches || !user.active) {
        await this.throttle.recordAttempt(em, key, address, origin, user && matches ? 'inactive' : 'bad_credentials');
        return { kind: 'refused' as const };
      }

      await this.throttle.recordAttempt(em, key, address, origin, 'success');
      const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
      const sessionId = await insertRow(em, AuthSession, { userId: user.id, expiresAt, ip: address, remember: attempt.remember });
      await this.audit.record(
        em,
        {
          userId: user.id,
          username: user.username,
          role: user.role,
          organizationId: user.organizationId,
          sessionId,
          requestId: attempt.requestId,
        },
        { action: 'auth.login', entityType: 'app_user', entityId: user.id, after: { ip: address } },
      );
      const tokens = await this.issue(em, user.id, sessionId);
      return { kind: 'signed_in' as const, signedIn: { ...tokens, deviceToken: await this.devices.issue(user.id) } };
    });
    switch (outcome.kind) {
      case 'signed_in':
        return outcome.signedIn;
      case 'throttled':
        throw new DomainError(AuthError.TooManyAttempts, `Too many failed sign-ins. Try again in ${outcome.retryAfter} seconds.`, [], {
          'retry-after': String(outcome.retryAfter),
        });
      case 'refused':
        throw invalidCredentials();
    }
  }

  /**
   * Exchanges a refresh token for a new pair. A token is good once: presenting
   * a rotated one means it was copied, so the whole session is revoked.
   */
  async refresh(refreshToken: string, requestId: string): Promise<RefreshedSession> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const [row] = (await em.query(
        `SELECT t.id, t.rotated_at, s.id AS session_id, s.revoked_at, s.expires_at > now() AS live, s.remember, u.id AS user_id, u.active
           FROM refresh_token t JOIN auth_session s ON s.id = t.session_id JOIN app_user u ON u.id = s.user_id
          WHERE t.token_hash = $1
            FOR UPDATE OF t, s`,
        [hashRefreshToken(refreshToken)],
      )) as {
        id: string;
        rotated_at: Date | null;
        session_id: string;
        revoked_at: Date | null;
        live: boolean;
        remember: boolean;
        user_id: string;
        active: boolean;
      }[];
      if (!row) return { kind: 'invalid' as const };
      if (row.rotated_at) return { kind: 'reused' as const, sessionId: row.session_id, userId: row.user_id };
      if (row.revoked_at || !row.live || !row.active) return { kind: 'invalid' as const };
      await em.getRepository(RefreshToken).update({ id: row.id }, { rotatedAt: () => 'now()' });
      return { kind: 'ok' as const, tokens: await this.issue(em, row.user_id, row.session_id), remember: row.remember };
    });
    if (outcome.kind === 'ok') return { tokens: outcome.tokens, remember: outcome.remember };
    if (outcome.kind === 'reused') {
      this.logger.warn(`refresh token reused: revoking session ${outcome.sessionId} of user ${outcome.userId}`);
      await this.dataSource.transaction(async (em) => {
        await revokeSessions(em, 'refresh_token_reused', { sessionId: outcome.sessionId });
        await this.audit.record(
          em,
          { system: 'auth', requestId },
          {
            action: 'auth.refresh_token_reused',
            entityType: 'auth_session',
            entityId: outcome.sessionId,
            after: { userId: outcome.userId },
          },
        );
      });
    }
    throw invalidRefreshToken();
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await revokeSessions(em, 'logout', { sessionId: actor.sessionId });
      await this.audit.record(em, actor, { action: 'auth.logout', entityType: 'app_user', entityId: actor.userId });
    });
  }

  private async issue(em: EntityManager, userId: string, sessionId: string): Promise<IssuedTokens> {
    const refresh = newRefreshToken();
    await em.getRepository(RefreshToken).insert({ sessionId, tokenHash: refresh.hash });
    return {
      accessToken: await this.tokens.sign({ userId, sessionId }),
      refreshToken: refresh.token,
      expiresIn: this.tokens.ttlSeconds,
      tokenType: 'Bearer',
    };
  }
}
