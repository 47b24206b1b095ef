import type { PoolClient, QueryResultRow } from 'pg';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * A hot read sent as a named prepared statement: PostgreSQL parses and plans it
 * once per connection and then only executes it. TypeORM sends every query
 * unnamed, so a wide join is parsed and planned again on every request (most
 * of the database time of a list). `Params` types the `$n` values in order.
 */
export interface PreparedQuery<Row extends QueryResultRow, Params extends readonly unknown[]> {
  readonly name: string;
  readonly text: string;
  /** Never set: carries the row and parameter types. */
  readonly types?: { row: Row; params: Params };
}

const defined = new Map<string, string>();

/**
 * Defines a statement once, at module load. A name stands for one text on every
 * connection (pg refuses to reuse a name for another text), so a second
 * definition under the same name with other text is a programming error.
 */
export function preparedQuery<Row extends QueryResultRow, Params extends readonly unknown[]>(
  name: string,
  text: string,
): PreparedQuery<Row, Params> {
  const existing = defined.get(name);
  if (existing !== undefined && existing !== text) throw new Error(`Prepared statement ${name} is defined twice with different text`);
  defined.set(name, text);
  return { name, text };
}

/**
 * Runs `query` on the connection `em` stands for: inside a transaction, that
 * transaction's connection (the embedded database has only one, and another
 * would not see uncommitted rows); otherwise a connection from TypeORM's pool,
 * held for this one statement. Errors come back as TypeORM's QueryFailedError,
 * like every other query, so the problem filter maps them the same way.
 */
export async function runPrepared<Row extends QueryResultRow, Params extends readonly unknown[]>(
  em: EntityManager,
  query: PreparedQuery<Row, Params>,
  params: Params,
): Promise<Row[]> {
  const config = { name: query.name, text: query.text, values: params as unknown as unknown[] };
  try {
    if (em.queryRunner) {
      const client = (await em.queryRunner.connect()) as PoolClient;
      return (await client.query<Row>(config)).rows;
    }
    const [client, release] = (await (em.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, () => void];
    try {
      return (await client.query<Row>(config)).rows;
    } catch (error) {
      if (!forgotten(error)) throw error;
      // The session lost the statement this connection prepared (the embedded database keeps one session across socket
      // connections, and a connection closing can take the statements of the next one with it): forget it here too, so
      // the next use prepares it again, and answer this read unnamed. Outside a transaction, so nothing is aborted.
      forget(client, query.name);
      return (await client.query<Row>({ text: query.text, values: config.values })).rows;
    } finally {
      release();
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && 'severity' in error) throw new QueryFailedError(query.text, [...params], error);
    throw error;
  }
}

/** invalid_sql_statement_name: "prepared statement … does not exist". */
function forgotten(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === '26000';
}

/** pg remembers per connection which names it has prepared, and would otherwise never send the PREPARE again. */
function forget(client: PoolClient, name: string): void {
  const parsed = (client as unknown as { connection?: { parsedStatements?: Record<string, unknown> } }).connection?.parsedStatements;
  if (parsed) delete parsed[name];
}
