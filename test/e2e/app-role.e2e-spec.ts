import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { grantAppRole } from '../../src/database/app-role.js';
import { serverUrl, adminQuery } from '../support/template-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Roles exist only on a PostgreSQL server; the embedded database has one user.
(serverUrl() ? describe : describe.skip)('The application database role (server only)', () => {
  let t: TestApp;
  const role = `chidao_app_${randomBytes(4).toString('hex')}`;
  let client: pg.Client;

  beforeAll(async () => {
    t = await createTestApp();
    await adminQuery(`CREATE ROLE ${role} LOGIN`);
    await grantAppRole(t.app.get(DataSource), role);
    const url = new URL(serverUrl()!);
    url.pathname = `/${(await t.sql('SELECT current_database() AS db'))[0].db}`;
    url.username = role;
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
    await adminQuery(`DROP OWNED BY ${role}`).catch(() => undefined);
    await adminQuery(`DROP ROLE IF EXISTS ${role}`);
  });

  it('reads and writes rows', async () => {
    await client.query(`INSERT INTO organization (name, kind) VALUES ('Sở Tư pháp', 'department')`);
    await client.query(`UPDATE organization SET name = 'Sở Tư pháp tỉnh' WHERE name = 'Sở Tư pháp'`);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('cannot change the schema, rewrite the audit trail or the migrations table', async () => {
    await expect(client.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(client.query('ALTER TABLE meeting ADD COLUMN x int')).rejects.toThrow(/must be owner/);
    await expect(client.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete')).rejects.toThrow(/must be owner/);
    await expect(client.query(`UPDATE audit_entry SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(client.query('DELETE FROM audit_entry')).rejects.toThrow(/permission denied/);
    await expect(client.query('TRUNCATE audit_entry')).rejects.toThrow(/permission denied/);
    await expect(client.query(`UPDATE audit_pending SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(client.query('TRUNCATE audit_pending')).rejects.toThrow(/permission denied/);
    await expect(client.query('DELETE FROM schema_migration')).rejects.toThrow(/permission denied/);
  });
});
