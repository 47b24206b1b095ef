import { DataSource } from 'typeorm';
import { statementLog, type StatementLog, writtenTables } from '../../bench/support/statement-log.js';
import { AuditTrail } from '../../src/audit/audit-trail.service.js';
import { createOrganization, createPerson } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Recording a meeting costs a fixed number of round trips to the database,
 * whatever its number of speeches and directives: each table is written by one
 * statement, and the answer is built from what was written.
 */
describe('Recording a meeting in few round trips', () => {
  let t: TestApp;
  let log: StatementLog;
  let people: string[];
  let agencies: string[];

  beforeAll(async () => {
    t = await createTestApp();
    log = statementLog(t.app.get(DataSource), t.app.getHttpServer());
    people = [];
    for (let i = 0; i < 6; i++) people.push((await createPerson(t)).id);
    agencies = [t.agencies.own, t.agencies.other];
    for (let i = 0; i < 3; i++) agencies.push((await createOrganization(t)).id);
  });
  afterAll(async () => {
    await t.close();
  });

  /** 20 speeches, 10 directives with 1 to 3 cooperating agencies each: the benchmark's shape. */
  const bigMeeting = (title: string, reviewedDirectiveIds: string[] = []) => ({
    title,
    startsAt: '2024-03-12T08:00:00+07:00',
    endsAt: '2024-03-12T11:30:00+07:00',
    organizerId: agencies[2],
    chairId: people[0],
    status: 'published',
    attendees: people.map((personId, i) => ({ personId, role: i === 0 ? 'chair' : 'member' })),
    speeches: Array.from({ length: 20 }, (_, i) => ({
      speakerId: people[i % people.length],
      kind: i === 19 ? 'conclusion' : 'report',
      title: `Phát biểu ${i + 1}`,
      text: `Nội dung phát biểu số ${i + 1}`,
    })),
    directives: Array.from({ length: 10 }, (_, i) => ({
      title: `Chỉ đạo số ${i + 1}`,
      leadOrganizationId: agencies[i % 2],
      cooperatingOrganizationIds: agencies.slice(2, 3 + (i % 3)),
      issuedById: people[0],
      ownerId: i % 2 === 0 ? people[1] : undefined,
      sourceSpeechIndex: 19,
      dueDate: i % 4 === 0 ? undefined : '2024-06-30',
      priority: i % 3 === 0 ? 'high' : undefined,
    })),
    reviewedDirectiveIds,
  });

  it('writes each table with one statement and sends a bounded number of statements in all', async () => {
    log.start();
    const created = await t.post('/api/v1/meetings', bigMeeting('Họp giao ban tháng 3'));
    const statements = log.stop();
    expect(created.status).toBe(201);

    const begin = statements.findIndex((s) => /^\s*(START TRANSACTION|BEGIN)/i.test(s));
    const commit = statements.findIndex((s) => /^\s*COMMIT/i.test(s));
    expect(begin).toBeGreaterThanOrEqual(0);
    const inTransaction = statements.slice(begin + 1, commit);

    const writesPerTable = new Map<string, number>();
    for (const table of inTransaction.flatMap(writtenTables)) writesPerTable.set(table, (writesPerTable.get(table) ?? 0) + 1);
    expect(Object.fromEntries(writesPerTable)).toEqual({
      meeting: 1,
      meeting_attendee: 1,
      speech: 1,
      directive: 1,
      directive_cooperating_organization: 1,
      notification: 1,
      audit_pending: 1,
    });
    // One statement per table written and one reference check: the audit append takes no lock (audit_pending).
    expect(inTransaction.length).toBeLessThanOrEqual(writesPerTable.size + 1);
    // Around the transaction: the signed-in actor's session, and the seal of its audit entries into the chain after the
    // commit, a transaction of its own (begin, the chain's lock, the pending rows with the chain's end, the move, commit).
    expect(statements.length - inTransaction.length - 2).toBeLessThanOrEqual(2 + 5);
  });

  it('answers what a read of the meeting answers, byte for byte', async () => {
    const earlier = await t.post('/api/v1/meetings', { ...bigMeeting('Họp tháng 2'), startsAt: '2024-02-12T08:00:00+07:00', endsAt: null });
    expect(earlier.status).toBe(201);
    const reviewed = [earlier.body.directives[3].id, earlier.body.directives[0].id];

    const created = await t.post('/api/v1/meetings', bigMeeting('Họp tháng 3, kiểm điểm tháng 2', reviewed));
    expect(created.status).toBe(201);
    const read = await t.get(`/api/v1/meetings/${created.body.id}`);
    expect(created.text).toBe(read.text);
    expect(created.body.reviewedDirectiveIds).toEqual([...reviewed].reverse());
  });

  it('records the same audit entries as the rows read back: the meeting with its reviews, each directive with its agencies', async () => {
    const earlier = await t.post('/api/v1/meetings', { ...bigMeeting('Họp tháng 1'), startsAt: '2024-01-12T08:00:00+07:00' });
    const reviewed = [earlier.body.directives[1].id];
    const created = await t.post('/api/v1/meetings', bigMeeting('Họp tháng 3, lần 2', reviewed));
    expect(created.status).toBe(201);
    const meetingId = created.body.id as string;
    const directiveIds = (created.body.directives as { id: string }[]).map((d) => d.id);

    const entries = await t.sql<{ action: string; entity_id: string; before: unknown; after: Record<string, unknown> }>(
      `SELECT action, entity_id, before, after FROM audit_entry WHERE entity_id = ANY($1::uuid[]) ORDER BY seq`,
      [[meetingId, ...directiveIds]],
    );
    expect(entries.map((e) => [e.action, e.entity_id])).toEqual([
      ['meeting.record', meetingId],
      ...directiveIds.map((id) => ['directive.issue', id]),
    ]);

    const trail = t.app.get(AuditTrail);
    const manager = t.app.get(DataSource).manager;
    const meetingNow = (await trail.snapshots(manager, 'meeting', [meetingId])).get(meetingId)!;
    const { attendees, speeches, ...meetingAfter } = entries[0]!.after;
    expect(meetingAfter).toEqual(meetingNow);
    expect(meetingNow.reviewedDirectiveIds).toEqual(reviewed);
    expect(attendees).toHaveLength(people.length);
    expect(speeches).toHaveLength(20);
    const directivesNow = await trail.snapshots(manager, 'directive', directiveIds);
    expect(entries.slice(1).map((e) => e.after)).toEqual(directiveIds.map((id) => directivesNow.get(id)));
    expect(entries.every((e) => e.before === null)).toBe(true);
  });
});
