import type { QueryRunner } from 'typeorm';
import { GENESIS_HASH, sealHash, type SealedContent } from './audit-chain.js';

/**
 * Arbitrary but fixed: whoever extends the chain holds this lock. The same key
 * the writers themselves took before audit_pending existed, so an instance of
 * the old version, during a rolling deploy, still takes turns with the sealers.
 */
export const AUDIT_CHAIN_LOCK = 740_211_2025;

/** Entries sealed per transaction: bounds the lock's hold and the statement's size, not the throughput. */
export const SEAL_BATCH = 500;

/** How verify-chain.ts reads occurred_at too: the hash covers this text, so both must format it alike. */
const OCCURRED_AT_TEXT = `to_char(p.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface PendingRow {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_username: string;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  /** The chain's last entry, null while it is empty. */
  head_seq: string | null;
  head_hash: string | null;
}

/**
 * Moves every committed pending entry into the chain, oldest first, in
 * batches: one transaction per batch, under the chain lock, so sealers of
 * several instances take turns and never fork the chain. `runner` must not be
 * in a transaction. Answers how many entries it sealed.
 *
 * The hash covers the entry as stored (read back from the database, as
 * audit:verify reads it), so what is verified is exactly what was sealed.
 */
export async function sealPending(runner: QueryRunner, batch = SEAL_BATCH): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await sealBatch(runner, batch);
    sealed += count;
    if (count < batch) return sealed;
  }
}

async function sealBatch(runner: QueryRunner, batch: number): Promise<number> {
  await runner.startTransaction();
  try {
    // Taken before reading anything: in READ COMMITTED each statement sees what committed before it began, so
    // the reads below see the chain's end and the pending rows as the previous sealer left them.
    await runner.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    // The chain's end comes with the batch: one round trip fewer while the lock is held.
    const pending = (await runner.query(
      `SELECT p.id::text AS id, ${OCCURRED_AT_TEXT} AS occurred_at, p.actor_user_id, p.actor_username, p.actor_role, p.action,
              p.entity_type, p.entity_id, p.before, p.after, p.request_id, head.seq AS head_seq, head.hash AS head_hash
         FROM audit_pending p
         LEFT JOIN (SELECT e.seq::text AS seq, e.hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1) head ON true
        ORDER BY p.id LIMIT $1`,
      [batch],
    )) as PendingRow[];
    if (pending.length === 0) {
      await runner.commitTransaction();
      return 0;
    }
    const head = pending[0]!;
    let seq = head.head_seq === null ? 0n : BigInt(head.head_seq);
    let prevHash = head.head_hash ?? GENESIS_HASH;
    const seqs: string[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      seq += 1n;
      const content: SealedContent = {
        seq: String(seq),
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        actorUsername: row.actor_username,
        actorRole: row.actor_role,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        requestId: row.request_id,
        prevHash,
      };
      seqs.push(content.seq);
      prevHashes.push(prevHash);
      prevHash = sealHash(content);
      hashes.push(prevHash);
    }
    // One statement moves the batch: the entries' content never travels back to the database.
    await runner.query(
      `WITH sealed AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(id, seq, prev_hash, hash)),
            moved AS (DELETE FROM audit_pending p USING sealed s WHERE p.id = s.id
                      RETURNING s.seq, p.occurred_at, p.actor_user_id, p.actor_username, p.actor_role, p.action, p.entity_type,
                                p.entity_id, p.before, p.after, p.request_id, s.prev_hash, s.hash)
       INSERT INTO audit_entry (seq, occurred_at, actor_user_id, actor_username, actor_role, action, entity_type, entity_id,
                                before, after, request_id, prev_hash, hash)
       SELECT seq, occurred_at, actor_user_id, actor_username, actor_role, action, entity_type, entity_id,
              before, after, request_id, prev_hash, hash
         FROM moved ORDER BY seq`,
      [pending.map((row) => row.id), seqs, prevHashes, hashes],
    );
    await runner.commitTransaction();
    return pending.length;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  }
}
