import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** Deadlines judged as of a date, and the filters leaders use to find what is late (today: 12 March 2024 in Hà Nội). */
describe('GET /directives: deadline status as of a date, and filters', () => {
  let t: TestApp;
  let meetingId: string;
  const ids: Record<string, string> = {};
  let owner: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createPerson(t, { organizationId: t.agencies.own });
    const lead = t.agencies.own;
    const meeting = await createMeeting(t, {
      directives: [
        {
          title: 'Di chuyển các hộ dân ra khỏi khu công nghiệp Tằng Loỏng',
          leadOrganizationId: lead,
          dueDate: '2024-03-01',
          ownerId: owner.id,
        },
        { title: 'Hợp nhất khu kiểm tra hải quan Kim Thành', leadOrganizationId: lead, dueDate: '2024-03-15', priority: 'urgent' },
        { title: 'Thành lập Trung tâm xúc tiến đầu tư', leadOrganizationId: lead, dueDate: '2024-06-30' },
        { title: 'Rà soát, thu hồi các dự án vi phạm', leadOrganizationId: lead },
        { title: 'Báo cáo tiến độ giải phóng mặt bằng', leadOrganizationId: lead, dueDate: '2024-03-05' },
        { title: 'Tạm dừng cấp phép mới', leadOrganizationId: lead, dueDate: '2024-03-02' },
      ],
    });
    meetingId = meeting.id;
    ['relocate', 'customs', 'centre', 'review', 'report', 'paused'].forEach((key, i) => (ids[key] = meeting.directives[i].id));

    // Submitted on 4 March, before its deadline of the 5th; the leader has not confirmed yet.
    t.clock.set(new Date('2024-03-04T16:00:00+07:00'));
    const head = t.as('department_head');
    expect(
      (await head.post(`/api/v1/directives/${ids.report}/transitions`, { action: 'submit', note: 'Đã gửi báo cáo' }, ifMatch(1))).status,
    ).toBe(200);
    t.clock.set(new Date('2024-03-12T09:00:00+07:00'));
    expect(
      (await t.as('leader').post(`/api/v1/directives/${ids.paused}/transitions`, { action: 'pause', note: 'Chờ quy hoạch' }, ifMatch(1)))
        .status,
    ).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (query: string): Promise<string[]> => {
    const response = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&${query}`);
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    return response.body.items.map((d: { id: string }) => byId[d.id]);
  };

  it('judges each directive as of today, a submission as of its day, and tracks no paused one', async () => {
    const response = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}`);
    const statusOf = Object.fromEntries(
      response.body.items.map((d: { id: string; deadlineStatus: string | null }) => [d.id, d.deadlineStatus]),
    );
    expect(Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, statusOf[id]]))).toEqual({
      relocate: 'overdue',
      customs: 'due_soon',
      centre: 'on_track',
      review: 'no_deadline',
      report: 'due_soon',
      paused: null,
    });
  });

  it('filters by deadline status in the list order (deadline, none last)', async () => {
    expect(await list('deadlineStatus=overdue')).toEqual(['relocate']);
    expect(await list('deadlineStatus=due_soon')).toEqual(['report', 'customs']);
    expect(await list('deadlineStatus=on_track')).toEqual(['centre']);
    expect(await list('deadlineStatus=no_deadline')).toEqual(['review']);
  });

  it('answers as of another date, in the list and for one directive', async () => {
    expect(await list('deadlineStatus=overdue&asOf=2024-03-20')).toEqual(['relocate', 'customs']);
    expect(await list('deadlineStatus=overdue&asOf=2024-02-20')).toEqual([]);
    const one = await t.as('leader').get(`/api/v1/directives/${ids.customs}?asOf=2024-03-20`);
    expect(one.body.deadlineStatus).toBe('overdue');
    expect((await t.as('leader').get(`/api/v1/directives/${ids.customs}`)).body.deadlineStatus).toBe('due_soon');
  });

  it('filters by owner, priority, completion and words of the title without accents, combined with paging', async () => {
    expect(await list(`ownerId=${owner.id}`)).toEqual(['relocate']);
    expect(await list('priority=urgent')).toEqual(['customs']);
    expect(await list('completion=completed_on_time')).toEqual([]);
    expect(await list('q=di chuyen')).toEqual(['relocate']);
    expect(await list('q=KHU')).toEqual(['relocate', 'customs']);
    expect(await list('q=100%')).toEqual([]);
    const first = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&deadlineStatus=due_soon&limit=1`);
    const second = await t
      .as('leader')
      .get(`/api/v1/directives?meetingId=${meetingId}&deadlineStatus=due_soon&limit=1&cursor=${first.body.nextCursor}`);
    expect([first.body.items[0].id, second.body.items[0].id]).toEqual([ids.report, ids.customs]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lists only the directives whose extension request awaits a decision (pendingExtension=true), and no longer once decided', async () => {
    expect(await list('pendingExtension=true')).toEqual([]);
    const asked = await t
      .as('department_head')
      .post(`/api/v1/directives/${ids.centre}/extension-requests`, { proposedDueDate: '2024-09-30', reason: 'Chờ phê duyệt đề án' });
    expect(asked.status).toBe(201);
    expect(await list('pendingExtension=true')).toEqual(['centre']);
    expect(await list('pendingExtension=true&priority=urgent')).toEqual([]);
    const { version } = (await t.as('leader').get(`/api/v1/directives/${ids.centre}`)).body;
    const decided = await t
      .as('leader')
      .post(
        `/api/v1/directives/${ids.centre}/extension-requests/${asked.body.id}/decision`,
        { decision: 'rejected', note: 'Giữ nguyên thời hạn' },
        ifMatch(version),
      );
    expect(decided.status).toBe(200);
    expect(await list('pendingExtension=true')).toEqual([]);
    // Another agency's head sees none of them, pending or not.
    expect((await t.as('other_department_head').get('/api/v1/directives?pendingExtension=true')).body.items).toEqual([]);
  });

  it('refuses an impossible date or an unknown status, naming the parameter', async () => {
    for (const [query, field] of [
      ['asOf=2024-02-30', 'asOf'],
      ['deadlineStatus=late', 'deadlineStatus'],
      ['completion=done', 'completion'],
      ['pendingExtension=yes', 'pendingExtension'],
    ]) {
      const response = await t.as('leader').get(`/api/v1/directives?${query}`);
      expect({ query, status: response.status, fields: response.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
    }
    expect((await t.as('leader').get(`/api/v1/directives/${ids.customs}?asOf=2024-13-01`)).status).toBe(400);
  });
});
