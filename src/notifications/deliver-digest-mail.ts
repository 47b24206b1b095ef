import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { Mailer } from './mailer.js';

/** A digest mail is tried at most this many times (a mailbox the server refuses is not tried for ever). */
export const MAIL_MAX_ATTEMPTS = 10;
/** How long a sender holds a mail it took; far longer than one send may take (mailer.ts SEND_TIMEOUTS). */
export const MAIL_LEASE_MINUTES = 10;

/** Minutes to wait after the n-th failed attempt: 5, 10, 20, 40, 80, then every 2 hours (about 10 hours for all 10). */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(5 * 2 ** (attempts - 1), 120);
}

export interface MailFailure {
  day: string;
  address: string;
  error: string;
  attempts: number;
  /** false: that was the last attempt. */
  willRetry: boolean;
}

/** What one pass over the due mail did. */
export interface MailPass {
  sent: number;
  failed: number;
  failures: MailFailure[];
}

/** Where one day's mail stands. */
export interface MailTally {
  sent: number;
  /** Not sent yet, to be tried again. */
  pending: number;
  /** Not sent, and tried MAIL_MAX_ATTEMPTS times: given up. */
  givenUp: number;
}

interface ClaimedMail {
  day: string;
  userId: string;
  address: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Sends the digest mails recorded in digest_mail that are due, one at a time:
 * each is taken with a lease (one UPDATE … FOR UPDATE SKIP LOCKED … RETURNING,
 * so two instances never take the same mail while its lease runs), sent, then
 * marked sent. Delivery is at least once: an instance that stops after the
 * server accepted a mail and before marking it sent leaves it to be sent again
 * when its lease has run out; that window is one mail wide.
 */
@Injectable()
export class DeliverDigestMail {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled;
  }

  /** Sends every unsent mail of the days fromDay..toDay that is due and nobody holds. A failed mail is counted, not thrown. */
  async deliverDue(fromDay: string, toDay: string): Promise<MailPass> {
    const pass: MailPass = { sent: 0, failed: 0, failures: [] };
    if (!this.mailer.enabled) return pass;
    // Each failure backs its mail off into the future, so the pass ends.
    for (let mail = await this.claimNext(fromDay, toDay); mail; mail = await this.claimNext(fromDay, toDay)) {
      try {
        await this.mailer.send({ to: mail.address, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        const failure = await this.markFailed(mail, (error as Error).message);
        pass.failed += 1;
        pass.failures.push(failure);
        continue;
      }
      await this.dataSource.query(
        'UPDATE digest_mail SET sent_at = $3, claimed_until = NULL, last_error = NULL WHERE day = $1 AND user_id = $2 AND sent_at IS NULL',
        [mail.day, mail.userId, this.clock.now()],
      );
      pass.sent += 1;
    }
    return pass;
  }

  async tally(day: string): Promise<MailTally> {
    const [tally] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent,
              count(*) FILTER (WHERE sent_at IS NULL AND attempts < $2)::int AS pending,
              count(*) FILTER (WHERE sent_at IS NULL AND attempts >= $2)::int AS "givenUp"
       FROM digest_mail WHERE day = $1`,
      [day, MAIL_MAX_ATTEMPTS],
    )) as [MailTally];
    return tally;
  }

  /** Takes the next due mail (by day, then username) for MAIL_LEASE_MINUTES, counting the attempt; null when none is left. */
  private async claimNext(fromDay: string, toDay: string): Promise<ClaimedMail | null> {
    const now = this.clock.now();
    const [mail] = (await this.dataSource.query(
      `WITH taken AS (
         UPDATE digest_mail m SET attempts = m.attempts + 1, claimed_until = $4
         FROM (SELECT x.day, x.user_id FROM digest_mail x JOIN app_user u ON u.id = x.user_id
               WHERE x.sent_at IS NULL AND x.day BETWEEN $1::date AND $2::date AND x.attempts < $5
                 AND x.next_attempt_at <= $3 AND (x.claimed_until IS NULL OR x.claimed_until <= $3)
               ORDER BY x.day, u.username LIMIT 1
               FOR UPDATE OF x SKIP LOCKED) next
         WHERE m.day = next.day AND m.user_id = next.user_id
         RETURNING m.*
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS day, user_id AS "userId", address, subject, text, html, attempts FROM taken`,
      [fromDay, toDay, now, addMinutes(now, MAIL_LEASE_MINUTES), MAIL_MAX_ATTEMPTS],
    )) as ClaimedMail[];
    return mail ?? null;
  }

  private async markFailed(mail: ClaimedMail, error: string): Promise<MailFailure> {
    const willRetry = mail.attempts < MAIL_MAX_ATTEMPTS;
    await this.dataSource.query(
      `UPDATE digest_mail SET last_error = left($3, 1000), next_attempt_at = $4, claimed_until = NULL
       WHERE day = $1 AND user_id = $2 AND sent_at IS NULL`,
      [mail.day, mail.userId, error, addMinutes(this.clock.now(), retryDelayMinutes(mail.attempts))],
    );
    this.logger.error(
      `The digest of ${mail.day} could not be mailed to ${mail.address} (attempt ${mail.attempts} of ${MAIL_MAX_ATTEMPTS}` +
        `${willRetry ? '' : ', the last'}): ${error}`,
    );
    return { day: mail.day, address: mail.address, error, attempts: mail.attempts, willRetry };
  }
}

function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}
