import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LoginAttempt } from './login-attempt.entity.js';

const WINDOW_MINUTES = 15;

/**
 * Slows password guessing per account and per address without ever locking an
 * account for good: failures count for 15 minutes, a success clears an
 * account's count, and refused attempts do not extend the wait. Counted in
 * PostgreSQL, so it holds across every instance of the service.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('Auth');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Seconds to wait before trying again, or null when an attempt is allowed now. A refusal is recorded. */
  async retryAfter(em: EntityManager, username: string, ip: string): Promise<number | null> {
    const [row] = (await em.query(
      `WITH account AS (
         SELECT count(*)::int AS failures, min(at) AS oldest FROM login_attempt
          WHERE username = $1 AND outcome IN ('bad_credentials', 'inactive') AND at > now() - make_interval(mins => $3)
            AND at > coalesce((SELECT max(at) FROM login_attempt WHERE username = $1 AND outcome = 'success'), '-infinity')
       ), address AS (
         SELECT count(*)::int AS failures, min(at) AS oldest FROM login_attempt
          WHERE ip = $2 AND outcome IN ('bad_credentials', 'inactive') AND at > now() - make_interval(mins => $3)
       )
       SELECT account.failures AS account_failures,
              ceil(extract(epoch FROM account.oldest + make_interval(mins => $3) - now()))::int AS account_wait,
              address.failures AS address_failures,
              ceil(extract(epoch FROM address.oldest + make_interval(mins => $3) - now()))::int AS address_wait
         FROM account, address`,
      [username, ip, WINDOW_MINUTES],
    )) as { account_failures: number; account_wait: number | null; address_failures: number; address_wait: number | null }[];
    const { maxFailuresPerAccount, maxFailuresPerAddress } = this.config.auth;
    const waits = [
      row!.account_failures >= maxFailuresPerAccount ? row!.account_wait : null,
      row!.address_failures >= maxFailuresPerAddress ? row!.address_wait : null,
    ].filter((wait): wait is number => wait !== null);
    if (waits.length === 0) return null;
    await this.recordAttempt(em, username, ip, 'throttled');
    return Math.max(1, ...waits);
  }

  async recordAttempt(em: EntityManager, username: string, ip: string, outcome: LoginAttempt['outcome']): Promise<void> {
    await em.getRepository(LoginAttempt).insert({ username, ip, outcome });
    const message = `sign-in ${outcome} for "${username}" from ${ip}`;
    if (outcome === 'success') this.logger.log(message);
    else this.logger.warn(message);
  }
}
