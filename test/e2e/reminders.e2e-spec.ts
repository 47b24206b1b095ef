import { createMeeting } from '../support/factories.js';
import { fieldsOf, refused } from '../support/problems.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** Reminders (đôn đốc): who gives them, how they are listed, and what the directive shows of them. */
describe('Reminders of a directive', () => {
  let t: TestApp;
  let meetingId: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function issue(leadOrganizationId = t.agencies.own): Promise<{ id: string; version: number }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Hoàn thành giải phóng mặt bằng dự án đường nối, đợt ${++n}`,
      leadOrganizationId,
      dueDate: '2024-03-01',
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const remindersOf = (id: string) => `/api/v1/directives/${id}/reminders`;

  it('records a secretariat reminder by document and a leader’s by phone, lists them newest first and counts them on the directive', async () => {
    const { id } = await issue();
    t.clock.set(new Date('2024-03-12T09:00:00+07:00'));
    const byDocument = await t.as('secretariat').post(remindersOf(id), {
      note: 'Đề nghị Sở báo cáo kết quả trước ngày 15/3',
      channel: 'document',
      documentNumber: '125/VP-TH',
    });
    expect(byDocument.status).toBe(201);
    expect(byDocument.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      directiveId: id,
      note: 'Đề nghị Sở báo cáo kết quả trước ngày 15/3',
      channel: 'document',
      documentNumber: '125/VP-TH',
      remindedBy: { userId: t.users.secretariat.id, username: t.users.secretariat.username, displayName: 'secretariat' },
      remindedAt: '2024-03-12T02:00:00.000Z',
    });

    t.clock.set(new Date('2024-03-14T15:30:00+07:00'));
    const byPhone = await t.as('leader').post(remindersOf(id), { note: 'Gọi điện nhắc Giám đốc Sở', channel: 'phone' });
    expect(byPhone.status).toBe(201);
    expect(byPhone.body).toMatchObject({
      channel: 'phone',
      documentNumber: null,
      remindedBy: { userId: t.users.leader.id, username: t.users.leader.username },
      remindedAt: '2024-03-14T08:30:00.000Z',
    });

    // The lead agency reads them, newest first; one per page walks the same order.
    const listed = await t.as('department_head').get(remindersOf(id));
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([byPhone.body.id, byDocument.body.id]);
    expect(listed.body.items[1]).toEqual(byDocument.body);
    expect(listed.body.nextCursor).toBeNull();
    const first = await t.as('department_staff').get(`${remindersOf(id)}?limit=1`);
    expect(first.body.items.map((r: { id: string }) => r.id)).toEqual([byPhone.body.id]);
    const second = await t.as('department_staff').get(`${remindersOf(id)}?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual([byDocument.body.id]);
    expect(second.body.nextCursor).toBeNull();

    const read = await t.as('department_head').get(`/api/v1/directives/${id}`);
    expect(read.body).toMatchObject({ reminderCount: 2, lastRemindedAt: '2024-03-14T08:30:00.000Z' });
    const list = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}`);
    const inList = list.body.items.find((d: { id: string }) => d.id === id);
    expect(inList).toMatchObject({ reminderCount: 2, lastRemindedAt: '2024-03-14T08:30:00.000Z' });

    // A reminder is part of the directive's legal record too.
    const audit = await t.as('leader').get(`/api/v1/audit?entityType=directive_reminder&entityId=${byPhone.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['directive.remind']);
  });

  it('shows a directive never reminded as such', async () => {
    const { id } = await issue();
    expect((await t.get(`/api/v1/directives/${id}`)).body).toMatchObject({ reminderCount: 0, lastRemindedAt: null });
    expect((await t.get(remindersOf(id))).body).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a missing note, a blank one, a bad channel or a too long document number, naming the field, and stores nothing', async () => {
    const { id } = await issue();
    const missing = await refused(t, () => t.post(remindersOf(id), { channel: 'phone' }), 400, 'validation_failed');
    expect(fieldsOf(missing)).toEqual(['note']);
    const blank = await refused(t, () => t.post(remindersOf(id), { note: '   ', channel: 'phone' }), 400, 'validation_failed');
    expect(fieldsOf(blank)).toEqual(['note']);
    const channel = await refused(t, () => t.post(remindersOf(id), { note: 'Nhắc', channel: 'fax' }), 400, 'validation_failed');
    expect(fieldsOf(channel)).toEqual(['channel']);
    const number = await refused(
      t,
      () => t.post(remindersOf(id), { note: 'Nhắc', channel: 'document', documentNumber: 'x'.repeat(51) }),
      400,
      'validation_failed',
    );
    expect(fieldsOf(number)).toEqual(['documentNumber']);
  });

  it('refuses to remind of a completed or cancelled directive (409) and stores nothing', async () => {
    const cancelled = await issue();
    const cancel = await t
      .as('leader')
      .post(`/api/v1/directives/${cancelled.id}/transitions`, { action: 'cancel', note: 'Đã lồng ghép' }, ifMatch(cancelled.version));
    expect(cancel.status).toBe(200);
    await refused(
      t,
      () => t.as('secretariat').post(remindersOf(cancelled.id), { note: 'Nhắc', channel: 'phone' }),
      409,
      'directive_closed',
    );

    const completed = await issue();
    const steps: [Parameters<TestApp['as']>[0], Record<string, unknown>][] = [
      ['department_head', { action: 'submit', note: 'Đã hoàn thành' }],
      ['leader', { action: 'confirm' }],
    ];
    let version = completed.version;
    for (const [role, body] of steps) {
      const moved = await t.as(role).post(`/api/v1/directives/${completed.id}/transitions`, body, ifMatch(version));
      expect(moved.status).toBe(200);
      version = moved.body.version;
    }
    await refused(t, () => t.as('leader').post(remindersOf(completed.id), { note: 'Nhắc', channel: 'email' }), 409, 'directive_closed');
  });

  it('lets neither a department head nor staff remind (403), and hides another agency’s directive from its head (404)', async () => {
    const { id } = await issue();
    await refused(t, () => t.as('department_head').post(remindersOf(id), { note: 'Nhắc', channel: 'phone' }), 403, 'forbidden');
    await refused(t, () => t.as('department_staff').post(remindersOf(id), { note: 'Nhắc', channel: 'phone' }), 403, 'forbidden');
    expect((await t.as('secretariat').post(remindersOf(id), { note: 'Nhắc', channel: 'meeting' })).status).toBe(201);
    await refused(t, () => t.as('other_department_head').get(remindersOf(id)), 404, 'directive_not_found');
  });

  it('replays a reminder sent twice with one Idempotency-Key: the same answer, one reminder', async () => {
    const { id } = await issue();
    const headers = { 'idempotency-key': 'nhac-viec-0001' };
    const body = { note: 'Đôn đốc lần 1', channel: 'system' };
    const first = await t.as('secretariat').post(remindersOf(id), body, headers);
    const again = await t.as('secretariat').post(remindersOf(id), body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await t.get(remindersOf(id))).body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
    expect((await t.get(`/api/v1/directives/${id}`)).body.reminderCount).toBe(1);
  });
});
