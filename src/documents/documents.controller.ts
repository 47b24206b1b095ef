import { Controller, Get, Header, Param, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { MeetingDocumentsService } from './meeting-documents.service.js';
import { DOCX_MEDIA_TYPE, wordDownload } from './word-download.js';

const DOCX_ANSWER = {
  description: 'The Word file, named in Content-Disposition (RFC 6266).',
  content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

@ApiTags('documents')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('meetings/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: MeetingDocumentsService) {}

  @Get('conclusion-notice.docx')
  @Requires('meetings:read')
  // Drafts carry the conclusions this caller may see: no shared cache may keep them.
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary:
      'The Thông báo kết luận of the meeting in the layout of Nghị định 30/2020/NĐ-CP, for signing; ' +
      "a department's users get an extract with the conclusions of their agency",
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiOkResponse(DOCX_ANSWER)
  async conclusionNotice(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    return wordDownload(await this.documents.conclusionNotice(id, actor));
  }

  @Get('minutes.docx')
  @Requires('meetings:read')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary:
      'The Biên bản of the meeting: time, place, chair, secretary, attendees, the speeches in order, the conclusions, signature blocks; ' +
      "a department's users get the conclusions of their agency",
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiOkResponse(DOCX_ANSWER)
  async minutes(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    return wordDownload(await this.documents.minutes(id, actor));
  }
}
