import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../common/http/api-prefix.js';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AuthError } from './auth.errors.js';
import type { IssuedTokens, RefreshTokenPlace, TokensDto } from './dto/auth.dto.js';

/** The cookie that keeps a browser's refresh token out of reach of the page's scripts. */
export const REFRESH_COOKIE = 'chidao_refresh';

/** The browser sends it to the refresh route only: no other request carries it, not even sign-out. */
export const REFRESH_COOKIE_PATH = `/${API_PREFIX}/auth/refresh`;

export interface PresentedRefreshToken {
  token: string;
  /** Where it came from, and so where its successor goes. */
  from: RefreshTokenPlace;
}

/**
 * Browsers keep their refresh token in an HttpOnly, SameSite=Strict cookie
 * scoped to the refresh route (an XSS cannot read it, another site cannot
 * send it); API clients keep it in the body, as before. The answer follows
 * the request: a token from the cookie is rotated into the cookie.
 */
@Injectable()
export class RefreshCookie {
  private readonly maxAgeSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxAgeSeconds = config.auth.refreshTokenTtlDays * 86_400;
  }

  /** The refresh token of this request: the body's when it has one, otherwise the cookie's. */
  presented(bodyToken: string | undefined, request: FastifyRequest): PresentedRefreshToken {
    if (bodyToken !== undefined) return { token: bodyToken, from: 'body' };
    const cookie = request.cookies[REFRESH_COOKIE];
    if (cookie) return { token: cookie, from: 'cookie' };
    throw new DomainError(
      AuthError.RefreshTokenMissing,
      `No refresh token: send refreshToken in the body, or the ${REFRESH_COOKIE} cookie a browser sign-in sets. Sign in again.`,
    );
  }

  /**
   * The answer's body, with the new refresh token in it or, in cookie mode, in the cookie instead:
   * kept for the token's lifetime when the session is remembered, until the browser closes otherwise
   * (no Max-Age: a shared office computer forgets the sign-in with its browser).
   */
  deliver<T extends TokensDto>(
    tokens: IssuedTokens<T>,
    to: { place: RefreshTokenPlace; remember: boolean },
    request: FastifyRequest,
    reply: FastifyReply,
  ): T {
    if (to.place === 'body') return tokens;
    const { refreshToken, ...withoutToken } = tokens;
    const lifetime = to.remember ? { maxAge: this.maxAgeSeconds } : {};
    void reply.setCookie(REFRESH_COOKIE, refreshToken, { ...attributes(request), ...lifetime });
    return withoutToken as T;
  }

  /** Tells the browser to forget the cookie (Max-Age=0 on the same path): valid on any answer, a refusal included. */
  clear(request: FastifyRequest, reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, attributes(request));
  }
}

function attributes(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    // request.protocol honours X-Forwarded-Proto from the proxies TRUST_PROXY names.
    secure: request.protocol === 'https',
    path: REFRESH_COOKIE_PATH,
  };
}
