import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../common/actor.js';
import type { AppConfig } from '../config/app-config.js';
import type { Permission } from '../common/roles.js';

export const IS_PUBLIC = 'chidao:public';
export const REQUIRED_PERMISSION = 'chidao:permission';
export const PUBLIC_WHEN = 'chidao:public-when';

/** Opens a route to anonymous callers. Everything else needs a valid access token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Opens a route to anonymous callers when the configuration says so (an office
 * that publishes open data); otherwise, and for any caller who sends a token,
 * the route is private like the rest and its @Requires applies.
 */
export const PublicWhen = (isOpen: (config: AppConfig) => boolean): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_WHEN, isOpen);

/**
 * The permission a route needs (any one of several, when the service then
 * decides field by field). A private route without one is refused: access fails closed.
 */
export const Requires = (...permissions: [Permission, ...Permission[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permissions);

export interface AuthenticatedRequest extends FastifyRequest {
  actor?: Actor;
}

/** The caller on a route that may also be open to anonymous callers (@PublicWhen): null when they sent no token. */
export const CallerIfSignedIn = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null => context.switchToHttp().getRequest<AuthenticatedRequest>().actor ?? null,
);

/** The authenticated caller, set by the AuthGuard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route the AuthGuard did not authenticate');
  return actor;
});
