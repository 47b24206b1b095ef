import { DataSource } from 'typeorm';
import { statementLog, type StatementLog, writtenTables } from '../../bench/support/statement-log.js';
import { AuditTrail } from '../../src/audit/audit-trail.service.js';
import { createMeeting } from '../support/factories.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** What one step of the follow-up sends inside its transaction: the tables it writes, once each, and few reads. */
function transactionOf(statements: string[]): { writes: Record<string, number>; count: number } {
  const begin = statements.findIndex((s) => /^\s*START TRANSACTION/i.test(s));
  const commit = statements.findIndex((s) => /^\s*COMMIT/i.test(s));
  const inside = statements.slice(begin + 1, commit);
  const writes: Record<string, number> = {};
  for (const table of inside.flatMap(writtenTables)) writes[table] = (writes[table] ?? 0) + 1;
  return { writes, count: inside.length };
}

describe('A workflow step and a progress report in few round trips', () => {
  let t: TestApp;
  let log: StatementLog;
  let directiveId: string;

  beforeAll(async () => {
    t = await createTestApp();
    log = statementLog(t.app.get(DataSource), t.app.getHttpServer());
    const meeting = await createMeeting(t, {
      directives: [
        {
          title: 'Giải phóng mặt bằng khu tái định cư',
          leadOrganizationId: t.agencies.own,
          cooperatingOrganizationIds: [t.agencies.other],
          dueDate: '2024-06-30',
        },
      ],
    });
    directiveId = meeting.directives[0].id;
  });
  afterAll(async () => {
    await t.close();
  });

  const snapshotNow = async () => {
    const trail = t.app.get(AuditTrail);
    return (await trail.snapshots(t.app.get(DataSource).manager, 'directive', [directiveId])).get(directiveId)!;
  };
  const entriesSince = (seq: string) =>
    t.sql<{ seq: string; action: string; before: unknown; after: Record<string, unknown> }>(
      `SELECT seq, action, before, after FROM audit_entry WHERE seq > $1 ORDER BY seq`,
      [seq],
    );
  const lastSeq = async () => (await t.sql<{ seq: string }>(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_entry`))[0]!.seq;

  it('the lead’s first report, which starts the work: each table written once, one audit append', async () => {
    const before = await snapshotNow();
    const since = await lastSeq();
    log.start();
    const reported = await t.as('department_head').post(`/api/v1/directives/${directiveId}/progress-reports`, {
      percent: 20,
      note: 'Đã khảo sát hiện trạng',
    });
    const { writes, count } = transactionOf(log.stop());
    expect(reported.status).toBe(201);

    expect(writes).toEqual({ directive_progress_report: 1, directive: 1, directive_transition: 1, audit_pending: 1 });
    // The access check, the directive's snapshot before the step, the answer, and at most two more reads (the audit
    // append itself is one INSERT into audit_pending, without the chain's lock).
    expect(count).toBeLessThanOrEqual(Object.keys(writes).length + 3 + 2);

    const entries = await entriesSince(since);
    expect(entries.map((e) => e.action)).toEqual(['directive.report_progress', 'directive.start']);
    const { note, progressReportId, ...after } = entries[1]!.after;
    expect({ note, progressReportId }).toEqual({ note: 'Đã khảo sát hiện trạng', progressReportId: reported.body.id });
    expect(entries[1]!.before).toEqual(before);
    expect(after).toEqual(await snapshotNow());
    expect(entries[0]!.after).toMatchObject({ id: reported.body.id, percent: 20, kind: 'progress', directiveId });
  });

  it('a submission: the directive, its timeline and the leaders’ notifications written once each', async () => {
    const current = await t.as('department_head').get(`/api/v1/directives/${directiveId}`);
    const before = await snapshotNow();
    const since = await lastSeq();
    log.start();
    const moved = await t
      .as('department_head')
      .post(
        `/api/v1/directives/${directiveId}/transitions`,
        { action: 'submit', note: 'Đã bàn giao mặt bằng' },
        ifMatch(current.body.version),
      );
    const { writes, count } = transactionOf(log.stop());
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'awaiting_confirmation', version: current.body.version + 1 });

    expect(writes).toEqual({ directive: 1, directive_transition: 1, notification: 1, audit_pending: 1 });
    expect(count).toBeLessThanOrEqual(Object.keys(writes).length + 3 + 2);

    const entries = await entriesSince(since);
    expect(entries.map((e) => e.action)).toEqual(['directive.submit']);
    const { note, ...after } = entries[0]!.after;
    expect(note).toBe('Đã bàn giao mặt bằng');
    expect(entries[0]!.before).toEqual(before);
    expect(after).toEqual(await snapshotNow());
  });
});
