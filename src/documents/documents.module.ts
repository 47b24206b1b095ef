import { Module } from '@nestjs/common';
import { MinutesModule } from '../minutes/minutes.module.js';
import { DocumentsController } from './documents.controller.js';
import { MeetingDocumentQueries } from './meeting-document-queries.service.js';
import { MeetingDocumentsService } from './meeting-documents.service.js';

/**
 * Official documents in Word drafted from the record of a meeting: the
 * Thông báo kết luận and the Biên bản (Nghị định 30/2020/NĐ-CP). Read-only:
 * nothing is stored; each request drafts them anew from the meeting as the
 * caller sees it.
 */
@Module({
  imports: [MinutesModule],
  controllers: [DocumentsController],
  providers: [MeetingDocumentQueries, MeetingDocumentsService],
})
export class DocumentsModule {}
