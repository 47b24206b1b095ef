import { createMeeting } from '../support/factories.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

/** The follow-up workflow through the API: who may move a directive, from where to where, and how completion is judged. */
describe('POST /directives/{id}/transitions', () => {
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

  /** A new directive of the own agency (whose head is `department_head`), due on `dueDate`. */
  async function issue(dueDate: string | null = '2024-06-30'): Promise<{ id: string; version: number }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Di chuyển các hộ dân ra khỏi khu công nghiệp, đợt ${++n}`,
      leadOrganizationId: t.agencies.own,
      dueDate,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const move = (role: Parameters<TestApp['as']>[0], id: string, version: number, body: Record<string, unknown>) =>
    t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(version));

  it('follows a directive from issue to confirmed completion, each party seeing the actions it may take', async () => {
    const { id } = await issue();
    const actionsOf = async (role: Parameters<TestApp['as']>[0]) => (await t.as(role).get(`/api/v1/directives/${id}`)).body.allowedActions;
    expect(await actionsOf('department_head')).toEqual(['start', 'submit']);
    expect(await actionsOf('leader')).toEqual(['pause', 'cancel']);
    expect(await actionsOf('secretariat')).toEqual(['cancel']);
    expect(await actionsOf('department_staff')).toEqual([]);
    expect(await actionsOf('admin')).toEqual([]);

    const started = await move('department_head', id, 1, { action: 'start' });
    expect(started.status).toBe(200);
    expect(started.headers.etag).toBe('W/"2"');
    expect(started.body).toMatchObject({ status: 'in_progress', allowedActions: ['submit'], submittedAt: null, completion: null });

    t.clock.set(new Date('2024-06-28T10:00:00+07:00'));
    const submitted = await move('department_head', id, 2, { action: 'submit', note: 'Đã di chuyển 42 hộ, bàn giao mặt bằng' });
    expect(submitted.body).toMatchObject({ status: 'awaiting_confirmation', allowedActions: [], submittedAt: '2024-06-28T03:00:00.000Z' });

    t.clock.set(new Date('2024-07-05T09:00:00+07:00'));
    const confirmed = await move('leader', id, 3, { action: 'confirm' });
    expect(confirmed.body).toMatchObject({
      status: 'completed',
      completion: 'completed_on_time',
      completedAt: '2024-07-05T02:00:00.000Z',
      deadlineStatus: null,
      allowedActions: ['reopen'],
    });

    const history = await t.as('leader').get(`/api/v1/directives/${id}/history`);
    expect(history.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'directive.issue',
      'directive.start',
      'directive.submit',
      'directive.confirm',
    ]);
    expect(history.body.items[2].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'in_progress', to: 'awaiting_confirmation' },
        { field: 'note', from: null, to: 'Đã di chuyển 42 hộ, bàn giao mặt bằng' },
      ]),
    );
    const steps = await t.sql(
      `SELECT action, from_status, to_status, note FROM directive_transition WHERE directive_id = $1 ORDER BY occurred_at`,
      [id],
    );
    expect(steps).toEqual([
      { action: 'start', from_status: 'assigned', to_status: 'in_progress', note: null },
      { action: 'submit', from_status: 'in_progress', to_status: 'awaiting_confirmation', note: 'Đã di chuyển 42 hộ, bàn giao mặt bằng' },
      { action: 'confirm', from_status: 'awaiting_confirmation', to_status: 'completed', note: null },
    ]);
  });

  it.each([
    ['23:59 on the deadline day, confirmed a week later', '2024-06-30T23:59:00+07:00', 'completed_on_time'],
    ['00:01 the day after', '2024-07-01T00:01:00+07:00', 'completed_late'],
  ])('judges a submission at %s in the office zone: %s', async (_label, submittedAt, completion) => {
    const { id } = await issue('2024-06-30');
    t.clock.set(new Date(submittedAt));
    await move('department_head', id, 1, { action: 'submit', note: 'Hoàn thành' });
    t.clock.set(new Date('2024-07-08T08:00:00+07:00'));
    const confirmed = await move('leader', id, 2, { action: 'confirm' });
    expect(confirmed.body.completion).toBe(completion);
  });

  it('counts a directive without deadline as completed without deadline', async () => {
    const { id } = await issue(null);
    await move('department_head', id, 1, { action: 'submit', note: 'Đã thành lập Trung tâm xúc tiến đầu tư' });
    expect((await move('leader', id, 2, { action: 'confirm' })).body.completion).toBe('completed_without_deadline');
  });

  it('refuses an action the status does not allow with 409 and what may be done instead, changing nothing', async () => {
    const { id } = await issue();
    const before = await t.snapshot();
    const early = await move('leader', id, 1, { action: 'confirm' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'transition_not_allowed', allowedActions: ['pause', 'cancel'] });
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await t.snapshot()).toEqual(before);
  });

  it('refuses the parties the table does not name (403), and hides other agencies’ directives (404), changing nothing', async () => {
    const { id } = await issue();
    const before = await t.snapshot();
    const refused = [
      await move('leader', id, 1, { action: 'start' }),
      await move('secretariat', id, 1, { action: 'confirm' }),
      await move('department_staff', id, 1, { action: 'start' }),
      await move('admin', id, 1, { action: 'cancel', note: 'x' }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect((await move('other_department_head', id, 1, { action: 'start' })).status).toBe(404);
    expect(await t.snapshot()).toEqual(before);
  });

  it('needs a note where the note is the substance, a known action and the current version', async () => {
    const { id } = await issue();
    const before = await t.snapshot();
    const noNote = await move('department_head', id, 1, { action: 'submit' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors).toEqual([{ field: 'note', message: 'note is required to submit' }]);
    const blank = await move('leader', id, 1, { action: 'pause', note: '   ' });
    expect(blank.status).toBe(400);
    expect((await move('department_head', id, 1, { action: 'finish' })).status).toBe(400);
    expect((await move('department_head', id, 7, { action: 'start' })).status).toBe(412);
    expect((await t.as('department_head').post(`/api/v1/directives/${id}/transitions`, { action: 'start' })).status).toBe(428);
    expect(await t.snapshot()).toEqual(before);
  });

  it('resumes a paused directive where it was, and sends a rejected or reopened one back to work', async () => {
    const { id } = await issue();
    await move('department_head', id, 1, { action: 'start' });
    const paused = await move('leader', id, 2, { action: 'pause', note: 'Chờ quy hoạch được phê duyệt' });
    expect(paused.body).toMatchObject({ status: 'paused', allowedActions: ['resume', 'cancel'] });
    expect((await move('leader', id, 3, { action: 'resume' })).body.status).toBe('in_progress');

    await move('department_head', id, 4, { action: 'submit', note: 'Đã xong' });
    const rejected = await move('leader', id, 5, { action: 'reject', note: 'Thiếu biên bản bàn giao' });
    expect(rejected.body).toMatchObject({ status: 'reopened', submittedAt: null });
    expect((await t.as('department_head').get(`/api/v1/directives/${id}`)).body.allowedActions).toEqual(['start', 'submit']);

    await move('department_head', id, 6, { action: 'submit', note: 'Đã bổ sung biên bản' });
    await move('leader', id, 7, { action: 'confirm' });
    const reopened = await move('leader', id, 8, { action: 'reopen', note: 'Phát sinh hộ dân chưa di chuyển' });
    expect(reopened.body).toMatchObject({ status: 'reopened', completion: null, completedAt: null });
    const cancelled = await move('secretariat', id, 9, { action: 'cancel', note: 'Đã lồng ghép vào nhiệm vụ khác' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedActions: [] });
  });

  it('keeps the deadline as issued: corrected before work begins, kept once it has', async () => {
    const { id } = await issue('2024-06-30');
    const corrected = await t.patch(`/api/v1/directives/${id}`, { dueDate: '2024-07-15' }, ifMatch(1));
    expect(corrected.body).toMatchObject({ dueDate: '2024-07-15', originalDueDate: '2024-07-15' });
    await move('department_head', id, 2, { action: 'start' });
    const moved = await t.patch(`/api/v1/directives/${id}`, { dueDate: '2024-08-31' }, ifMatch(3));
    expect(moved.body).toMatchObject({ dueDate: '2024-08-31', originalDueDate: '2024-07-15' });
  });

  describeRaces('two leaders confirming at once', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('one 200, the other 412 or 409, one audit entry', async () => {
      const { id } = await issue();
      await move('department_head', id, 1, { action: 'submit', note: 'Hoàn thành' });
      const results = await Promise.all([move('leader', id, 2, { action: 'confirm' }), move('leader', id, 2, { action: 'confirm' })]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 412]).toContain(statuses[1]);
      const [{ count }] = await t.sql(
        `SELECT count(*)::int AS count FROM audit_entry WHERE entity_id = $1 AND action = 'directive.confirm'`,
        [id],
      );
      expect(count).toBe(1);
    });
  });
});
