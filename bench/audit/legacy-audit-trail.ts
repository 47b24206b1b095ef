import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { GENESIS_HASH, sealHash, type SealedContent } from '../../src/audit/audit-chain.js';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { type AuditActor, type AuditRecord, AuditTrail } from '../../src/audit/audit-trail.service.js';
import { AUDIT_CHAIN_LOCK } from '../../src/audit/seal-pending.js';

/**
 * The audit trail as it was before audit_pending (commit 809d21a), kept for the
 * bench only: every writer takes the chain lock inside its own transaction,
 * reads the chain's end and appends, so the lock is held until that writer
 * commits. Same lock key and hash as the sealer, so both can write one chain.
 */
export class LegacyAuditTrail extends AuditTrail {
  override async recordMany(em: EntityManager, actor: AuditActor, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await em.query('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    let seq = last ? BigInt(last.seq) : 0n;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows = records.map((record) => {
      seq += 1n;
      const content: SealedContent = {
        seq: String(seq),
        occurredAt: occurredAt.toISOString(),
        actorUserId: 'system' in actor ? null : actor.userId,
        actorUsername: 'system' in actor ? actor.system : actor.username,
        actorRole: 'system' in actor ? null : actor.role,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        before: record.before ?? null,
        after: record.after ?? null,
        requestId: actor.requestId ?? null,
        prevHash,
      };
      prevHash = sealHash(content);
      return { ...content, occurredAt, before: record.before ?? null, after: record.after ?? null, hash: prevHash };
    });
    await em.getRepository(AuditEntry).insert(rows as QueryDeepPartialEntity<AuditEntry>[]);
  }
}
