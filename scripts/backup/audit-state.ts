/** Anything that runs SQL: a `pg` client, or a TypeORM data source. */
export interface Queryable {
  query(sql: string): Promise<unknown>;
}

/** The audit chain as a backup saw it. */
export interface AuditState {
  /** The last sealed entry; null while the chain is empty. */
  head: { seq: string; hash: string } | null;
  /** Sealed entries. */
  entries: number;
  /** Entries committed but not sealed yet: they are in the copy and join the chain when the restored service seals them. */
  pending: number;
  /** The last migration applied: a restore needs this version of the service or a newer one. */
  migration: string | null;
}

export async function readAuditState(db: Queryable): Promise<AuditState> {
  const result = (await db.query(
    `SELECT (SELECT count(*) FROM audit_entry)::int AS entries,
            (SELECT count(*) FROM audit_pending)::int AS pending,
            (SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1) AS migration,
            h.seq::text AS seq, h.hash
       FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1) AS h ON true`,
  )) as { rows?: Row[] } | Row[];
  const row = (Array.isArray(result) ? result : result.rows!)[0]!;
  return {
    head: row.seq === null ? null : { seq: row.seq, hash: row.hash! },
    entries: row.entries,
    pending: row.pending,
    migration: row.migration,
  };
}

interface Row {
  entries: number;
  pending: number;
  migration: string | null;
  seq: string | null;
  hash: string | null;
}
