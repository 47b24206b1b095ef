import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runInTransaction } from '../database/transaction.js';
import { DeadlineNotifications } from './deadline-notifications.js';
import { composeDigestMail, isEmptyDigest } from './digest-mail.js';
import { digestRecipients, digestsFor } from './digest-queries.js';
import { Mailer, type OutgoingMail } from './mailer.js';

export type DigestTrigger = 'schedule' | 'manual';

export interface DigestResult {
  day: string;
  /** false: the day's run was already claimed (by this or another instance), and nothing was done. */
  ran: boolean;
  notificationsWritten: number;
  mailsSent: number;
  mailsFailed: number;
}

/**
 * The daily job for one day: claims the day (one row in digest_run: the first
 * instance to insert it runs, the others find it and stop), writes the
 * deadline notifications and builds each user's digest in that one
 * transaction, then mails the digests once it has committed. A mail that
 * fails is logged and counted; the others still go.
 */
@Injectable()
export class RunDigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `force` runs a day again that already ran (its notifications are not repeated; its mail is). */
  async run(day: string, trigger: DigestTrigger, options: { force?: boolean } = {}): Promise<DigestResult> {
    const prepared = await runInTransaction(this.dataSource, async (em) => {
      const claim = options.force
        ? `INSERT INTO digest_run (day, trigger, started_at) VALUES ($1, $2, $3)
           ON CONFLICT (day) DO UPDATE SET trigger = EXCLUDED.trigger, started_at = EXCLUDED.started_at, finished_at = NULL,
             notifications_written = 0, mails_sent = 0, mails_failed = 0
           RETURNING day`
        : `INSERT INTO digest_run (day, trigger, started_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING day`;
      const claimed = (await em.query(claim, [day, trigger, this.clock.now()])) as unknown[];
      if (claimed.length === 0) return null;
      const written = await this.deadlines.write(em, day);
      await em.query('UPDATE digest_run SET notifications_written = $2 WHERE day = $1', [day, written]);
      if (!this.mailer.enabled) return { written, mails: [] };
      const recipients = (await digestRecipients(em)).filter((r) => r.email);
      const digests = await digestsFor(em, day, this.config.dueSoonDays, recipients);
      const mails: OutgoingMail[] = recipients.flatMap((recipient) => {
        const digest = digests.get(recipient.userId);
        if (!digest || isEmptyDigest(digest)) return [];
        return [{ to: recipient.email!, ...composeDigestMail(day, recipient.displayName, digest) }];
      });
      return { written, mails };
    });
    if (!prepared) return { day, ran: false, notificationsWritten: 0, mailsSent: 0, mailsFailed: 0 };

    let mailsSent = 0;
    let mailsFailed = 0;
    for (const mail of prepared.mails) {
      try {
        await this.mailer.send(mail);
        mailsSent += 1;
      } catch (error) {
        mailsFailed += 1;
        this.logger.error(`The digest of ${day} could not be mailed to ${mail.to}: ${(error as Error).message}`);
      }
    }
    await this.dataSource.query('UPDATE digest_run SET finished_at = $2, mails_sent = $3, mails_failed = $4 WHERE day = $1', [
      day,
      this.clock.now(),
      mailsSent,
      mailsFailed,
    ]);
    this.logger.log(`Digest of ${day}: ${prepared.written} notifications, ${mailsSent} mails sent, ${mailsFailed} failed.`);
    return { day, ran: true, notificationsWritten: prepared.written, mailsSent, mailsFailed };
  }
}
