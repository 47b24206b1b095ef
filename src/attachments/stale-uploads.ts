import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock.js';

/** How long an upload may wait to be attached (the client uploads, then submits the report that cites it). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Removes uploads never attached to a directive, a day after they came, with
 * their chunks (ON DELETE CASCADE). One idempotent DELETE: several instances
 * sweeping at once remove each row once, and a row being attached right now
 * is locked by the attaching transaction, after which it no longer matches.
 * Unaudited: an unattached upload is its uploader's draft, never a record.
 */
@Injectable()
export class StaleUploads implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Attachments');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Answers how many uploads it removed. */
  async removeStaleUploads(now: Date): Promise<number> {
    const [{ removed }] = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM attachment WHERE directive_id IS NULL AND uploaded_at < $1 RETURNING 1)
       SELECT count(*)::int AS removed FROM gone`,
      [new Date(now.getTime() - STALE_AFTER_MS)],
    )) as [{ removed: number }];
    return removed;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.removeStaleUploads(this.clock.now()).catch((error: unknown) =>
        this.logger.warn(`Could not remove stale uploads: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, SWEEP_EVERY_MS);
    // A pending sweep must never keep the process (or a test run) alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
