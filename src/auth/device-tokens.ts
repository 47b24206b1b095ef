import { hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** The cookie that carries a device token back to the sign-in route. */
export const DEVICE_COOKIE = 'chidao_device';

/** How long a device, and an address, stay known after a successful sign-in. */
export const KNOWN_ORIGIN_DAYS = 90;

const AUDIENCE = 'chi-dao-device';

/**
 * OWASP's "device cookie": a signed statement "this client signed in to this
 * account", handed out after a successful sign-in. It proves nothing about who
 * is signing in now (the password still decides); it only gives the client its
 * own count of failures, so that strangers' failures cannot lock it out.
 *
 * Signed with a key derived from JWT_SECRET rather than the secret itself, so
 * a device token can never pass for an access token, nor the reverse.
 */
@Injectable()
export class DeviceTokens {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.auth.jwtSecret) throw new Error('No JWT key: createApp() resolves one before the module starts');
    this.key = new Uint8Array(hkdfSync('sha256', config.auth.jwtSecret, 'chi-dao', 'device token v1', 32));
  }

  /** A new token for this account, with a random nonce that names the device in the sign-in record. */
  issue(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setJti(randomBytes(16).toString('base64url'))
      .setIssuer(this.config.auth.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${KNOWN_ORIGIN_DAYS}d`)
      .sign(this.key);
  }

  /**
   * The device's nonce when the token is valid, was issued to this account and
   * not before its password last changed; undefined for anything else.
   */
  async deviceOf(token: string, userId: string, passwordChangedAt: Date): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.config.auth.issuer,
        audience: AUDIENCE,
        subject: userId,
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      });
      // iat has whole seconds: a token of the same second as the change still counts.
      if (payload.iat === undefined || payload.iat < Math.floor(passwordChangedAt.getTime() / 1000)) return undefined;
      return typeof payload.jti === 'string' && /^[A-Za-z0-9_-]{22}$/.test(payload.jti) ? payload.jti : undefined;
    } catch {
      return undefined;
    }
  }
}
