import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import type { Page } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { ConfirmImportService } from './confirm-import.service.js';
import { DraftMeetingFromTextService, type ImportSource } from './draft-meeting-from-text.service.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import { CreateImportDto, ImportUploadDto, ListImportsQueryDto, UpdateImportDto } from './dto/import-input.dto.js';
import { ImportDraftResponseDto, ImportPageDto, type ImportSummaryDto } from './dto/import-response.dto.js';
import { EditImportDraftService } from './edit-import-draft.service.js';
import { ImportQueriesService } from './import-queries.service.js';
import { ReceivedImport } from './received-import.js';
import { IMPORT_FILE_MAX_BYTES } from './received-text.js';

@ApiTags('imports')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly drafting: DraftMeetingFromTextService,
    private readonly queries: ImportQueriesService,
    private readonly editor: EditImportDraftService,
    private readonly confirmer: ConfirmImportService,
  ) {}

  @Post()
  @HttpCode(201)
  @Requires('meetings:write')
  @ApiOperation({
    summary: 'Draft a meeting from its text: a news article, a conclusion notice or minutes',
    description:
      `JSON { text, sourceUrl?, publishedOn? }, or multipart/form-data with one "file" (.docx or UTF-8 .txt, at most ${IMPORT_FILE_MAX_BYTES / 1024 / 1024} MiB, ` +
      `recognised by its content) and optional sourceUrl and publishedOn fields. The text may have at most ${DRAFT_LIMITS.text} characters (413). ` +
      'The draft has the meeting, attendees, speeches and directives read from it, each with its span in the text and a confidence, ' +
      'and every person and agency matched to the directory (or proposed for creation). A text with no meeting in it still gives a draft, ' +
      'with the warning no_meeting. Nothing is recorded until the draft is confirmed.',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiExtraModels(CreateImportDto, ImportUploadDto)
  @ApiBody({ schema: { oneOf: [{ $ref: getSchemaPath(CreateImportDto) }, { $ref: getSchemaPath(ImportUploadDto) }] } })
  @ApiCreatedResponse({ type: ImportDraftResponseDto })
  @ApiProblems(413, 415, 422, 503)
  create(@ReceivedImport() source: ImportSource, @CurrentActor() actor: Actor): Promise<ImportDraftResponseDto> {
    return this.drafting.draftMeetingFromText(source, actor);
  }

  @Get()
  @Requires('meetings:write')
  @ApiOperation({ summary: 'The drafts, newest first' })
  @ApiOkResponse({ type: ImportPageDto })
  list(@Query() query: ListImportsQueryDto): Promise<Page<ImportSummaryDto>> {
    return this.queries.listDrafts(query);
  }

  @Get(':id')
  @Requires('meetings:write')
  @ApiOperation({ summary: 'A draft with its source text' })
  @ApiOkResponse({ type: ImportDraftResponseDto })
  @ApiProblems(404)
  get(@Param('id', UuidParamPipe) id: string): Promise<ImportDraftResponseDto> {
    return this.queries.getDraft(id);
  }

  @Patch(':id')
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Correct a draft',
    description:
      '`meeting` changes the fields it names; `attendees`, `speeches` and `directives`, when given, replace the whole list. Only a draft not yet confirmed or discarded (else 409).',
  })
  @ApiOkResponse({ type: ImportDraftResponseDto })
  @ApiProblems(404, 409, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateImportDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<ImportDraftResponseDto> {
    return this.editor.editDraft(id, body, version, actor);
  }

  @Post(':id/confirm')
  @Idempotent()
  @HttpCode(201)
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Record the meeting the draft describes, in one transaction with the people and agencies it proposes',
    description:
      'Answers the draft, now confirmed, with `meetingId`. What the draft still lacks (a directive without a lead agency, a speech without a speaker, no date) ' +
      'is 422 with fields such as directives[2].lead. A draft already confirmed is 409 (with the same Idempotency-Key: the first answer again).',
  })
  @ApiCreatedResponse({ type: ImportDraftResponseDto })
  @ApiProblems(404, 409, 412, 422, 428)
  confirm(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<ImportDraftResponseDto> {
    return this.confirmer.confirmImport(id, version, actor);
  }

  @Post(':id/discard')
  @HttpCode(200)
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Set a draft aside: it stays, marked discarded' })
  @ApiOkResponse({ type: ImportDraftResponseDto })
  @ApiProblems(404, 409, 412, 428)
  discard(
    @Param('id', UuidParamPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<ImportDraftResponseDto> {
    return this.editor.discardDraft(id, version, actor);
  }
}
