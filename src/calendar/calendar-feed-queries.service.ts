import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import type { CalendarFeedDto, CalendarFeedListDto } from './dto/calendar-feed.dto.js';

@Injectable()
export class CalendarFeedQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's feeds still in force, newest first (at most MAX_ACTIVE_FEEDS); never their secrets. */
  async list(actor: Actor): Promise<CalendarFeedListDto> {
    const rows = await this.dataSource.manager
      .getRepository(CalendarFeed)
      .createQueryBuilder('f')
      .where('f.user_id = :userId AND f.revoked_at IS NULL', { userId: actor.userId })
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getMany();
    return { items: rows.map(toFeedDto) };
  }

  async get(em: EntityManager, id: string): Promise<CalendarFeedDto> {
    return toFeedDto(await em.getRepository(CalendarFeed).findOneByOrFail({ id }));
  }
}

function toFeedDto(row: CalendarFeed): CalendarFeedDto {
  return { id: row.id, scope: row.scope, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}
