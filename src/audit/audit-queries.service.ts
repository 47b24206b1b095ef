import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Page, PageQueryDto } from '../common/http/pagination.js';
import { keysetPage } from '../database/keyset.js';
import { User } from '../users/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditSealer } from './audit-sealer.js';
import { type AuditEntryDto, type ListAuditQueryDto, toAuditEntryDto } from './dto/audit.dto.js';

@Injectable()
export class AuditQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
  ) {}

  /** Newest first. */
  listEntries(query: ListAuditQueryDto): Promise<Page<AuditEntryDto>> {
    return this.page(query, 'DESC', query.entityType, query.entityId);
  }

  /** The story of one record, oldest first. */
  historyOf(entityType: string, entityId: string, query: PageQueryDto): Promise<Page<AuditEntryDto>> {
    return this.page(query, 'ASC', entityType, entityId);
  }

  private async page(query: PageQueryDto, order: 'ASC' | 'DESC', entityType?: string, entityId?: string): Promise<Page<AuditEntryDto>> {
    // Entries committed but not sealed yet get their place in the chain first, so that the page shows every committed change.
    await this.sealer.flush();
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (entityType) qb.andWhere('a.entity_type = :entityType', { entityType });
    if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
    const page = await keysetPage(
      qb,
      query,
      { columns: ['a.seq'], shape: ['integer'], direction: order, key: (row) => [String(row.seq)] },
      (entry) => entry,
    );
    const names = await this.displayNames(page.items);
    return {
      items: page.items.map((entry) => toAuditEntryDto(entry, names.get(entry.actorUserId ?? '') ?? null)),
      nextCursor: page.nextCursor,
    };
  }

  /** The names the page's actors go by, in one query: a reader sees people, not usernames. */
  private async displayNames(entries: AuditEntry[]): Promise<Map<string, string>> {
    const ids = [...new Set(entries.flatMap((entry) => (entry.actorUserId === null ? [] : [entry.actorUserId])))];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource.getRepository(User).find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }
}
