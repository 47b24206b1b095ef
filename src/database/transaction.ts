import type { DataSource, EntityManager } from 'typeorm';
import { pendingAnswer, storeAnswer } from '../idempotency/idempotency-context.js';

/**
 * The transaction of one use case. When the request carries an Idempotency-Key,
 * the answer is stored in this same transaction: a creation and the record that
 * it happened commit together, so no crash between them can let a retry create
 * it twice.
 */
export async function runInTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const pending = pendingAnswer.getStore();
  const result = await dataSource.transaction(async (em) => {
    const answer = await work(em);
    if (pending && !pending.stored) await storeAnswer(em, pending, answer);
    return answer;
  });
  if (pending) pending.stored = true;
  return result;
}
