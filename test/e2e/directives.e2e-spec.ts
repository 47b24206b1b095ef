import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Directives', () => {
  let t: TestApp;
  let lead: { id: string }, coopA: { id: string }, coopB: { id: string };
  let owner: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ now: '2024-03-12T09:00:00+07:00' });
    [lead, coopA, coopB] = [await createOrganization(t), await createOrganization(t), await createOrganization(t)];
    owner = await createPerson(t, { organizationId: lead.id });
  });
  afterAll(async () => {
    await t.close();
  });

  it('issues directives into an existing meeting after the ones it has', async () => {
    const meeting = await createMeeting(t, {
      speeches: [{ speakerId: owner.id, kind: 'conclusion' }],
      directives: [{ title: 'Thứ nhất', leadOrganizationId: lead.id }],
    });
    const issued = await t.post(`/api/v1/meetings/${meeting.id}/directives`, {
      title: 'Thứ hai',
      leadOrganizationId: lead.id,
      cooperatingOrganizationIds: [coopA.id],
      ownerId: owner.id,
      sourceSpeechId: meeting.speeches[0].id,
      dueDate: '2024-03-15',
    });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      ordinal: 2,
      status: 'assigned',
      priority: 'normal',
      meeting: { id: meeting.id },
      owner: { id: owner.id },
      sourceSpeech: { position: 1 },
      dueDate: '2024-03-15',
      deadlineStatus: 'due_soon',
      cooperatingOrganizations: [{ id: coopA.id }],
    });
    const fetched = await t.get(`/api/v1/directives/${issued.body.id}`);
    expect(fetched.body).toEqual(issued.body);
    expect(fetched.headers.etag).toBe('W/"1"');
  });

  describe('changing a directive', () => {
    let id: string;
    beforeEach(async () => {
      const meeting = await createMeeting(t, {
        directives: [{ title: 'Việc cần làm', leadOrganizationId: lead.id, cooperatingOrganizationIds: [coopA.id], dueDate: '2024-06-30' }],
      });
      id = meeting.directives[0].id;
    });

    it('replaces the cooperating agencies as a set', async () => {
      const patched = await t.edit(`/api/v1/directives/${id}`, { cooperatingOrganizationIds: [coopB.id] });
      expect(patched.status).toBe(200);
      expect(patched.body.cooperatingOrganizations.map((o: { id: string }) => o.id)).toEqual([coopB.id]);
      const cleared = await t.edit(`/api/v1/directives/${id}`, { cooperatingOrganizationIds: [] });
      expect(cleared.body.cooperatingOrganizations).toEqual([]);
      expect(cleared.body.version).toBe(3);
    });

    it('refuses a new lead that is still cooperating, and accepts a swap done in one request', async () => {
      const before = await t.snapshot();
      const refused = await t.edit(`/api/v1/directives/${id}`, { leadOrganizationId: coopA.id });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('directive_lead_also_cooperating');
      expect(await t.snapshot()).toEqual(before);

      const swapped = await t.edit(`/api/v1/directives/${id}`, { leadOrganizationId: coopA.id, cooperatingOrganizationIds: [lead.id] });
      expect(swapped.status).toBe(200);
      expect(swapped.body.leadOrganization.id).toBe(coopA.id);
      expect(swapped.body.cooperatingOrganizations.map((o: { id: string }) => o.id)).toEqual([lead.id]);
    });

    it('clears the deadline with null, which makes it a directive without a deadline', async () => {
      const patched = await t.edit(`/api/v1/directives/${id}`, { dueDate: null, priority: 'urgent' });
      expect(patched.body).toMatchObject({ dueDate: null, deadlineStatus: 'no_deadline', priority: 'urgent', title: 'Việc cần làm' });
    });

    it('refuses unknown references and fields it does not own', async () => {
      const unknown = await t.edit(`/api/v1/directives/${id}`, { ownerId: '0b6f1b7e-9a59-4a8e-8f0e-7d5f3c1a2b3c' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual([{ field: 'ownerId', message: expect.stringContaining('no person') }]);
      const status = await t.edit(`/api/v1/directives/${id}`, { status: 'completed' });
      expect(status.status).toBe(400);
      expect(status.body.errors[0].field).toBe('status');
    });

    describeRaces('writers racing', () => {
      beforeAll(async () => {
        await expectParallelSessions(t.sql);
      });

      it('lets exactly one of many concurrent writers with the same If-Match win', async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => t.patch(`/api/v1/directives/${id}`, { title: `Người viết ${i}` }, { 'if-match': 'W/"1"' })),
        );
        const winners = results.filter((r) => r.status === 200);
        expect(winners).toHaveLength(1);
        expect(results.filter((r) => r.status === 412)).toHaveLength(19);
        const stored = await t.get(`/api/v1/directives/${id}`);
        expect(stored.body.title).toBe(winners[0]!.body.title);
        expect(stored.body.version).toBe(2);
      });
    });
  });

  describe('the list', () => {
    let organizer: { id: string };
    beforeAll(async () => {
      organizer = await createOrganization(t);
      const dues = ['2024-03-01', null, '2024-03-20', '2024-03-12', null, '2024-03-20', '2025-01-01'];
      await createMeeting(t, {
        organizerId: organizer.id,
        directives: dues.map((dueDate, i) => ({ title: `Việc ${i}`, leadOrganizationId: coopB.id, dueDate })),
      });
    });

    it('sorts by deadline with the open-ended ones last, and pages through all of them once', async () => {
      const seen: (string | null)[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await t.get(`/api/v1/directives?leadOrganizationId=${coopB.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((d: { dueDate: string | null }) => d.dueDate));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['2024-03-01', '2024-03-12', '2024-03-20', '2024-03-20', '2025-01-01', null, null]);
    });

    it('filters by deadline window and reports where each one stands today', async () => {
      const overdue = await t.get(`/api/v1/directives?leadOrganizationId=${coopB.id}&dueBefore=2024-03-12`);
      expect(overdue.body.items.map((d: { deadlineStatus: string }) => d.deadlineStatus)).toEqual(['overdue']);
      const window = await t.get(`/api/v1/directives?leadOrganizationId=${coopB.id}&dueAfter=2024-03-01&dueBefore=2024-12-31`);
      expect(window.body.items.map((d: { dueDate: string; deadlineStatus: string }) => [d.dueDate, d.deadlineStatus])).toEqual([
        ['2024-03-12', 'due_soon'],
        ['2024-03-20', 'on_track'],
        ['2024-03-20', 'on_track'],
      ]);
      const none = await t.get(`/api/v1/directives?leadOrganizationId=${coopB.id}&status=completed`);
      expect(none.body).toEqual({ items: [], nextCursor: null });
    });

    it('computes "today" in Vietnam, not in UTC', async () => {
      // 23:30 UTC on 11 March is already 12 March in Hà Nội: a directive due on 11 March is overdue.
      t.clock.set(new Date('2024-03-11T23:30:00Z'));
      try {
        const meeting = await createMeeting(t, {
          directives: [{ title: 'Hạn hôm qua', leadOrganizationId: lead.id, dueDate: '2024-03-11' }],
        });
        expect(meeting.directives[0].deadlineStatus).toBe('overdue');
      } finally {
        t.clock.set(new Date('2024-03-12T09:00:00+07:00'));
      }
    });
  });
});
