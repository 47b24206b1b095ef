import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { describeRaces, expectParallelSessions } from '../support/races.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Editing a recorded meeting', () => {
  let t: TestApp;
  let speakers: { id: string; fullName: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    speakers = [];
    for (let i = 0; i < 5; i++) speakers.push(await createPerson(t));
  });
  afterAll(async () => {
    await t.close();
  });

  const order = async (meetingId: string): Promise<string[]> => {
    const meeting = await t.get(`/api/v1/meetings/${meetingId}`);
    expect(meeting.body.speeches.map((s: { position: number }) => s.position)).toEqual(
      meeting.body.speeches.map((_: unknown, i: number) => i + 1),
    );
    return meeting.body.speeches.map((s: { title: string }) => s.title);
  };

  describe('speeches keep a gap-free order', () => {
    let meetingId: string;
    beforeEach(async () => {
      const meeting = await createMeeting(t, {
        speeches: ['A', 'B', 'C'].map((title, i) => ({ speakerId: speakers[i]!.id, kind: 'opinion', title })),
      });
      meetingId = meeting.id;
    });

    it('appends at the end when no position is given', async () => {
      const added = await t.post(`/api/v1/meetings/${meetingId}/speeches`, { speakerId: speakers[3]!.id, kind: 'conclusion', title: 'D' });
      expect(added.status).toBe(201);
      expect(added.body.position).toBe(4);
      expect(await order(meetingId)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('inserts at a position and moves the later speeches down', async () => {
      const added = await t.post(`/api/v1/meetings/${meetingId}/speeches`, {
        speakerId: speakers[3]!.id,
        kind: 'report',
        title: 'first',
        position: 1,
      });
      expect(added.body.position).toBe(1);
      expect(await order(meetingId)).toEqual(['first', 'A', 'B', 'C']);
    });

    it('moves a speech up or down and renumbers those in between', async () => {
      const meeting = await t.get(`/api/v1/meetings/${meetingId}`);
      const [a, , c] = meeting.body.speeches;
      expect((await t.edit(`/api/v1/meetings/${meetingId}/speeches/${c.id}`, { position: 1 })).body.position).toBe(1);
      expect(await order(meetingId)).toEqual(['C', 'A', 'B']);
      expect((await t.edit(`/api/v1/meetings/${meetingId}/speeches/${a.id}`, { position: 3, summary: 'moved last' })).status).toBe(200);
      expect(await order(meetingId)).toEqual(['C', 'B', 'A']);
    });

    it('refuses a position past the end, leaving the order as it was', async () => {
      const before = await t.snapshot();
      const far = await t.post(`/api/v1/meetings/${meetingId}/speeches`, { speakerId: speakers[0]!.id, kind: 'opinion', position: 5 });
      expect(far.status).toBe(422);
      expect(far.body.code).toBe('speech_position_out_of_range');
      const meeting = await t.get(`/api/v1/meetings/${meetingId}`);
      const moved = await t.edit(`/api/v1/meetings/${meetingId}/speeches/${meeting.body.speeches[0].id}`, { position: 4 });
      expect(moved.status).toBe(422);
      expect(await t.snapshot()).toEqual(before);
    });

    describeRaces('many speeches added at once', () => {
      beforeAll(async () => {
        await expectParallelSessions(t.sql);
      });

      it('12 parallel inserts, some at position 2, leave one gap-free order holding every speech once', async () => {
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            t.post(`/api/v1/meetings/${meetingId}/speeches`, {
              speakerId: speakers[i % 5]!.id,
              kind: 'opinion',
              title: `n${i}`,
              ...(i % 3 === 0 && { position: 2 }),
            }),
          ),
        );
        expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
        const titles = await order(meetingId);
        expect(titles).toHaveLength(15);
        expect(titles[0]).toBe('A');
        expect(new Set(titles)).toEqual(new Set(['A', 'B', 'C', ...Array.from({ length: 12 }, (_, i) => `n${i}`)]));
        expect(titles.filter((title) => ['A', 'B', 'C'].includes(title))).toEqual(['A', 'B', 'C']);
      });
    });

    it('answers 404 for a speech of another meeting', async () => {
      const other = await createMeeting(t, { speeches: [{ speakerId: speakers[0]!.id, kind: 'opinion' }] });
      const response = await t.edit(`/api/v1/meetings/${meetingId}/speeches/${other.speeches[0].id}`, { title: 'x' });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('speech_not_found');
    });
  });

  describe('attendees and the chair', () => {
    it('adds attendees, marks absence, and keeps the chair in one place', async () => {
      const [chair, deputy, guest] = speakers;
      const meeting = await createMeeting(t, {
        attendees: [
          { personId: chair!.id, role: 'chair' },
          { personId: deputy!.id, role: 'member' },
        ],
      });
      expect(meeting.chair.id).toBe(chair!.id);

      const added = await t.post(`/api/v1/meetings/${meeting.id}/attendees`, { personId: guest!.id, role: 'invited', attended: false });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ role: 'invited', attended: false, person: { id: guest!.id } });

      const again = await t.post(`/api/v1/meetings/${meeting.id}/attendees`, { personId: guest!.id, role: 'member' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('attendee_already_present');

      // Making the deputy chair moves the chair: the meeting and the attendee list agree.
      const deputyAttendee = meeting.attendees.find((a: { person: { id: string } }) => a.person.id === deputy!.id);
      const promoted = await t.edit(`/api/v1/meetings/${meeting.id}/attendees/${deputyAttendee.id}`, { role: 'chair' });
      expect(promoted.status).toBe(200);
      expect(promoted.body.role).toBe('chair');
      const after = await t.get(`/api/v1/meetings/${meeting.id}`);
      expect(after.body.chair.id).toBe(deputy!.id);
      expect(
        after.body.attendees.filter((a: { role: string }) => a.role === 'chair').map((a: { person: { id: string } }) => a.person.id),
      ).toEqual([deputy!.id]);
      expect(after.body.attendees.find((a: { person: { id: string } }) => a.person.id === chair!.id).role).toBe('member');

      // And changing the meeting's chairId back does the same from the other side.
      const patched = await t.edit(`/api/v1/meetings/${meeting.id}`, { chairId: chair!.id });
      expect(patched.body.chair.id).toBe(chair!.id);
      expect(patched.body.attendees.find((a: { role: string }) => a.role === 'chair').person.id).toBe(chair!.id);
    });
  });

  describe('the meeting itself', () => {
    it('changes only the fields sent; null clears an optional one', async () => {
      const organizer = await createOrganization(t);
      const meeting = await createMeeting(t, { location: 'Hội trường A', summary: 'Tóm tắt', organizerId: organizer.id });
      const patched = await t.edit(`/api/v1/meetings/${meeting.id}`, { location: null, status: 'published' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        location: null,
        summary: 'Tóm tắt',
        status: 'published',
        organizer: { id: organizer.id },
        version: 2,
      });
      expect(patched.headers.etag).toBe('W/"2"');
    });

    it('refuses a stale If-Match with 412 and keeps the first writer', async () => {
      const meeting = await createMeeting(t);
      const first = await t.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Người thứ nhất' }, { 'if-match': 'W/"1"' });
      expect(first.status).toBe(200);
      const second = await t.patch(`/api/v1/meetings/${meeting.id}`, { title: 'Người thứ hai' }, { 'if-match': 'W/"1"' });
      expect(second.status).toBe(412);
      expect(second.body.code).toBe('version_mismatch');
      expect(second.body.detail).toContain('W/"2"');
      expect((await t.get(`/api/v1/meetings/${meeting.id}`)).body.title).toBe('Người thứ nhất');
    });

    it('refuses an end before the start against the stored start', async () => {
      const meeting = await createMeeting(t, { startsAt: '2024-03-12T08:00:00+07:00' });
      const response = await t.edit(`/api/v1/meetings/${meeting.id}`, { endsAt: '2024-03-12T07:59:00+07:00' });
      expect(response.status).toBe(422);
    });
  });

  describe('paging through meetings', () => {
    it('walks every meeting of a range exactly once, most recent first', async () => {
      const organizer = await createOrganization(t);
      const created: string[] = [];
      for (let day = 1; day <= 7; day++) {
        // Two meetings at the same instant test the id tie-breaker.
        for (const title of ['sáng', 'chiều']) {
          const m = await createMeeting(t, {
            organizerId: organizer.id,
            title,
            startsAt: `2023-06-${String(day).padStart(2, '0')}T08:00:00+07:00`,
          });
          created.push(m.id);
        }
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: any = await t.get(`/api/v1/meetings?organizerId=${organizer.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((m: { id: string }) => m.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(5);
      // Most recent first; the two meetings of one instant by id, descending as PostgreSQL orders uuids (their lowercase text).
      const expected = [];
      for (let day = 7; day >= 1; day--)
        expected.push(
          ...created
            .slice((day - 1) * 2, day * 2)
            .sort()
            .reverse(),
        );
      expect(seen).toEqual(expected);

      const week = await t.get(`/api/v1/meetings?organizerId=${organizer.id}&from=2023-06-03&to=2023-06-04`);
      expect(week.body.items).toHaveLength(4);
      expect(week.body.items[0].startsAt).toBe('2023-06-04T01:00:00.000Z');
    });
  });
});
