import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import type { Page, PageQueryDto } from '../common/http/pagination.js';
import { keysetPage } from '../database/keyset.js';
import { type ReminderResponseDto, toReminderDto } from './dto/reminder.dto.js';
import { DirectiveReminder } from './reminder.entity.js';

@Injectable()
export class ReminderQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The reminders of a directive the viewer may read, newest first (404 otherwise). */
  async list(directiveId: string, query: PageQueryDto, viewer: Actor): Promise<Page<ReminderResponseDto>> {
    await this.access.requireDirective(this.dataSource.manager, viewer, 'directive.read', directiveId);
    return this.page(this.dataSource.manager, directiveId, query);
  }

  /** One reminder, with its author. */
  async get(em: EntityManager, id: string): Promise<ReminderResponseDto> {
    const row = await em.getRepository(DirectiveReminder).findOneOrFail({ where: { id }, relations: { remindedBy: true } });
    return toReminderDto(row);
  }

  private page(em: EntityManager, directiveId: string, query: PageQueryDto): Promise<Page<ReminderResponseDto>> {
    const qb = em
      .getRepository(DirectiveReminder)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.remindedBy', 'u')
      .where('r.directive_id = :directiveId', { directiveId });
    return keysetPage(
      qb,
      query,
      {
        columns: ['r.reminded_at', 'r.id'],
        shape: ['instant', 'uuid'],
        direction: 'DESC',
        key: (row) => [row.remindedAt.toISOString(), row.id],
        casts: ['timestamptz', 'uuid'],
      },
      toReminderDto,
    );
  }
}
