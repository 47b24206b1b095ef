import { spawnSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../src/audit/verify-chain.js';
import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { serverUrl } from '../support/template-database.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

describe('The audit trail', () => {
  let t: TestApp;
  let directiveId: string;
  let lead: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    lead = await createOrganization(t);
    const meeting = await createMeeting(t, {
      directives: [{ title: 'Rà soát dự án', leadOrganizationId: lead.id, dueDate: '2024-06-30' }],
    });
    directiveId = meeting.directives[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers "who changed this deadline, when, from what to what"', async () => {
    const changed = await t.request('PATCH', `/api/v1/directives/${directiveId}`, {
      body: { dueDate: '2024-07-31' },
      headers: { ...ifMatch(1), 'x-request-id': 'req-gia-han-42' },
    });
    expect(changed.status).toBe(200);

    const history = await t.as('department_head').get(`/api/v1/directives/${directiveId}/history`);
    expect(history.status).toBe(404); // not their agency's directive
    const seen = await t.as('leader').get(`/api/v1/directives/${directiveId}/history`);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((e: { action: string }) => e.action)).toEqual(['directive.issue', 'directive.update']);
    expect(seen.body.items[1]).toEqual({
      seq: expect.stringMatching(/^\d+$/),
      occurredAt: expect.any(String),
      actor: { userId: t.users.secretariat.id, username: 'secretariat', displayName: 'secretariat', role: 'secretariat' },
      action: 'directive.update',
      entityType: 'directive',
      entityId: directiveId,
      // Before any work on it, a new deadline corrects the one issued as well.
      changes: [
        { field: 'dueDate', from: '2024-06-30', to: '2024-07-31' },
        { field: 'originalDueDate', from: '2024-06-30', to: '2024-07-31' },
      ],
      requestId: 'req-gia-han-42',
    });
  });

  it('names each actor as the user is called now, as the timeline does', async () => {
    const url = `/api/v1/users/${t.users.secretariat.id}`;
    const { version } = (await t.as('admin').get(url)).body;
    expect((await t.as('admin').patch(url, { displayName: 'Nguyễn Thị Văn Thư' }, ifMatch(version))).status).toBe(200);
    const seen = await t.as('leader').get(`/api/v1/directives/${directiveId}/history`);
    expect(seen.body.items.map((e: { actor: { displayName: string | null } }) => e.actor.displayName)).toEqual([
      'Nguyễn Thị Văn Thư',
      'Nguyễn Thị Văn Thư',
    ]);
    const newest = await t.as('admin').get('/api/v1/audit?limit=1');
    expect(newest.body.items[0].actor).toEqual({ userId: t.users.admin.id, username: 'admin', displayName: 'Quản trị', role: 'admin' });
  });

  it('records the changes a use case makes to other rows: renumbered speeches, a demoted chair', async () => {
    const [a, b] = [await createPerson(t), await createPerson(t)];
    const meeting = await createMeeting(t, {
      attendees: [
        { personId: a.id, role: 'chair' },
        { personId: b.id, role: 'member' },
      ],
      speeches: ['một', 'hai', 'ba'].map((title) => ({ speakerId: a.id, kind: 'opinion', title })),
    });
    const [first, second, third] = meeting.speeches;
    expect((await t.edit(`/api/v1/meetings/${meeting.id}/speeches/${third.id}`, { position: 1 })).status).toBe(200);
    const renumbered = await t.sql(`SELECT entity_id, after->>'position' AS position FROM audit_entry WHERE action = 'speech.renumber'`);
    expect(renumbered).toHaveLength(2);
    expect(renumbered).toEqual(
      expect.arrayContaining([
        { entity_id: first.id, position: '2' },
        { entity_id: second.id, position: '3' },
      ]),
    );

    const member = meeting.attendees.find((x: { person: { id: string } }) => x.person.id === b.id);
    const previousChair = meeting.attendees.find((x: { person: { id: string } }) => x.person.id === a.id);
    expect((await t.edit(`/api/v1/meetings/${meeting.id}/attendees/${member.id}`, { role: 'chair' })).status).toBe(200);
    const demoted = await t.sql(
      `SELECT entity_id, before->>'role' AS was, after->>'role' AS now FROM audit_entry WHERE action = 'attendee.role_follows_chair'`,
    );
    expect(demoted).toEqual([{ entity_id: previousChair.id, was: 'chair', now: 'member' }]);
    const moved = await t.sql(
      `SELECT entity_id, before->>'chairId' AS was, after->>'chairId' AS now FROM audit_entry WHERE action = 'meeting.chair_follows_attendee'`,
    );
    expect(moved).toEqual([{ entity_id: meeting.id, was: a.id, now: b.id }]);
  });

  it('is readable by admins and leaders, not by others', async () => {
    const url = `/api/v1/audit?entityType=directive&entityId=${directiveId}`;
    for (const role of ['admin', 'leader'] as const) expect((await t.as(role).get(url)).body.items.length).toBeGreaterThanOrEqual(2);
    for (const role of ['secretariat', 'department_head', 'department_staff'] as const)
      expect((await t.as(role).get(url)).status).toBe(403);
  });

  it('records sign-ins and refusals leave no entry', async () => {
    const before = (await t.sql(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
    expect((await t.as('department_staff').post('/api/v1/people', { fullName: 'Không được phép' })).status).toBe(403);
    expect((await t.sql(`SELECT count(*)::int AS n FROM audit_entry`))[0].n).toBe(before);
    await t.login('leader');
    const [login] = await t.sql(`SELECT action, actor_username FROM audit_entry ORDER BY seq DESC LIMIT 1`);
    expect(login).toEqual({ action: 'auth.login', actor_username: 'leader' });
  });

  it('cannot be changed or removed, even with direct SQL', async () => {
    for (const statement of [
      'UPDATE audit_entry SET action = $1 WHERE seq = 1',
      'DELETE FROM audit_entry WHERE seq = 1 AND action <> $1',
      'TRUNCATE audit_entry',
    ]) {
      const params = statement.includes('$1') ? ['x'] : [];
      await expect(t.sql(statement, params)).rejects.toThrow(/append-only/);
    }
  });

  it('with a head kept outside the database, also catches a re-sealed or shortened tail', async () => {
    const dataSource = t.app.get(DataSource);
    await t.login('leader');
    const { head } = await verifyAuditChain(dataSource);
    expect(head).toEqual({ seq: expect.stringMatching(/^\d+$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await verifyAuditChain(dataSource, head)).broken).toBeUndefined();

    // Remove the newest entry, as an owner who disabled the trigger could: the chain alone still verifies.
    await t.sql('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete');
    await t.sql('DELETE FROM audit_entry WHERE seq = $1', [head!.seq]);
    await t.sql('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete');
    expect((await verifyAuditChain(dataSource)).broken).toBeUndefined();
    expect((await verifyAuditChain(dataSource, head)).broken).toEqual({
      seq: head!.seq,
      reason: expect.stringContaining('removed from the end'),
    });
    await t.login('leader'); // a new entry takes the removed one's number, with another hash
    expect((await verifyAuditChain(dataSource, head)).broken).toEqual({ seq: head!.seq, reason: expect.stringContaining('re-sealed') });
  });

  it('verifies intact, and names the exact entry altered behind its back', async () => {
    const dataSource = t.app.get(DataSource);
    const intact = await verifyAuditChain(dataSource);
    expect(intact.broken).toBeUndefined();
    expect(intact.checked).toBeGreaterThan(5);

    const [target] = await t.sql(`SELECT seq::text AS seq FROM audit_entry WHERE action = 'directive.update' AND entity_id = $1`, [
      directiveId,
    ]);
    // What a DBA with owner rights could do: switch the trigger off and rewrite history.
    await t.sql('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete');
    await t.sql(`UPDATE audit_entry SET after = jsonb_set(after, '{dueDate}', '"2099-12-31"') WHERE seq = $1`, [target.seq]);
    await t.sql('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete');

    const tampered = await verifyAuditChain(dataSource);
    expect(tampered.broken).toEqual({ seq: target.seq, reason: expect.stringContaining('altered') });
    expect(tampered.checked).toBe(Number(target.seq) - 1);

    if (serverUrl()) {
      // The command an auditor runs, against this very database.
      const url = new URL(serverUrl()!);
      url.pathname = `/${(await t.sql('SELECT current_database() AS db'))[0].db}`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
        env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'error' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`audit:verify FAILED at entry ${target.seq}`);
    }
  });
});
