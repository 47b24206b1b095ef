import { createHash } from 'node:crypto';
import { createMeeting } from '../support/factories.js';
import { pdf } from '../support/sample-files.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { fieldsOf, refused } from '../support/problems.js';
import { createTestApp, ifMatch, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/** Progress reports (báo cáo tiến độ): who reports, what a report does to the directive, and when none is taken. */
describe('Progress reports on a directive', () => {
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

  async function issue(
    leadOrganizationId = t.agencies.own,
    cooperatingOrganizationIds: string[] = [],
  ): Promise<{ id: string; version: number }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Báo cáo tiến độ cải tạo trụ sở, đợt ${++n}`,
      leadOrganizationId,
      cooperatingOrganizationIds,
      dueDate: '2024-06-30',
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const reportsOf = (id: string) => `/api/v1/directives/${id}/progress-reports`;
  const directive = async (id: string) => (await t.as('leader').get(`/api/v1/directives/${id}`)).body;

  async function move(id: string, steps: [TestRole, Record<string, unknown>][]): Promise<void> {
    for (const [role, body] of steps) {
      const current = await directive(id);
      const moved = await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(current.version));
      expect(moved.status).toBe(200);
    }
  }

  it('starts an assigned directive with the lead head’s first report, in the same step as a start with that note', async () => {
    const { id, version } = await issue();
    expect(await directive(id)).toMatchObject({ status: 'assigned', progressPercent: null, lastReportedAt: null });
    expect((await t.as('department_head').get(`/api/v1/directives/${id}`)).body.allowedActions).toEqual(['start', 'submit']);

    t.clock.set(new Date('2024-03-13T10:00:00+07:00'));
    const first = await t.as('department_head').post(reportsOf(id), { percent: 20, note: 'Đã khảo sát hiện trạng, lập dự toán' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      attachments: [],
      directiveId: id,
      kind: 'progress',
      percent: 20,
      note: 'Đã khảo sát hiện trạng, lập dự toán',
      organization: { id: t.agencies.own, name: 'Sở của tôi' },
      reportedBy: { userId: t.users.department_head.id, username: 'department_head', displayName: 'department_head' },
      reportedAt: '2024-03-13T03:00:00.000Z',
    });

    const started = await t.as('department_head').get(`/api/v1/directives/${id}`);
    expect(started.body).toMatchObject({
      status: 'in_progress',
      version: version + 1,
      allowedActions: ['submit'],
      progressPercent: 20,
      lastReportedAt: '2024-03-13T03:00:00.000Z',
    });
    expect(
      await t.sql(
        'SELECT action, from_status, to_status, note, actor_user_id, occurred_at FROM directive_transition WHERE directive_id = $1',
        [id],
      ),
    ).toEqual([
      {
        action: 'start',
        from_status: 'assigned',
        to_status: 'in_progress',
        note: 'Đã khảo sát hiện trạng, lập dự toán',
        actor_user_id: t.users.department_head.id,
        occurred_at: new Date('2024-03-13T03:00:00.000Z'),
      },
    ]);
    // The directive's record: issued, then started with the report's note; the report has its own.
    const history = await t.as('leader').get(`/api/v1/directives/${id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(['directive.issue', 'directive.start']);
    const start = history.body.items[1];
    expect(start.occurredAt).toBe('2024-03-13T03:00:00.000Z');
    expect(start.changes.filter((c: { field: string }) => ['status', 'note', 'progressReportId'].includes(c.field))).toEqual([
      { field: 'note', from: null, to: 'Đã khảo sát hiện trạng, lập dự toán' },
      { field: 'progressReportId', from: null, to: first.body.id },
      { field: 'status', from: 'assigned', to: 'in_progress' },
    ]);
    const audit = await t.as('leader').get(`/api/v1/audit?entityType=directive_progress_report&entityId=${first.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['directive.report_progress']);

    // Staff report too; a later report moves no status, and a percent may go down (a correction).
    t.clock.set(new Date('2024-03-20T16:30:00+07:00'));
    const staff = await t.as('department_staff').post(reportsOf(id), { percent: 15, note: 'Điều chỉnh: dự toán phải lập lại một phần' });
    expect(staff.status).toBe(201);
    expect(staff.body).toMatchObject({
      kind: 'progress',
      percent: 15,
      reportedBy: { userId: t.users.department_staff.id, username: 'department_staff', displayName: 'department_staff' },
      reportedAt: '2024-03-20T09:30:00.000Z',
    });
    expect(await directive(id)).toMatchObject({
      status: 'in_progress',
      version: version + 1,
      progressPercent: 15,
      lastReportedAt: '2024-03-20T09:30:00.000Z',
    });
    expect(await t.sql('SELECT count(*)::int AS n FROM directive_transition WHERE directive_id = $1', [id])).toEqual([{ n: 1 }]);

    // The list shows the percent too.
    const list = await t.as('department_head').get(`/api/v1/directives?meetingId=${meetingId}`);
    expect(list.body.items.find((d: { id: string }) => d.id === id)).toMatchObject({
      progressPercent: 15,
      lastReportedAt: '2024-03-20T09:30:00.000Z',
    });
  });

  /** An upload through the real HTTP stack (multipart), as the web page or a script sends it. */
  async function upload(role: TestRole, bytes: Buffer, fileName: string): Promise<{ status: number; body: any }> {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), fileName);
    const { port } = t.app.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.users[role].accessToken}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  }

  async function download(role: TestRole, id: string): Promise<{ status: number; sha256: string }> {
    const { port } = t.app.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/attachments/${id}`, {
      headers: { authorization: `Bearer ${t.users[role].accessToken}` },
    });
    return {
      status: response.status,
      sha256: createHash('sha256')
        .update(Buffer.from(await response.arrayBuffer()))
        .digest('hex'),
    };
  }

  it('carries evidence: the files sent with a report show on it and on the timeline, and only readers of the directive download them', async () => {
    const { id } = await issue();
    const bytes = pdf('Biên bản nghiệm thu');
    const file = await upload('department_staff', bytes, 'Biên bản nghiệm thu đợt 1.pdf');
    expect(file.status).toBe(201);
    const summary = {
      id: file.body.id,
      fileName: 'Biên bản nghiệm thu đợt 1.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };

    const reported = await t
      .as('department_staff')
      .post(reportsOf(id), { percent: 40, note: 'Đã nghiệm thu đợt 1', attachmentIds: [file.body.id] });
    expect(reported.status).toBe(201);
    expect(reported.body.attachments).toEqual([summary]);
    expect((await t.as('leader').get(reportsOf(id))).body.items[0].attachments).toEqual([summary]);
    const timeline = await t.as('leader').get(`/api/v1/directives/${id}/timeline`);
    expect(timeline.body.events.filter((e: { kind: string }) => e.kind === 'progress_reported')).toMatchObject([
      { attachments: [summary] },
    ]);

    expect(await download('leader', file.body.id)).toEqual({ status: 200, sha256: summary.sha256 });
    expect(await download('department_head', file.body.id)).toEqual({ status: 200, sha256: summary.sha256 });
    expect((await download('other_department_head', file.body.id)).status).toBe(404);

    // Someone else's upload not yet attached is not usable: 422 naming it, and neither the report nor the start is stored.
    const others = await upload('department_head', pdf('Bản nháp'), 'Bản nháp.pdf');
    const fresh = await issue();
    const refusal = await refused(
      t,
      () => t.as('department_staff').post(reportsOf(fresh.id), { percent: 10, note: 'Kèm bản nháp', attachmentIds: [others.body.id] }),
      422,
      'attachment_not_usable',
    );
    expect(fieldsOf(refusal)).toEqual(['attachmentIds[0]']);
    expect((await directive(fresh.id)).status).toBe('assigned');
  });

  it('takes the report sent last as the latest even within one instant (the test clock stands still): percent, list and timeline', async () => {
    const shown: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { id } = await issue();
      for (const percent of [10, 90]) {
        expect((await t.as('department_staff').post(reportsOf(id), { percent, note: `Đạt ${percent}%` })).status).toBe(201);
      }
      shown.push((await directive(id)).progressPercent);
      const listed = (await t.as('leader').get(reportsOf(id))).body.items.map((r: { percent: number }) => r.percent);
      expect(listed).toEqual([90, 10]);
      const timeline = (await t.as('leader').get(`/api/v1/directives/${id}/timeline`)).body.events as { kind: string; percent?: number }[];
      expect(timeline.filter((e) => e.kind === 'progress_reported').map((e) => e.percent)).toEqual([10, 90]);
    }
    expect(shown).toEqual(Array(8).fill(90));
  });

  it('lists reports newest first, one page after another, to whoever may read the directive', async () => {
    const { id } = await issue(t.agencies.own, [t.agencies.other]);
    const sent: string[] = [];
    for (const [day, role, percent] of [
      ['2024-03-13', 'department_head', 10],
      ['2024-03-14', 'other_department_head', undefined],
      ['2024-03-15', 'department_staff', 30],
    ] as const) {
      t.clock.set(new Date(`${day}T08:00:00+07:00`));
      const response = await t.as(role).post(reportsOf(id), { percent, note: `Báo cáo ngày ${day}` });
      expect(response.status).toBe(201);
      sent.push(response.body.id);
    }
    const newestFirst = [...sent].reverse();
    for (const role of ['leader', 'secretariat', 'admin', 'department_staff', 'other_department_head'] as const) {
      const listed = await t.as(role).get(reportsOf(id));
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual(newestFirst);
      expect(listed.body.nextCursor).toBeNull();
    }
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: HttpResponse = await t.as('leader').get(`${reportsOf(id)}?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items).toHaveLength(1);
      walked.push(page.body.items[0].id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked).toEqual(newestFirst);
    expect((await t.get(reportsOf((await issue()).id))).body).toEqual({ items: [], nextCursor: null });
  });

  it('records a cooperating agency’s contribution without moving the directive’s status, version or percent', async () => {
    const { id, version } = await issue(t.agencies.other, [t.agencies.own]);
    t.clock.set(new Date('2024-03-13T14:00:00+07:00'));
    const withPercent = await t.as('department_staff').post(reportsOf(id), { percent: 100, note: 'Đã cung cấp số liệu đất đai' });
    expect(withPercent.status).toBe(400);
    expect(withPercent.body.errors).toEqual([{ field: 'percent', message: expect.stringContaining('contribution moves no percent') }]);
    const contribution = await t.as('department_staff').post(reportsOf(id), { note: 'Đã cung cấp số liệu đất đai' });
    expect(contribution.status).toBe(201);
    expect(contribution.body).toMatchObject({
      kind: 'contribution',
      percent: null,
      organization: { id: t.agencies.own, name: 'Sở của tôi' },
      reportedAt: '2024-03-13T07:00:00.000Z',
    });
    const head = await t.as('department_head').post(reportsOf(id), { note: 'Đã cử cán bộ phối hợp' });
    expect(head.body.kind).toBe('contribution');
    expect(await directive(id)).toMatchObject({ status: 'assigned', version, progressPercent: null, lastReportedAt: null });
    expect(await t.sql('SELECT count(*)::int AS n FROM directive_transition WHERE directive_id = $1', [id])).toEqual([{ n: 0 }]);

    // The lead agency's own report is the one that starts it and shows: it says how far the work is.
    t.clock.set(new Date('2024-03-14T09:00:00+07:00'));
    const withoutPercent = await t.as('other_department_head').post(reportsOf(id), { note: 'Bắt đầu triển khai' });
    expect(withoutPercent.status).toBe(400);
    expect(withoutPercent.body.errors).toEqual([{ field: 'percent', message: 'percent is required of the lead agency' }]);
    const lead = await t.as('other_department_head').post(reportsOf(id), { percent: 5, note: 'Bắt đầu triển khai' });
    expect(lead.body).toMatchObject({ kind: 'progress', organization: { id: t.agencies.other, name: 'Sở khác' } });
    expect(await directive(id)).toMatchObject({
      status: 'in_progress',
      version: version + 1,
      progressPercent: 5,
      lastReportedAt: '2024-03-14T02:00:00.000Z',
    });
  });

  it('counts a contribution as work begun: a later deadline correction no longer rewrites the deadline as issued', async () => {
    const { id } = await issue(t.agencies.other, [t.agencies.own]);
    expect((await t.as('department_head').post(reportsOf(id), { note: 'Đã tham gia khảo sát' })).status).toBe(201);
    const edited = await t.edit(`/api/v1/directives/${id}`, { dueDate: '2024-07-31' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'assigned', dueDate: '2024-07-31', originalDueDate: '2024-06-30' });
  });

  it('hides a directive its agency neither leads nor cooperates on (404), even its reports', async () => {
    const { id } = await issue(t.agencies.other);
    for (const role of ['department_head', 'department_staff'] as const) {
      await refused(t, () => t.as(role).post(reportsOf(id), { percent: 10, note: 'Thử' }), 404, 'directive_not_found');
      await refused(t, () => t.as(role).get(reportsOf(id)), 404, 'directive_not_found');
    }
  });

  it('lets the secretariat, leaders and the administrator read reports but not report (403)', async () => {
    const { id } = await issue();
    for (const role of ['secretariat', 'leader', 'admin'] as const) {
      await refused(t, () => t.as(role).post(reportsOf(id), { percent: 10, note: 'Thay mặt Sở báo cáo' }), 403, 'forbidden');
    }
    await refused(
      t,
      () => t.as('leader').post(reportsOf('00000000-0000-4000-8000-000000000000'), { percent: 1, note: 'x' }),
      403,
      'forbidden',
    );
    await refused(
      t,
      () => t.as('department_head').post(reportsOf('00000000-0000-4000-8000-000000000000'), { percent: 1, note: 'x' }),
      404,
      'directive_not_found',
    );
  });

  it('takes no report on a completed, cancelled or paused directive, nor on one awaiting confirmation (409), and stores nothing', async () => {
    const completed = await issue();
    await move(completed.id, [
      ['department_head', { action: 'submit', note: 'Đã hoàn thành' }],
      ['leader', { action: 'confirm' }],
    ]);
    await refused(
      t,
      () => t.as('department_head').post(reportsOf(completed.id), { percent: 100, note: 'Bổ sung' }),
      409,
      'directive_closed',
    );

    const cancelled = await issue(t.agencies.other, [t.agencies.own]);
    await move(cancelled.id, [['leader', { action: 'cancel', note: 'Đã lồng ghép' }]]);
    await refused(
      t,
      () => t.as('department_staff').post(reportsOf(cancelled.id), { percent: 10, note: 'Phối hợp' }),
      409,
      'directive_closed',
    );

    const paused = await issue();
    await move(paused.id, [['leader', { action: 'pause', note: 'Chờ ý kiến Ban Thường vụ' }]]);
    const pausedAnswer = await refused(
      t,
      () => t.as('department_staff').post(reportsOf(paused.id), { percent: 10, note: 'Vẫn làm' }),
      409,
      'directive_paused',
    );
    expect(pausedAnswer.body.detail).toBe('A paused directive takes no reports until a leader resumes it.');

    const awaiting = await issue();
    await move(awaiting.id, [['department_head', { action: 'submit', note: 'Đã xong' }]]);
    await refused(
      t,
      () => t.as('department_head').post(reportsOf(awaiting.id), { percent: 100, note: 'Xong' }),
      409,
      'directive_awaiting_confirmation',
    );

    // Rejected, the work is reopened: the next report of the lead starts it again.
    await move(awaiting.id, [['leader', { action: 'reject', note: 'Thiếu biên bản nghiệm thu' }]]);
    expect((await directive(awaiting.id)).status).toBe('reopened');
    expect((await t.as('department_staff').post(reportsOf(awaiting.id), { percent: 90, note: 'Đang bổ sung biên bản' })).status).toBe(201);
    expect(await directive(awaiting.id)).toMatchObject({ status: 'in_progress', progressPercent: 90 });
  });

  it('refuses a percent out of range, not whole, or written as text, and a missing or blank note (400), naming the field', async () => {
    const { id } = await issue();
    for (const percent of [101, -1, 50.5, '50', null]) {
      const answer = await refused(
        t,
        () => t.as('department_head').post(reportsOf(id), { percent, note: 'Báo cáo' }),
        400,
        'validation_failed',
      );
      expect(fieldsOf(answer)).toEqual(['percent']);
    }
    expect(
      fieldsOf(await refused(t, () => t.as('department_head').post(reportsOf(id), { note: 'Báo cáo' }), 400, 'validation_failed')),
    ).toEqual(['percent']);
    expect(
      fieldsOf(await refused(t, () => t.as('department_head').post(reportsOf(id), { percent: 10 }), 400, 'validation_failed')),
    ).toEqual(['note']);
    expect(
      fieldsOf(
        await refused(t, () => t.as('department_head').post(reportsOf(id), { percent: 10, note: ' \t ' }), 400, 'validation_failed'),
      ),
    ).toEqual(['note']);
    expect(
      fieldsOf(
        await refused(
          t,
          () => t.as('department_head').post(reportsOf(id), { percent: 10, note: 'x'.repeat(20_001) }),
          400,
          'validation_failed',
        ),
      ),
    ).toEqual(['note']);
    expect(await directive(id)).toMatchObject({ status: 'assigned', progressPercent: null });
  });

  it('trims the note, and accepts the bounds 0 and 100', async () => {
    const { id } = await issue();
    t.clock.set(new Date('2024-03-13T08:00:00+07:00'));
    const zero = await t.as('department_head').post(reportsOf(id), { percent: 0, note: '  Chưa triển khai được  ' });
    expect(zero.body).toMatchObject({ percent: 0, note: 'Chưa triển khai được' });
    t.clock.set(new Date('2024-03-13T09:00:00+07:00'));
    const full = await t.as('department_head').post(reportsOf(id), { percent: 100, note: 'Hoàn thành phần việc' });
    expect(full.body.percent).toBe(100);
    expect(await directive(id)).toMatchObject({ status: 'in_progress', progressPercent: 100 });
  });

  it('replays a report sent twice with one Idempotency-Key: the same answer, one report', async () => {
    const { id } = await issue();
    const headers = { 'idempotency-key': 'bao-cao-tien-do-0001' };
    const body = { percent: 30, note: 'Báo cáo lần 1' };
    const first = await t.as('department_head').post(reportsOf(id), body, headers);
    const again = await t.as('department_head').post(reportsOf(id), body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await t.get(reportsOf(id))).body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
  });

  describeRaces('reports racing on a directive not yet started', () => {
    beforeAll(async () => {
      await expectParallelSessions(t.sql);
    });

    it('20 parallel first reports of the lead agency: 20 reports, one start, one version step', async () => {
      const { id, version } = await issue();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.as(i % 2 === 0 ? 'department_head' : 'department_staff').post(reportsOf(id), { percent: i, note: `Báo cáo song song ${i}` }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 201));
      expect(await t.sql('SELECT action, from_status, to_status FROM directive_transition WHERE directive_id = $1', [id])).toEqual([
        { action: 'start', from_status: 'assigned', to_status: 'in_progress' },
      ]);
      expect(await directive(id)).toMatchObject({ status: 'in_progress', version: version + 1 });
      expect(await t.sql('SELECT count(*)::int AS n FROM directive_progress_report WHERE directive_id = $1', [id])).toEqual([{ n: 20 }]);
    });
  });
});
