import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AttachmentQueries } from './attachment-queries.service.js';
import { AttachmentSummaryDto, AttachmentUploadDto } from './dto/attachment.dto.js';
import { sendDownload } from './send-download.js';
import { UploadAttachmentService } from './upload-attachment.service.js';

@ApiTags('attachments')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('attachments')
export class AttachmentsController {
  constructor(
    private readonly uploads: UploadAttachmentService,
    private readonly queries: AttachmentQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @Requires('attachments:upload')
  @ApiOperation({
    summary:
      'Upload an evidence file (multipart/form-data, one field "file"): PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG, recognised by its content. ' +
      'Only you may use it until you attach it to a directive (attachmentIds of a transition); unattached, it is removed after 24 hours.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadDto })
  @ApiCreatedResponse({ type: AttachmentSummaryDto })
  @ApiProblems(413, 415)
  upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<AttachmentSummaryDto> {
    return this.uploads.upload(request, actor);
  }

  @Get(':id')
  @Requires('directives:read', 'meetings:read')
  @ApiOperation({ summary: 'Download a file: its uploader before it is attached, then whoever may read its directive' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The bytes, with Content-Disposition (the file name, RFC 6266) and a strong ETag (its SHA-256).' })
  @ApiResponse({ status: 304, description: 'If-None-Match names the current ETag.' })
  async download(
    @Param('id', UuidParamPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return sendDownload(reply, await this.queries.download(id, actor, ifNoneMatch));
  }

  @Get(':id/metadata')
  @Requires('directives:read', 'meetings:read')
  @ApiOperation({ summary: 'The name, type, size and SHA-256 of a file, under the same rule as its download' })
  @ApiOkResponse({ type: AttachmentSummaryDto })
  metadata(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<AttachmentSummaryDto> {
    return this.queries.summary(id, actor);
  }
}
