import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import { StrictValidationPipe } from '../common/validation/validation.pipe.js';
import { runInTransaction } from '../database/transaction.js';
import { buildDraft } from './build-draft.js';
import { assertValidDraft } from './draft-validation.js';
import { CreateImportDto } from './dto/import-input.dto.js';
import type { ImportDraftResponseDto } from './dto/import-response.dto.js';
import { extractMeetingDraft } from './extraction/extract-meeting.js';
import type { ExtractionResult } from './extraction/extraction-types.js';
import { ImportDraft } from './import-draft.entity.js';
import { ImportQueriesService } from './import-queries.service.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import { receiveFile } from './received-text.js';
import { sourceTextOf, withoutControlCharacters } from './source-text.js';

interface Received {
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
  private readonly pipe = new StrictValidationPipe();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly queries: ImportQueriesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads a meeting from its text (a JSON body, or an uploaded .docx or .txt)
   * and stores what it found as a draft for the secretariat to correct: the
   * reading happens before the transaction, which only matches names against
   * the directory and writes the draft with its audit entry.
   */
  async draftMeetingFromText(request: FastifyRequest, actor: Actor): Promise<ImportDraftResponseDto> {
    const received = request.isMultipart() ? await this.fromUpload(request) : await this.fromJson(request.body);
    const text = sourceTextOf(received.text);
    const read = this.read(text, received.publishedOn);
    return runInTransaction(this.dataSource, async (em) => {
      const content = await buildDraft(em, read);
      assertValidDraft(content);
      const id = await this.writes.insert(em, actor, {
        entity: ImportDraft,
        values: {
          sourceText: text,
          sourceUrl: received.sourceUrl,
          fileName: received.fileName,
          mediaType: received.mediaType,
          publishedOn: received.publishedOn,
          content: content as never,
          status: 'draft',
          createdByUserId: actor.userId,
        },
        action: 'import.create',
      });
      return this.queries.getDraft(id, em);
    });
  }

  private async fromJson(body: unknown): Promise<Received> {
    // Too long is 413 before any validation walks it.
    const text: unknown = (body as { text?: unknown } | null)?.text;
    if (typeof text === 'string' && text.length > DRAFT_LIMITS.text) sourceTextOf(text);
    const input = await this.validate(body);
    return {
      text: input.text,
      sourceUrl: input.sourceUrl ?? null,
      publishedOn: input.publishedOn ?? null,
      fileName: null,
      mediaType: null,
    };
  }

  private async fromUpload(request: FastifyRequest): Promise<Received> {
    const file = await receiveFile(request);
    const text = withoutControlCharacters(file.text);
    if (text.length > DRAFT_LIMITS.text) sourceTextOf(text);
    if (text.trim() === '') sourceTextOf(text);
    const input = await this.validate({ text, ...file.fields });
    return {
      text: input.text,
      sourceUrl: input.sourceUrl ?? null,
      publishedOn: input.publishedOn ?? null,
      fileName: file.fileName,
      mediaType: file.mediaType,
    };
  }

  private async validate(body: unknown): Promise<CreateImportDto> {
    return (await this.pipe.transform(body, { type: 'body', metatype: CreateImportDto, data: '' })) as CreateImportDto;
  }

  /** The rule-based reader; should it fail on some text, the secretariat still gets the text and a warning, never a 500. */
  private read(text: string, publishedOn: string | null): ExtractionResult {
    let read: ExtractionResult;
    try {
      read = extractMeetingDraft(text, { publishedOn, today: this.clock.today() });
    } catch (error) {
      this.logger.error(`The reader failed on a text of ${text.length} characters`, error instanceof Error ? error.stack : String(error));
      read = emptyReading();
      read.warnings.push({ code: 'reader_failed', message: 'Không đọc được văn bản này; hãy nhập cuộc họp bằng tay.', span: null });
    }
    const found = read.meeting.startsAt || read.attendees.length + read.speeches.length + read.directives.length > 0;
    if (!found && !read.warnings.some((w) => w.code === 'no_meeting'))
      read.warnings.unshift({ code: 'no_meeting', message: NO_MEETING, span: null });
    return read;
  }
}

function emptyReading(): ExtractionResult {
  return {
    meeting: {
      title: null,
      titleSpan: null,
      kind: null,
      startsAt: null,
      startsAtSpan: null,
      startsAtConfidence: 0,
      location: null,
      locationSpan: null,
      organizerName: null,
      organizerSpan: null,
      documentNumbers: [],
    },
    attendees: [],
    speeches: [],
    directives: [],
    warnings: [],
  };
}
