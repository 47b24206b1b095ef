import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditQueries } from '../audit/audit-queries.service.js';
import type { AuditEntryDto } from '../audit/dto/audit.dto.js';
import type { Actor } from '../common/actor.js';
import type { Page, PageQueryDto } from '../common/http/pagination.js';

@Injectable()
export class DirectiveHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditQueries,
  ) {}

  /** Every change to a directive the caller may see, oldest first. */
  async historyOf(id: string, query: PageQueryDto, actor: Actor): Promise<Page<AuditEntryDto>> {
    await this.access.requireDirective(this.dataSource.manager, actor, 'directive.read', id);
    return this.audit.historyOf('directive', id, query);
  }
}
