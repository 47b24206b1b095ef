type Query = (sql: string) => Promise<any[]>;

/**
 * A cheap stand-in for databaseDigest() between two requests of one client:
 * per table, its row count and the newest row version's transaction id
 * (`xmin`). A committed INSERT or UPDATE gives its rows a new xmin, a DELETE
 * lowers the count (or a new xmin marks the insert that hid it), so equal marks
 * mean no committed change; an UPDATE that wrote the same values counts as a
 * change too, which a refused request must not make either. No row is read as
 * text, hashed or sorted: the fuzzer takes one before and after each refused
 * write, some 10,000 a run, where a full digest costs as much as the request.
 */
export async function changeMarks(query: Query, tables: readonly string[]): Promise<Record<string, string>> {
  const rows: { name: string; mark: string }[] = await query(
    tables
      .map((table) => `SELECT '${table}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS mark FROM "${table}"`)
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.mark]));
}
