import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope, directiveVisibleSql } from '../access/directive-scope.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import type { NotificationResponseDto } from './dto/notification.dto.js';
import { NotificationQueries } from './notification-queries.service.js';
import { NotificationError } from './notifications.errors.js';

@Injectable()
export class ReadNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: NotificationQueries,
    private readonly clock: Clock,
  ) {}

  /** Marks one of the caller's notifications read; again changes nothing (the first reading stays). */
  async markRead(id: string, actor: Actor): Promise<NotificationResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await em.query('UPDATE notification SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL', [
        id,
        actor.userId,
        this.clock.now(),
      ]);
      const notification = await this.queries.find(em, id, actor);
      if (!notification) throw new DomainError(NotificationError.NotificationNotFound, `You have no notification with the id ${id}.`);
      return notification;
    });
  }

  /** Marks every unread notification of the caller read; answers how many that was. */
  async markAllRead(actor: Actor): Promise<number> {
    return runInTransaction(this.dataSource, async (em) => {
      // Only those the list shows: a directive the caller may no longer see keeps its notifications out of sight, unread.
      const scope = directiveScope(actor);
      const [{ marked }] = (await em.query(
        `WITH marked AS (UPDATE notification n SET read_at = $2 FROM directive d
                          WHERE d.id = n.directive_id AND n.user_id = $1 AND n.read_at IS NULL
                            ${scope ? `AND ${directiveVisibleSql('d', '$3::uuid')}` : ''}
                          RETURNING 1)
         SELECT count(*)::int AS marked FROM marked`,
        scope ? [actor.userId, this.clock.now(), scope] : [actor.userId, this.clock.now()],
      )) as [{ marked: number }];
      return marked;
    });
  }
}
