import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AccessTokens } from './access-tokens.js';
import type { Actor } from '../common/actor.js';
import { CommonError } from '../common/errors/common-errors.js';
import { type AuthenticatedRequest, IS_PUBLIC, PUBLIC_WHEN, REQUIRED_PERMISSION } from '../access/decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { forbidden } from '../access/access-policy.js';
import { can, type Permission, type Role } from '../common/roles.js';
import { preparedQuery, runPrepared } from '../database/prepared-query.js';

// Run before every signed-in request: prepared once per connection.
const sessionActor = preparedQuery<{ username: string; role: Role; organization_id: string | null }, [sessionId: string, userId: string]>(
  'session_actor',
  `SELECT u.username, u.role, u.organization_id
     FROM auth_session s JOIN app_user u ON u.id = s.user_id
    WHERE s.id = $1 AND u.id = $2 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()`,
);

export function unauthenticated(): DomainError {
  return new DomainError(CommonError.Unauthenticated, 'Sign in first: send a valid access token as "Authorization: Bearer <token>".');
}

/**
 * Global guard: every route is private unless marked @Public, and every private
 * route names the permission it needs. The token's session and user are checked
 * against the database on each request, so signing out, disabling a user or
 * changing their role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const header = request.headers.authorization;
    // Open to anonymous callers only when configured; a caller who sends a token is still checked (a bad one is a 401).
    const openWhen = this.reflector.getAllAndOverride<((config: AppConfig) => boolean) | undefined>(PUBLIC_WHEN, targets);
    if (header === undefined && openWhen?.(this.config)) return true;
    const token = typeof header === 'string' && /^Bearer [A-Za-z0-9._~+/=-]+$/.test(header) ? header.slice(7) : undefined;
    const claims = token ? await this.tokens.verify(token) : undefined;
    const actor = claims ? await this.loadActor(claims.userId, claims.sessionId, String(request.id)) : undefined;
    if (!actor) throw unauthenticated();

    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSION, targets);
    if (!permissions) {
      this.logger.error(`${request.method} ${request.url} has neither @Public nor @Requires: refused`);
      throw forbidden();
    }
    if (!permissions.some((permission) => can(actor.role, permission))) {
      this.logger.warn(`refused ${actor.username} (${actor.role}) ${request.method} ${request.url}: needs ${permissions.join(' or ')}`);
      throw forbidden();
    }
    request.actor = actor;
    return true;
  }

  private async loadActor(userId: string, sessionId: string, requestId: string): Promise<Actor | undefined> {
    const [row] = await runPrepared(this.dataSource.manager, sessionActor, [sessionId, userId]);
    if (!row) return undefined;
    return { userId, username: row.username, role: row.role, organizationId: row.organization_id, sessionId, requestId };
  }
}
