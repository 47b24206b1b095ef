import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DeviceTokens, KNOWN_ORIGIN_DAYS } from './device-tokens.js';
import { LoginAttempt, type SignInTrust } from './login-attempt.entity.js';

const WINDOW_MINUTES = 15;
/** The known devices of one account share this many times the per-account allowance. */
const DEVICES_TOGETHER = 4;

/** Where a sign-in comes from, as far as the account is concerned. */
export type SignInOrigin = { trust: 'none' } | { trust: 'address' } | { trust: 'device'; device: string };

const FAILED = `outcome IN ('bad_credentials', 'inactive')`;

/**
 * One count of recent failures: the failed attempts that match `where` (its
 * parameters from $2 on; $1 is the window) since the last success that matches
 * `clearedBy`, or in the whole window when nothing clears it.
 */
interface Counter {
  where: string;
  params: string[];
  clearedBy: string | null;
  limit: number;
}

/**
 * Slows password guessing without letting strangers lock an account's owner
 * out (OWASP "device cookie"). A client the account already knows — it holds a
 * device token of this account, or the account signed in from its address in
 * the last 90 days — is refused only for its own failures: 5 for that device,
 * or 5 for that account from that address plus the address's 50 across
 * accounts. Any other client is counted as before: 5 failures per account
 * (every failure counts, and only an unknown client's success clears them, so
 * the owner signing in meanwhile does not give a guesser new tries) and 50 per
 * address, over 15 minutes. Refused attempts do not extend the wait; nothing
 * locks for good. Counted in PostgreSQL, so it holds across every instance.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly devices: DeviceTokens,
  ) {}

  /**
   * Unknown accounts have no known clients; a device token counts only for the
   * account it was issued to, and only if it was issued under its current
   * password: a reset withdraws the trust of every device that knew the old one.
   */
  async originOf(
    em: EntityManager,
    user: { id: string; passwordChangedAt: Date } | null,
    ip: string,
    deviceToken: string | undefined,
  ): Promise<SignInOrigin> {
    if (!user) return { trust: 'none' };
    const userId = user.id;
    const device = deviceToken ? await this.devices.deviceOf(deviceToken, userId, user.passwordChangedAt) : undefined;
    if (device) return { trust: 'device', device };
    // Sessions are created by successful sign-ins only, and record the address.
    const known = (await em.query(
      `SELECT 1 FROM auth_session WHERE user_id = $1 AND ip = $2 AND created_at > now() - make_interval(days => $3) LIMIT 1`,
      [userId, ip, KNOWN_ORIGIN_DAYS],
    )) as unknown[];
    return known.length > 0 ? { trust: 'address' } : { trust: 'none' };
  }

  /** Seconds to wait before trying again, or null when an attempt is allowed now. A refusal is recorded. */
  async retryAfter(em: EntityManager, username: string, ip: string, origin: SignInOrigin): Promise<number | null> {
    const { maxFailuresPerAccount: perAccount, maxFailuresPerAddress: perAddress } = this.config.auth;
    // An address's own successes never clear its count: a guesser could sign in to an account of their own.
    const address: Counter = { where: 'ip = $2', params: [ip], clearedBy: null, limit: perAddress };
    const counters: Counter[] = [];
    if (origin.trust === 'device') {
      const where = 'username = $2 AND device = $3';
      counters.push(
        { where, params: [username, origin.device], clearedBy: where, limit: perAccount },
        // However many devices one holds, the account's devices together get a bounded number of tries.
        { where: `username = $2 AND trust = 'device'`, params: [username], clearedBy: null, limit: perAccount * DEVICES_TOGETHER },
      );
    } else if (origin.trust === 'address') {
      const where = `username = $2 AND ip = $3 AND trust = 'address'`;
      counters.push({ where, params: [username, ip], clearedBy: where, limit: perAccount }, address);
    } else {
      counters.push(
        { where: 'username = $2', params: [username], clearedBy: `username = $2 AND trust = 'none'`, limit: perAccount },
        address,
      );
    }
    const waits: number[] = [];
    for (const counter of counters) {
      const wait = await this.waitFor(em, counter);
      if (wait !== null) waits.push(wait);
    }
    if (waits.length === 0) return null;
    await this.recordAttempt(em, username, ip, origin, 'throttled');
    return Math.max(1, ...waits);
  }

  async recordAttempt(
    em: EntityManager,
    username: string,
    ip: string,
    origin: SignInOrigin,
    outcome: LoginAttempt['outcome'],
  ): Promise<void> {
    const trust: SignInTrust = origin.trust;
    await em.getRepository(LoginAttempt).insert({ username, ip, outcome, trust, device: origin.trust === 'device' ? origin.device : null });
    const message = `sign-in ${outcome} for "${username}" from ${ip} (known by: ${trust})`;
    if (outcome === 'success') this.logger.log(message);
    else this.logger.warn(message);
  }

  private async waitFor(em: EntityManager, counter: Counter): Promise<number | null> {
    const since = counter.clearedBy
      ? `AND at > coalesce((SELECT max(at) FROM login_attempt WHERE ${counter.clearedBy} AND outcome = 'success'), '-infinity')`
      : '';
    const [row] = (await em.query(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM min(at) + make_interval(mins => $1) - now()))::int AS wait
         FROM login_attempt
        WHERE ${counter.where} AND ${FAILED} AND at > now() - make_interval(mins => $1) ${since}`,
      [WINDOW_MINUTES, ...counter.params],
    )) as { failures: number; wait: number | null }[];
    return row!.failures >= counter.limit ? row!.wait : null;
  }
}
