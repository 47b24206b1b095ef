import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything but the hash itself. */
export interface SealedContent {
  seq: string;
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export function sealHash(content: SealedContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export interface StoredEntry extends SealedContent {
  hash: string;
}

export type ChainBreak = { seq: string; reason: string };

/**
 * Checks entries in order, continuing from `previous` (the last good entry of
 * an earlier batch, or null at the start). Returns the first break, if any.
 */
export function findChainBreak(entries: StoredEntry[], previous: { seq: string; hash: string } | null): ChainBreak | undefined {
  let expectedSeq = previous ? BigInt(previous.seq) + 1n : 1n;
  let expectedPrev = previous ? previous.hash : GENESIS_HASH;
  for (const entry of entries) {
    if (BigInt(entry.seq) !== expectedSeq) return { seq: entry.seq, reason: `expected entry ${expectedSeq} here: entries are missing` };
    if (entry.prevHash !== expectedPrev) return { seq: entry.seq, reason: 'it does not seal the entry before it (prevHash differs)' };
    const { hash, ...content } = entry;
    if (sealHash(content) !== hash) return { seq: entry.seq, reason: 'its content does not match its hash: it was altered' };
    expectedSeq++;
    expectedPrev = hash;
  }
  return undefined;
}
