import { Module } from '@nestjs/common';
import { AttachmentLinks } from './attachment-links.js';
import { AttachmentQueries } from './attachment-queries.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { StaleUploads } from './stale-uploads.js';
import { UploadAttachmentService } from './upload-attachment.service.js';

/** Evidence files: uploaded by one user, attached to a directive by the features that cite them (AttachmentLinks). */
@Module({
  controllers: [AttachmentsController],
  providers: [UploadAttachmentService, AttachmentQueries, AttachmentLinks, StaleUploads],
  exports: [AttachmentLinks, StaleUploads],
})
export class AttachmentsModule {}
