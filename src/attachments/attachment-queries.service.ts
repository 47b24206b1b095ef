import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import type { AttachmentSummary } from './attachment.entity.js';
import { attachmentNotFound } from './attachments.errors.js';
import { contentDispositionOf } from './file-name.js';

export type Download =
  | { kind: 'not_modified'; etag: string }
  | { kind: 'file'; etag: string; mediaType: string; size: number; contentDisposition: string; body: Readable };

const SUMMARY_COLUMNS = 'a.id, a.file_name AS "fileName", a.media_type AS "mediaType", a.size, a.sha256';

@Injectable()
export class AttachmentQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** A file the caller may read (AccessPolicy.requireAttachment: anyone else gets 404, as if it did not exist). */
  async summary(id: string, actor: Actor, em: EntityManager = this.dataSource.manager): Promise<AttachmentSummary> {
    await this.access.requireAttachment(em, actor, id, 'read');
    const [row] = (await em.query(`SELECT ${SUMMARY_COLUMNS} FROM attachment a WHERE a.id = $1`, [id])) as AttachmentSummary[];
    // Removed between the two statements (an unattached upload swept as stale): the same 404.
    if (!row) throw attachmentNotFound(id);
    return row;
  }

  /**
   * The bytes, streamed one chunk (one query) at a time: memory holds one
   * chunk whatever the file's size, and no connection is held between
   * chunks. 304 when the caller already has them (If-None-Match).
   */
  async download(id: string, actor: Actor, ifNoneMatch: string | undefined): Promise<Download> {
    const file = await this.summary(id, actor);
    const etag = `"${file.sha256}"`;
    if (matches(ifNoneMatch, etag)) return { kind: 'not_modified', etag };
    return {
      kind: 'file',
      etag,
      mediaType: file.mediaType,
      size: file.size,
      contentDisposition: contentDispositionOf(file.fileName),
      body: Readable.from(this.chunks(id, file.size), { objectMode: false }),
    };
  }

  private async *chunks(id: string, size: number): AsyncGenerator<Buffer> {
    let sent = 0;
    for (let seq = 0; sent < size; seq++) {
      const [row] = (await this.dataSource.query('SELECT bytes FROM attachment_chunk WHERE attachment_id = $1 AND seq = $2', [
        id,
        seq,
      ])) as {
        bytes: Buffer;
      }[];
      // Removed meanwhile: end the stream in error, so the client sees a short, failed download, not a wrong file.
      if (!row) throw new Error(`attachment ${id} lost chunk ${seq} while it was being sent`);
      sent += row.bytes.length;
      yield row.bytes;
    }
  }
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x", and * matches anything. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
