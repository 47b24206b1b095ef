import { spawnSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import { AuditSealer, SWEEP_EVERY_MS } from '../../src/audit/audit-sealer.js';
import { AuditedWrites } from '../../src/audit/audited-writes.js';
import { verifyAuditChain } from '../../src/audit/verify-chain.js';
import { Directive } from '../../src/directives/directive.entity.js';
import { directiveNotFound } from '../../src/directives/directives.errors.js';
import { createMeeting, createOrganization } from '../support/factories.js';
import { serverUrl } from '../support/template-database.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** Audited writes append to audit_pending in their own transaction; sealers move them into the hash chain (audit-sealer.ts). */
describe('Sealing the audit trail', () => {
  let t: TestApp;
  let directiveIds: string[];

  const count = async (table: 'audit_entry' | 'audit_pending'): Promise<number> =>
    (await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  /** What a writer that stopped between its commit and its seal leaves behind. */
  const orphan = (directiveId: string, dueDate: string): Promise<unknown> =>
    t.sql(
      `INSERT INTO audit_pending (occurred_at, actor_user_id, actor_username, actor_role, action, entity_type, entity_id, before, after, request_id)
       VALUES ('2024-03-12T03:00:00Z', $1, 'secretariat', 'secretariat', 'directive.update', 'directive', $2,
               jsonb_build_object('dueDate', '2024-06-30'), jsonb_build_object('dueDate', $3::text), 'req-mat-dien')`,
      [t.users.secretariat.id, directiveId, dueDate],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const lead = await createOrganization(t);
    const meeting = await createMeeting(t, {
      directives: Array.from({ length: 24 }, (_, i) => ({ title: `Việc số ${i + 1}`, leadOrganizationId: lead.id, dueDate: '2024-06-30' })),
    });
    directiveIds = meeting.directives.map((d: { id: string }) => d.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('seals a change before its writer answers: the entry has its place and hash, nothing is left waiting', async () => {
    const before = await count('audit_entry');
    const changed = await t.request('PATCH', `/api/v1/directives/${directiveIds[0]}`, {
      body: { dueDate: '2024-07-15' },
      headers: ifMatch(1),
    });
    expect(changed.status).toBe(200);
    expect(await count('audit_pending')).toBe(0);
    const [entry] = await t.sql(`SELECT seq::text AS seq, hash FROM audit_entry WHERE entity_id = $1 AND action = 'directive.update'`, [
      directiveIds[0],
    ]);
    expect(entry).toEqual({ seq: String(before + 1), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('many writers at once, on two instances of the service: every change has its entry, numbered without gaps, and the chain verifies', async () => {
    const second = serverUrl() ? await createTestApp({ sameDatabaseAs: t }) : t;
    try {
      const before = await count('audit_entry');
      const answers = await Promise.all(
        directiveIds.slice(1).map((id, i) =>
          (i % 2 === 0 ? t : second).request('PATCH', `/api/v1/directives/${id}`, {
            body: { dueDate: '2024-08-31' },
            headers: ifMatch(1),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(directiveIds.slice(1).map(() => 200));
      expect(await count('audit_pending')).toBe(0);
      expect(await count('audit_entry')).toBe(before + directiveIds.length - 1);
      const updated = await t.sql(
        `SELECT entity_id FROM audit_entry WHERE action = 'directive.update' AND after->>'dueDate' = '2024-08-31'`,
      );
      expect(updated.map((row: { entity_id: string }) => row.entity_id).sort()).toEqual(directiveIds.slice(1).sort());
      const report = await verifyAuditChain(t.app.get(DataSource));
      expect(report.broken).toBeUndefined();
      // Checked in order from 1: a missing number would have broken the chain.
      expect(report.checked).toBe(await count('audit_entry'));
      expect(report.head?.seq).toBe(String(report.checked));
    } finally {
      if (second !== t) await second.close();
    }
  });

  it('a writer that rolls back leaves no entry, neither waiting nor sealed', async () => {
    const [entries, pending] = [await count('audit_entry'), await count('audit_pending')];
    const writes = t.app.get(AuditedWrites);
    const failing = t.app.get(DataSource).transaction(async (em) => {
      await writes.update(
        em,
        { system: 'test' },
        {
          entity: Directive,
          id: directiveIds[0]!,
          set: { title: 'Không bao giờ lưu' },
          expectedVersion: undefined,
          notFound: () => directiveNotFound(directiveIds[0]!),
          action: 'directive.update',
        },
      );
      throw new Error('the use case fails after its audited write');
    });
    await expect(failing).rejects.toThrow('fails after its audited write');
    expect([await count('audit_entry'), await count('audit_pending')]).toEqual([entries, pending]);
    expect((await t.get(`/api/v1/directives/${directiveIds[0]}`)).body.title).toBe('Việc số 1');
  });

  it('an entry whose writer stopped after its commit shows in the history at once, sealed, and the chain verifies', async () => {
    await orphan(directiveIds[0]!, '2024-12-31');
    const history = await t.as('leader').get(`/api/v1/directives/${directiveIds[0]}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.at(-1)).toMatchObject({
      seq: String(await count('audit_entry')),
      action: 'directive.update',
      requestId: 'req-mat-dien',
      changes: [{ field: 'dueDate', from: '2024-06-30', to: '2024-12-31' }],
    });
    expect(await count('audit_pending')).toBe(0);
    expect((await verifyAuditChain(t.app.get(DataSource))).broken).toBeUndefined();

    await orphan(directiveIds[1]!, '2025-01-31');
    const newest = await t.as('admin').get('/api/v1/audit?limit=1');
    expect(newest.body.items[0]).toMatchObject({ entityId: directiveIds[1], requestId: 'req-mat-dien' });
  });

  it('with nobody reading, the sweep seals an entry left waiting', async () => {
    await orphan(directiveIds[2]!, '2025-02-28');
    expect(await count('audit_pending')).toBe(1);
    // Waits for the service's own timer, never longer than a generous multiple of its period.
    for (let waited = 0; waited < 20 * SWEEP_EVERY_MS && (await count('audit_pending')) > 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await count('audit_pending')).toBe(0);
    expect((await verifyAuditChain(t.app.get(DataSource))).broken).toBeUndefined();
  });

  it('an entry waiting to be sealed cannot be altered, and a sealed one altered behind its back is found', async () => {
    await orphan(directiveIds[3]!, '2025-03-31');
    await expect(t.sql(`UPDATE audit_pending SET after = '{"dueDate": "2099-12-31"}'`)).rejects.toThrow(/insert-only/);
    await expect(t.sql('TRUNCATE audit_pending')).rejects.toThrow(/insert-only/);
    await t.app.get(AuditSealer).flush();
    const [sealed] = await t.sql(`SELECT seq::text AS seq FROM audit_entry WHERE entity_id = $1 AND request_id = 'req-mat-dien'`, [
      directiveIds[3],
    ]);

    await t.sql('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete');
    await t.sql(`UPDATE audit_entry SET after = '{"dueDate": "2099-12-31"}' WHERE seq = $1`, [sealed.seq]);
    await t.sql('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete');
    expect((await verifyAuditChain(t.app.get(DataSource))).broken).toEqual({ seq: sealed.seq, reason: expect.stringContaining('altered') });
  });
});

/** The command an auditor runs seals what is waiting before it checks (server only: the embedded database serves one process). */
(serverUrl() ? describe : describe.skip)('npm run audit:verify', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('seals the entries left waiting first, then verifies them with the rest', async () => {
    await t.login('leader');
    await t.sql(
      `INSERT INTO audit_pending (occurred_at, actor_username, action, entity_type, entity_id) VALUES (now(), 'seed', 'auth.login', 'app_user', $1)`,
      [t.users.leader.id],
    );
    const url = new URL(serverUrl()!);
    url.pathname = `/${(await t.sql('SELECT current_database() AS db'))[0].db}`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('sealed 1 pending entries first');
    expect(run.stdout).toContain(`audit:verify OK: ${(await t.sql('SELECT count(*)::int AS n FROM audit_entry'))[0].n} entries`);
    expect((await t.sql('SELECT count(*)::int AS n FROM audit_pending'))[0].n).toBe(0);
  }, 180_000); // tsx compiles the script and what it imports first: slow on a loaded machine
});
