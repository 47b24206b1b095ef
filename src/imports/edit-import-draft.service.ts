import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runInTransaction } from '../database/transaction.js';
import { applyEdit } from './draft-edits.js';
import { draftReferences } from './draft-references.js';
import { assertValidDraft } from './draft-validation.js';
import type { UpdateImportDto } from './dto/import-input.dto.js';
import type { ImportDraftResponseDto } from './dto/import-response.dto.js';
import { ImportDraft } from './import-draft.entity.js';
import { ImportQueriesService } from './import-queries.service.js';
import { importNotFound, notEditable } from './imports.errors.js';
import { withDuplicateWarnings } from './possible-duplicates.js';

/** The draft locked for a change; only a draft still waiting (not confirmed or discarded) may change. */
export async function lockOpenDraft(em: EntityManager, id: string): Promise<ImportDraft> {
  const draft = await em.getRepository(ImportDraft).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!draft) throw importNotFound(id);
  if (draft.status !== 'draft') throw notEditable(draft.status);
  return draft;
}

@Injectable()
export class EditImportDraftService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly queries: ImportQueriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async editDraft(id: string, edit: UpdateImportDto, expectedVersion: number, actor: Actor): Promise<ImportDraftResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      const draft = await lockOpenDraft(em, id);
      const edited = applyEdit(draft.content, edit);
      // The meeting's day, organizer or title may have changed: which recorded meetings it may repeat is asked again.
      const content = edit.meeting ? await withDuplicateWarnings(em, edited, this.config.timeZone) : edited;
      assertValidDraft(content);
      await draftReferences(content).verify(em);
      await this.writes.update(em, actor, {
        entity: ImportDraft,
        id,
        set: { content: content as never },
        expectedVersion,
        notFound: () => importNotFound(id),
        action: 'import.edit',
      });
      return this.queries.getDraft(id, em);
    });
  }

  /** Set aside: the draft stays, marked discarded, and can no longer change. */
  async discardDraft(id: string, expectedVersion: number, actor: Actor): Promise<ImportDraftResponseDto> {
    return runInTransaction(this.dataSource, async (em) => {
      await lockOpenDraft(em, id);
      await this.writes.update(em, actor, {
        entity: ImportDraft,
        id,
        set: { status: 'discarded' },
        expectedVersion,
        notFound: () => importNotFound(id),
        action: 'import.discard',
      });
      return this.queries.getDraft(id, em);
    });
  }
}
