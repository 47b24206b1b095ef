import { createOrganization, createPerson } from '../support/factories.js';
import { physicalLines, readCalendar, type ReadCalendar } from '../support/ical-reader.js';
import { createTestApp, ifMatch, TEST_PASSWORD, type Client, type HttpResponse, type TestApp } from '../support/test-app.js';

/** Calendar feeds: subscriptions a calendar app polls without signing in, read back with ical.js. */
describe('Calendar feeds', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const FEED_URL = /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;
  const LONG_TITLE =
    'Khẩn trương hoàn thành giải phóng mặt bằng dự án đường nối Quốc lộ 4E với cao tốc Nội Bài – Lào Cai, bàn giao mặt bằng sạch; báo cáo UBND tỉnh';

  const feeds = (role: Parameters<TestApp['as']>[0]) => t.as(role);
  const pathOf = (url: string): string => new URL(url).pathname;

  async function create(client: Client, scope: string): Promise<{ id: string; url: string }> {
    const response = await client.post('/api/v1/calendar-feeds', { scope });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function fetchCalendar(url: string): Promise<{ response: HttpResponse; calendar: ReadCalendar }> {
    const response = await t.anonymous.get(pathOf(url));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    for (const line of physicalLines(response.text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    return { response, calendar: readCalendar(response.text) };
  }

  const uids = (calendar: ReadCalendar) => ({
    todos: calendar.todos.map((todo) => todo.uid),
    events: calendar.events.map((event) => event.uid),
  });

  async function refused(send: () => Promise<HttpResponse>, status: number, code: string): Promise<HttpResponse> {
    const before = await t.snapshot();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect(await t.snapshot()).toEqual(before);
    return response;
  }

  async function issue(meetingId: string, body: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, body);
    expect(response.status).toBe(201);
    return response.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    ids.third = (await createOrganization(t, { name: 'Sở Tài chính, Kế hoạch' })).id;
    ids.owner = (await createPerson(t, { fullName: 'Nguyễn Thị Hoa', organizationId: t.agencies.own })).id;
    ids.chair = (await createPerson(t, { fullName: 'Trịnh Xuân Trường' })).id;

    const own = await t.post('/api/v1/meetings', {
      title: 'Họp giao ban UBND tỉnh, tháng 3; kỳ 1',
      startsAt: '2024-03-12T08:00:00+07:00',
      endsAt: '2024-03-12T10:30:00+07:00',
      location: 'Phòng họp số 1; Trụ sở UBND tỉnh, 12 Lê Lợi',
      chairId: ids.chair,
      attendees: [
        { personId: ids.chair, role: 'chair' },
        { personId: ids.owner, role: 'member' },
      ],
    });
    expect(own.status).toBe(201);
    ids.meeting = own.body.id;
    const foreign = await t.post('/api/v1/meetings', {
      title: 'Họp riêng của Sở khác',
      startsAt: '2024-03-14T14:00:00+07:00',
      organizerId: t.agencies.other,
    });
    ids.foreignMeeting = foreign.body.id;

    const led = await issue(ids.meeting, {
      title: LONG_TITLE,
      description: 'Phối hợp chặt chẽ với UBND huyện\nLưu ý: giá trị bồi thường \\ tái định cư',
      leadOrganizationId: t.agencies.own,
      cooperatingOrganizationIds: [ids.third],
      ownerId: ids.owner,
      dueDate: '2024-03-15',
      priority: 'urgent',
    });
    ids.led = led.id;
    const started = await t
      .as('department_head')
      .post(`/api/v1/directives/${led.id}/transitions`, { action: 'start' }, ifMatch(led.version));
    expect(started.status).toBe(200);
    expect(
      (await t.as('department_head').post(`/api/v1/directives/${led.id}/progress-reports`, { percent: 40, note: 'Đã kiểm đếm 40% số hộ' }))
        .status,
    ).toBe(201);

    ids.cooperated = (
      await issue(ids.meeting, { title: 'Rà soát quy hoạch', leadOrganizationId: ids.third, cooperatingOrganizationIds: [t.agencies.own] })
    ).id;
    ids.foreignOnOwnMeeting = (
      await issue(ids.meeting, { title: 'Việc riêng của Sở khác', leadOrganizationId: t.agencies.other, dueDate: '2024-03-20' })
    ).id;
    ids.foreignOnForeignMeeting = (
      await issue(ids.foreignMeeting, { title: 'Việc khác nữa', leadOrganizationId: t.agencies.other, dueDate: '2024-04-01' })
    ).id;

    // One completed: start, submit, confirm.
    const done = await issue(ids.meeting, {
      title: 'Báo cáo sơ kết quý I',
      leadOrganizationId: t.agencies.own,
      dueDate: '2024-03-13',
      priority: 'high',
    });
    ids.done = done.id;
    t.clock.set(new Date('2024-03-12T15:00:00+07:00'));
    const s1 = await t.as('department_head').post(`/api/v1/directives/${done.id}/transitions`, { action: 'start' }, ifMatch(done.version));
    const s2 = await t
      .as('department_head')
      .post(`/api/v1/directives/${done.id}/transitions`, { action: 'submit', note: 'Đã gửi báo cáo' }, ifMatch(s1.body.version));
    const s3 = await t.as('leader').post(`/api/v1/directives/${done.id}/transitions`, { action: 'confirm' }, ifMatch(s2.body.version));
    expect([s1.status, s2.status, s3.status]).toEqual([200, 200, 200]);
    t.clock.set(new Date('2024-03-12T16:00:00+07:00'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a feed whose URL is shown once, lists it without it, and serves the agency’s directives and meetings field by field', async () => {
    const created = await feeds('department_head').post('/api/v1/calendar-feeds', { scope: 'organization' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      scope: 'organization',
      createdAt: '2024-03-12T09:00:00.000Z',
      lastUsedAt: null,
      url: expect.stringMatching(FEED_URL),
    });
    const listed = await feeds('department_head').get('/api/v1/calendar-feeds');
    expect(listed.body).toEqual({
      items: [{ id: created.body.id, scope: 'organization', createdAt: '2024-03-12T09:00:00.000Z', lastUsedAt: null }],
    });

    const { response, calendar } = await fetchCalendar(created.body.url);
    expect(calendar.name).toBe('Chỉ Đạo – Sở của tôi');
    expect(calendar.timeZones).toEqual([{ tzid: 'Asia/Ho_Chi_Minh', offsets: ['+07:00'] }]);
    const base = created.body.url.replace(/\/api\/v1\/calendar\/.*$/, '');
    expect(calendar.todos.map(({ lastModified: _, ...todo }) => todo)).toEqual([
      {
        uid: `directive-${ids.done}@chidao`,
        summary: 'Báo cáo sơ kết quý I',
        description: 'Chủ trì: Sở của tôi\nTrạng thái: Hoàn thành\nCuộc họp: Họp giao ban UBND tỉnh, tháng 3; kỳ 1',
        due: '2024-03-13',
        dueIsDate: true,
        status: 'COMPLETED',
        percentComplete: 100,
        completed: '2024-03-12T08:00:00.000Z',
        priority: 3,
        url: `${base}/api/v1/directives/${ids.done}`,
      },
      {
        uid: `directive-${ids.led}@chidao`,
        summary: LONG_TITLE,
        description:
          'Chủ trì: Sở của tôi\nPhối hợp: Sở Tài chính, Kế hoạch\nNgười phụ trách: Nguyễn Thị Hoa\nTrạng thái: Đang thực hiện\n' +
          'Cuộc họp: Họp giao ban UBND tỉnh, tháng 3; kỳ 1\n\nPhối hợp chặt chẽ với UBND huyện\nLưu ý: giá trị bồi thường \\ tái định cư',
        due: '2024-03-15',
        dueIsDate: true,
        status: 'IN-PROCESS',
        percentComplete: 40,
        completed: null,
        priority: 1,
        url: `${base}/api/v1/directives/${ids.led}`,
      },
      {
        uid: `directive-${ids.cooperated}@chidao`,
        summary: 'Rà soát quy hoạch',
        description:
          'Chủ trì: Sở Tài chính, Kế hoạch\nPhối hợp: Sở của tôi\nTrạng thái: Đã giao\nCuộc họp: Họp giao ban UBND tỉnh, tháng 3; kỳ 1',
        due: null,
        dueIsDate: false,
        status: 'NEEDS-ACTION',
        percentComplete: null,
        completed: null,
        priority: 5,
        url: `${base}/api/v1/directives/${ids.cooperated}`,
      },
    ]);
    expect(calendar.events).toEqual([
      {
        uid: `meeting-${ids.meeting}@chidao`,
        summary: 'Họp giao ban UBND tỉnh, tháng 3; kỳ 1',
        description: 'Chủ trì: Trịnh Xuân Trường',
        start: '2024-03-12T01:00:00.000Z',
        end: '2024-03-12T03:30:00.000Z',
        startTzid: 'Asia/Ho_Chi_Minh',
        location: 'Phòng họp số 1; Trụ sở UBND tỉnh, 12 Lê Lợi',
        url: `${base}/api/v1/meetings/${ids.meeting}`,
      },
    ]);
    expect(physicalLines(response.text)).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20240312T080000');

    // The calendar app's poll is remembered for its owner.
    const polled = await feeds('department_head').get('/api/v1/calendar-feeds');
    expect(polled.body.items[0].lastUsedAt).toBe('2024-03-12T09:00:00.000Z');
  });

  it('never shows one agency’s directives in another agency’s calendar, and shows every agency’s to a leader', async () => {
    const own = await fetchCalendar((await create(feeds('department_staff'), 'organization')).url);
    expect(uids(own.calendar)).toEqual({
      todos: [`directive-${ids.done}@chidao`, `directive-${ids.led}@chidao`, `directive-${ids.cooperated}@chidao`],
      events: [`meeting-${ids.meeting}@chidao`],
    });
    for (const hidden of [ids.foreignOnOwnMeeting, ids.foreignOnForeignMeeting, ids.foreignMeeting])
      expect(own.response.text).not.toContain(hidden);
    expect(own.response.text).not.toContain('Việc riêng của Sở khác');

    const other = await fetchCalendar((await create(feeds('other_department_head'), 'organization')).url);
    expect(uids(other.calendar)).toEqual({
      todos: [`directive-${ids.foreignOnOwnMeeting}@chidao`, `directive-${ids.foreignOnForeignMeeting}@chidao`],
      events: [`meeting-${ids.meeting}@chidao`, `meeting-${ids.foreignMeeting}@chidao`],
    });
    for (const hidden of [ids.led, ids.cooperated, ids.done]) expect(other.response.text).not.toContain(hidden);

    const leader = await fetchCalendar((await create(feeds('leader'), 'organization')).url);
    expect(uids(leader.calendar)).toEqual({
      todos: [
        `directive-${ids.done}@chidao`,
        `directive-${ids.led}@chidao`,
        `directive-${ids.foreignOnOwnMeeting}@chidao`,
        `directive-${ids.foreignOnForeignMeeting}@chidao`,
        `directive-${ids.cooperated}@chidao`,
      ],
      events: [`meeting-${ids.meeting}@chidao`, `meeting-${ids.foreignMeeting}@chidao`],
    });
    expect(leader.calendar.name).toBe('Chỉ Đạo – Tất cả cơ quan');
  });

  it('shows in a “me” feed only the directives the user’s person owns and the meetings they attend; nothing without a person', async () => {
    const unlinked = await fetchCalendar((await create(feeds('department_staff'), 'me')).url);
    expect(uids(unlinked.calendar)).toEqual({ todos: [], events: [] });

    const linked = await t.as('admin').edit(`/api/v1/users/${t.users.department_staff.id}`, { personId: ids.owner });
    expect(linked.status).toBe(200);
    const mine = await fetchCalendar((await create(feeds('department_staff'), 'me')).url);
    expect(uids(mine.calendar)).toEqual({ todos: [`directive-${ids.led}@chidao`], events: [`meeting-${ids.meeting}@chidao`] });
    expect(mine.calendar.name).toBe('Chỉ Đạo – department_staff');
  });

  it('answers 304 to a calendar app that has the current feed, and the new feed after a change', async () => {
    const { url } = await create(feeds('department_head'), 'organization');
    const first = await fetchCalendar(url);
    const etag = first.response.headers.etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.response.headers['cache-control']).toBe('private, no-cache');
    const again = await t.anonymous.request('GET', pathOf(url), { headers: { 'if-none-match': etag } });
    expect([again.status, again.text, again.headers.etag]).toEqual([304, '', etag]);

    t.clock.set(new Date('2024-03-12T17:00:00+07:00'));
    await t.as('department_head').post(`/api/v1/directives/${ids.led}/progress-reports`, { percent: 60, note: 'Đã kiểm đếm 60%' });
    const changed = await t.anonymous.request('GET', pathOf(url), { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(readCalendar(changed.text).todos.find((todo) => todo.uid === `directive-${ids.led}@chidao`)!.percentComplete).toBe(60);
  });

  it('revokes a feed at once; someone else’s feed, a revoked one and an unknown one answer 404 and change nothing', async () => {
    const { id, url } = await create(feeds('department_head'), 'organization');
    await fetchCalendar(url);
    await refused(() => feeds('other_department_head').request('DELETE', `/api/v1/calendar-feeds/${id}`), 404, 'calendar_feed_not_found');
    await refused(() => feeds('leader').request('DELETE', `/api/v1/calendar-feeds/${id}`), 404, 'calendar_feed_not_found');

    const revoked = await feeds('department_head').request('DELETE', `/api/v1/calendar-feeds/${id}`);
    expect([revoked.status, revoked.text]).toEqual([204, '']);
    await refused(() => t.anonymous.get(pathOf(url)), 404, 'calendar_feed_not_found');
    await refused(() => feeds('department_head').request('DELETE', `/api/v1/calendar-feeds/${id}`), 404, 'calendar_feed_not_found');
    expect((await feeds('department_head').get('/api/v1/calendar-feeds')).body.items.map((f: { id: string }) => f.id)).not.toContain(id);
    await refused(() => t.anonymous.get(`/api/v1/calendar/${'A'.repeat(43)}.ics`), 404, 'calendar_feed_not_found');
    await refused(
      () => t.anonymous.get(`/api/v1/calendar/${pathOf(url).split('/').pop()!.replace('.ics', '.txt')}`),
      404,
      'calendar_feed_not_found',
    );
    await refused(() => t.anonymous.get('/api/v1/calendar/ngan.ics'), 404, 'calendar_feed_not_found');
  });

  it('keeps no copy of the URL for replays: an Idempotency-Key is not honoured here', async () => {
    const headers = { 'idempotency-key': 'lich-0001' };
    const first = await feeds('leader').post('/api/v1/calendar-feeds', { scope: 'me' }, headers);
    const second = await feeds('leader').post('/api/v1/calendar-feeds', { scope: 'me' }, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.url).not.toBe(first.body.url);
    expect(await t.sql(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = 'lich-0001'`)).toEqual([{ n: 0 }]);
  });

  it('audits creation and revocation without the secret or its hash', async () => {
    const { id, url } = await create(feeds('department_head'), 'me');
    expect((await feeds('department_head').request('DELETE', `/api/v1/calendar-feeds/${id}`)).status).toBe(204);
    const audit = await t.as('leader').get(`/api/v1/audit?entityType=calendar_feed&entityId=${id}`);
    expect(audit.body.items.map((e: { action: string; actor: { username: string } }) => [e.action, e.actor.username])).toEqual([
      ['calendar_feed.revoke', 'department_head'],
      ['calendar_feed.create', 'department_head'],
    ]);
    const [{ secret_hash }] = await t.sql('SELECT secret_hash FROM calendar_feed WHERE id = $1', [id]);
    const secret = pathOf(url).split('/').pop()!.replace('.ics', '');
    const leaks = await t.sql(
      `SELECT count(*)::int AS n FROM audit_entry WHERE coalesce(after::text, '') || coalesce(before::text, '') LIKE '%' || $1 || '%'
                                                    OR coalesce(after::text, '') || coalesce(before::text, '') LIKE '%' || $2 || '%'`,
      [secret_hash, secret],
    );
    expect(leaks).toEqual([{ n: 0 }]);
    expect(audit.body.items[1].changes.map((c: { field: string }) => c.field)).not.toContain('secretHash');
  });

  it('answers 404 once the feed’s owner is disabled', async () => {
    const user = await t.as('admin').post('/api/v1/users', {
      username: 'lich.rieng',
      displayName: 'Lịch riêng',
      role: 'department_staff',
      organizationId: t.agencies.own,
      password: TEST_PASSWORD,
    });
    expect(user.status).toBe(201);
    const token = (await t.login('lich.rieng')).body.accessToken as string;
    const mine = await t.anonymous.request('POST', '/api/v1/calendar-feeds', {
      body: { scope: 'organization' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(mine.status).toBe(201);
    expect(uids((await fetchCalendar(mine.body.url)).calendar).todos).toHaveLength(3);
    expect((await t.as('admin').patch(`/api/v1/users/${user.body.id}`, { active: false }, ifMatch(1))).status).toBe(200);
    await refused(() => t.anonymous.get(pathOf(mine.body.url)), 404, 'calendar_feed_not_found');
  });

  it('refuses a 21st feed in force (409) until one is revoked', async () => {
    const made: string[] = [];
    for (let i = 0; i < 20; i++) {
      t.clock.set(new Date(Date.parse('2024-03-13T08:00:00+07:00') + i * 60_000));
      made.push((await create(feeds('admin'), 'organization')).id);
    }
    await refused(() => feeds('admin').post('/api/v1/calendar-feeds', { scope: 'me' }), 409, 'too_many_calendar_feeds');
    expect((await feeds('admin').get('/api/v1/calendar-feeds')).body.items.map((f: { id: string }) => f.id)).toEqual(made.reverse());
    expect((await feeds('admin').request('DELETE', `/api/v1/calendar-feeds/${made[0]}`)).status).toBe(204);
    await create(feeds('admin'), 'me');
  });

  it('refuses an unknown scope, naming the field, and stores nothing', async () => {
    const response = await refused(() => feeds('leader').post('/api/v1/calendar-feeds', { scope: 'all' }), 400, 'validation_failed');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['scope']);
    await refused(() => t.anonymous.post('/api/v1/calendar-feeds', { scope: 'me' }), 401, 'unauthenticated');
  });
});
