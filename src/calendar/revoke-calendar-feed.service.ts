import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import { feedNotFound } from './calendar.errors.js';

@Injectable()
export class RevokeCalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly clock: Clock,
  ) {}

  /**
   * Revoked at once, and audited: the next fetch of its URL answers 404.
   * Another user's feed, or one revoked already, is 404 here too.
   */
  async revoke(id: string, actor: Actor): Promise<void> {
    await runInTransaction(this.dataSource, async (em) => {
      const [mine] = (await em.query('SELECT id FROM calendar_feed WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL FOR UPDATE', [
        id,
        actor.userId,
      ])) as { id: string }[];
      if (!mine) throw feedNotFound(id);
      await this.writes.around(em, actor, 'calendar_feed', [id], 'calendar_feed.revoke', () =>
        em.query('UPDATE calendar_feed SET revoked_at = $2 WHERE id = $1', [id, this.clock.now()]),
      );
    });
  }
}
