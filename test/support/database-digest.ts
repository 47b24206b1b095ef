type Query = (sql: string) => Promise<any[]>;

/** Where TypeORM keeps the list of applied migrations: written by deployments, never by a request. */
const NOT_DIGESTED = ['schema_migration'];

/** Every table of the public schema, read from the catalog at run time: a table added later is covered without a word. */
export async function digestedTables(query: Query): Promise<string[]> {
  const rows = await query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((row: { name: string }) => row.name).filter((name) => !NOT_DIGESTED.includes(name));
}

/**
 * A digest of every row of every table (users, sessions, refresh tokens, the
 * audit trail, idempotency keys and login attempts included): equal digests
 * mean an unchanged database. One statement for all tables: the authorization
 * matrix takes two digests around each of its refused requests.
 */
export async function databaseDigest(query: Query): Promise<Record<string, string>> {
  const tables = await digestedTables(query);
  const rows: { name: string; digest: string }[] = await query(
    tables
      .map(
        (table) =>
          `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      )
      .join(' UNION ALL '),
  );
  const byTable = new Map(rows.map((row) => [row.name, row.digest]));
  return Object.fromEntries(tables.map((table) => [table, byTable.get(table)!]));
}
