import { createOrganization } from '../support/factories.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, ifMatch, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/**
 * Carry-over (kiểm điểm việc thực hiện kết luận): what a meeting reviews again
 * from the same organizer's earlier meetings, and the reviews it records.
 */
describe('Carry-over to the next meeting', () => {
  let t: TestApp;
  let organizer: string;
  let otherOrganizer: string;
  const m: Record<'first' | 'second' | 'third' | 'elsewhere', { id: string; title: string; startsAt: string }> = {} as never;
  const d: Record<string, string> = {};

  const UNKNOWN = '0b7c3a3e-8f1d-4c55-9a7e-2f4b8c1d9e60';
  const carryOverOf = (id: string, query = '') => `/api/v1/meetings/${id}/carry-over${query}`;
  const ref = (meeting: { id: string; title: string; startsAt: string }) => ({
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
  });

  async function record(title: string, startsAt: string, organizerId: string, directives: Record<string, unknown>[], extra = {}) {
    t.clock.set(new Date(startsAt));
    const response = await t.post('/api/v1/meetings', { title, startsAt, organizerId, directives, ...extra });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function move(id: string, at: string, steps: [TestRole, Record<string, unknown>][]): Promise<void> {
    t.clock.set(new Date(at));
    for (const [role, body] of steps) {
      const current = (await t.as('leader').get(`/api/v1/directives/${id}`)).body;
      expect((await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(current.version))).status).toBe(200);
    }
  }
  const complete = (id: string, at: string) =>
    move(id, at, [
      ['department_head', { action: 'submit', note: 'Đã hoàn thành, gửi báo cáo kết quả' }],
      ['leader', { action: 'confirm' }],
    ]);

  /** A refusal: the problem answer with these fields, and not a row written anywhere. */
  async function refused(send: () => Promise<HttpResponse>, status: number, code: string, fields: string[]): Promise<void> {
    const before = await t.snapshot();
    const response = await send();
    expect({
      status: response.status,
      code: response.body.code,
      fields: response.body.errors?.map((e: { field: string }) => e.field),
    }).toEqual({
      status,
      code,
      fields,
    });
    expect(await t.snapshot()).toEqual(before);
  }

  const ids = (response: HttpResponse): string[] => response.body.items.map((i: { id: string }) => i.id);

  beforeAll(async () => {
    t = await createTestApp();
    organizer = (await createOrganization(t, { name: 'Thường trực Tỉnh ủy' })).id;
    otherOrganizer = (await createOrganization(t, { name: 'Ủy ban nhân dân tỉnh' })).id;
    const own = t.agencies.own;
    const other = t.agencies.other;

    const first = await record('Giao ban tháng 1', '2024-01-10T08:00:00+07:00', organizer, [
      { title: 'Giải phóng mặt bằng khu công nghiệp', leadOrganizationId: own, dueDate: '2024-02-28' },
      { title: 'Báo cáo thu ngân sách quý IV', leadOrganizationId: own, dueDate: '2024-01-31' },
      { title: 'Hoàn thiện quy hoạch cửa khẩu', leadOrganizationId: own, dueDate: '2024-03-31' },
      { title: 'Tổ chức hội nghị xúc tiến đầu tư', leadOrganizationId: own, dueDate: '2024-02-15' },
      { title: 'Rà soát biên chế các sở', leadOrganizationId: other },
    ]);
    [d.open1, d.completedBefore, d.completedSince1, d.cancelled, d.otherAgency] = first.directives.map((x: { id: string }) => x.id);
    m.first = ref(first);

    await complete(d.completedBefore!, '2024-02-01T10:00:00+07:00');
    t.clock.set(new Date('2024-02-05T10:00:00+07:00'));
    const cancelled = (await t.as('leader').get(`/api/v1/directives/${d.cancelled}`)).body;
    expect(
      (
        await t
          .as('leader')
          .post(
            `/api/v1/directives/${d.cancelled}/transitions`,
            { action: 'cancel', note: 'Không còn phù hợp' },
            ifMatch(cancelled.version),
          )
      ).status,
    ).toBe(200);

    const second = await record('Giao ban tháng 2', '2024-02-14T08:00:00+07:00', organizer, [
      { title: 'Nâng cấp tuyến đường nối cao tốc', leadOrganizationId: other, cooperatingOrganizationIds: [own], dueDate: '2024-06-30' },
      { title: 'Báo cáo tình hình Tết Nguyên đán', leadOrganizationId: own, dueDate: '2024-02-29' },
      { title: 'Trình đề án chuyển đổi số', leadOrganizationId: own, dueDate: '2024-03-15' },
    ]);
    [d.cooperated, d.completedSince2, d.dueSoon] = second.directives.map((x: { id: string }) => x.id);
    m.second = ref(second);

    const elsewhere = await record('Họp UBND tỉnh', '2024-02-20T08:00:00+07:00', otherOrganizer, [
      { title: 'Kiểm tra công tác phòng cháy', leadOrganizationId: own, dueDate: '2024-03-30' },
    ]);
    d.otherOrganizer = elsewhere.directives[0].id;
    m.elsewhere = ref(elsewhere);

    await complete(d.completedSince2!, '2024-02-20T16:00:00+07:00');
    await complete(d.completedSince1!, '2024-03-01T09:00:00+07:00');
    t.clock.set(new Date('2024-03-05T09:00:00+07:00'));
    expect(
      (await t.as('department_head').post(`/api/v1/directives/${d.open1}/progress-reports`, { percent: 40, note: 'Đã di chuyển 42 hộ' }))
        .status,
    ).toBe(201);

    const third = await record(
      'Giao ban tháng 3',
      '2024-03-12T08:00:00+07:00',
      organizer,
      [{ title: 'Chuẩn bị Đại hội thi đua yêu nước', leadOrganizationId: own, dueDate: '2024-05-30' }],
      { reviewedDirectiveIds: [d.completedSince2, d.open1] },
    );
    d.third = third.directives[0].id;
    m.third = ref(third);
    // In the order of the carry-over list, whatever the order given.
    expect(third.reviewedDirectiveIds).toEqual([d.open1, d.completedSince2]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the organizer’s earlier directives still open or completed since its previous meeting, by meeting date then order', async () => {
    const response = await t.as('leader').get(carryOverOf(m.third.id));
    expect(response.status).toBe(200);
    expect(ids(response)).toEqual([d.open1, d.completedSince1, d.otherAgency, d.cooperated, d.completedSince2, d.dueSoon]);
    expect(response.body).toEqual({
      meetingId: m.third.id,
      asOf: '2024-03-12',
      previousMeeting: m.second,
      truncated: false,
      items: [
        {
          id: d.open1,
          meeting: m.first,
          ordinal: 1,
          title: 'Giải phóng mặt bằng khu công nghiệp',
          leadOrganization: expect.objectContaining({ id: t.agencies.own }),
          dueDate: '2024-02-28',
          status: 'in_progress',
          deadlineStatus: 'overdue',
          completedAt: null,
          completion: null,
          progressPercent: 40,
          lastReportedAt: '2024-03-05T02:00:00.000Z',
          reviewedAtThisMeeting: true,
        },
        {
          id: d.completedSince1,
          meeting: m.first,
          ordinal: 3,
          title: 'Hoàn thiện quy hoạch cửa khẩu',
          leadOrganization: expect.objectContaining({ id: t.agencies.own }),
          dueDate: '2024-03-31',
          status: 'completed',
          deadlineStatus: null,
          completedAt: '2024-03-01T02:00:00.000Z',
          completion: 'completed_on_time',
          progressPercent: null,
          lastReportedAt: null,
          reviewedAtThisMeeting: false,
        },
        expect.objectContaining({
          id: d.otherAgency,
          ordinal: 5,
          status: 'assigned',
          deadlineStatus: 'no_deadline',
          reviewedAtThisMeeting: false,
        }),
        expect.objectContaining({
          id: d.cooperated,
          meeting: m.second,
          ordinal: 1,
          deadlineStatus: 'on_track',
          reviewedAtThisMeeting: false,
        }),
        expect.objectContaining({
          id: d.completedSince2,
          ordinal: 2,
          status: 'completed',
          completedAt: '2024-02-20T09:00:00.000Z',
          reviewedAtThisMeeting: true,
        }),
        expect.objectContaining({
          id: d.dueSoon,
          ordinal: 3,
          dueDate: '2024-03-15',
          deadlineStatus: 'due_soon',
          reviewedAtThisMeeting: false,
        }),
      ],
    });
  });

  it('judges deadlines as of asOf when given', async () => {
    const response = await t.as('leader').get(carryOverOf(m.third.id, '?asOf=2024-03-20'));
    expect(response.body.asOf).toBe('2024-03-20');
    expect(response.body.items.map((i: { deadlineStatus: string | null }) => i.deadlineStatus)).toEqual([
      'overdue',
      null,
      'no_deadline',
      'on_track',
      null,
      'overdue',
    ]);
  });

  it('the second meeting carries over the first’s open work and what was completed since the first; the first carries nothing', async () => {
    const second = await t.as('leader').get(carryOverOf(m.second.id));
    expect(second.body.previousMeeting).toEqual(m.first);
    // Completed 1 February, after the first meeting: still reported at the second; the cancelled one never.
    expect(ids(second)).toEqual([d.open1, d.completedBefore, d.completedSince1, d.otherAgency]);
    const first = await t.as('leader').get(carryOverOf(m.first.id));
    expect(first.body).toEqual({ meetingId: m.first.id, asOf: '2024-01-10', previousMeeting: null, items: [], truncated: false });
    // Another organizer's meeting carries over only its own earlier meetings' work: none.
    expect(ids(await t.as('leader').get(carryOverOf(m.elsewhere.id)))).toEqual([]);
  });

  it('shows a department’s users only the directives their agency leads or cooperates on', async () => {
    expect(ids(await t.as('department_staff').get(carryOverOf(m.third.id)))).toEqual([
      d.open1,
      d.completedSince1,
      d.cooperated,
      d.completedSince2,
      d.dueSoon,
    ]);
    expect(ids(await t.as('other_department_head').get(carryOverOf(m.third.id)))).toEqual([d.otherAgency, d.cooperated]);
    // The meeting's reviewed set is scoped the same way.
    expect((await t.as('other_department_head').get(`/api/v1/meetings/${m.third.id}`)).body.reviewedDirectiveIds).toEqual([]);
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const response = await t.as('leader').get(carryOverOf(UNKNOWN));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'meeting_not_found' });
  });

  it('refuses, changing nothing, a recording that reviews an unknown directive, one of another organizer, or one not earlier', async () => {
    const meeting =
      (reviewedDirectiveIds: unknown[], startsAt = '2024-04-10T08:00:00+07:00') =>
      () =>
        t.post('/api/v1/meetings', { title: 'Giao ban tháng 4', startsAt, organizerId: organizer, reviewedDirectiveIds });
    await refused(meeting([d.open1, UNKNOWN, d.otherOrganizer]), 422, 'reference_not_found', ['reviewedDirectiveIds[1]']);
    await refused(meeting([d.open1, d.otherOrganizer]), 422, 'review_not_carried_over', ['reviewedDirectiveIds[1]']);
    // Between the second and third meetings: the third's directive is later, the second's at the same instant is not earlier.
    await refused(meeting([d.third, d.cooperated], '2024-03-01T08:00:00+07:00'), 422, 'review_not_carried_over', [
      'reviewedDirectiveIds[0]',
    ]);
    await refused(meeting([d.cooperated], '2024-02-14T08:00:00+07:00'), 422, 'review_not_carried_over', ['reviewedDirectiveIds[0]']);
    // Without an organizer a meeting carries nothing over.
    await refused(
      () => t.post('/api/v1/meetings', { title: 'Họp đột xuất', startsAt: '2024-04-10T08:00:00+07:00', reviewedDirectiveIds: [d.open1] }),
      422,
      'review_not_carried_over',
      ['reviewedDirectiveIds[0]'],
    );
    await refused(meeting([d.open1, d.open1]), 400, 'validation_failed', ['reviewedDirectiveIds']);
    await refused(meeting(['not-a-uuid']), 400, 'validation_failed', ['reviewedDirectiveIds']);
  });

  it('PATCH replaces the reviewed set, audited with the meeting; null clears it', async () => {
    t.clock.set(new Date('2024-03-13T10:00:00+07:00'));
    const before = (await t.get(`/api/v1/meetings/${m.third.id}`)).body;
    const patched = await t.edit(`/api/v1/meetings/${m.third.id}`, { reviewedDirectiveIds: [d.dueSoon, d.completedBefore] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: before.version + 1, reviewedDirectiveIds: [d.completedBefore, d.dueSoon] });

    // Reviewed here, so listed although completed before the previous meeting.
    const listed = await t.as('leader').get(carryOverOf(m.third.id));
    expect(listed.body.items.map((i: { id: string; reviewedAtThisMeeting: boolean }) => [i.id, i.reviewedAtThisMeeting])).toEqual([
      [d.open1, false],
      [d.completedBefore, true],
      [d.completedSince1, false],
      [d.otherAgency, false],
      [d.cooperated, false],
      [d.completedSince2, false],
      [d.dueSoon, true],
    ]);

    const [entry] = await t.sql<{ action: string; before: { reviewedDirectiveIds: string[] }; after: { reviewedDirectiveIds: string[] } }>(
      `SELECT action, before, after FROM audit_entry WHERE entity_type = 'meeting' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`,
      [m.third.id],
    );
    expect(entry).toEqual({
      action: 'meeting.update',
      before: expect.objectContaining({ reviewedDirectiveIds: [d.open1, d.completedSince2].sort() }),
      after: expect.objectContaining({ reviewedDirectiveIds: [d.completedBefore, d.dueSoon].sort() }),
    });

    const cleared = await t.edit(`/api/v1/meetings/${m.third.id}`, { reviewedDirectiveIds: null });
    expect(cleared.body.reviewedDirectiveIds).toEqual([]);
    expect((await t.edit(`/api/v1/meetings/${m.third.id}`, { reviewedDirectiveIds: [d.dueSoon, d.completedBefore] })).status).toBe(200);
  });

  it('refuses, changing nothing, a PATCH that reviews what it may not or moves a meeting out from under its reviews', async () => {
    const patch = (id: string, body: Record<string, unknown>) => () => t.edit(`/api/v1/meetings/${id}`, body);
    await refused(patch(m.second.id, { reviewedDirectiveIds: [d.open1, d.third] }), 422, 'review_not_carried_over', [
      'reviewedDirectiveIds[1]',
    ]);
    await refused(patch(m.second.id, { reviewedDirectiveIds: [d.otherOrganizer] }), 422, 'review_not_carried_over', [
      'reviewedDirectiveIds[0]',
    ]);
    await refused(patch(m.second.id, { reviewedDirectiveIds: [UNKNOWN] }), 422, 'reference_not_found', ['reviewedDirectiveIds[0]']);
    // Judged against the meeting as the PATCH leaves it.
    await refused(
      patch(m.third.id, { startsAt: '2024-02-13T08:00:00+07:00', reviewedDirectiveIds: [d.completedBefore, d.dueSoon] }),
      422,
      'review_not_carried_over',
      ['reviewedDirectiveIds[1]'],
    );
    // The third reviews the second's directive: neither may move so the review goes backwards, nor change organizer.
    await refused(patch(m.third.id, { startsAt: '2024-02-10T08:00:00+07:00' }), 422, 'review_not_carried_over', ['startsAt']);
    await refused(patch(m.second.id, { startsAt: '2024-03-20T08:00:00+07:00' }), 422, 'review_not_carried_over', ['startsAt']);
    await refused(patch(m.third.id, { organizerId: otherOrganizer }), 422, 'review_not_carried_over', ['organizerId']);
    await refused(patch(m.first.id, { organizerId: null }), 422, 'review_not_carried_over', ['organizerId']);
    // Moving within the bounds is fine.
    expect((await t.edit(`/api/v1/meetings/${m.third.id}`, { startsAt: '2024-03-12T14:00:00+07:00' })).status).toBe(200);
    expect((await t.edit(`/api/v1/meetings/${m.third.id}`, { startsAt: m.third.startsAt })).status).toBe(200);
  });

  describeRaces('a review recorded while the reviewed meeting moves later', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('lets exactly one through: no review is ever left pointing forwards', async () => {
      for (let round = 0; round < 5; round++) {
        const earlier = await record(`Họp chuyên đề ${round}`, '2024-05-06T08:00:00+07:00', organizer, [
          { title: `Việc chuyên đề ${round}`, leadOrganizationId: t.agencies.own },
        ]);
        const later = await record(`Họp sơ kết ${round}`, '2024-06-03T08:00:00+07:00', organizer, []);
        const answers = await Promise.all([
          t.patch(`/api/v1/meetings/${earlier.id}`, { startsAt: '2024-07-01T08:00:00+07:00' }, ifMatch(earlier.version)),
          t.patch(`/api/v1/meetings/${later.id}`, { reviewedDirectiveIds: [earlier.directives[0].id] }, ifMatch(later.version)),
        ]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 422]);
        const [stored] = await t.sql<{ reviews: number; moved: boolean }>(
          `SELECT (SELECT count(*)::int FROM meeting_reviewed_directive WHERE meeting_id = $2) AS reviews,
                  (SELECT starts_at > '2024-06-03T08:00:00+07:00' FROM meeting WHERE id = $1) AS moved`,
          [earlier.id, later.id],
        );
        expect(stored).toEqual(answers[0]!.status === 200 ? { reviews: 0, moved: true } : { reviews: 1, moved: false });
      }
    });
  });

  it('a reviewed directive shows the meetings that reviewed it, and its timeline says so', async () => {
    const directive = (await t.as('department_head').get(`/api/v1/directives/${d.dueSoon}`)).body;
    expect(directive.reviewedAtMeetings).toEqual([m.third]);
    expect((await t.as('leader').get(`/api/v1/directives/${d.open1}`)).body.reviewedAtMeetings).toEqual([]);
    const listed = await t.as('leader').get(`/api/v1/directives?meetingId=${m.second.id}`);
    expect(listed.body.items.map((i: { id: string; reviewedAtMeetings: unknown[] }) => [i.id, i.reviewedAtMeetings])).toEqual(
      expect.arrayContaining([
        [d.dueSoon, [m.third]],
        [d.cooperated, []],
      ]),
    );

    const timeline = await t.as('department_head').get(`/api/v1/directives/${d.dueSoon}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.events.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'reviewed']);
    expect(timeline.body.events[1]).toEqual({
      at: '2024-03-12T01:00:00.000Z',
      kind: 'reviewed',
      actor: { userId: t.users.secretariat.id, username: t.users.secretariat.username, displayName: 'secretariat' },
      meeting: m.third,
      recordedAt: '2024-03-13T03:00:00.000Z',
    });
  });
});
