import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { versionMismatch } from '../common/http/etag.js';

/**
 * Updates one row and bumps its version in a single conditional statement.
 * `save()` with a version column measurably loses updates under concurrency;
 * this cannot: with `expectedVersion`, a stale writer changes nothing and gets
 * a 412 naming the current version.
 */
export async function guardedUpdate<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  changes: QueryDeepPartialEntity<T>,
  expectedVersion: number | undefined,
  notFound: () => DomainError,
): Promise<number> {
  return (await guardedUpdateReturning(em, entity, id, changes, expectedVersion, notFound, '')).version;
}

/**
 * `guardedUpdate` that also answers `returning` (SQL over the updated row,
 * named by its table) from the same statement: what a caller would otherwise
 * read again.
 */
export async function guardedUpdateReturning<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  changes: QueryDeepPartialEntity<T>,
  expectedVersion: number | undefined,
  notFound: () => DomainError,
  returning: string,
): Promise<{ version: number; row: Record<string, unknown> }> {
  const query = em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id', { id });
  if (expectedVersion !== undefined) query.andWhere('version = :expectedVersion', { expectedVersion });
  const result = await query.returning(returning ? `version, ${returning}` : 'version').execute();
  const row = (result.raw as ({ version: number } & Record<string, unknown>)[])[0];
  if (row) return { version: row.version, row };

  const current = await em.getRepository(entity).findOne({ select: { version: true } as never, where: { id } as never });
  if (!current) throw notFound();
  throw versionMismatch((current as unknown as { version: number }).version);
}

/** For LIKE patterns built from user text: the user's % and _ are literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
