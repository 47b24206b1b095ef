import type { EntityManager } from 'typeorm';

/** A creating request that claimed an Idempotency-Key and still owes its answer. */
export interface PendingAnswer {
  userId: string;
  key: string;
  status: number;
}

export async function storeAnswer(em: EntityManager, pending: PendingAnswer, body: unknown): Promise<void> {
  await em.query(
    `UPDATE idempotency_key SET state = 'completed', response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2`,
    [pending.userId, pending.key, pending.status, JSON.stringify(body ?? null)],
  );
}
