import { createHash } from 'node:crypto';
import type { QueryResultRow } from 'pg';
import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { type PreparedQuery, preparedQuery, runPrepared } from './prepared-query.js';

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

/** An INSERT of any number of rows in one statement, with a fixed text: see `bulkInsert`. */
export interface BulkInsert<Row extends QueryResultRow> {
  readonly query: PreparedQuery<Row, unknown[][]>;
  /** The keys of a row object, in the statement's column order. */
  readonly keys: readonly string[];
}

/**
 * Writes many rows in one round trip: each column travels as one array
 * (`unnest`), so the text does not depend on the number of rows and is
 * prepared once per connection, unlike a VALUES list of n × columns
 * parameters. `columns` maps a row's keys to `[column, SQL type]`; columns
 * not named take their defaults; `returning` is the RETURNING list, with
 * `t` the new row.
 */
export function bulkInsert<Row extends QueryResultRow>(
  table: string,
  columns: Record<string, readonly [column: string, type: string]>,
  returning: string,
): BulkInsert<Row> {
  const keys = Object.keys(columns);
  const specs = keys.map((key) => columns[key]!);
  const text = `INSERT INTO ${table} AS t (${specs.map(([column]) => column).join(', ')})
SELECT * FROM unnest(${specs.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
RETURNING ${returning}`;
  return { query: preparedQuery<Row, unknown[][]>(`insert_${table}_${shortHash(text)}`, text), keys };
}

/** Runs `insert` for `rows` (nothing when there are none); answers the RETURNING rows. */
export async function insertBulk<Row extends QueryResultRow>(
  em: EntityManager,
  insert: BulkInsert<Row>,
  rows: readonly Record<string, unknown>[],
): Promise<Row[]> {
  if (rows.length === 0) return [];
  return runPrepared(
    em,
    insert.query,
    insert.keys.map((key) => rows.map((row) => row[key] ?? null)),
  );
}

/** Tells statements of one table apart by their text (prepared names are limited to 63 bytes). */
function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}
