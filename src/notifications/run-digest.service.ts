import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runInTransaction } from '../database/transaction.js';
import { type DeadlineCounts, DeadlineNotifications } from './deadline-notifications.js';
import { composeDigestMail, isEmptyDigest } from './digest-mail.js';
import { digestRecipients, digestsFor } from './digest-queries.js';
import { DeliverDigestMail, type MailFailure, type MailTally } from './deliver-digest-mail.js';

export type DigestTrigger = 'schedule' | 'manual';

export interface DigestResult {
  day: string;
  /** false: the day's run was already claimed (by this or another instance), and nothing was done. */
  ran: boolean;
  /** The deadline notifications this run wrote. */
  written: DeadlineCounts;
  /** This run's pass over the day's mail. */
  mailsSent: number;
  mailsFailed: number;
  failures: MailFailure[];
  /** Where the day's mail stands after this run (all of it, sent by this run or before). */
  mails: MailTally;
}

/** A mail `m` a forced run may render again: not sent, and no sender holds it now ($2). */
const REPLACEABLE = `m.sent_at IS NULL AND (m.claimed_until IS NULL OR m.claimed_until <= $2)`;

const NOTHING_WRITTEN: DeadlineCounts = { dueSoon: 0, overdue: 0, escalated: 0 };

/**
 * The daily job for one day: claims the day (one row in digest_run: the first
 * instance to insert it runs, the others find it and stop), writes the
 * deadline notifications and renders each user's digest mail into
 * digest_mail in that one transaction, then, once it has committed, sends the
 * day's mail (deliver-digest-mail.ts). A mail that fails stays in digest_mail
 * and every instance's minute check tries it again later.
 */
@Injectable()
export class RunDigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineNotifications,
    private readonly delivery: DeliverDigestMail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `force` runs a day again that already ran: its notifications are not
   * repeated, and a mail already sent is not sent again; the mail not sent
   * yet (pending or given up) is rendered again from what is true now and
   * tried afresh.
   */
  async run(day: string, trigger: DigestTrigger, options: { force?: boolean } = {}): Promise<DigestResult> {
    const written = await runInTransaction(this.dataSource, async (em) => {
      const claim = options.force
        ? `INSERT INTO digest_run (day, trigger, started_at) VALUES ($1, $2, $3)
           ON CONFLICT (day) DO UPDATE SET trigger = EXCLUDED.trigger, started_at = EXCLUDED.started_at, finished_at = NULL,
             notifications_written = 0
           RETURNING day`
        : `INSERT INTO digest_run (day, trigger, started_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING day`;
      const claimed = (await em.query(claim, [day, trigger, this.clock.now()])) as unknown[];
      if (claimed.length === 0) return null;
      const counts = await this.deadlines.write(em, day);
      await em.query('UPDATE digest_run SET notifications_written = $2 WHERE day = $1', [
        day,
        counts.dueSoon + counts.overdue + counts.escalated,
      ]);
      if (this.delivery.enabled) await this.recordMails(em, day);
      return counts;
    });
    if (!written) {
      return {
        day,
        ran: false,
        written: NOTHING_WRITTEN,
        mailsSent: 0,
        mailsFailed: 0,
        failures: [],
        mails: await this.delivery.tally(day),
      };
    }

    const pass = await this.delivery.deliverDue(day, day);
    await this.dataSource.query('UPDATE digest_run SET finished_at = $2 WHERE day = $1', [day, this.clock.now()]);
    const tally = await this.delivery.tally(day);
    this.logger.log(
      `Digest of ${day}: ${written.dueSoon + written.overdue + written.escalated} notifications, ${pass.sent} mails sent, ` +
        `${pass.failed} failed, ${tally.pending} to be tried again.`,
    );
    return {
      day,
      ran: true,
      written,
      mailsSent: pass.sent,
      mailsFailed: pass.failed,
      failures: pass.failures,
      mails: tally,
    };
  }

  /**
   * One row per user with an address and something to say, the mail rendered
   * as it will go. On a forced run, mail already sent, or held by a sender
   * right now, is left alone; the rest is replaced (or dropped, for a user
   * with nothing to say any more) and tried afresh.
   */
  private async recordMails(em: EntityManager, day: string): Promise<void> {
    const recipients = (await digestRecipients(em)).filter((r) => r.email);
    const digests = await digestsFor(em, day, this.config.dueSoonDays, recipients);
    const mails = recipients.flatMap((recipient) => {
      const digest = digests.get(recipient.userId);
      if (!digest || isEmptyDigest(digest)) return [];
      return [{ userId: recipient.userId, address: recipient.email!, ...composeDigestMail(day, recipient.displayName, digest) }];
    });
    const now = this.clock.now();
    await em.query(`DELETE FROM digest_mail m WHERE m.day = $1 AND ${REPLACEABLE} AND m.user_id <> ALL($3::uuid[])`, [
      day,
      now,
      mails.map((m) => m.userId),
    ]);
    await em.query(
      `INSERT INTO digest_mail AS m (day, user_id, address, subject, text, html, next_attempt_at)
       SELECT $1, r.user_id, r.address, r.subject, r.text, r.html, $2
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[]) AS r(user_id, address, subject, text, html)
       ON CONFLICT (day, user_id) DO UPDATE SET address = EXCLUDED.address, subject = EXCLUDED.subject, text = EXCLUDED.text,
         html = EXCLUDED.html, attempts = 0, last_error = NULL, next_attempt_at = EXCLUDED.next_attempt_at
       WHERE ${REPLACEABLE}`,
      [
        day,
        now,
        mails.map((m) => m.userId),
        mails.map((m) => m.address),
        mails.map((m) => m.subject),
        mails.map((m) => m.text),
        mails.map((m) => m.html),
      ],
    );
  }
}
