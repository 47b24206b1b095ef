import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, TEST_PASSWORD, type TestApp, type TestRole } from '../support/test-app.js';

/** In-app notifications: who is told what, in the transaction of the change, and how a user reads them. */
describe('Notifications', () => {
  let t: TestApp;
  let meetingId: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t)).id;
    // A second leader: every leader is told what waits for the leaders.
    const created = await t
      .as('admin')
      .post('/api/v1/users', { username: 'leader-two', displayName: 'Phó Chủ tịch', role: 'leader', password: TEST_PASSWORD });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  async function issue(body: Record<string, unknown> = {}): Promise<{ id: string; version: number; title: string }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Đẩy nhanh tiến độ giải ngân vốn đầu tư công, đợt ${++n}`,
      leadOrganizationId: t.agencies.own,
      dueDate: '2024-04-01',
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  /** Who holds a notification about this directive, and of which kind: "username kind", in username order. */
  async function toldAbout(directiveId: string): Promise<string[]> {
    const rows = await t.sql<{ told: string }>(
      `SELECT u.username || ' ' || n.kind AS told FROM notification n JOIN app_user u ON u.id = n.user_id
       WHERE n.directive_id = $1 ORDER BY u.username, n.kind`,
      [directiveId],
    );
    return rows.map((r) => r.told);
  }

  const notificationsOf = (role: TestRole, query = '') => t.as(role).get(`/api/v1/notifications${query}`);

  /** Moves the clock a minute on, so that what follows is the newest notification. */
  let minutes = 0;
  const later = () => t.clock.set(new Date(Date.parse('2024-03-12T09:00:00+07:00') + ++minutes * 60_000));

  it('tells the lead agency’s head and staff of a directive issued to it, and the cooperating agency’s users; not the actor, not other agencies, not leaders', async () => {
    t.clock.set(new Date('2024-03-12T09:00:00+07:00'));
    const directive = await issue({ cooperatingOrganizationIds: [t.agencies.other] });
    expect(await toldAbout(directive.id)).toEqual([
      'department_head directive_issued',
      'department_staff directive_issued',
      'other_department_head cooperation_issued',
    ]);
    // The audit trail has the issue, not its notifications (a consequence, not a decision).
    expect(await t.sql(`SELECT action, entity_type FROM audit_entry WHERE entity_id = $1`, [directive.id])).toEqual([
      { action: 'directive.issue', entity_type: 'directive' },
    ]);
    const staff = await notificationsOf('department_staff');
    expect(staff.status).toBe(200);
    expect(staff.body).toEqual({
      items: [
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          kind: 'directive_issued',
          directiveId: directive.id,
          meetingId,
          title: directive.title,
          message: 'Đơn vị được giao chủ trì thực hiện, hạn 01/04/2024',
          createdAt: '2024-03-12T02:00:00.000Z',
          readAt: null,
        },
      ],
      nextCursor: null,
    });
    const other = await notificationsOf('other_department_head');
    expect(other.body.items.map((i: { kind: string; message: string }) => [i.kind, i.message])).toEqual([
      ['cooperation_issued', 'Đơn vị được giao phối hợp thực hiện, hạn 01/04/2024'],
    ]);
    expect((await notificationsOf('leader')).body.items).toEqual([]);
    expect((await notificationsOf('secretariat')).body.items).toEqual([]);
  });

  it('tells the agencies of every directive of a meeting recorded whole, each of its own', async () => {
    const meeting = await createMeeting(t, {
      directives: [
        { title: 'Rà soát quy hoạch khu công nghiệp', leadOrganizationId: t.agencies.own },
        { title: 'Báo cáo tình hình thu ngân sách', leadOrganizationId: t.agencies.other, cooperatingOrganizationIds: [t.agencies.own] },
      ],
    });
    const [ours, theirs] = meeting.directives as { id: string }[];
    expect(await toldAbout(ours!.id)).toEqual(['department_head directive_issued', 'department_staff directive_issued']);
    expect(await toldAbout(theirs!.id)).toEqual([
      'department_head cooperation_issued',
      'department_staff cooperation_issued',
      'other_department_head directive_issued',
    ]);
  });

  it('tells nobody of a directive that was refused', async () => {
    const before = await t.snapshot();
    const refused = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: 'Việc không hợp lệ',
      leadOrganizationId: t.agencies.own,
      cooperatingOrganizationIds: [t.agencies.own],
    });
    expect(refused.status).toBe(422);
    expect(await t.snapshot()).toEqual(before);
  });

  it('tells the lead agency who owns the directive, but not the head who assigned it, and not again for the same owner', async () => {
    const directive = await issue();
    const owner = await createPerson(t, { organizationId: t.agencies.own, fullName: 'Nguyễn Thị Hoa' });
    later();
    const assigned = await t.as('department_head').patch(`/api/v1/directives/${directive.id}`, { ownerId: owner.id }, ifMatch(1));
    expect(assigned.status).toBe(200);
    expect(await toldAbout(directive.id)).toEqual([
      'department_head directive_issued',
      'department_staff directive_issued',
      'department_staff owner_assigned',
    ]);
    const [latest] = (await notificationsOf('department_staff')).body.items;
    expect(latest).toMatchObject({ kind: 'owner_assigned', directiveId: directive.id, message: 'Người phụ trách: Nguyễn Thị Hoa' });

    // The same owner again, or another field, tells nobody anything new.
    expect((await t.as('department_head').patch(`/api/v1/directives/${directive.id}`, { ownerId: owner.id }, ifMatch(2))).status).toBe(200);
    expect((await t.patch(`/api/v1/directives/${directive.id}`, { priority: 'high' }, ifMatch(3))).status).toBe(200);
    expect(await toldAbout(directive.id)).toHaveLength(3);
  });

  it('tells an agency a directive is given to by an edit, as lead or to cooperate, and not those that already had it', async () => {
    const directive = await issue();
    later();
    const moved = await t.patch(
      `/api/v1/directives/${directive.id}`,
      { leadOrganizationId: t.agencies.other, cooperatingOrganizationIds: [t.agencies.own] },
      ifMatch(1),
    );
    expect(moved.status).toBe(200);
    expect(await toldAbout(directive.id)).toEqual([
      'department_head cooperation_issued',
      'department_head directive_issued',
      'department_staff cooperation_issued',
      'department_staff directive_issued',
      'other_department_head directive_issued',
    ]);
    // The same agencies again, or a new deadline: nobody new.
    expect((await t.patch(`/api/v1/directives/${directive.id}`, { cooperatingOrganizationIds: [t.agencies.own] }, ifMatch(2))).status).toBe(
      200,
    );
    expect((await t.patch(`/api/v1/directives/${directive.id}`, { dueDate: '2024-05-01' }, ifMatch(3))).status).toBe(200);
    expect(await toldAbout(directive.id)).toHaveLength(5);
  });

  it('tells every leader of a submission, and the lead agency (not the leader who did it) of a rejection, with its note', async () => {
    const directive = await issue();
    const step = (role: TestRole, version: number, body: Record<string, unknown>) =>
      t.as(role).post(`/api/v1/directives/${directive.id}/transitions`, body, ifMatch(version));
    later();
    expect((await step('department_head', 1, { action: 'submit', note: 'Đã giải ngân 100% kế hoạch vốn' })).status).toBe(200);
    expect(await toldAbout(directive.id)).toEqual([
      'department_head directive_issued',
      'department_staff directive_issued',
      'leader awaiting_confirmation',
      'leader-two awaiting_confirmation',
    ]);
    const [forLeader] = (await notificationsOf('leader')).body.items;
    expect(forLeader).toMatchObject({ kind: 'awaiting_confirmation', message: 'Sở của tôi báo cáo hoàn thành, chờ xác nhận' });

    later();
    expect((await step('leader', 2, { action: 'reject', note: 'Chưa có biên bản nghiệm thu' })).status).toBe(200);
    expect(await toldAbout(directive.id)).toEqual([
      'department_head directive_issued',
      'department_head rejected',
      'department_staff directive_issued',
      'department_staff rejected',
      'leader awaiting_confirmation',
      'leader-two awaiting_confirmation',
    ]);
    const [forHead] = (await notificationsOf('department_head')).body.items;
    expect(forHead).toMatchObject({ kind: 'rejected', message: 'Kết quả chưa được xác nhận: Chưa có biên bản nghiệm thu' });

    // Other steps tell nobody.
    expect((await step('department_head', 3, { action: 'start' })).status).toBe(200);
    expect(await toldAbout(directive.id)).toHaveLength(6);
  });

  it('tells the lead agency of a reminder with its note', async () => {
    const directive = await issue();
    later();
    const reminded = await t
      .as('leader')
      .post(`/api/v1/directives/${directive.id}/reminders`, { note: 'Khẩn trương báo cáo kết quả', channel: 'phone' });
    expect(reminded.status).toBe(201);
    expect(await toldAbout(directive.id)).toEqual([
      'department_head directive_issued',
      'department_head reminded',
      'department_staff directive_issued',
      'department_staff reminded',
    ]);
    const [latest] = (await notificationsOf('department_head')).body.items;
    expect(latest).toMatchObject({ kind: 'reminded', message: 'Đôn đốc: Khẩn trương báo cáo kết quả' });
  });

  it('tells no disabled account', async () => {
    const staff = await t.as('admin').post('/api/v1/users', {
      username: 'nghi-viec',
      displayName: 'Đã nghỉ việc',
      role: 'department_staff',
      organizationId: t.agencies.own,
      password: TEST_PASSWORD,
    });
    expect((await t.as('admin').patch(`/api/v1/users/${staff.body.id}`, { active: false }, ifMatch(1))).status).toBe(200);
    const directive = await issue();
    expect(await toldAbout(directive.id)).toEqual(['department_head directive_issued', 'department_staff directive_issued']);
  });

  it('keeps out of sight what concerns a directive the agency may no longer see: not listed, not counted, not readable', async () => {
    const directive = await issue();
    const [told] = (await notificationsOf('department_staff')).body.items;
    expect(told).toMatchObject({ kind: 'directive_issued', directiveId: directive.id });
    const unreadBefore = (await t.as('department_staff').get('/api/v1/notifications/unread-count')).body.count;

    // Given to another agency alone, then retitled with what the first agency must not read.
    expect((await t.patch(`/api/v1/directives/${directive.id}`, { leadOrganizationId: t.agencies.other }, ifMatch(1))).status).toBe(200);
    expect((await t.patch(`/api/v1/directives/${directive.id}`, { title: 'Thanh tra nội bộ (mật)' }, ifMatch(2))).status).toBe(200);
    expect((await t.as('department_staff').get(`/api/v1/directives/${directive.id}`)).status).toBe(404);

    const listed = (await notificationsOf('department_staff')).body.items as { directiveId: string; title: string }[];
    expect(listed.filter((n) => n.directiveId === directive.id)).toEqual([]);
    expect((await t.as('department_staff').get('/api/v1/notifications/unread-count')).body.count).toBe(unreadBefore - 1);
    const before = await t.snapshot();
    const read = await t.as('department_staff').post(`/api/v1/notifications/${told.id}/read`, undefined);
    expect([read.status, read.body.code]).toEqual([404, 'notification_not_found']);
    expect(await t.snapshot()).toEqual(before);
    // The agency it went to hears of it, under its current title.
    const theirs = (await notificationsOf('other_department_head')).body.items as { directiveId: string; title: string }[];
    expect(theirs.filter((n) => n.directiveId === directive.id).map((n) => n.title)).toEqual(['Thanh tra nội bộ (mật)']);
  });

  describe('extension requests', () => {
    const ask = (id: string, proposedDueDate: string) =>
      t.as('department_head').post(`/api/v1/directives/${id}/extension-requests`, { proposedDueDate, reason: 'Chờ ý kiến thẩm định' });

    it('tells every leader of a request (not the head who made it)', async () => {
      const directive = await issue();
      later();
      expect((await ask(directive.id, '2024-04-30')).status).toBe(201);
      expect(await toldAbout(directive.id)).toEqual([
        'department_head directive_issued',
        'department_staff directive_issued',
        'leader extension_requested',
        'leader-two extension_requested',
      ]);
      const [forLeader] = (await notificationsOf('leader')).body.items;
      expect(forLeader).toMatchObject({
        kind: 'extension_requested',
        directiveId: directive.id,
        message: 'Sở của tôi đề nghị gia hạn, hạn 01/04/2024',
      });
    });

    it('tells the lead agency of the decision, with the new deadline when approved; not the leader who decided', async () => {
      const decide = async (id: string, version: number, body: Record<string, unknown>) => {
        const requested = await ask(id, '2024-05-15');
        const decided = await t
          .as('leader')
          .post(`/api/v1/directives/${id}/extension-requests/${requested.body.id}/decision`, body, ifMatch(version));
        expect(decided.status).toBe(200);
      };
      const approved = await issue();
      await decide(approved.id, approved.version, { decision: 'approved' });
      const refused = await issue();
      await decide(refused.id, refused.version, { decision: 'rejected', note: 'Không có lý do chính đáng' });
      const messages = await t.sql<{ message: string }>(
        `SELECT n.message FROM notification n WHERE n.user_id = $1 AND n.kind = 'extension_decided' AND n.directive_id = ANY($2)
         ORDER BY n.directive_id = $3 DESC`,
        [t.users.department_staff.id, [approved.id, refused.id], approved.id],
      );
      expect(messages.map((m) => m.message)).toEqual([
        'Đề nghị gia hạn được chấp thuận, hạn mới 15/05/2024',
        'Đề nghị gia hạn không được chấp thuận, hạn 01/04/2024',
      ]);
      expect(await toldAbout(approved.id)).toEqual([
        'department_head directive_issued',
        'department_head extension_decided',
        'department_staff directive_issued',
        'department_staff extension_decided',
        'leader extension_requested',
        'leader-two extension_requested',
      ]);
    });
  });

  describe('reading them', () => {
    let readerClient: ReturnType<TestApp['as']>;

    beforeAll(async () => {
      // A reader of their own: an agency user created for these tests, so the counts are theirs alone.
      const org = await t.as('admin').post('/api/v1/organizations', { name: 'Sở Tài chính', shortName: 'STC', kind: 'department' });
      const user = await t.as('admin').post('/api/v1/users', {
        username: 'chuyenvien-stc',
        displayName: 'Chuyên viên',
        role: 'department_staff',
        organizationId: org.body.id,
        password: TEST_PASSWORD,
      });
      const token = (await t.login('chuyenvien-stc')).body.accessToken as string;
      expect(user.status).toBe(201);
      readerClient = {
        ...t.anonymous,
        get: (url: string) => t.anonymous.request('GET', url, { headers: { authorization: `Bearer ${token}` } }),
        post: (url: string, body: unknown) => t.anonymous.request('POST', url, { body, headers: { authorization: `Bearer ${token}` } }),
      } as ReturnType<TestApp['as']>;
      for (const [i, at] of ['2024-03-13T08:00:00+07:00', '2024-03-13T09:00:00+07:00', '2024-03-14T08:00:00+07:00'].entries()) {
        t.clock.set(new Date(at));
        await issue({ leadOrganizationId: org.body.id, title: `Việc của Sở Tài chính số ${i + 1}` });
      }
    });

    const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

    it('lists one’s own newest first, page by page, and counts the unread', async () => {
      const first = await readerClient.get('/api/v1/notifications?limit=2');
      expect(first.status).toBe(200);
      expect(titles(first.body)).toEqual(['Việc của Sở Tài chính số 3', 'Việc của Sở Tài chính số 2']);
      expect(first.body.items.map((i: { createdAt: string }) => i.createdAt)).toEqual([
        '2024-03-14T01:00:00.000Z',
        '2024-03-13T02:00:00.000Z',
      ]);
      const second = await readerClient.get(`/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
      expect(titles(second.body)).toEqual(['Việc của Sở Tài chính số 1']);
      expect(second.body.nextCursor).toBeNull();
      expect((await readerClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 3 });
    });

    it('marks one read, keeps the first reading when marked again, and lists only the unread when asked', async () => {
      const [, middle] = (await readerClient.get('/api/v1/notifications')).body.items;
      t.clock.set(new Date('2024-03-15T10:00:00+07:00'));
      const before = await t.snapshot();
      const read = await readerClient.post(`/api/v1/notifications/${middle.id}/read`, undefined);
      expect(read.status).toBe(200);
      // Not audited: a notification is a consequence of audited changes, and reading it decides nothing.
      const after = await t.snapshot();
      expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(['notification']);
      expect(read.body).toEqual({ ...middle, readAt: '2024-03-15T03:00:00.000Z' });

      t.clock.set(new Date('2024-03-16T10:00:00+07:00'));
      const again = await readerClient.post(`/api/v1/notifications/${middle.id}/read`, undefined);
      expect(again.body.readAt).toBe('2024-03-15T03:00:00.000Z');

      expect(titles((await readerClient.get('/api/v1/notifications?unread=true')).body)).toEqual([
        'Việc của Sở Tài chính số 3',
        'Việc của Sở Tài chính số 1',
      ]);
      expect(titles((await readerClient.get('/api/v1/notifications?unread=false')).body)).toHaveLength(3);
      expect((await readerClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 2 });
    });

    it('answers 404 for someone else’s notification, and for none, and changes nothing', async () => {
      const [theirs] = (await notificationsOf('department_head')).body.items;
      const before = await t.snapshot();
      for (const id of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
        const response = await readerClient.post(`/api/v1/notifications/${id}/read`, undefined);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('notification_not_found');
      }
      expect(await t.snapshot()).toEqual(before);
      const maybe = await readerClient.get('/api/v1/notifications?unread=maybe');
      expect([maybe.status, maybe.body.errors]).toEqual([400, [{ field: 'unread', message: 'unread must be true or false' }]]);
      const forged = await readerClient.get(`/api/v1/notifications?cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`);
      expect([forged.status, forged.body.errors[0].field]).toEqual([400, 'cursor']);
    });

    it('marks all read and answers how many that was; again: none', async () => {
      const staffUnread = (await t.as('department_staff').get('/api/v1/notifications/unread-count')).body.count;
      expect((await readerClient.post('/api/v1/notifications/read-all', undefined)).body).toEqual({ marked: 2 });
      expect((await readerClient.post('/api/v1/notifications/read-all', undefined)).body).toEqual({ marked: 0 });
      expect((await readerClient.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 0 });
      expect((await readerClient.get('/api/v1/notifications?unread=true')).body).toEqual({ items: [], nextCursor: null });
      // Only the caller's.
      expect((await t.as('department_staff').get('/api/v1/notifications/unread-count')).body.count).toBe(staffUnread);
      expect(staffUnread).toBeGreaterThan(0);
    });
  });
});
