import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PendingAnswer, storeAnswer } from './idempotency-context.js';

export const KEY_LIFETIME_HOURS = 24;
export const STALE_CLAIM_MINUTES = 2;

export type Begin = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown } | { kind: 'in_progress' } | { kind: 'mismatch' };

/**
 * Keys are scoped per user and kept 24 hours. Claiming a key is one INSERT on
 * the primary key, so of many identical requests racing, exactly one runs.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async begin(userId: string, key: string, requestHash: string): Promise<Begin> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND created_at < now() - make_interval(hours => $2)`, [
      userId,
      KEY_LIFETIME_HOURS,
    ]);
    // A claim still in progress after STALE_CLAIM_MINUTES belongs to a request that
    // died before committing: the answer is stored with the change, so nothing was created.
    const claimed = (await this.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, state) VALUES ($1, $2, $3, 'in_progress')
       ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
        WHERE idempotency_key.state = 'in_progress' AND idempotency_key.request_hash = EXCLUDED.request_hash
          AND idempotency_key.created_at < now() - make_interval(mins => $4)
       RETURNING key`,
      [userId, key, requestHash, STALE_CLAIM_MINUTES],
    )) as unknown[];
    if (claimed.length > 0) return { kind: 'new' };
    const [row] = (await this.dataSource.query(
      'SELECT request_hash, state, response_status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2',
      [userId, key],
    )) as { request_hash: string; state: string; response_status: number | null; response_body: unknown }[];
    // Expired and deleted between our two statements: treat as taken; the client retries.
    if (!row) return { kind: 'in_progress' };
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.state !== 'completed') return { kind: 'in_progress' };
    return { kind: 'replay', status: row.response_status!, body: row.response_body };
  }

  /** For a handler whose answer was not stored in its own transaction. */
  async complete(pending: PendingAnswer, body: unknown): Promise<void> {
    await storeAnswer(this.dataSource.manager, pending, body);
  }

  /** A failed attempt frees its key: retrying the same request runs it again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND state = 'in_progress'`, [userId, key]);
  }
}
