import type { DataSource } from 'typeorm';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Gives the application's database role exactly what the service needs, run by
 * the schema owner after the migrations: reading and writing rows, no DDL, and
 * on the audit trail and the migrations table nothing but reading (the audit
 * trail also takes inserts). Idempotent: safe after every deploy.
 */
export async function grantAppRole(dataSource: DataSource, role: string): Promise<void> {
  if (!IDENTIFIER.test(role)) throw new Error(`APP_DB_ROLE must be a plain lower-case identifier, not ${JSON.stringify(role)}`);
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `REVOKE CREATE ON SCHEMA public FROM ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${role}`,
    // Entries waiting to be sealed: written once, removed only by the sealer's DELETE (which moves them into audit_entry).
    `REVOKE UPDATE, TRUNCATE ON audit_pending FROM ${role}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ${role}`,
  ];
  for (const statement of statements) await dataSource.query(statement);
}
