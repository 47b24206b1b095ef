import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { User } from '../users/user.entity.js';
import { AccessTokens, hashRefreshToken, newRefreshToken } from './access-tokens.js';
import type { Actor } from './actor.js';
import { AuthSession } from './auth-session.entity.js';
import { AuthErrorCode } from './auth.errors.js';
import type { TokensDto } from './dto/auth.dto.js';
import { LoginThrottle } from './login-throttle.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { RefreshToken } from './refresh-token.entity.js';
import { revokeSessions } from './sessions.js';

const invalidCredentials = (): DomainError => new DomainError(AuthErrorCode.InvalidCredentials, 'The username or password is wrong.');
const invalidRefreshToken = (): DomainError =>
  new DomainError(AuthErrorCode.InvalidRefreshToken, 'This refresh token is not valid any more. Sign in again.');

@Injectable()
export class SignInService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
  ) {}

  /** Failed attempts are recorded outside any transaction: a refusal must not roll its own record back. */
  async login(username: string, password: string, ip: string, requestId: string): Promise<TokensDto> {
    const key = username.trim().toLowerCase();
    const outside = this.dataSource.manager;
    await this.throttle.assertAllowed(outside, key, ip);

    const user = await outside
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = :key', { key })
      .getOne();
    // The same argon2 work whether or not the account exists: timing does not reveal usernames.
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !matches) {
      await this.throttle.recordAttempt(outside, key, ip, 'bad_credentials');
      throw invalidCredentials();
    }
    if (!user.active) {
      await this.throttle.recordAttempt(outside, key, ip, 'inactive');
      throw invalidCredentials();
    }

    return this.dataSource.transaction(async (em) => {
      await this.throttle.recordAttempt(em, key, ip, 'success');
      const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
      const session = await em.getRepository(AuthSession).insert({ userId: user.id, expiresAt, ip });
      const sessionId = (session.identifiers[0] as { id: string }).id;
      await this.audit.record(
        em,
        { userId: user.id, username: user.username, role: user.role, organizationId: user.organizationId, sessionId, requestId },
        { action: 'auth.login', entityType: 'auth_session', entityId: sessionId, after: { userId: user.id, ip } },
      );
      return this.issue(em, user.id, sessionId);
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token is good once: presenting
   * a rotated one means it was copied, so the whole session is revoked.
   */
  async refresh(refreshToken: string, requestId: string): Promise<TokensDto> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const [row] = (await em.query(
        `SELECT t.id, t.rotated_at, s.id AS session_id, s.revoked_at, s.expires_at > now() AS live, u.id AS user_id, u.active
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
        user_id: string;
        active: boolean;
      }[];
      if (!row) return { kind: 'invalid' as const };
      if (row.rotated_at) return { kind: 'reused' as const, sessionId: row.session_id, userId: row.user_id };
      if (row.revoked_at || !row.live || !row.active) return { kind: 'invalid' as const };
      await em.getRepository(RefreshToken).update({ id: row.id }, { rotatedAt: () => 'now()' });
      return { kind: 'ok' as const, tokens: await this.issue(em, row.user_id, row.session_id) };
    });
    if (outcome.kind === 'ok') return outcome.tokens;
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
      await this.audit.record(em, actor, { action: 'auth.logout', entityType: 'auth_session', entityId: actor.sessionId });
    });
  }

  private async issue(em: EntityManager, userId: string, sessionId: string): Promise<TokensDto> {
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
