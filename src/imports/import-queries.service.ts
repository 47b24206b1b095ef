import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page } from '../common/http/pagination.js';
import { keysetPage } from '../database/keyset.js';
import type { ListImportsQueryDto } from './dto/import-input.dto.js';
import { type ImportDraftResponseDto, type ImportSummaryDto, toImportResponse, toImportSummary } from './dto/import-response.dto.js';
import { ImportDraft } from './import-draft.entity.js';
import { importNotFound } from './imports.errors.js';

/**
 * Drafts are the secretariat's working papers: every holder of meetings:write
 * (the secretariat) sees all of them, and nobody else reaches these routes.
 */
@Injectable()
export class ImportQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getDraft(id: string, em: EntityManager = this.dataSource.manager): Promise<ImportDraftResponseDto> {
    const draft = await em.getRepository(ImportDraft).findOne({ where: { id } });
    if (!draft) throw importNotFound(id);
    return toImportResponse(draft);
  }

  /** Newest first; the list leaves out the text and the items (only the title and date of the meeting read). */
  async listDrafts(query: ListImportsQueryDto): Promise<Page<ImportSummaryDto>> {
    const qb = this.dataSource
      .getRepository(ImportDraft)
      .createQueryBuilder('d')
      // Not the source text: a page of drafts must not carry fifty articles.
      .select(['d.id', 'd.status', 'd.version', 'd.sourceUrl', 'd.fileName', 'd.meetingId', 'd.createdAt', 'd.updatedAt', 'd.content']);
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    return keysetPage(
      qb,
      query,
      {
        columns: ['d.created_at', 'd.id'],
        shape: ['instant', 'uuid'],
        direction: 'DESC',
        casts: ['timestamptz', undefined],
        key: (row) => [row.createdAt.toISOString(), row.id],
      },
      toImportSummary,
    );
  }
}
