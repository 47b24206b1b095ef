import type { DataSource } from 'typeorm';
import { type ChainBreak, findChainBreak, type StoredEntry } from './audit-chain.js';

const BATCH = 1000;

export interface ChainReport {
  checked: number;
  broken?: ChainBreak;
  /** The last entry: keep it outside the database, and check it later with `anchor`. */
  head?: { seq: string; hash: string };
}

/**
 * Walks the whole audit chain in order, in batches. The chain alone proves that
 * no entry was changed in place; a head recorded elsewhere earlier (`anchor`)
 * also proves that entries were not removed from the end or the tail re-sealed.
 */
export async function verifyAuditChain(dataSource: DataSource, anchor?: { seq: string; hash: string }): Promise<ChainReport> {
  let previous: { seq: string; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT seq::text AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
              actor_user_id, actor_username, actor_role, action, entity_type, entity_id, before, after, request_id, prev_hash, hash
         FROM audit_entry WHERE audit_entry.seq > $1 ORDER BY audit_entry.seq LIMIT ${BATCH}`,
      [previous?.seq ?? '0'],
    )) as Record<string, unknown>[];
    if (rows.length === 0) {
      if (anchor && (!previous || BigInt(previous.seq) < BigInt(anchor.seq))) {
        return { checked, broken: { seq: anchor.seq, reason: 'the anchored entry is gone: entries were removed from the end' } };
      }
      return { checked, ...(previous && { head: previous }) };
    }
    const entries: StoredEntry[] = rows.map((row) => ({
      seq: row.seq as string,
      occurredAt: row.occurred_at as string,
      actorUserId: row.actor_user_id as string | null,
      actorUsername: row.actor_username as string,
      actorRole: row.actor_role as string | null,
      action: row.action as string,
      entityType: row.entity_type as string,
      entityId: row.entity_id as string | null,
      before: row.before,
      after: row.after,
      requestId: row.request_id as string | null,
      prevHash: row.prev_hash as string,
      hash: row.hash as string,
    }));
    // The first entry's predecessor is the genesis, whatever seq it has: a deleted first entry shows as a gap.
    const broken = findChainBreak(entries, previous);
    if (broken) return { checked: checked + entries.findIndex((e) => e.seq === broken.seq), broken };
    const anchored = anchor && entries.find((e) => e.seq === anchor.seq);
    if (anchored && anchored.hash !== anchor.hash) {
      return {
        checked: checked + entries.indexOf(anchored),
        broken: { seq: anchor.seq, reason: 'its hash differs from the anchor kept outside the database: the chain was re-sealed' },
      };
    }
    checked += entries.length;
    const last = entries[entries.length - 1]!;
    previous = { seq: last.seq, hash: last.hash };
  }
}
