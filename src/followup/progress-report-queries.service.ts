import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AttachmentLinks } from '../attachments/attachment-links.js';
import { AccessPolicy } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import type { Page, PageQueryDto } from '../common/http/pagination.js';
import { keysetPage } from '../database/keyset.js';
import { type ProgressReportResponseDto, toProgressReportDto } from './dto/progress-report.dto.js';
import { DirectiveProgressReport } from './progress-report.entity.js';

@Injectable()
export class ProgressReportQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly attachments: AttachmentLinks,
  ) {}

  /** The reports (the lead's and the cooperating agencies') on a directive the viewer may read, newest first (404 otherwise). */
  async list(directiveId: string, query: PageQueryDto, viewer: Actor): Promise<Page<ProgressReportResponseDto>> {
    await this.access.requireDirective(this.dataSource.manager, viewer, 'directive.read', directiveId);
    const qb = this.dataSource.manager
      .getRepository(DirectiveProgressReport)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.reportedBy', 'u')
      .innerJoinAndSelect('p.organization', 'o')
      .where('p.directive_id = :directiveId', { directiveId });
    const page = await keysetPage(
      qb,
      query,
      {
        columns: ['p.reported_at', 'p.seq'],
        shape: ['instant', 'integer'],
        direction: 'DESC',
        key: (row) => [row.reportedAt.toISOString(), row.seq],
        casts: ['timestamptz', 'bigint'],
      },
      (row) => row,
    );
    // The files of the whole page in one query.
    const files = await this.attachments.summariesOf(
      this.dataSource.manager,
      page.items.flatMap((row) => row.attachmentIds),
    );
    const byId = new Map(files.map((file) => [file.id, file]));
    const filesOf = (row: DirectiveProgressReport) => row.attachmentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    return { ...page, items: page.items.map((row) => toProgressReportDto(row, filesOf(row))) };
  }

  /** One report, with its author and agency: one statement (findOne with relations would first send a SELECT DISTINCT of ids). */
  async get(em: EntityManager, id: string): Promise<ProgressReportResponseDto> {
    const row = await em
      .getRepository(DirectiveProgressReport)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.reportedBy', 'u')
      .innerJoinAndSelect('p.organization', 'o')
      .where('p.id = :id', { id })
      .getOneOrFail();
    return toProgressReportDto(row, await this.attachments.summariesOf(em, row.attachmentIds));
  }
}
