import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { decodeCursor, type Page, pageSize, toPage } from '../common/http/pagination.js';
import {
  type NotificationQueryDto,
  type NotificationResponseDto,
  type NotificationRow,
  toNotificationDto,
} from './dto/notification.dto.js';

const SELECT = `SELECT n.id, n.kind, n.directive_id, d.meeting_id, d.title, n.message, n.created_at, n.read_at
  FROM notification n JOIN directive d ON d.id = n.directive_id`;

/** A user's own notifications: nobody reads anyone else's, whatever their role. */
@Injectable()
export class NotificationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, continued by keyset cursor on (created_at, id). */
  async list(query: NotificationQueryDto, viewer: Actor): Promise<Page<NotificationResponseDto>> {
    const limit = pageSize(query);
    const params: unknown[] = [viewer.userId, limit + 1];
    const where = ['n.user_id = $1'];
    if (query.unread === 'true') where.push('n.read_at IS NULL');
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['instant', 'uuid']);
      params.push(createdAt, id);
      where.push(`(n.created_at, n.id) < ($3::timestamptz, $4::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    )) as NotificationRow[];
    return toPage(rows, limit, (row) => [row.created_at.toISOString(), row.id], toNotificationDto);
  }

  async unreadCount(viewer: Actor): Promise<number> {
    const [{ count }] = (await this.dataSource.query(
      'SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [viewer.userId],
    )) as [{ count: number }];
    return count;
  }

  /** One of the viewer's notifications, or null (someone else's is as absent as one that never was). */
  async find(em: EntityManager, id: string, viewer: Actor): Promise<NotificationResponseDto | null> {
    const [row] = (await em.query(`${SELECT} WHERE n.id = $1 AND n.user_id = $2`, [id, viewer.userId])) as NotificationRow[];
    return row ? toNotificationDto(row) : null;
  }
}
