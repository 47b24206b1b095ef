import { parse as parseCsv } from 'csv-parse/sync';
import { createMeeting, createPerson } from '../support/factories.js';
import { dataRows, download, fileNameOf, readWorkbook, XLSX } from '../support/spreadsheets.js';
import { createTestApp, ifMatch, type HttpResponse, type TestApp, type TestRole } from '../support/test-app.js';

/**
 * The leaders' reports against a data set computed by hand. The period is
 * April 2024, judged as of 2024-04-20, in the office's zone (+07:00): meetings,
 * submissions and deadlines sit on both sides of midnight there, where UTC
 * would put them on the other day.
 *
 * Own agency (A, whose head is department_head):
 *   A1  M1  due 04-01  submitted 04-01 23:59 +07, confirmed  → completed on time
 *   A2  M1  due 04-10  submitted 04-11 00:01 +07 (04-10 UTC)  → completed late
 *   A3  M2  due 04-30  assigned                               → open, within the deadline
 *   A4  M2  due 04-19  in progress, owner, 1 reminder, 40 %   → open, overdue 1 day
 *   A5  M2  due 04-20  assigned (due on asOf: still on time)  → open, within the deadline
 *   A6  M2  due 03-25 extended to 03-31 (out of the period)   → overdue 20 days
 *   A7  M2  due 05-01  assigned (out of the period)
 *   A8  M2  due 04-15  submitted 04-15 23:59 +07              → open, within (judged at submission)
 *   A9  M2  due 04-05  submitted 04-08                        → open, overdue 3 days (judged at submission)
 *   A10 M2  due 04-12  paused                                 → due, open, overdue (by its deadline); paused
 *   A11 M2  due 04-12  cancelled                              → nowhere
 *   A12 M2  no deadline                                       → issued without deadline
 *   A13 M2  due 04-20  paused (due on asOf)                   → due, open, within the deadline; paused
 * Other agency (B, whose head is other_department_head):
 *   B1  M1  due 04-02  submitted 04-02 23:59 +07, confirmed  → on time
 *   B2  M1  due 04-03  submitted 04-03 10:00 +07, confirmed  → on time
 *   B3  M1  due 04-06  submitted 04-07 00:01 +07, confirmed  → late
 *   B4  M1  due 04-21  assigned                               → open, within the deadline
 *   B5  M1  due 05-01  assigned (out of the period)
 *   B6  M1  due 03-30  assigned (out of the period)           → overdue 21 days
 * M1 starts 2024-03-31 23:30 +07 (issued in March), M2 2024-04-01 00:30 +07
 * (2024-03-31 17:30 UTC, issued in April).
 */
