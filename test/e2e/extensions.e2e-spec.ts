import { createMeeting } from '../support/factories.js';
import { TEST_NOW } from '../support/fixed-clock.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { fieldsOf, refused } from '../support/problems.js';
import { createTestApp, ifMatch, TEST_PASSWORD, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/** Extensions of the deadline (gia hạn): the lead agency asks, a leader decides, the directive follows. */
describe('Extensions of a directive’s deadline', () => {
  let t: TestApp;
  let meetingId: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp();
    meetingId = (await createMeeting(t)).id;
  });
  beforeEach(() => {
    t.clock.set(new Date(TEST_NOW)); // 2024-03-12, 09:00 in Hà Nội
  });
  afterAll(async () => {
    await t.close();
  });

  async function issue(
    dueDate: string | null = '2024-03-20',
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; version: number; dueDate: string | null }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Hoàn thành giải phóng mặt bằng dự án đường nối, đợt ${++n}`,
      leadOrganizationId: t.agencies.own,
      ...(dueDate === null ? {} : { dueDate }),
      ...extra,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const requestsOf = (id: string) => `/api/v1/directives/${id}/extension-requests`;
  const decisionOf = (id: string, requestId: string) => `/api/v1/directives/${id}/extension-requests/${requestId}/decision`;
  const read = async (id: string, query = '') => (await t.as('leader').get(`/api/v1/directives/${id}${query}`)).body;

  async function ask(id: string, proposedDueDate: string, reason = 'Vướng mắc giải phóng mặt bằng'): Promise<HttpResponse> {
    const response = await t.as('department_head').post(requestsOf(id), { proposedDueDate, reason });
    expect(response.status).toBe(201);
    return response;
  }

  async function decide(id: string, requestId: string, body: Record<string, unknown>): Promise<HttpResponse> {
    const { version } = await read(id);
    const response = await t.as('leader').post(decisionOf(id, requestId), body, ifMatch(version));
    expect(response.status).toBe(200);
    return response;
  }

  async function move(id: string, role: TestRole, body: Record<string, unknown>): Promise<void> {
    const { version } = await read(id);
    expect((await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(version))).status).toBe(200);
  }

  const user = (role: TestRole) => ({ userId: t.users[role].id, username: t.users[role].username, displayName: role });

  describe('asking and approving', () => {
    it('approves the date asked for: dueDate moves, originalDueDate stays, the directive counts it and no longer shows it pending', async () => {
      const { id, version } = await issue('2024-03-20');
      const asked = await t.as('department_head').post(requestsOf(id), {
        proposedDueDate: '2024-04-15',
        reason: 'Chờ Bộ Tài chính bố trí vốn',
      });
      expect(asked.status).toBe(201);
      expect(asked.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        directiveId: id,
        proposedDueDate: '2024-04-15',
        reason: 'Chờ Bộ Tài chính bố trí vốn',
        currentDueDate: '2024-03-20',
        status: 'pending',
        requestedBy: user('department_head'),
        requestedAt: '2024-03-12T02:00:00.000Z',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        approvedDueDate: null,
      });
      // Asking changes nothing of the directive itself: its version, so anyone's pending edit, stands.
      const pending = await read(id);
      expect(pending).toMatchObject({
        dueDate: '2024-03-20',
        version,
        extensionCount: 0,
        pendingExtension: {
          id: asked.body.id,
          proposedDueDate: '2024-04-15',
          reason: 'Chờ Bộ Tài chính bố trí vốn',
          requestedAt: '2024-03-12T02:00:00.000Z',
        },
      });
      const inList = (await t.as('department_staff').get(`/api/v1/directives?meetingId=${meetingId}`)).body.items.find(
        (d: { id: string }) => d.id === id,
      );
      expect(inList).toMatchObject({ extensionCount: 0, pendingExtension: pending.pendingExtension });

      t.clock.set(new Date('2024-03-14T10:30:00+07:00'));
      const approved = await t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'approved', note: 'Đồng ý' }, ifMatch(version));
      expect(approved.status).toBe(200);
      expect(approved.body).toEqual({
        ...asked.body,
        status: 'approved',
        decidedBy: user('leader'),
        decidedAt: '2024-03-14T03:30:00.000Z',
        decisionNote: 'Đồng ý',
        approvedDueDate: '2024-04-15',
      });
      // If-Match named the directive; the answer's ETag is the directive's new one.
      expect(approved.headers.etag).toBe(`W/"${version + 1}"`);

      const after = await read(id);
      expect(after).toMatchObject({
        dueDate: '2024-04-15',
        originalDueDate: '2024-03-20',
        extensionCount: 1,
        pendingExtension: null,
        version: version + 1,
      });
      const listed = (await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}`)).body.items.find(
        (d: { id: string }) => d.id === id,
      );
      expect(listed).toMatchObject({ dueDate: '2024-04-15', extensionCount: 1, pendingExtension: null });

      // Both changes are on the record: the request's life and the directive's new deadline.
      const requestAudit = await t.as('leader').get(`/api/v1/audit?entityType=directive_extension_request&entityId=${asked.body.id}`);
      expect(requestAudit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'directive.approve_extension',
        'directive.request_extension',
      ]);
      const directiveAudit = await t.as('leader').get(`/api/v1/audit?entityType=directive&entityId=${id}`);
      expect(directiveAudit.body.items[0]).toMatchObject({ action: 'directive.extend' });
    });

    it('approves an earlier date than asked, and a second extension after the first; lists them newest first', async () => {
      const { id } = await issue('2024-03-20');
      const first = await ask(id, '2024-04-15');
      await decide(id, first.body.id, { decision: 'approved' });

      t.clock.set(new Date('2024-04-10T08:00:00+07:00'));
      const second = await ask(id, '2024-05-31', 'Chờ kết quả đấu thầu');
      expect(second.body.currentDueDate).toBe('2024-04-15');
      const granted = await decide(id, second.body.id, { decision: 'approved', approvedDueDate: '2024-05-10' });
      expect(granted.body).toMatchObject({ status: 'approved', proposedDueDate: '2024-05-31', approvedDueDate: '2024-05-10' });
      expect(await read(id)).toMatchObject({
        dueDate: '2024-05-10',
        originalDueDate: '2024-03-20',
        extensionCount: 2,
        pendingExtension: null,
      });

      const listed = await t.as('department_staff').get(requestsOf(id));
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id, first.body.id]);
      expect(listed.body.items[0]).toEqual(granted.body);
      expect(listed.body.nextCursor).toBeNull();
      const page1 = await t.get(`${requestsOf(id)}?limit=1`);
      expect(page1.body.items.map((r: { id: string }) => r.id)).toEqual([second.body.id]);
      const page2 = await t.get(`${requestsOf(id)}?limit=1&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
      expect(page2.body.nextCursor).toBeNull();
    });

    it('turns an overdue directive on track once its deadline is extended, as the lists judge it too', async () => {
      const { id } = await issue('2024-03-01');
      expect((await read(id, '?asOf=2024-03-12')).deadlineStatus).toBe('overdue');
      const asked = await ask(id, '2024-04-30');
      await decide(id, asked.body.id, { decision: 'approved' });
      expect((await read(id, '?asOf=2024-03-12')).deadlineStatus).toBe('on_track');
      const overdue = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&deadlineStatus=overdue&asOf=2024-03-12`);
      expect(overdue.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
      const onTrack = await t.as('leader').get(`/api/v1/directives?meetingId=${meetingId}&deadlineStatus=on_track&asOf=2024-03-12`);
      expect(onTrack.body.items.map((d: { id: string }) => d.id)).toContain(id);
    });

    it('judges a submission on the extended deadline day completed on time', async () => {
      const { id } = await issue('2024-03-15');
      await move(id, 'department_head', { action: 'start' });
      const asked = await ask(id, '2024-03-25');
      await decide(id, asked.body.id, { decision: 'approved' });
      t.clock.set(new Date('2024-03-25T16:00:00+07:00'));
      await move(id, 'department_head', { action: 'submit', note: 'Đã bàn giao mặt bằng' });
      await move(id, 'leader', { action: 'confirm' });
      expect(await read(id)).toMatchObject({ status: 'completed', completion: 'completed_on_time', dueDate: '2024-03-25' });
    });
  });

  describe('rejecting', () => {
    it('leaves the deadline and the directive’s version, and lets the agency ask again', async () => {
      const { id, version } = await issue('2024-03-20');
      const asked = await ask(id, '2024-04-15');
      const rejected = await t
        .as('leader')
        .post(decisionOf(id, asked.body.id), { decision: 'rejected', note: 'Không có căn cứ gia hạn' }, ifMatch(version));
      expect(rejected.status).toBe(200);
      expect(rejected.body).toEqual({
        ...asked.body,
        status: 'rejected',
        decidedBy: user('leader'),
        decidedAt: '2024-03-12T02:00:00.000Z',
        decisionNote: 'Không có căn cứ gia hạn',
        approvedDueDate: null,
      });
      expect(rejected.headers.etag).toBe(`W/"${version}"`);
      expect(await read(id)).toMatchObject({ dueDate: '2024-03-20', version, extensionCount: 0, pendingExtension: null });
      const audit = await t.as('leader').get(`/api/v1/audit?entityType=directive_extension_request&entityId=${asked.body.id}`);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'directive.reject_extension',
        'directive.request_extension',
      ]);

      const again = await ask(id, '2024-03-31');
      expect((await read(id)).pendingExtension).toMatchObject({ id: again.body.id, proposedDueDate: '2024-03-31' });
    });

    it('rejects a request left pending on a directive cancelled meanwhile, but will not approve it (409)', async () => {
      const { id } = await issue('2024-03-20');
      const asked = await ask(id, '2024-04-15');
      await move(id, 'leader', { action: 'cancel', note: 'Đã lồng ghép vào nhiệm vụ khác' });
      const { version } = await read(id);
      await refused(
        t,
        () => t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'approved' }, ifMatch(version)),
        409,
        'directive_closed',
      );
      await decide(id, asked.body.id, { decision: 'rejected' });
      expect(await read(id)).toMatchObject({ status: 'cancelled', dueDate: '2024-03-20', pendingExtension: null });
    });
  });

  describe('refusing a request', () => {
    it('refuses a second request while one is pending (409)', async () => {
      const { id } = await issue();
      await ask(id, '2024-04-15');
      await refused(
        t,
        () => t.as('department_head').post(requestsOf(id), { proposedDueDate: '2024-04-30', reason: 'Lần nữa' }),
        409,
        'extension_already_pending',
      );
    });

    it('refuses a date not later than the deadline, a date already past, and a directive without a deadline (422)', async () => {
      const { id } = await issue('2024-03-20');
      const post = (proposedDueDate: string) => () =>
        t.as('department_head').post(requestsOf(id), { proposedDueDate, reason: 'Cần thêm thời gian' });
      const same = await refused(t, post('2024-03-20'), 422, 'extension_date_not_later');
      expect(fieldsOf(same)).toEqual(['proposedDueDate']);
      await refused(t, post('2024-03-19'), 422, 'extension_date_not_later');

      // Overdue since 1 March, asking on 12 March for 5 March: later, but already past.
      const overdue = await issue('2024-03-01');
      const past = await refused(
        t,
        () => t.as('department_head').post(requestsOf(overdue.id), { proposedDueDate: '2024-03-05', reason: 'Quá hạn' }),
        422,
        'extension_date_in_past',
      );
      expect(fieldsOf(past)).toEqual(['proposedDueDate']);
      // Today itself is a possible new deadline.
      await ask(overdue.id, '2024-03-12');

      const open = await issue(null);
      await refused(
        t,
        () => t.as('department_head').post(requestsOf(open.id), { proposedDueDate: '2024-04-15', reason: 'Không thời hạn' }),
        422,
        'extension_without_deadline',
      );
    });

    it('refuses impossible or badly written dates and a missing or blank reason (400), naming the field', async () => {
      const { id } = await issue();
      const cases: [Record<string, unknown>, string][] = [
        [{ proposedDueDate: '2024-02-30', reason: 'Lý do' }, 'proposedDueDate'],
        [{ proposedDueDate: '15/04/2024', reason: 'Lý do' }, 'proposedDueDate'],
        [{ proposedDueDate: '2024-04-15T00:00:00Z', reason: 'Lý do' }, 'proposedDueDate'],
        [{ reason: 'Lý do' }, 'proposedDueDate'],
        [{ proposedDueDate: '2024-04-15' }, 'reason'],
        [{ proposedDueDate: '2024-04-15', reason: '   ' }, 'reason'],
      ];
      for (const [body, field] of cases) {
        const response = await refused(t, () => t.as('department_head').post(requestsOf(id), body), 400, 'validation_failed');
        expect(fieldsOf(response)).toEqual([field]);
      }
    });

    it('refuses a completed or cancelled directive (409)', async () => {
      const cancelled = await issue();
      await move(cancelled.id, 'leader', { action: 'cancel', note: 'Đã lồng ghép' });
      await refused(
        t,
        () => t.as('department_head').post(requestsOf(cancelled.id), { proposedDueDate: '2024-04-15', reason: 'Lý do' }),
        409,
        'directive_closed',
      );
      const completed = await issue();
      await move(completed.id, 'department_head', { action: 'submit', note: 'Đã hoàn thành' });
      await move(completed.id, 'leader', { action: 'confirm' });
      await refused(
        t,
        () => t.as('department_head').post(requestsOf(completed.id), { proposedDueDate: '2024-04-15', reason: 'Lý do' }),
        409,
        'directive_closed',
      );
    });

    it('lets only the head of the lead agency ask: others who see it 403, another agency’s head 404', async () => {
      const { id } = await issue();
      const body = { proposedDueDate: '2024-04-15', reason: 'Lý do' };
      for (const role of ['department_staff', 'secretariat', 'leader', 'admin'] as const) {
        await refused(t, () => t.as(role).post(requestsOf(id), body), 403, 'forbidden');
      }
      await refused(t, () => t.as('other_department_head').post(requestsOf(id), body), 404, 'directive_not_found');
      await refused(t, () => t.as('other_department_head').get(requestsOf(id)), 404, 'directive_not_found');

      // The head of a cooperating agency sees the directive but does not answer for its deadline.
      const led = await issue('2024-03-20', { leadOrganizationId: t.agencies.other, cooperatingOrganizationIds: [t.agencies.own] });
      expect((await t.as('department_head').get(requestsOf(led.id))).status).toBe(200);
      await refused(t, () => t.as('department_head').post(requestsOf(led.id), body), 403, 'forbidden');
      expect((await t.as('other_department_head').post(requestsOf(led.id), body)).status).toBe(201);
    });

    it('replays a request sent twice with one Idempotency-Key: the same answer, one request', async () => {
      const { id } = await issue();
      const headers = { 'idempotency-key': 'gia-han-0001' };
      const body = { proposedDueDate: '2024-04-15', reason: 'Lý do' };
      const first = await t.as('department_head').post(requestsOf(id), body, headers);
      const again = await t.as('department_head').post(requestsOf(id), body, headers);
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.body).toEqual(first.body);
      expect((await t.get(requestsOf(id))).body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
    });

    it('holds one pending request per directive in the schema itself', async () => {
      const { id } = await issue();
      await ask(id, '2024-04-15');
      await expect(
        t.sql(
          `INSERT INTO directive_extension_request (directive_id, proposed_due_date, reason, current_due_date, requested_by_user_id, requested_at)
           VALUES ($1, '2024-04-30', 'Lách qua dịch vụ', '2024-03-20', $2, now())`,
          [id, t.users.department_head.id],
        ),
      ).rejects.toThrow(/uq_directive_extension_request_one_pending/);
    });
  });

  describe('refusing a decision', () => {
    it('lets only a leader decide: 403 for every other role, whatever its agency', async () => {
      const { id, version } = await issue();
      const asked = await ask(id, '2024-04-15');
      for (const role of ['department_head', 'department_staff', 'secretariat', 'admin', 'other_department_head'] as const) {
        await refused(
          t,
          () => t.as(role).post(decisionOf(id, asked.body.id), { decision: 'approved' }, ifMatch(version)),
          403,
          'forbidden',
        );
      }
    });

    it('refuses to decide a decided request again (409), a stale If-Match (412) and none at all (428)', async () => {
      const { id, version } = await issue();
      const asked = await ask(id, '2024-04-15');
      await refused(t, () => t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'rejected' }), 428, 'precondition_required');
      await decide(id, asked.body.id, { decision: 'approved' });
      const stale = await refused(
        t,
        () => t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'rejected' }, ifMatch(version)),
        412,
        'version_mismatch',
      );
      expect(stale.headers.etag).toBe(`W/"${version + 1}"`);
      await refused(
        t,
        () => t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'rejected' }, ifMatch(version + 1)),
        409,
        'extension_not_pending',
      );
    });

    it('refuses a granted date not later than the deadline or later than asked (422), and a date with a rejection (400)', async () => {
      const { id, version } = await issue('2024-03-20');
      const asked = await ask(id, '2024-04-15');
      const post = (body: Record<string, unknown>) => () => t.as('leader').post(decisionOf(id, asked.body.id), body, ifMatch(version));
      const same = await refused(t, post({ decision: 'approved', approvedDueDate: '2024-03-20' }), 422, 'extension_date_not_later');
      expect(fieldsOf(same)).toEqual(['approvedDueDate']);
      await refused(t, post({ decision: 'approved', approvedDueDate: '2024-03-01' }), 422, 'extension_date_not_later');
      await refused(t, post({ decision: 'approved', approvedDueDate: '2024-04-16' }), 422, 'extension_date_beyond_proposed');
      const withDate = await refused(t, post({ decision: 'rejected', approvedDueDate: '2024-04-01' }), 400, 'validation_failed');
      expect(fieldsOf(withDate)).toEqual(['approvedDueDate']);
      const impossible = await refused(t, post({ decision: 'approved', approvedDueDate: '2024-04-31' }), 400, 'validation_failed');
      expect(fieldsOf(impossible)).toEqual(['approvedDueDate']);
      const unknown = await refused(t, post({ decision: 'postponed' }), 400, 'validation_failed');
      expect(fieldsOf(unknown)).toEqual(['decision']);
      // The one that fits, at the last moment, still works.
      await decide(id, asked.body.id, { decision: 'approved', approvedDueDate: '2024-03-21' });
      expect((await read(id)).dueDate).toBe('2024-03-21');
    });

    it('answers 404 for a request that is not this directive’s', async () => {
      const { id, version } = await issue();
      const other = await issue();
      const asked = await ask(other.id, '2024-04-15');
      await refused(
        t,
        () => t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'approved' }, ifMatch(version)),
        404,
        'extension_request_not_found',
      );
      await refused(
        t,
        () => t.as('leader').post(decisionOf(id, '00000000-0000-4000-8000-000000000000'), { decision: 'approved' }, ifMatch(version)),
        404,
        'extension_request_not_found',
      );
    });
  });

  describeRaces('requests and decisions racing', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('two requests at once: one 201, one 409, one pending request', async () => {
      const { id } = await issue();
      const results = await Promise.all(
        ['2024-04-15', '2024-04-30'].map((proposedDueDate) =>
          t.as('department_head').post(requestsOf(id), { proposedDueDate, reason: 'Cùng lúc' }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.code).toBe('extension_already_pending');
      const rows = await t.sql(`SELECT status FROM directive_extension_request WHERE directive_id = $1`, [id]);
      expect(rows).toEqual([{ status: 'pending' }]);
    });

    it('two leaders deciding at once: one 200, the other 409 or 412, one decision on record', async () => {
      const second = await t
        .as('admin')
        .post('/api/v1/users', { username: 'leader-two', displayName: 'Phó Chủ tịch', role: 'leader', password: TEST_PASSWORD });
      expect(second.status).toBe(201);
      const secondToken = (await t.login('leader-two')).body.accessToken as string;

      const { id, version } = await issue('2024-03-20');
      const asked = await ask(id, '2024-04-15');
      const [first, other] = await Promise.all([
        t.as('leader').post(decisionOf(id, asked.body.id), { decision: 'approved' }, ifMatch(version)),
        t.anonymous.request('POST', decisionOf(id, asked.body.id), {
          body: { decision: 'approved', approvedDueDate: '2024-04-01' },
          headers: { ...ifMatch(version), authorization: `Bearer ${secondToken}` },
        }),
      ]);
      const statuses = [first.status, other.status];
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      const loser = [first, other].find((r) => r.status !== 200)!;
      expect([409, 412]).toContain(loser.status);
      const winner = [first, other].find((r) => r.status === 200)!;

      expect(await read(id)).toMatchObject({ dueDate: winner.body.approvedDueDate, extensionCount: 1, version: version + 1 });
      const decisions = await t.sql(
        `SELECT action FROM audit_entry WHERE entity_id = $1 AND action IN ('directive.approve_extension', 'directive.reject_extension')`,
        [asked.body.id],
      );
      expect(decisions).toHaveLength(1);
      const extended = await t.sql(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'directive.extend'`, [id]);
      expect(extended).toHaveLength(1);
    });
  });
});
