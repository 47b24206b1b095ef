import { nextPart } from '../common/http/multipart-parts.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { insertRow } from '../database/insert-row.js';
import { runInTransaction } from '../database/transaction.js';
import { recognise } from './accepted-types.js';
import { Attachment, type AttachmentSummary } from './attachment.entity.js';
import { AttachmentError, badUpload } from './attachments.errors.js';
import { slices } from './file-chunks.js';
import { acceptedFileName } from './file-name.js';
import { UploadSpool } from './upload-spool.js';

/** Rows of attachment_chunk: small enough to stream, large enough that a 20 MiB file is 80 rows. */
export const CHUNK_BYTES = 256 * 1024;

const ONE_FILE = 'Send the file as multipart/form-data with exactly one part: a file field named "file".';

@Injectable()
export class UploadAttachmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Receives the one file of a multipart request into a temporary file
   * (upload-spool.ts), hashing it on the way, then writes it to the database
   * in chunks in one short transaction. Its name and type (from its first
   * chunk) are checked first, so a refused file never touches the database;
   * no connection is held while the client is still sending, and a too large
   * or interrupted upload leaves nothing.
   */
  async upload(request: FastifyRequest, actor: Actor): Promise<AttachmentSummary> {
    if (!request.isMultipart()) throw badUpload(ONE_FILE, 'file is required');
    const max = this.config.attachmentMaxBytes;
    const parts = request.parts({
      // One byte more than allowed, so that a file over the limit is seen as such and refused.
      limits: { fileSize: max + 1, files: 2, fields: 2, parts: 3, fieldSize: 1024, headerPairs: 50 },
      // A name with a path is refused (file-name.ts), not silently cut to its last segment.
      preservePath: true,
      throwFileSizeLimit: false,
    } as Parameters<FastifyRequest['parts']>[0]);
    const part = await nextPart(parts, unreadableUpload);
    if (!part) throw badUpload(ONE_FILE, 'file is required');
    if (part.type !== 'file' || part.fieldname !== 'file') throw badUpload(ONE_FILE, 'send only the field "file"');
    const fileName = acceptedFileName(part.filename);
    const chunks = slices(part.file, CHUNK_BYTES, max, () => tooLarge(max));
    let spool: UploadSpool | undefined;
    try {
      const first = await chunks.next();
      if (first.done) throw badUpload('The file is empty.', 'file must not be empty');
      const mediaType = await recognise(first.value, fileName, part.mimetype);
      spool = await UploadSpool.create();
      await spool.write(first.value);
      for await (const chunk of chunks) await spool.write(chunk);
      if (await nextPart(parts, unreadableUpload)) throw badUpload(ONE_FILE, 'send one file only');
      const { size, sha256 } = await spool.finish();
      const received = spool;
      return await runInTransaction(this.dataSource, (em) =>
        this.store(em, { fileName, mediaType, size, sha256 }, received.read(CHUNK_BYTES), actor),
      );
    } finally {
      // A refusal stops reading the file (the rest of the body is discarded before the answer: refused-body.ts).
      await chunks.return(undefined);
      await spool?.remove();
    }
  }

  private async store(
    em: EntityManager,
    file: Omit<AttachmentSummary, 'id'>,
    chunks: AsyncGenerator<Buffer>,
    actor: Actor,
  ): Promise<AttachmentSummary> {
    const id = await insertRow(em, Attachment, { ...file, uploadedByUserId: actor.userId, uploadedAt: this.clock.now() });
    let seq = 0;
    for await (const chunk of chunks) {
      await em.query('INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES ($1, $2, $3)', [id, seq++, chunk]);
    }
    return { id, ...file };
  }
}

function tooLarge(max: number): DomainError {
  return new DomainError(
    AttachmentError.TooLarge,
    `The file is larger than ${formatMiB(max)} (${max} bytes), the most this service accepts.`,
  );
}

function formatMiB(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(2))} MiB`;
}

function unreadableUpload(reason: string): DomainError {
  return badUpload(`${ONE_FILE} (${reason})`, 'the multipart body could not be read');
}
