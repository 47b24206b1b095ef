import { createHash, randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/** How many verified tokens are remembered: a few per person signed in within a token's lifetime. */
const REMEMBERED_TOKENS = 1000;

interface VerifiedToken extends AccessClaims {
  /** The token's `exp`, in seconds since the epoch. */
  expiresAt: number;
}

/**
 * Short-lived HS256 JWTs. Verification pins the algorithm (no "none", no key
 * confusion), the issuer, the audience and the expiry. The token carries only
 * who and which session: role and organization are read fresh on every request.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  // Imported once: given raw bytes, jose imports the key into WebCrypto again on every verification.
  private verifyingKey?: Promise<webcrypto.CryptoKey>;
  /**
   * Tokens whose signature and claims were checked, oldest first: a client sends
   * the same token on every request for its lifetime, and only its expiry can
   * change the verdict (the session itself is read on every request anyway).
   */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.auth.jwtSecret) throw new Error('No JWT key: createApp() resolves one before the module starts');
    this.key = new TextEncoder().encode(config.auth.jwtSecret);
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(this.config.auth.issuer)
      .setAudience(this.config.auth.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(this.key);
  }

  /** The claims of a valid token, or undefined for anything else (bad signature, expired, wrong audience…). */
  async verify(token: string): Promise<AccessClaims | undefined> {
    const known = this.verified.get(token);
    if (known) {
      // jose's rule: expired once `exp` is not after the current second.
      if (known.expiresAt > Math.floor(Date.now() / 1000)) return { userId: known.userId, sessionId: known.sessionId };
      this.verified.delete(token);
      return undefined;
    }
    try {
      const { payload } = await jwtVerify(token, await this.keyForVerifying(), {
        algorithms: ['HS256'],
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
        requiredClaims: ['exp', 'sub', 'sid'],
      });
      // Both are looked up as uuid columns: anything else would fail there as bad input (a 400), not as a bad token.
      if (!isUUID(payload.sub) || !isUUID(payload.sid)) return undefined;
      const claims = { userId: payload.sub as string, sessionId: payload.sid as string };
      this.remember(token, { ...claims, expiresAt: payload.exp! });
      return claims;
    } catch {
      return undefined;
    }
  }

  private keyForVerifying(): Promise<webcrypto.CryptoKey> {
    this.verifyingKey ??= webcrypto.subtle.importKey('raw', this.key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    return this.verifyingKey;
  }

  private remember(token: string, verified: VerifiedToken): void {
    if (this.verified.size >= REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, verified);
  }
}

/** Refresh tokens are random, opaque, and stored only as their SHA-256. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
