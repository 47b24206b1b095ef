import { createMeeting } from '../support/factories.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/**
 * GET /directives/counts tells a screen how many directives each filter of the list would show,
 * without reading them: every figure must be the length of the list it stands for, for whoever asks.
 */
describe('GET /directives/counts: the length of every status list, in one answer', () => {
  let t: TestApp;
  let meetingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const own = t.agencies.own;
    const other = t.agencies.other;
    const meeting = await createMeeting(t, {
      directives: [
        { title: 'Di chuyển các hộ dân', leadOrganizationId: own, dueDate: '2024-03-01' },
        { title: 'Hợp nhất khu kiểm tra hải quan', leadOrganizationId: own, dueDate: '2024-03-15', priority: 'urgent' },
        { title: 'Thành lập Trung tâm xúc tiến đầu tư', leadOrganizationId: own, dueDate: '2024-06-30' },
        { title: 'Rà soát các dự án vi phạm', leadOrganizationId: own },
        { title: 'Báo cáo tiến độ giải phóng mặt bằng', leadOrganizationId: own, dueDate: '2024-03-05' },
        { title: 'Tạm dừng cấp phép mới', leadOrganizationId: own, dueDate: '2024-03-02' },
        // Another agency's work, one of them with the own agency cooperating: the department head sees only that one.
        { title: 'Nâng cấp cửa khẩu', leadOrganizationId: other, cooperatingOrganizationIds: [own], dueDate: '2024-03-08' },
        { title: 'Chỉnh trang đô thị', leadOrganizationId: other, dueDate: '2024-03-20' },
        { title: 'Hủy bỏ đề án cũ', leadOrganizationId: other },
      ],
    });
    meetingId = meeting.id;
    const [, , centre, , report, paused, , , cancelled] = meeting.directives.map((d: { id: string }) => d.id);

    // Submitted on 4 March, before its deadline of the 5th: judged as of that day while it awaits confirmation.
    t.clock.set(new Date('2024-03-04T16:00:00+07:00'));
    const head = t.as('department_head');
    expect(
      (await head.post(`/api/v1/directives/${report}/transitions`, { action: 'submit', note: 'Đã gửi báo cáo' }, ifMatch(1))).status,
    ).toBe(200);
    t.clock.set(new Date('2024-03-12T09:00:00+07:00'));
    expect(
      (await t.as('leader').post(`/api/v1/directives/${paused}/transitions`, { action: 'pause', note: 'Chờ quy hoạch' }, ifMatch(1)))
        .status,
    ).toBe(200);
    expect(
      (await t.post(`/api/v1/directives/${cancelled}/transitions`, { action: 'cancel', note: 'Đã lồng ghép' }, ifMatch(1))).status,
    ).toBe(200);
    expect((await head.post(`/api/v1/directives/${centre}/transitions`, { action: 'start' }, ifMatch(1))).status).toBe(200);
    expect(
      (await head.post(`/api/v1/directives/${centre}/extension-requests`, { proposedDueDate: '2024-09-30', reason: 'Chờ phê duyệt' }))
        .status,
    ).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  /** How many directives the list shows for this query (one page holds them all here). */
  const listed = async (who: 'leader' | 'department_head', query: string): Promise<number> => {
    const response = await t.as(who).get(`/api/v1/directives?limit=200&${query}`);
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    return response.body.items.length;
  };

  /** The counts as the lists would give them, each figure from its own list. */
  const countedFromLists = async (who: 'leader' | 'department_head', filters: string) => {
    const each = async (keys: readonly string[], filter: (key: string) => string) =>
      Object.fromEntries(await Promise.all(keys.map(async (key) => [key, await listed(who, `${filters}&${filter(key)}`)])));
    return {
      byDeadlineStatus: await each(['overdue', 'due_soon', 'on_track', 'no_deadline'], (key) => `deadlineStatus=${key}`),
      byStatus: await each(
        ['assigned', 'in_progress', 'awaiting_confirmation', 'completed', 'reopened', 'paused', 'cancelled'],
        (key) => `status=${key}`,
      ),
      awaitingConfirmation: await listed(who, `${filters}&status=awaiting_confirmation`),
      pendingExtensions: await listed(who, `${filters}&pendingExtension=true`),
      total: await listed(who, filters),
    };
  };

  it.each([
    ['leader', ''],
    ['leader', 'asOf=2024-03-20'],
    ['department_head', ''],
    ['department_head', 'asOf=2024-03-20'],
    ['department_head', 'priority=urgent'],
  ] as const)('equals, as %s with "%s", the length of each matching list', async (who, extra) => {
    const filters = `meetingId=${meetingId}&${extra}`;
    const counts = await t.as(who).get(`/api/v1/directives/counts?${filters}`);
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual(await countedFromLists(who, filters));
  });

  it('counts what the directives show, and only what the caller may see', async () => {
    const leader = (await t.as('leader').get(`/api/v1/directives/counts?meetingId=${meetingId}`)).body;
    expect(leader).toEqual({
      byDeadlineStatus: { overdue: 2, due_soon: 2, on_track: 2, no_deadline: 1 },
      byStatus: { assigned: 5, in_progress: 1, awaiting_confirmation: 1, completed: 0, reopened: 0, paused: 1, cancelled: 1 },
      awaitingConfirmation: 1,
      pendingExtensions: 1,
      total: 9,
    });
    // The own agency's six and the one it cooperates on; as of the 20th the customs one is late, the submitted one is not.
    const head = (await t.as('department_head').get(`/api/v1/directives/counts?meetingId=${meetingId}&asOf=2024-03-20`)).body;
    expect(head).toMatchObject({ byDeadlineStatus: { overdue: 3, due_soon: 1, on_track: 1, no_deadline: 1 }, total: 7 });
    const stranger = (await t.as('other_department_head').get(`/api/v1/directives/counts?meetingId=${meetingId}`)).body;
    expect(stranger.total).toBe(3);
    // By lead and by cooperating agency, as the list filters them.
    const byLead = (await t.as('leader').get(`/api/v1/directives/counts?meetingId=${meetingId}&leadOrganizationId=${t.agencies.other}`))
      .body;
    expect(byLead.total).toBe(3);
    const cooperating = await t
      .as('leader')
      .get(`/api/v1/directives/counts?meetingId=${meetingId}&cooperatingOrganizationId=${t.agencies.own}`);
    expect(cooperating.body.total).toBe(1);
  });

  it('refuses a filter it cannot apply with a 400 problem naming it', async () => {
    for (const [query, field] of [
      ['asOf=2024-02-30', 'asOf'],
      ['leadOrganizationId=hai-quan', 'leadOrganizationId'],
      ['deadlineStatus=overdue', 'deadlineStatus'],
    ]) {
      const response = await t.as('leader').get(`/api/v1/directives/counts?${query}`);
      expectProblem(response, 400, 'validation_failed');
      expect({ query, fields: response.body.errors.map((e: { field: string }) => e.field) }).toEqual({ query, fields: [field] });
    }
  });
});
