import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { addDays } from './digest-queries.js';
import { timeOfDayIn } from './digest-time.js';
import { DeliverDigestMail, type MailPass } from './deliver-digest-mail.js';
import { type DigestResult, RunDigestService } from './run-digest.service.js';

const EVERY_MINUTE = 60_000;
/** Unsent mail of today and yesterday is tried again; older news is left (today's digest tells it better). */
export const MAIL_RETRY_DAYS = 2;

/** What one look did: today's run, if it ran it (or found it claimed), and the mail of recent days it tried again. */
export interface DigestCheck {
  run: DigestResult | null;
  retried: MailPass;
}

/**
 * Every instance looks once a minute (and once at start) whether today's
 * DIGEST_TIME has passed and today has no run yet; the digest_run row makes
 * sure only one of them runs it. An instance that was down at DIGEST_TIME
 * runs today's on its first look. Days missed entirely (the service was down
 * all day) are not run afterwards: yesterday's mail would tell what today's
 * says better, and today's run writes the deadline notifications those days
 * would have written (they are keyed by deadline, not by day).
 *
 * Each look also tries again the digest mail of the last MAIL_RETRY_DAYS days
 * that is not sent yet and due (deliver-digest-mail.ts: back-off, at most
 * MAIL_MAX_ATTEMPTS tries, a lease so that instances never send one together).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Digest');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<DigestCheck> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digest: RunDigestService,
    private readonly delivery: DeliverDigestMail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.digest.enabled) return;
    this.timer = setInterval(() => void this.tick(), EVERY_MINUTE);
    // The service must be able to stop between two looks.
    this.timer.unref();
    void this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /** One look: runs today's digest if it is due and not run, then retries recent unsent mail; answers what it did. Never throws. */
  tick(): Promise<DigestCheck> {
    // One look at a time per instance; a look that finds one under way waits for it.
    this.current ??= this.look().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  /** The look under way, if any (for a clean shutdown and for tests). */
  async idle(): Promise<void> {
    await this.current;
  }

  private async look(): Promise<DigestCheck> {
    const today = this.clock.today();
    let run: DigestResult | null = null;
    try {
      run = await this.runToday(today);
    } catch (error) {
      this.logger.error(`The digest check failed: ${(error as Error).message}`);
    }
    try {
      return { run, retried: await this.delivery.deliverDue(addDays(today, 1 - MAIL_RETRY_DAYS), today) };
    } catch (error) {
      this.logger.error(`Retrying the digest mail failed: ${(error as Error).message}`);
      return { run, retried: { sent: 0, failed: 0, failures: [] } };
    }
  }

  private async runToday(today: string): Promise<DigestResult | null> {
    if (timeOfDayIn(this.clock.now(), this.config.timeZone) < this.config.digest.time) return null;
    const done = (await this.dataSource.query('SELECT 1 FROM digest_run WHERE day = $1', [today])) as unknown[];
    if (done.length > 0) return null;
    return this.digest.run(today, 'schedule');
  }
}
