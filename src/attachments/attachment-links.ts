import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { Clock } from '../common/time/clock.js';
import type { AttachmentSummary } from './attachment.entity.js';

/**
 * What other features call to make uploads evidence of a directive (a
 * progress report, a submission). It works inside the caller's transaction:
 * when it refuses, the caller's whole change rolls back.
 */
@Injectable()
export class AttachmentLinks {
  constructor(
    private readonly access: AccessPolicy,
    private readonly writes: AuditedWrites,
    private readonly clock: Clock,
  ) {}

  /**
   * Attaches the caller's own uploads to `directiveId`; which files may be
   * attached (and their locks) is AccessPolicy.requireAttachable's rule. Each
   * attachment gets its own audit entry (attachment.attach, with the
   * directive in "after"): the record of when a file became evidence.
   */
  async attach(em: EntityManager, actor: Actor, attachmentIds: string[], directiveId: string): Promise<AttachmentSummary[]> {
    if (attachmentIds.length === 0) return [];
    const facts = await this.access.requireAttachable(em, actor, attachmentIds, directiveId);
    const ids = [...new Set(attachmentIds)];
    const toAttach = ids.filter((id) => facts.get(id)!.directiveId === null);
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
