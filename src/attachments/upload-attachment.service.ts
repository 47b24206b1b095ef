import { createHash } from 'node:crypto';
import type { Multipart } from '@fastify/multipart';
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
   * Streams the one file of a multipart request into the database in chunks,
   * hashing it on the way. Its name and type (from its first chunk) are
   * checked before a connection is taken, so a refused file never touches
   * the database, and a file of one chunk (256 KiB) holds a connection only
   * for the writing. The writing is one transaction: a too large or
   * interrupted upload leaves nothing.
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
    const part = await nextPart(parts);
    if (!part) throw badUpload(ONE_FILE, 'file is required');
    if (part.type !== 'file' || part.fieldname !== 'file') throw badUpload(ONE_FILE, 'send only the field "file"');
    const fileName = acceptedFileName(part.filename);
    const chunks = slices(part.file, CHUNK_BYTES, max, () => tooLarge(max));
    try {
      const first = await chunks.next();
      if (first.done) throw badUpload('The file is empty.', 'file must not be empty');
      const mediaType = await recognise(first.value, fileName, part.mimetype);
      return await runInTransaction(this.dataSource, async (em) => {
        const stored = await this.store(em, { fileName, mediaType }, first.value, chunks, actor);
        if (await nextPart(parts)) throw badUpload(ONE_FILE, 'send one file only');
        return stored;
      });
    } finally {
      // A refusal stops reading the file (the rest of the body is discarded before the answer: refused-body.ts).
      await chunks.return(undefined);
    }
  }

  private async store(
    em: EntityManager,
    file: { fileName: string; mediaType: string },
    first: Buffer,
    rest: AsyncGenerator<Buffer>,
    actor: Actor,
  ): Promise<AttachmentSummary> {
    // Size and digest are known only at the end; the row is needed first, as the chunks' key.
    const id = await insertRow(em, Attachment, {
      ...file,
      size: 0,
      sha256: '',
      uploadedByUserId: actor.userId,
      uploadedAt: this.clock.now(),
    });
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    const write = async (chunk: Buffer): Promise<void> => {
      hash.update(chunk);
      size += chunk.length;
      await em.query('INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES ($1, $2, $3)', [id, seq++, chunk]);
    };
    await write(first);
    for await (const chunk of rest) await write(chunk);
    const sha256 = hash.digest('hex');
    await em.query('UPDATE attachment SET size = $2, sha256 = $3 WHERE id = $1', [id, size, sha256]);
    return { id, ...file, size, sha256 };
  }
}

/** The next part, with the multipart parser's own complaints (a broken body, too many parts) as 400s. */
async function nextPart(parts: AsyncIterableIterator<Multipart>): Promise<Multipart | undefined> {
  try {
    const next = await parts.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw badUpload(`${ONE_FILE} (${error instanceof Error ? error.message : 'unreadable body'})`, 'the multipart body could not be read');
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