describe('Reports: overdue, league table, meeting progress', () => {
  let t: TestApp;
  let m1: { id: string; title: string };
  let m2: { id: string; title: string };
  let owner: { id: string; fullName: string };
  const d: Record<string, string> = {};
  const titles: Record<string, string> = {};

  const PERIOD = 'from=2024-04-01&to=2024-04-30&asOf=2024-04-20';

  async function version(id: string): Promise<number> {
    return (await t.as('leader').get(`/api/v1/directives/${id}`)).body.version;
  }

  async function move(id: string, role: TestRole, body: Record<string, unknown>, at?: string): Promise<void> {
    if (at) t.clock.set(new Date(at));
    const response = await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(await version(id)));
    expect(response.status).toBe(200);
  }

  async function issue(key: string, meetingId: string, lead: string, dueDate: string | null, extra: Record<string, unknown> = {}) {
    titles[key] = `Nhiệm vụ ${key}: rà soát hồ sơ giải phóng mặt bằng`;
    const response = await t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: titles[key],
      leadOrganizationId: lead,
      dueDate,
      ...extra,
    });
    expect(response.status).toBe(201);
    d[key] = response.body.id;
  }

  /** Reported done at `at` by the lead agency's head. */
  async function submit(key: string, head: TestRole, at: string): Promise<void> {
    await move(d[key]!, head, { action: 'submit', note: 'Đã hoàn thành, gửi báo cáo kết quả' }, at);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const own = t.agencies.own;
    const other = t.agencies.other;
    owner = await createPerson(t, { organizationId: own, fullName: 'Lò Văn Thắng', position: 'Phó Giám đốc' });
    m1 = await createMeeting(t, { title: 'Giao ban tháng 3', startsAt: '2024-03-31T23:30:00+07:00' });
    m2 = await createMeeting(t, { title: 'Giao ban tháng 4', startsAt: '2024-04-01T00:30:00+07:00' });

    await issue('A1', m1.id, own, '2024-04-01');
    await issue('A2', m1.id, own, '2024-04-10');
    await issue('B1', m1.id, other, '2024-04-02');
    await issue('B2', m1.id, other, '2024-04-03');
    await issue('B3', m1.id, other, '2024-04-06');
    await issue('B4', m1.id, other, '2024-04-21');
    await issue('B5', m1.id, other, '2024-05-01');
    await issue('B6', m1.id, other, '2024-03-30');
    await issue('A3', m2.id, own, '2024-04-30');
    await issue('A4', m2.id, own, '2024-04-19', { ownerId: owner.id });
    await issue('A5', m2.id, own, '2024-04-20');
    await issue('A6', m2.id, own, '2024-03-25');
    await issue('A7', m2.id, own, '2024-05-01');
    await issue('A8', m2.id, own, '2024-04-15');
    await issue('A9', m2.id, own, '2024-04-05');
    await issue('A10', m2.id, own, '2024-04-12');
    await issue('A11', m2.id, own, '2024-04-12');
    await issue('A12', m2.id, own, null);
    await issue('A13', m2.id, own, '2024-04-20');

    // In the order they happened.
    t.clock.set(new Date('2024-03-20T09:00:00+07:00'));
    const asked = await t.as('department_head').post(`/api/v1/directives/${d.A6}/extension-requests`, {
      proposedDueDate: '2024-03-31',
      reason: 'Chờ ý kiến của Bộ',
    });
    expect(asked.status).toBe(201);
    const decided = await t
      .as('leader')
      .post(
        `/api/v1/directives/${d.A6}/extension-requests/${asked.body.id}/decision`,
        { decision: 'approved' },
        ifMatch(await version(d.A6!)),
      );
    expect(decided.status).toBe(200);
    await submit('A1', 'department_head', '2024-04-01T23:59:00+07:00');
    await move(d.A4!, 'department_head', { action: 'start' }, '2024-04-02T08:00:00+07:00');
    await submit('B1', 'other_department_head', '2024-04-02T23:59:00+07:00');
    await submit('B2', 'other_department_head', '2024-04-03T10:00:00+07:00');
    await submit('B3', 'other_department_head', '2024-04-07T00:01:00+07:00');
    await submit('A9', 'department_head', '2024-04-08T10:00:00+07:00');
    await move(d.A10!, 'leader', { action: 'pause', note: 'Chờ chủ trương của tỉnh' }, '2024-04-09T09:00:00+07:00');
    await move(d.A13!, 'leader', { action: 'pause', note: 'Chờ kết quả thanh tra' });
    await move(d.A11!, 'secretariat', { action: 'cancel', note: 'Trùng với nhiệm vụ khác' });
    t.clock.set(new Date('2024-04-10T09:00:00+07:00'));
    const progress = await t
      .as('department_head')
      .post(`/api/v1/directives/${d.A4}/progress-reports`, { percent: 40, note: 'Đã rà soát 40 hồ sơ' });
    expect(progress.status).toBe(201);
    await submit('A2', 'department_head', '2024-04-11T00:01:00+07:00');
    await submit('A8', 'department_head', '2024-04-15T23:59:00+07:00');
    t.clock.set(new Date('2024-04-18T15:00:00+07:00'));
    const reminded = await t
      .as('secretariat')
      .post(`/api/v1/directives/${d.A4}/reminders`, { note: 'Đề nghị khẩn trương', channel: 'phone' });
    expect(reminded.status).toBe(201);
    t.clock.set(new Date('2024-04-19T09:00:00+07:00'));
    for (const key of ['A1', 'A2', 'B1', 'B2', 'B3']) await move(d[key]!, 'leader', { action: 'confirm' });
    t.clock.set(new Date('2024-04-20T10:00:00+07:00'));
  });
  afterAll(async () => {
    await t.close();
  });

  /** A refusal: a problem document, and not a row written anywhere. */
  async function refused(url: string, status: number, code: string, fields: string[]): Promise<HttpResponse> {
    const before = await t.snapshot();
    const response = await t.as('leader').get(url);
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe(code);
    expect([...new Set(response.body.errors.map((e: { field: string }) => e.field))]).toEqual(fields);
    expect(await t.snapshot()).toEqual(before);
    return response;
  }

  /** Every id of GET /directives with this query, all pages. */
  async function listed(role: TestRole, query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const response: HttpResponse = await t.as(role).get(`/api/v1/directives?${query}&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      ids.push(...response.body.items.map((item: { id: string }) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    return ids;
  }

  /** Every id of the overdue report, all pages, in its order. */
  async function overdueIds(role: TestRole, query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const response: HttpResponse = await t.as(role).get(`/api/v1/reports/overdue?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      for (const group of response.body.groups) ids.push(...group.directives.map((item: { id: string }) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    return ids;
  }

  const keysOf = (ids: string[]): string[] => ids.map((id) => Object.keys(d).find((key) => d[key] === id) ?? id);
  const sorted = (keys: string[]): string[] => [...keys].sort();

  describe('GET /reports/overdue', () => {
    it('groups open work past its deadline by lead agency, most days overdue first, with everything a leader asks about', async () => {
      const response = await t.as('leader').get('/api/v1/reports/overdue?asOf=2024-04-20');
      expect(response.status).toBe(200);
      const meeting = (m: { id: string; title: string }, startsAt: string) => ({ id: m.id, title: m.title, startsAt });
      const entry = (key: string, fields: Record<string, unknown>) => ({
        id: d[key],
        title: titles[key],
        owner: null,
        progressPercent: null,
        lastReportedAt: null,
        reminderCount: 0,
        extensionCount: 0,
        ...fields,
      });
      expect(response.body).toEqual({
        asOf: '2024-04-20',
        total: 4,
        groups: [
          {
            leadOrganization: expect.objectContaining({ id: t.agencies.other }),
            count: 1,
            directives: [
              entry('B6', {
                meeting: meeting(m1, '2024-03-31T16:30:00.000Z'),
                status: 'assigned',
                dueDate: '2024-03-30',
                originalDueDate: '2024-03-30',
                daysOverdue: 21,
              }),
            ],
          },
          {
            leadOrganization: expect.objectContaining({ id: t.agencies.own }),
            count: 3,
            directives: [
              entry('A6', {
                meeting: meeting(m2, '2024-03-31T17:30:00.000Z'),
                status: 'assigned',
                dueDate: '2024-03-31',
                originalDueDate: '2024-03-25',
                daysOverdue: 20,
                extensionCount: 1,
              }),
              // Awaiting confirmation: late by the days from its deadline to its submission, not to today.
              entry('A9', {
                meeting: meeting(m2, '2024-03-31T17:30:00.000Z'),
                status: 'awaiting_confirmation',
                dueDate: '2024-04-05',
                originalDueDate: '2024-04-05',
                daysOverdue: 3,
              }),
              entry('A4', {
                meeting: meeting(m2, '2024-03-31T17:30:00.000Z'),
                status: 'in_progress',
                dueDate: '2024-04-19',
                originalDueDate: '2024-04-19',
                daysOverdue: 1,
                owner: { id: owner.id, fullName: 'Lò Văn Thắng', position: 'Phó Giám đốc' },
                progressPercent: 40,
                lastReportedAt: '2024-04-10T02:00:00.000Z',
                reminderCount: 1,
              }),
            ],
          },
        ],
        nextCursor: null,
      });
    });

    it('pages over directives; a group split across pages keeps its agency count', async () => {
      const first = await t.as('leader').get('/api/v1/reports/overdue?asOf=2024-04-20&limit=2');
      expect(first.body.groups.map((g: any) => [g.leadOrganization.id, g.count, keysOf(g.directives.map((x: any) => x.id))])).toEqual([
        [t.agencies.other, 1, ['B6']],
        [t.agencies.own, 3, ['A6']],
      ]);
      const second = await t.as('leader').get(`/api/v1/reports/overdue?asOf=2024-04-20&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.groups.map((g: any) => [g.leadOrganization.id, g.count, keysOf(g.directives.map((x: any) => x.id))])).toEqual([
        [t.agencies.own, 3, ['A9', 'A4']],
      ]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('turns at midnight in the office’s zone: today by default, a deadline of today still on time', async () => {
      t.clock.set(new Date('2024-04-20T23:59:00+07:00'));
      expect(keysOf(await overdueIds('leader', ''))).toEqual(['B6', 'A6', 'A9', 'A4']);
      t.clock.set(new Date('2024-04-21T00:01:00+07:00')); // still 2024-04-20 in UTC
      const response = await t.as('leader').get('/api/v1/reports/overdue');
      expect(response.body.asOf).toBe('2024-04-21');
      expect(response.body.groups[1].directives.map((x: any) => [keysOf([x.id])[0], x.daysOverdue])).toEqual([
        ['A6', 21],
        ['A9', 3],
        ['A4', 2],
        ['A5', 1],
      ]);
      t.clock.set(new Date('2024-04-20T10:00:00+07:00'));
    });

    it.each(['2024-03-30', '2024-04-06', '2024-04-20', '2024-04-21', '2024-05-02'])(
      'holds exactly the directives GET /directives?deadlineStatus=overdue&asOf=%s lists, for every role',
      async (asOf) => {
        for (const role of ['leader', 'secretariat', 'admin'] as const) {
          expect(sorted(await overdueIds(role, `asOf=${asOf}`))).toEqual(sorted(await listed(role, `deadlineStatus=overdue&asOf=${asOf}`)));
        }
        for (const role of ['department_head', 'department_staff'] as const) {
          expect(sorted(await overdueIds(role, `asOf=${asOf}`))).toEqual(
            sorted(await listed(role, `deadlineStatus=overdue&asOf=${asOf}&leadOrganizationId=${t.agencies.own}`)),
          );
        }
      },
    );

    it('shows an agency’s users their own agency only; another agency asked for is empty to them', async () => {
      const own = await t.as('department_staff').get('/api/v1/reports/overdue?asOf=2024-04-20');
      expect(own.body.total).toBe(3);
      expect(own.body.groups.map((g: any) => g.leadOrganization.id)).toEqual([t.agencies.own]);
      const foreign = await t.as('department_head').get(`/api/v1/reports/overdue?asOf=2024-04-20&leadOrganizationId=${t.agencies.other}`);
      expect(foreign.body).toEqual({ asOf: '2024-04-20', total: 0, groups: [], nextCursor: null });
      const leader = await t.as('leader').get(`/api/v1/reports/overdue?asOf=2024-04-20&leadOrganizationId=${t.agencies.other}`);
      expect(leader.body.total).toBe(1);
      expect(keysOf(leader.body.groups[0].directives.map((x: any) => x.id))).toEqual(['B6']);
    });

    it('refuses impossible dates and foreign cursors with problem documents', async () => {
      await refused('/api/v1/reports/overdue?asOf=2024-02-30', 400, 'validation_failed', ['asOf']);
      await refused('/api/v1/reports/overdue?leadOrganizationId=abc', 400, 'validation_failed', ['leadOrganizationId']);
      await refused('/api/v1/reports/overdue?cursor=WyIyMDI0LTAxLTAxIl0', 400, 'validation_failed', ['cursor']);
    });
  });

  describe('GET /reports/agency-performance', () => {
    const figures = (
      due: number,
      completedOnTime: number,
      completedLate: number,
      openWithinDeadline: number,
      openOverdue: number,
      onTimeRate: number | null,
      paused: number,
      issued: number,
      withoutDeadline: number,
    ) => ({ due, completedOnTime, completedLate, openWithinDeadline, openOverdue, onTimeRate, paused, issued, withoutDeadline });

    it('gives the hand-computed table, ranked by on-time rate, with its totals', async () => {
      const response = await t.as('leader').get(`/api/v1/reports/agency-performance?${PERIOD}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        from: '2024-04-01',
        to: '2024-04-30',
        asOf: '2024-04-20',
        rows: [
          { leadOrganization: expect.objectContaining({ id: t.agencies.other }), ...figures(4, 2, 1, 1, 0, 50, 0, 0, 0) },
          { leadOrganization: expect.objectContaining({ id: t.agencies.own }), ...figures(9, 1, 1, 4, 3, 11.1, 2, 10, 1) },
        ],
        totals: figures(13, 3, 2, 5, 3, 23.1, 2, 10, 1),
        lists: {
          completedOnTime: ['completion=completed_on_time&dueAfter=2024-03-31&dueBefore=2024-05-01'],
          completedLate: ['completion=completed_late&dueAfter=2024-03-31&dueBefore=2024-05-01'],
          openWithinDeadline: [
            'deadlineStatus=on_track&asOf=2024-04-20&dueAfter=2024-03-31&dueBefore=2024-05-01',
            'deadlineStatus=due_soon&asOf=2024-04-20&dueAfter=2024-03-31&dueBefore=2024-05-01',
            'status=paused&dueAfter=2024-04-19&dueBefore=2024-05-01',
          ],
          openOverdue: [
            'deadlineStatus=overdue&asOf=2024-04-20&dueAfter=2024-03-31&dueBefore=2024-05-01',
            'status=paused&dueAfter=2024-03-31&dueBefore=2024-04-20',
          ],
          paused: ['status=paused&dueAfter=2024-03-31&dueBefore=2024-05-01'],
        },
      });
    });

    it('moves directives between columns as asOf crosses their deadlines; the four columns always add up to due', async () => {
      const table = async (asOf: string) =>
        (await t.as('leader').get(`/api/v1/reports/agency-performance?from=2024-04-01&to=2024-04-30&asOf=${asOf}`)).body;
      // 04-21: A5 and the paused A13 (due 04-20) overdue; B4 (due 04-21) still on time. 04-22: B4 overdue too.
      const at21 = await table('2024-04-21');
      expect(at21.rows.map((r: any) => [r.leadOrganization.id, r.openWithinDeadline, r.openOverdue])).toEqual([
        [t.agencies.other, 1, 0],
        [t.agencies.own, 2, 5],
      ]);
      const at22 = await table('2024-04-22');
      expect(at22.rows.map((r: any) => [r.leadOrganization.id, r.openWithinDeadline, r.openOverdue])).toEqual([
        [t.agencies.other, 0, 1],
        [t.agencies.own, 2, 5],
      ]);
      for (const asOf of ['2024-03-01', '2024-04-01', '2024-04-20', '2024-04-21', '2024-05-31']) {
        const body = await table(asOf);
        for (const row of [...body.rows, body.totals]) {
          expect(row.completedOnTime + row.completedLate + row.openWithinDeadline + row.openOverdue).toBe(row.due);
        }
      }
    });

    it('takes the period’s first and last days in, and the days around them out', async () => {
      // Only 2024-04-01 (A1) and 2024-04-30 (A3): one day each end.
      const ends = async (from: string, to: string) =>
        (await t.as('leader').get(`/api/v1/reports/agency-performance?from=${from}&to=${to}&asOf=2024-04-20`)).body.totals.due;
      expect(await ends('2024-04-01', '2024-04-01')).toBe(1);
      expect(await ends('2024-04-30', '2024-04-30')).toBe(1);
      expect(await ends('2024-04-12', '2024-04-12')).toBe(1); // A10, paused; A11, cancelled, not
      expect(await ends('2024-03-31', '2024-03-31')).toBe(1); // A6, by its deadline in force
      expect(await ends('2024-03-25', '2024-03-25')).toBe(0); // A6's original deadline does not count
      // Issued: M2 opened at 00:30 on 1 April in Hà Nội (still 31 March in UTC).
      const march = await t.as('leader').get('/api/v1/reports/agency-performance?from=2024-03-01&to=2024-03-31&asOf=2024-04-20');
      expect(march.body.totals).toMatchObject({ due: 2, openOverdue: 2, issued: 8, withoutDeadline: 0 });
    });

    it('makes every figure of every row the directive list it links to', async () => {
      const { body } = await t.as('leader').get(`/api/v1/reports/agency-performance?${PERIOD}`);
      const columns = ['completedOnTime', 'completedLate', 'openWithinDeadline', 'openOverdue', 'paused'] as const;
      const expected: Record<string, Record<(typeof columns)[number], string[]>> = {
        [t.agencies.other]: {
          completedOnTime: ['B1', 'B2'],
          completedLate: ['B3'],
          openWithinDeadline: ['B4'],
          openOverdue: [],
          paused: [],
        },
        [t.agencies.own]: {
          completedOnTime: ['A1'],
          completedLate: ['A2'],
          openWithinDeadline: ['A3', 'A5', 'A8', 'A13'],
          openOverdue: ['A4', 'A9', 'A10'],
          paused: ['A10', 'A13'],
        },
      };
      for (const row of body.rows) {
        const lead = row.leadOrganization.id as string;
        const everyColumn: string[] = [];
        for (const column of columns) {
          const ids: string[] = [];
          for (const query of body.lists[column] as string[]) ids.push(...(await listed('leader', `${query}&leadOrganizationId=${lead}`)));
          expect(sorted(keysOf(ids))).toEqual(sorted(expected[lead]![column]));
          expect(ids).toHaveLength(row[column]);
          if (column !== 'paused') everyColumn.push(...ids);
        }
        expect(everyColumn).toHaveLength(row.due);
        expect(new Set(everyColumn).size).toBe(row.due);
      }
    });

    it.each(['2024-03-15', '2024-04-01', '2024-04-12', '2024-04-13', '2024-04-21', '2024-04-30', '2024-05-01', '2024-06-30'])(
      'as of %s, every column of every row is still its lists, paused ones on their side of asOf',
      async (asOf) => {
        const { body } = await t.as('leader').get(`/api/v1/reports/agency-performance?from=2024-04-01&to=2024-04-30&asOf=${asOf}`);
        const columns = ['completedOnTime', 'completedLate', 'openWithinDeadline', 'openOverdue'] as const;
        for (const row of [...body.rows, { ...body.totals, leadOrganization: null }]) {
          const lead = row.leadOrganization === null ? '' : `&leadOrganizationId=${row.leadOrganization.id}`;
          const everyColumn: string[] = [];
          for (const column of columns) {
            const ids: string[] = [];
            for (const query of body.lists[column] as string[]) ids.push(...(await listed('leader', `${query}${lead}`)));
            expect(ids).toHaveLength(row[column]);
            everyColumn.push(...ids);
          }
          expect(new Set(everyColumn).size).toBe(row.due);
          const paused: string[] = [];
          for (const query of body.lists.paused as string[]) paused.push(...(await listed('leader', `${query}${lead}`)));
          expect(paused).toHaveLength(row.paused);
          expect(paused.every((id) => everyColumn.includes(id))).toBe(true);
        }
      },
    );

    it('shows an agency’s users their own row only', async () => {
      const response = await t.as('department_staff').get(`/api/v1/reports/agency-performance?${PERIOD}`);
      expect(response.body.rows).toEqual([
        { leadOrganization: expect.objectContaining({ id: t.agencies.own }), ...figures(9, 1, 1, 4, 3, 11.1, 2, 10, 1) },
      ]);
      expect(response.body.totals).toEqual(figures(9, 1, 1, 4, 3, 11.1, 2, 10, 1));
    });

    it('gives no rate for an agency with nothing due and an empty table for an empty period', async () => {
      const response = await t.as('leader').get('/api/v1/reports/agency-performance?from=2025-01-01&to=2025-12-31&asOf=2024-04-20');
      expect(response.body.rows).toEqual([]);
      expect(response.body.totals).toEqual(figures(0, 0, 0, 0, 0, null, 0, 0, 0));
    });

    it('refuses impossible dates, a missing bound and a reversed period with problem documents', async () => {
      await refused('/api/v1/reports/agency-performance?from=2024-02-30&to=2024-03-31', 400, 'validation_failed', ['from']);
      await refused('/api/v1/reports/agency-performance?from=2024-01-01', 400, 'validation_failed', ['to']);
      await refused('/api/v1/reports/agency-performance?from=2024-01-01&to=2024-12-31&asOf=20240420', 400, 'validation_failed', ['asOf']);
      await refused('/api/v1/reports/agency-performance?from=2024-04-30&to=2024-04-01', 422, 'report_period_reversed', ['to']);
    });
  });

  describe('exports (?format=xlsx|csv)', () => {
    const HEADER_ROW = 5;
    const STATUS: Record<string, string> = { assigned: 'Đã giao', in_progress: 'Đang thực hiện', awaiting_confirmation: 'Chờ xác nhận' };
    const OVERDUE_HEADERS = [
      'STT',
      'Cơ quan chủ trì',
      'Tên nhiệm vụ',
      'Trạng thái',
      'Hạn hoàn thành',
      'Hạn ban đầu',
      'Số ngày quá hạn',
      'Người phụ trách',
      'Tiến độ (%)',
      'Báo cáo tiến độ lúc',
      'Số lần đôn đốc',
      'Số lần gia hạn',
      'Cuộc họp',
      'Ngày họp',
    ];
    const LEAGUE_HEADERS = [
      'STT',
      'Cơ quan chủ trì',
      'Tổng số nhiệm vụ đến hạn',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành, trong hạn',
      'Chưa hoàn thành, quá hạn',
      'Tỷ lệ hoàn thành đúng hạn (%)',
      'Trong đó tạm dừng',
      'Số nhiệm vụ được giao',
      'Không có thời hạn',
    ];
    /** The office's wall clock (+07:00) as the UTC fields of a Date, as a spreadsheet cell holds it. */
    const hanoi = (iso: string): Date => new Date(Date.parse(iso) + 7 * 3_600_000);
    const hanoiText = (iso: string): string => hanoi(iso).toISOString().slice(0, 16).replace('T', ' ');

    /** Every directive of the JSON report, all pages, with its group's agency, in the report's order. */
    async function overdueLines(role: TestRole, query: string): Promise<any[]> {
      const lines: any[] = [];
      let cursor: string | null = null;
      do {
        const response: HttpResponse = await t.as(role).get(`/api/v1/reports/overdue?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        for (const group of response.body.groups)
          lines.push(...group.directives.map((x: any) => ({ ...x, agency: group.leadOrganization.name })));
        cursor = response.body.nextCursor;
      } while (cursor);
      return lines;
    }

    it('writes every overdue directive, one line each with its agency, exactly the JSON report’s directives', async () => {
      const before = await t.snapshot();
      const file = await download(t, 'leader', '/api/v1/reports/overdue?asOf=2024-04-20&format=xlsx&limit=1');
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe(XLSX);
      expect(fileNameOf(file.headers)).toBe('Báo cáo nhiệm vụ quá hạn 2024-04-20.xlsx');
      const sheet = await readWorkbook(file.bytes);
      expect(sheet.getCell('A1').value).toBe('Báo cáo nhiệm vụ quá hạn');
      expect(sheet.getCell('A2').value).toBe('Nhiệm vụ chưa hoàn thành đã quá hạn, quá hạn lâu nhất trước');
      expect(sheet.getCell('A3').value).toBe('Tính đến ngày: 20/04/2024');
      expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(OVERDUE_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });

      const json = await overdueLines('leader', 'asOf=2024-04-20');
      expect(keysOf(json.map((x) => x.id))).toEqual(['B6', 'A6', 'A9', 'A4']);
      const rows = dataRows(sheet, HEADER_ROW);
      expect(rows.map((row) => row[2])).toEqual(['B6', 'A6', 'A9', 'A4'].map((key) => titles[key]));
      expect(rows).toEqual(
        json.map((x, i) => [
          i + 1,
          x.agency,
          x.title,
          STATUS[x.status],
          new Date(`${x.dueDate}T00:00:00Z`),
          new Date(`${x.originalDueDate}T00:00:00Z`),
          x.daysOverdue,
          x.owner?.fullName,
          x.progressPercent === null ? undefined : x.progressPercent / 100,
          x.lastReportedAt === null ? undefined : hanoi(x.lastReportedAt),
          x.reminderCount,
          x.extensionCount,
          x.meeting.title,
          hanoi(x.meeting.startsAt),
        ]),
      );
      // A4, by hand: the owner, 40 % reported on 10 April at 09:00 in Hà Nội, one reminder.
      expect(rows[3]).toEqual([
        4,
        'Sở của tôi',
        titles.A4,
        'Đang thực hiện',
        new Date(Date.UTC(2024, 3, 19)),
        new Date(Date.UTC(2024, 3, 19)),
        1,
        'Lò Văn Thắng',
        0.4,
        new Date(Date.UTC(2024, 3, 10, 9, 0)),
        1,
        0,
        'Giao ban tháng 4',
        new Date(Date.UTC(2024, 3, 1, 0, 30)),
      ]);
      const first = sheet.getRow(HEADER_ROW + 1);
      expect([first.getCell(5).numFmt, first.getCell(9).numFmt, first.getCell(10).numFmt]).toEqual([
        'dd/mm/yyyy',
        '0%',
        'dd/mm/yyyy hh:mm',
      ]);
      expect(await t.snapshot()).toEqual(before);
    });

    it('gives an agency’s users a CSV of their own agency’s overdue directives only, as their JSON report', async () => {
      const file = await download(t, 'department_staff', '/api/v1/reports/overdue?asOf=2024-04-20', { accept: 'text/csv' });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(fileNameOf(file.headers)).toBe('Báo cáo nhiệm vụ quá hạn 2024-04-20.csv');
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(file.bytes, { bom: true }) as string[][];
      const json = await overdueLines('department_staff', 'asOf=2024-04-20');
      expect(keysOf(json.map((x) => x.id))).toEqual(['A6', 'A9', 'A4']);
      expect(rows).toEqual([
        OVERDUE_HEADERS,
        ...json.map((x, i) => [
          String(i + 1),
          'Sở của tôi',
          x.title,
          STATUS[x.status],
          x.dueDate,
          x.originalDueDate,
          String(x.daysOverdue),
          x.owner?.fullName ?? '',
          x.progressPercent === null ? '' : String(x.progressPercent),
          x.lastReportedAt === null ? '' : hanoiText(x.lastReportedAt),
          String(x.reminderCount),
          String(x.extensionCount),
          x.meeting.title,
          hanoiText(x.meeting.startsAt),
        ]),
      ]);
      expect(rows[1]!.slice(4, 7)).toEqual(['2024-03-31', '2024-03-25', '20']);
      // Another agency asked for by name is as empty as in JSON: the header only.
      const foreign = await download(
        t,
        'department_head',
        `/api/v1/reports/overdue?asOf=2024-04-20&leadOrganizationId=${t.agencies.other}&format=csv`,
      );
      expect(parseCsv(foreign.bytes, { bom: true })).toEqual([OVERDUE_HEADERS]);
    });

    it('writes the league table under the official headers, the rate a percent cell, the totals row last', async () => {
      const before = await t.snapshot();
      const file = await download(t, 'leader', `/api/v1/reports/agency-performance?${PERIOD}&format=xlsx`);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe(XLSX);
      expect(fileNameOf(file.headers)).toBe('Tỷ lệ hoàn thành đúng hạn 2024-04-01 đến 2024-04-30.xlsx');
      expect(file.headers['content-disposition']).toMatch(
        /^attachment; filename="Ty le hoan thanh dung han 2024-04-01 den 2024-04-30\.xlsx"; /,
      );
      const sheet = await readWorkbook(file.bytes);
      expect(sheet.getCell('A1').value).toBe('Tỷ lệ hoàn thành đúng hạn');
      expect(sheet.getCell('A2').value).toBe('Nhiệm vụ đến hạn từ ngày 01/04/2024 đến ngày 30/04/2024');
      expect(sheet.getCell('A3').value).toBe('Tính đến ngày: 20/04/2024');
      expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(LEAGUE_HEADERS);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      const rows = dataRows(sheet, HEADER_ROW);
      expect(rows).toEqual([
        [1, 'Sở khác', 4, 2, 1, 1, 0, 50 / 100, 0, 0, 0],
        [2, 'Sở của tôi', 9, 1, 1, 4, 3, 11.1 / 100, 2, 10, 1],
        [undefined, 'Tổng cộng', 13, 3, 2, 5, 3, 23.1 / 100, 2, 10, 1],
      ]);
      const { body } = await t.as('leader').get(`/api/v1/reports/agency-performance?${PERIOD}`);
      const line = (name: string, f: any) => [
        name,
        f.due,
        f.completedOnTime,
        f.completedLate,
        f.openWithinDeadline,
        f.openOverdue,
        f.onTimeRate / 100,
        f.paused,
        f.issued,
        f.withoutDeadline,
      ];
      expect(rows.map((row) => row.slice(1))).toEqual([
        ...body.rows.map((r: any) => line(r.leadOrganization.name, r)),
        line('Tổng cộng', body.totals),
      ]);
      expect(sheet.getRow(HEADER_ROW + 1).getCell(8).numFmt).toBe('0.0%');
      expect(sheet.getRow(HEADER_ROW + 3).getCell(8).numFmt).toBe('0.0%');
      expect(sheet.getRow(HEADER_ROW + 3).font).toMatchObject({ bold: true });
      expect(await t.snapshot()).toEqual(before);
    });

    it('writes the league table as CSV with the same rows, no rate where nothing is due, and refuses as JSON does', async () => {
      const file = await download(t, 'department_head', `/api/v1/reports/agency-performance?${PERIOD}&format=csv`);
      expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(fileNameOf(file.headers)).toBe('Tỷ lệ hoàn thành đúng hạn 2024-04-01 đến 2024-04-30.csv');
      expect(parseCsv(file.bytes, { bom: true })).toEqual([
        LEAGUE_HEADERS,
        ['1', 'Sở của tôi', '9', '1', '1', '4', '3', '11.1', '2', '10', '1'],
        ['', 'Tổng cộng', '9', '1', '1', '4', '3', '11.1', '2', '10', '1'],
      ]);
      // 31 March: A6 due (extended to it), M1's eight issued (23:30 in Hà Nội); nothing due for B, so no rate: an empty cell, not 0.
      const march = await download(
        t,
        'leader',
        '/api/v1/reports/agency-performance?from=2024-03-31&to=2024-03-31&asOf=2024-04-20&format=csv',
      );
      expect(parseCsv(march.bytes, { bom: true })).toEqual([
        LEAGUE_HEADERS,
        ['1', 'Sở của tôi', '1', '0', '0', '0', '1', '0', '0', '2', '0'],
        ['2', 'Sở khác', '0', '0', '0', '0', '0', '', '0', '6', '0'],
        ['', 'Tổng cộng', '1', '0', '0', '0', '1', '0', '0', '8', '0'],
      ]);
      await refused('/api/v1/reports/agency-performance?from=2024-04-30&to=2024-04-01&format=xlsx', 422, 'report_period_reversed', ['to']);
      await refused('/api/v1/reports/agency-performance?from=2024-04-01&to=2024-04-30&format=pdf', 400, 'validation_failed', ['format']);
      await refused('/api/v1/reports/overdue?format=docx', 400, 'validation_failed', ['format']);
    });
  });

  describe('GET /meetings/{id}/progress', () => {
    it('counts the meeting’s directives by status and deadline status, with the percent completed', async () => {
      const response = await t.as('leader').get(`/api/v1/meetings/${m1.id}/progress?asOf=2024-04-20`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        meeting: { id: m1.id, title: m1.title, startsAt: '2024-03-31T16:30:00.000Z' },
        asOf: '2024-04-20',
        total: 8,
        byStatus: { assigned: 3, in_progress: 0, awaiting_confirmation: 0, completed: 5, reopened: 0, paused: 0, cancelled: 0 },
        byDeadlineStatus: { on_track: 1, due_soon: 1, overdue: 1, no_deadline: 0 },
        percentCompleted: 62.5,
      });
      expect(response.body.directives.map((x: any) => [keysOf([x.id])[0], x.status, x.deadlineStatus])).toEqual([
        ['A1', 'completed', null],
        ['A2', 'completed', null],
        ['B1', 'completed', null],
        ['B2', 'completed', null],
        ['B3', 'completed', null],
        ['B4', 'assigned', 'due_soon'],
        ['B5', 'assigned', 'on_track'],
        ['B6', 'assigned', 'overdue'],
      ]);
      expect(response.body.directives[5]).toEqual({
        id: d.B4,
        ordinal: 6,
        title: titles.B4,
        leadOrganization: expect.objectContaining({ id: t.agencies.other }),
        dueDate: '2024-04-21',
        status: 'assigned',
        deadlineStatus: 'due_soon',
        progressPercent: null,
        lastReportedAt: null,
      });
    });

    it('leaves cancelled directives out of the percent and shows an agency only what it may see', async () => {
      const leader = await t.as('leader').get(`/api/v1/meetings/${m2.id}/progress?asOf=2024-04-20`);
      expect(leader.body).toMatchObject({
        total: 11,
        byStatus: { assigned: 5, in_progress: 1, awaiting_confirmation: 2, completed: 0, reopened: 0, paused: 2, cancelled: 1 },
        byDeadlineStatus: { on_track: 2, due_soon: 2, overdue: 3, no_deadline: 1 },
        percentCompleted: 0,
      });
      const agency = await t.as('other_department_head').get(`/api/v1/meetings/${m1.id}/progress?asOf=2024-04-20`);
      expect(agency.body).toMatchObject({ total: 6, percentCompleted: 50 });
      const none = await t.as('other_department_head').get(`/api/v1/meetings/${m2.id}/progress?asOf=2024-04-20`);
      expect(none.body).toMatchObject({ total: 0, percentCompleted: null, directives: [] });
    });

    it('answers 404 for a meeting that does not exist and 400 for a bad date', async () => {
      const before = await t.snapshot();
      const missing = await t.as('leader').get('/api/v1/meetings/00000000-0000-4000-8000-000000000000/progress');
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(missing.body.code).toBe('meeting_not_found');
      expect(await t.snapshot()).toEqual(before);
      await refused(`/api/v1/meetings/${m1.id}/progress?asOf=2024-13-01`, 400, 'validation_failed', ['asOf']);
    });
  });
});

describe('GET /reports/overdue?format=xlsx of 2,500 overdue directives', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const meetingId = (await createMeeting(t, { title: 'Họp tổng kết năm' })).id;
    // Three directives share each deadline, so the file must break ties by id across its pages of 1,000.
    await t.sql(
      `INSERT INTO directive (meeting_id, ordinal, title, lead_organization_id, due_date, original_due_date)
       SELECT $1, n, 'Nhiệm vụ quá hạn số ' || n, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
              DATE '2024-01-01' + (n % 834), DATE '2024-01-01' + (n % 834)
         FROM generate_series(1, 2500) n`,
      [meetingId, t.agencies.own, t.agencies.other],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes every page, most days overdue first then by id, the same directives as the JSON report’s pages', async () => {
    const file = await download(t, 'leader', '/api/v1/reports/overdue?asOf=2026-06-30&format=xlsx');
    const rows = dataRows(await readWorkbook(file.bytes), 5);
    expect(rows).toHaveLength(2500);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
    const expected = await t.sql<{ title: string }>('SELECT title FROM directive ORDER BY due_date ASC, id ASC');
    expect(rows.map((row) => row[2])).toEqual(expected.map((row) => row.title));

    const json: string[] = [];
    let cursor: string | null = null;
    do {
      const response: HttpResponse = await t
        .as('leader')
        .get(`/api/v1/reports/overdue?asOf=2026-06-30&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      for (const group of response.body.groups) json.push(...group.directives.map((x: { title: string }) => x.title));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(new Set(json)).toEqual(new Set(rows.map((row) => row[2])));
    expect(json).toHaveLength(2500);
  });
});
