import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { directiveScope, directiveVisibleSql } from '../access/directive-scope.js';
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

/**
 * A user's own notifications: nobody reads anyone else's, whatever their role.
 * Of those, only the ones about directives the user may still see: an agency
 * that lost a directive (given to another lead, or the user moved) no longer
 * hears of it, its title included.
 */
@Injectable()
export class NotificationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, continued by keyset cursor on (created_at, id). */
  async list(query: NotificationQueryDto, viewer: Actor): Promise<Page<NotificationResponseDto>> {
    const limit = pageSize(query);
    const params: unknown[] = [viewer.userId, limit + 1];
    const where = ['n.user_id = $1', ...visibleTo(viewer, params)];
    if (query.unread === 'true') where.push('n.read_at IS NULL');
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['instant', 'uuid']);
      params.push(createdAt, id);
      where.push(`(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    )) as NotificationRow[];
    return toPage(rows, limit, (row) => [row.created_at.toISOString(), row.id], toNotificationDto);
  }

  async unreadCount(viewer: Actor): Promise<number> {
    const params: unknown[] = [viewer.userId];
    const where = ['n.user_id = $1', 'n.read_at IS NULL', ...visibleTo(viewer, params)];
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification n JOIN directive d ON d.id = n.directive_id WHERE ${where.join(' AND ')}`,
      params,
    )) as [{ count: number }];
    return count;
  }

  /** One of the viewer's notifications, or null (someone else's is as absent as one that never was). */
  async find(em: EntityManager, id: string, viewer: Actor): Promise<NotificationResponseDto | null> {
    const params: unknown[] = [id, viewer.userId];
    const where = ['n.id = $1', 'n.user_id = $2', ...visibleTo(viewer, params)];
    const [row] = (await em.query(`${SELECT} WHERE ${where.join(' AND ')}`, params)) as NotificationRow[];
    return row ? toNotificationDto(row) : null;
  }
}

/** The visibility predicate for an agency viewer (its organization pushed onto `params`), or none for roles that see every directive. */
function visibleTo(viewer: Actor, params: unknown[]): string[] {
  const scope = directiveScope(viewer);
  if (scope === null) return [];
  params.push(scope);
  return [directiveVisibleSql('d', `$${params.length}::uuid`)];
}
