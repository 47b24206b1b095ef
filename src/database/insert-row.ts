import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** Inserts rows and gives back their generated ids, in the order of `values`. */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>[],
): Promise<string[]> {
  if (values.length === 0) return [];
  const result = await em.getRepository(entity).insert(values);
  return result.identifiers.map((identifier) => (identifier as { id: string }).id);
}

/** Inserts one row and gives back its generated id. */
export async function insertRow<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<string> {
  const [id] = await insertRows(em, entity, [values]);
  return id!;
}
