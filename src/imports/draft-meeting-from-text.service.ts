import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { runInTransaction } from '../database/transaction.js';
import { buildDraft } from './build-draft.js';
import { assertValidDraft } from './draft-validation.js';
import type { ImportDraftResponseDto } from './dto/import-response.dto.js';
import { emptyResult, extractMeetingDraft } from './extraction/extract-meeting.js';
import type { ExtractionResult } from './extraction/extraction-types.js';
import { ImportDraft } from './import-draft.entity.js';
import { ImportQueriesService } from './import-queries.service.js';
import { withDuplicateWarnings } from './possible-duplicates.js';
import { sourceTextOf } from './source-text.js';

/** What the use case drafts from: a text, and where it came from (the HTTP layer reads it from a JSON body or a file). */
export interface ImportSource {
  text: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  fileName: string | null;
  mediaType: string | null;
}

const NO_MEETING = 'Không tìm thấy cuộc họp trong văn bản (không có ngày họp, người dự, phát biểu hay kết luận). Hãy kiểm tra lại văn bản.';

@Injectable()
export class DraftMeetingFromTextService {
  private readonly logger = new Logger(DraftMeetingFromTextService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly queries: ImportQueriesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Reads a meeting from its text (sent as such, or that of an uploaded .docx
   * or .txt) and stores what it found as a draft for the secretariat to
   * correct: the reading happens before the transaction, which only matches
   * names against the directory and writes the draft with its audit entry.
   */
  async draftMeetingFromText(source: ImportSource, actor: Actor): Promise<ImportDraftResponseDto> {
    const text = sourceTextOf(source.text);
    const read = this.read(text, source.publishedOn);
    return runInTransaction(this.dataSource, async (em) => {
      const content = await withDuplicateWarnings(em, await buildDraft(em, read), this.config.timeZone);
      assertValidDraft(content);
      const id = await this.writes.insert(em, actor, {
        entity: ImportDraft,
        values: {
          sourceText: text,
          sourceUrl: source.sourceUrl,
          fileName: source.fileName,
          mediaType: source.mediaType,
          publishedOn: source.publishedOn,
          content: content as never,
          status: 'draft',
          createdByUserId: actor.userId,
        },
        action: 'import.create',
      });
      return this.queries.getDraft(id, em);
    });
  }

  /** The rule-based reader; should it fail on some text, the secretariat still gets the text and a warning, never a 500. */
  private read(text: string, publishedOn: string | null): ExtractionResult {
    let read: ExtractionResult;
    try {
      read = extractMeetingDraft(text, { publishedOn, today: this.clock.today() });
    } catch (error) {
      this.logger.error(`The reader failed on a text of ${text.length} characters`, error instanceof Error ? error.stack : String(error));
      read = emptyResult([{ code: 'reader_failed', message: 'Không đọc được văn bản này; hãy nhập cuộc họp bằng tay.', span: null }]);
    }
    const found = read.meeting.startsAt || read.attendees.length + read.speeches.length + read.directives.length > 0;
    if (!found && !read.warnings.some((w) => w.code === 'no_meeting'))
      read.warnings.unshift({ code: 'no_meeting', message: NO_MEETING, span: null });
    return read;
  }
}
