import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import type { AttachmentSummary } from './attachment.entity.js';
import { AttachmentError } from './attachments.errors.js';

interface Candidate {
  id: string;
  uploadedByUserId: string;
  directiveId: string | null;
}

/**
 * What other features call to make uploads evidence of a directive (a
 * progress report, a submission). It works inside the caller's transaction:
 * when it refuses, the caller's whole change rolls back.
 */
@Injectable()
export class AttachmentLinks {
  constructor(
    private readonly writes: AuditedWrites,
    private readonly clock: Clock,
  ) {}

  /**
   * Attaches the caller's own uploads to `directiveId`, locking them so that
   * no one else attaches them (or the cleanup removes them) meanwhile. A file
   * already attached to this directive is fine (a retry, or cited again); one
   * that does not exist, is someone else's unattached upload, or belongs to
   * another directive is refused with 422 naming `attachmentIds[i]`. Each
   * attachment gets its own audit entry (attachment.attach, with the
   * directive in "after"): the record of when a file became evidence.
   */
  async attach(em: EntityManager, actor: Actor, attachmentIds: string[], directiveId: string): Promise<AttachmentSummary[]> {
    const ids = [...new Set(attachmentIds)];
    if (ids.length === 0) return [];
    const rows = (await em.query(
      `SELECT id, uploaded_by_user_id AS "uploadedByUserId", directive_id AS "directiveId"
         FROM attachment WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    )) as Candidate[];
    const found = new Map(rows.map((row) => [row.id, row]));
    const errors: FieldError[] = attachmentIds.flatMap((id, i) => {
      const problem = problemWith(found.get(id), actor, directiveId);
      return problem ? [{ field: `attachmentIds[${i}]`, message: problem }] : [];
    });
    if (errors.length > 0) {
      throw new DomainError(
        AttachmentError.NotUsable,
        'Some files cannot be attached to this directive: upload them yourself first.',
        errors,
      );
    }
    const toAttach = ids.filter((id) => found.get(id)!.directiveId === null);
    if (toAttach.length > 0) {
      await this.writes.around(em, actor, 'attachment', toAttach, 'attachment.attach', () =>
        em.query('UPDATE attachment SET directive_id = $2, attached_at = $3 WHERE id = ANY($1::uuid[])', [
          toAttach,
          directiveId,
          this.clock.now(),
        ]),
      );
    }
    return this.summariesOf(em, attachmentIds);
  }

  /** `{ id, fileName, mediaType, size, sha256 }` of each id that exists, in the order given. */
  async summariesOf(em: EntityManager, ids: string[]): Promise<AttachmentSummary[]> {
    if (ids.length === 0) return [];
    const rows = (await em.query(
      `SELECT id, file_name AS "fileName", media_type AS "mediaType", size, sha256 FROM attachment WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as AttachmentSummary[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(ids)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }
}

function problemWith(row: Candidate | undefined, actor: Actor, directiveId: string): string | undefined {
  if (!row) return 'no such file: upload it first';
  if (row.directiveId === null) return row.uploadedByUserId === actor.userId ? undefined : 'no such file: upload it first';
  return row.directiveId === directiveId ? undefined : 'this file is evidence of another directive; upload it again';
}
