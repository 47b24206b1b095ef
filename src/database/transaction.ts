import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Work that must commit together with whatever use case runs inside
 * `withBeforeCommit` (an idempotent request stores its answer this way), without
 * the use case knowing about it.
 */
export interface BeforeCommit {
  /** Runs inside the use case's transaction, after its work, with its result. */
  run(em: EntityManager, result: unknown): Promise<void>;
  /** Set once the transaction that ran it has committed. */
  committed: boolean;
}

const beforeCommit = new AsyncLocalStorage<BeforeCommit>();

/** Runs `work` so that the first transaction it opens through runInTransaction also runs `hook`. */
export function withBeforeCommit<T>(hook: BeforeCommit, work: () => T): T {
  return beforeCommit.run(hook, work);
}

/** The transaction of one use case: `work` and any registered before-commit hook commit or roll back together. */
export async function runInTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const hook = beforeCommit.getStore();
  const result = await dataSource.transaction(async (em) => {
    const answer = await work(em);
    if (hook && !hook.committed) await hook.run(em, answer);
    return answer;
  });
  if (hook) hook.committed = true;
  return result;
}
