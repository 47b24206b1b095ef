import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, type Page, pageSize, type PageQueryDto, toPage } from '../common/http/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
import { type AuditEntryDto, type ListAuditQueryDto, toAuditEntryDto } from './dto/audit.dto.js';

@Injectable()
export class AuditQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first. */
  listEntries(query: ListAuditQueryDto): Promise<Page<AuditEntryDto>> {
    return this.page(query, 'DESC', query.entityType, query.entityId);
  }

  /** The story of one record, oldest first. */
  historyOf(entityType: string, entityId: string, query: PageQueryDto): Promise<Page<AuditEntryDto>> {
    return this.page(query, 'ASC', entityType, entityId);
  }

  private async page(query: PageQueryDto, order: 'ASC' | 'DESC', entityType?: string, entityId?: string): Promise<Page<AuditEntryDto>> {
    const limit = pageSize(query);
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .orderBy('a.seq', order)
      .limit(limit + 1);
    if (entityType) qb.andWhere('a.entity_type = :entityType', { entityType });
    if (entityId) qb.andWhere('a.entity_id = :entityId', { entityId });
    if (query.cursor) {
      const [seq] = decodeCursor(query.cursor, ['integer']);
      qb.andWhere(order === 'DESC' ? 'a.seq < :seq' : 'a.seq > :seq', { seq });
    }
    return toPage(await qb.getMany(), limit, (row) => [String(row.seq)], toAuditEntryDto);
  }
}
