import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/** The story of a directive: who did what, when, oldest first. */
describe('The timeline of a directive', () => {
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

  const at = (instant: string): string => {
    t.clock.set(new Date(instant));
    return new Date(instant).toISOString();
  };
  const who = (role: TestRole) => ({ userId: t.users[role].id, username: t.users[role].username, displayName: role });
  const timelineOf = (id: string) => `/api/v1/directives/${id}/timeline`;

  async function issue(body: Record<string, unknown> = {}): Promise<{ id: string; version: number; title: string }> {
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: `Hoàn thành hồ sơ đề xuất dự án, đợt ${++n}`,
      leadOrganizationId: t.agencies.own,
      dueDate: '2024-06-30',
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function step(role: TestRole, id: string, body: Record<string, unknown>): Promise<void> {
    const current = await t.as('leader').get(`/api/v1/directives/${id}`);
    const moved = await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(current.body.version));
    expect(moved.status).toBe(200);
  }

  it('tells the whole story in order: issued, owner assigned, deadline corrected, reports, reminder, submitted, rejected, resubmitted, confirmed', async () => {
    const owner = await createPerson(t, { organizationId: t.agencies.own, fullName: 'Trần Thị Hoa', position: 'Phó Giám đốc' });

    const issuedAt = at('2024-03-12T09:00:00+07:00');
    const directive = await issue({ cooperatingOrganizationIds: [t.agencies.other] });
    const url = `/api/v1/directives/${directive.id}`;

    const assignedAt = at('2024-03-12T14:00:00+07:00');
    expect((await t.as('department_head').edit(url, { ownerId: owner.id })).status).toBe(200);

    const correctedAt = at('2024-03-13T08:30:00+07:00');
    expect((await t.as('secretariat').edit(url, { dueDate: '2024-07-15' })).status).toBe(200);

    const reportedAt = at('2024-03-20T10:00:00+07:00');
    const report = await t.as('department_head').post(`${url}/progress-reports`, { percent: 40, note: 'Đã lập xong báo cáo khả thi' });
    expect(report.status).toBe(201);

    const contributedAt = at('2024-03-21T10:00:00+07:00');
    const contribution = await t.as('other_department_head').post(`${url}/progress-reports`, { note: 'Đã góp ý hồ sơ' });
    expect(contribution.status).toBe(201);

    const remindedAt = at('2024-04-01T08:00:00+07:00');
    const reminder = await t.as('secretariat').post(`${url}/reminders`, {
      note: 'Đề nghị hoàn thành trước 15/4',
      channel: 'document',
      documentNumber: '210/VP-TH',
    });
    expect(reminder.status).toBe(201);

    const submittedAt = at('2024-04-10T16:00:00+07:00');
    await step('department_head', directive.id, { action: 'submit', note: 'Đã trình hồ sơ' });
    const rejectedAt = at('2024-04-11T09:00:00+07:00');
    await step('leader', directive.id, { action: 'reject', note: 'Thiếu ý kiến của Sở Tài chính' });
    const resubmittedAt = at('2024-04-14T15:00:00+07:00');
    await step('department_head', directive.id, { action: 'submit', note: 'Đã bổ sung ý kiến' });
    const confirmedAt = at('2024-04-15T08:00:00+07:00');
    await step('leader', directive.id, { action: 'confirm' });

    const timeline = await t.as('department_staff').get(timelineOf(directive.id));
    expect(timeline.status).toBe(200);
    expect(timeline.body).toEqual({
      directiveId: directive.id,
      truncated: false,
      events: [
        {
          at: issuedAt,
          kind: 'issued',
          actor: who('secretariat'),
          title: directive.title,
          leadOrganization: { id: t.agencies.own, name: 'Sở của tôi' },
          dueDate: '2024-06-30',
        },
        {
          at: assignedAt,
          kind: 'owner_changed',
          actor: who('department_head'),
          from: null,
          to: { id: owner.id, fullName: 'Trần Thị Hoa', position: 'Phó Giám đốc' },
        },
        { at: correctedAt, kind: 'deadline_changed', actor: who('secretariat'), from: '2024-06-30', to: '2024-07-15' },
        // The lead's first report and the start it caused: the same instant, the report first.
        {
          at: reportedAt,
          kind: 'progress_reported',
          attachments: [],
          actor: who('department_head'),
          reportId: report.body.id,
          reportKind: 'progress',
          percent: 40,
          note: 'Đã lập xong báo cáo khả thi',
          organization: { id: t.agencies.own, name: 'Sở của tôi' },
        },
        {
          at: reportedAt,
          kind: 'transitioned',
          attachments: [],
          actor: who('department_head'),
          action: 'start',
          fromStatus: 'assigned',
          toStatus: 'in_progress',
          note: 'Đã lập xong báo cáo khả thi',
        },
        {
          at: contributedAt,
          kind: 'progress_reported',
          attachments: [],
          actor: who('other_department_head'),
          reportId: contribution.body.id,
          reportKind: 'contribution',
          percent: null,
          note: 'Đã góp ý hồ sơ',
          organization: { id: t.agencies.other, name: 'Sở khác' },
        },
        {
          at: remindedAt,
          kind: 'reminded',
          actor: who('secretariat'),
          reminderId: reminder.body.id,
          channel: 'document',
          documentNumber: '210/VP-TH',
          note: 'Đề nghị hoàn thành trước 15/4',
        },
        {
          at: submittedAt,
          kind: 'transitioned',
          attachments: [],
          actor: who('department_head'),
          action: 'submit',
          fromStatus: 'in_progress',
          toStatus: 'awaiting_confirmation',
          note: 'Đã trình hồ sơ',
        },
        {
          at: rejectedAt,
          kind: 'transitioned',
          attachments: [],
          actor: who('leader'),
          action: 'reject',
          fromStatus: 'awaiting_confirmation',
          toStatus: 'reopened',
          note: 'Thiếu ý kiến của Sở Tài chính',
        },
        {
          at: resubmittedAt,
          kind: 'transitioned',
          attachments: [],
          actor: who('department_head'),
          action: 'submit',
          fromStatus: 'reopened',
          toStatus: 'awaiting_confirmation',
          note: 'Đã bổ sung ý kiến',
        },
        {
          at: confirmedAt,
          kind: 'transitioned',
          attachments: [],
          actor: who('leader'),
          action: 'confirm',
          fromStatus: 'awaiting_confirmation',
          toStatus: 'completed',
          note: null,
        },
      ],
    });

    // Every reader sees the same story, the cooperating agency included.
    for (const role of ['secretariat', 'leader', 'admin', 'other_department_head'] as const) {
      expect((await t.as(role).get(timelineOf(directive.id))).body).toEqual(timeline.body);
    }
  });

  it('shows one edit of the owner and the deadline as two events, owner first; an edit of neither shows nothing', async () => {
    const first = await createPerson(t, { organizationId: t.agencies.own, fullName: 'Lê Văn Nam', position: null });
    const second = await createPerson(t, { organizationId: t.agencies.own, fullName: 'Phạm Thị Lan', position: 'Trưởng phòng' });
    at('2024-03-12T09:00:00+07:00');
    const directive = await issue({ ownerId: first.id, dueDate: null });
    const url = `/api/v1/directives/${directive.id}`;

    const editedAt = at('2024-03-15T10:00:00+07:00');
    expect((await t.as('secretariat').edit(url, { ownerId: second.id, dueDate: '2024-05-31' })).status).toBe(200);
    at('2024-03-16T10:00:00+07:00');
    expect((await t.as('secretariat').edit(url, { priority: 'urgent', title: 'Tên mới của việc' })).status).toBe(200);
    const clearedAt = at('2024-03-17T10:00:00+07:00');
    expect((await t.as('department_head').edit(url, { ownerId: null })).status).toBe(200);

    const timeline = await t.get(timelineOf(directive.id));
    expect(timeline.body.events).toEqual([
      {
        at: '2024-03-12T02:00:00.000Z',
        kind: 'issued',
        actor: who('secretariat'),
        title: directive.title,
        leadOrganization: { id: t.agencies.own, name: 'Sở của tôi' },
        dueDate: null,
      },
      {
        at: editedAt,
        kind: 'owner_changed',
        actor: who('secretariat'),
        from: { id: first.id, fullName: 'Lê Văn Nam', position: null },
        to: { id: second.id, fullName: 'Phạm Thị Lan', position: 'Trưởng phòng' },
      },
      { at: editedAt, kind: 'deadline_changed', actor: who('secretariat'), from: null, to: '2024-05-31' },
      {
        at: clearedAt,
        kind: 'owner_changed',
        actor: who('department_head'),
        from: { id: second.id, fullName: 'Phạm Thị Lan', position: 'Trưởng phòng' },
        to: null,
      },
    ]);
  });

  it('shows requests for a later deadline and the decisions on them, and no deadline edit for an approved one', async () => {
    at('2024-03-12T09:00:00+07:00');
    const directive = await issue({ dueDate: '2024-03-31' });
    const url = `/api/v1/directives/${directive.id}`;

    async function decide(requestId: string, body: Record<string, unknown>): Promise<void> {
      const current = await t.as('leader').get(url);
      const decided = await t.as('leader').post(`${url}/extension-requests/${requestId}/decision`, body, ifMatch(current.body.version));
      expect(decided.status).toBe(200);
    }

    const askedAt = at('2024-03-20T09:00:00+07:00');
    const asked = await t
      .as('department_head')
      .post(`${url}/extension-requests`, { proposedDueDate: '2024-04-30', reason: 'Chờ thẩm định giá' });
    expect(asked.status).toBe(201);
    const approvedAt = at('2024-03-21T09:00:00+07:00');
    await decide(asked.body.id, { decision: 'approved', approvedDueDate: '2024-04-15', note: 'Gia hạn đến 15/4' });
    const askedAgainAt = at('2024-04-10T09:00:00+07:00');
    const again = await t
      .as('department_head')
      .post(`${url}/extension-requests`, { proposedDueDate: '2024-05-15', reason: 'Vẫn chưa xong' });
    expect(again.status).toBe(201);
    const rejectedAt = at('2024-04-11T09:00:00+07:00');
    await decide(again.body.id, { decision: 'rejected', note: 'Không gia hạn thêm' });

    const timeline = await t.as('department_staff').get(timelineOf(directive.id));
    expect(timeline.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'issued',
      'extension_requested',
      'extension_decided',
      'extension_requested',
      'extension_decided',
    ]);
    expect(timeline.body.events.slice(1)).toEqual([
      {
        at: askedAt,
        kind: 'extension_requested',
        actor: who('department_head'),
        requestId: asked.body.id,
        currentDueDate: '2024-03-31',
        proposedDueDate: '2024-04-30',
        reason: 'Chờ thẩm định giá',
      },
      {
        at: approvedAt,
        kind: 'extension_decided',
        actor: who('leader'),
        requestId: asked.body.id,
        decision: 'approved',
        approvedDueDate: '2024-04-15',
        note: 'Gia hạn đến 15/4',
      },
      {
        at: askedAgainAt,
        kind: 'extension_requested',
        actor: who('department_head'),
        requestId: again.body.id,
        currentDueDate: '2024-04-15',
        proposedDueDate: '2024-05-15',
        reason: 'Vẫn chưa xong',
      },
      {
        at: rejectedAt,
        kind: 'extension_decided',
        actor: who('leader'),
        requestId: again.body.id,
        decision: 'rejected',
        approvedDueDate: null,
        note: 'Không gia hạn thêm',
      },
    ]);
  });

  it('hides the timeline of a directive the agency neither leads nor cooperates on (404), and writes nothing', async () => {
    const directive = await issue({ leadOrganizationId: t.agencies.other });
    for (const role of ['department_head', 'department_staff'] as const) {
      const before = await t.snapshot();
      const response: HttpResponse = await t.as(role).get(timelineOf(directive.id));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('directive_not_found');
      expect(await t.snapshot()).toEqual(before);
    }
    expect((await t.as('other_department_head').get(timelineOf(directive.id))).status).toBe(200);
    expect((await t.get(timelineOf('00000000-0000-4000-8000-000000000000'))).status).toBe(404);
  });
});
