import type { Actor } from '../../src/common/actor.js';
import { AttendeesService } from '../../src/meetings/attendees.service.js';
import { SpeechesService } from '../../src/meetings/speeches.service.js';
import { EditMeetingService } from '../../src/minutes/edit-meeting.service.js';
import { createMedium, type Medium } from '../support/medium.js';
import { auditOf, meeting, person } from '../support/medium-fixtures.js';

describe('Meeting rules, called on the services', () => {
  let m: Medium;
  let secretariat: Actor;
  let people: string[];
  beforeAll(async () => {
    m = await createMedium();
    secretariat = await m.actor('secretariat');
    people = [];
    for (let i = 0; i < 4; i++) people.push(await person(m, secretariat));
  });
  afterAll(async () => {
    await m.close();
  });

  describe('the chair is one fact: the meeting’s chair and its attendee with role chair are the same person', () => {
    /** The meeting's chair, and the people its attendee list names as chair. */
    async function chairOf(meetingId: string): Promise<{ meeting: string | null; attendees: string[] }> {
      const [row] = await m.sql('SELECT chair_id FROM meeting WHERE id = $1', [meetingId]);
      const chairs = await m.sql(`SELECT person_id FROM meeting_attendee WHERE meeting_id = $1 AND role = 'chair'`, [meetingId]);
      return { meeting: row.chair_id, attendees: chairs.map((c: { person_id: string }) => c.person_id) };
    }
    const roleOf = async (meetingId: string, personId: string): Promise<string> =>
      (await m.sql('SELECT role FROM meeting_attendee WHERE meeting_id = $1 AND person_id = $2', [meetingId, personId]))[0].role;

    it('adding an attendee as chair makes them the meeting’s chair and demotes the previous one, each change audited', async () => {
      const [chair, newcomer] = people;
      const recorded = await meeting(m, secretariat, { attendees: [{ personId: chair!, role: 'chair' }] });
      expect(await chairOf(recorded.id)).toEqual({ meeting: chair, attendees: [chair] });

      const added = await m.get(AttendeesService).addAttendee(recorded.id, { personId: newcomer!, role: 'chair' }, secretariat);
      expect(await chairOf(recorded.id)).toEqual({ meeting: newcomer, attendees: [newcomer] });
      expect(await roleOf(recorded.id, chair!)).toBe('member');

      // The recording is one entry for the whole meeting; each consequence of the new chair is its own.
      expect((await auditOf(m, recorded.id)).map((e) => e.action)).toEqual(['meeting.record', 'meeting.chair_follows_attendee']);
      const demoted = recorded.attendees.find((a) => a.person.id === chair)!.id;
      expect((await auditOf(m, demoted)).map((e) => [e.action, e.before?.role, e.after?.role])).toEqual([
        ['attendee.role_follows_chair', 'chair', 'member'],
      ]);
      expect((await auditOf(m, added.id)).map((e) => [e.action, e.after?.role])).toEqual([['attendee.add', 'chair']]);
    });

    it('a chair attendee stepping down leaves the meeting without a chair', async () => {
      const [chair] = people;
      const recorded = await meeting(m, secretariat, { attendees: [{ personId: chair!, role: 'chair' }] });
      const attendee = recorded.attendees[0]!;
      await m.get(AttendeesService).updateAttendee(recorded.id, attendee.id, { role: 'member' }, attendee.version, secretariat);
      expect(await chairOf(recorded.id)).toEqual({ meeting: null, attendees: [] });
    });

    it('changing the meeting’s chair moves the role among the attendees, whether or not the new chair attends', async () => {
      const [chair, deputy, outsider] = people;
      const recorded = await meeting(m, secretariat, {
        attendees: [
          { personId: chair!, role: 'chair' },
          { personId: deputy!, role: 'member' },
        ],
      });
      const edit = m.get(EditMeetingService);
      const toDeputy = await edit.updateMeeting(recorded.id, { chairId: deputy! }, recorded.version, secretariat);
      expect(await chairOf(recorded.id)).toEqual({ meeting: deputy, attendees: [deputy] });
      expect(await roleOf(recorded.id, chair!)).toBe('member');

      await edit.updateMeeting(recorded.id, { chairId: outsider! }, toDeputy.version, secretariat);
      expect(await chairOf(recorded.id)).toEqual({ meeting: outsider, attendees: [] });
      expect(await roleOf(recorded.id, deputy!)).toBe('member');
    });

    it('refuses a second chair at recording, writing nothing', async () => {
      const [a, b] = people;
      const before = await m.snapshot();
      await expect(
        meeting(m, secretariat, {
          attendees: [
            { personId: a!, role: 'chair' },
            { personId: b!, role: 'chair' },
          ],
        }),
      ).rejects.toMatchObject({ code: 'meeting_already_has_chair' });
      expect(await m.snapshot()).toEqual(before);
    });
  });

  describe('speeches keep a gap-free order', () => {
    let meetingId: string;
    /** Titles in the order the service reads them back, and that order's positions are 1..n. */
    async function order(): Promise<string[]> {
      const rows = await m.sql('SELECT title, position FROM speech WHERE meeting_id = $1 ORDER BY position', [meetingId]);
      expect(rows.map((r: { position: number }) => r.position)).toEqual(rows.map((_: unknown, i: number) => i + 1));
      return rows.map((r: { title: string }) => r.title);
    }
    const speechId = async (title: string): Promise<{ id: string; version: number }> =>
      (await m.sql('SELECT id, version FROM speech WHERE meeting_id = $1 AND title = $2', [meetingId, title]))[0];

    beforeEach(async () => {
      const recorded = await meeting(m, secretariat, {
        speeches: ['A', 'B', 'C', 'D'].map((title, i) => ({ speakerId: people[i]!, kind: 'opinion' as const, title })),
      });
      meetingId = recorded.id;
    });

    it('an insert at a position moves the later speeches down, and audits each one moved', async () => {
      const added = await m
        .get(SpeechesService)
        .addSpeech(meetingId, { speakerId: people[0]!, kind: 'report', title: 'X', position: 2 }, secretariat);
      expect(added.position).toBe(2);
      expect(await order()).toEqual(['A', 'X', 'B', 'C', 'D']);
      for (const [title, from, to] of [
        ['B', 2, 3],
        ['C', 3, 4],
        ['D', 4, 5],
      ] as const) {
        const entries = await auditOf(m, (await speechId(title)).id);
        expect(entries.map((e) => [e.action, e.before?.position, e.after?.position])).toEqual([['speech.renumber', from, to]]);
      }
      expect(await auditOf(m, (await speechId('A')).id)).toEqual([]);
      expect((await auditOf(m, added.id)).map((e) => [e.action, e.after?.position])).toEqual([['speech.add', 2]]);
    });

    it('a move renumbers only the speeches in between, up or down', async () => {
      const speeches = m.get(SpeechesService);
      const d = await speechId('D');
      await speeches.updateSpeech(meetingId, d.id, { position: 2 }, d.version, secretariat);
      expect(await order()).toEqual(['A', 'D', 'B', 'C']);
      const a = await speechId('A');
      await speeches.updateSpeech(meetingId, a.id, { position: 3 }, a.version, secretariat);
      expect(await order()).toEqual(['D', 'B', 'A', 'C']);
    });

    it('a stale version undoes the renumbering already done in the transaction, audit included', async () => {
      const d = await speechId('D');
      const before = await m.snapshot();
      await expect(m.get(SpeechesService).updateSpeech(meetingId, d.id, { position: 1 }, d.version + 1, secretariat)).rejects.toMatchObject(
        {
          code: 'version_mismatch',
        },
      );
      expect(await m.snapshot()).toEqual(before);
      expect(await order()).toEqual(['A', 'B', 'C', 'D']);
    });

    it('refuses positions past the end, for an insert and for a move', async () => {
      const speeches = m.get(SpeechesService);
      const before = await m.snapshot();
      await expect(
        speeches.addSpeech(meetingId, { speakerId: people[0]!, kind: 'opinion', position: 6 }, secretariat),
      ).rejects.toMatchObject({
        code: 'speech_position_out_of_range',
      });
      const a = await speechId('A');
      await expect(speeches.updateSpeech(meetingId, a.id, { position: 5 }, a.version, secretariat)).rejects.toMatchObject({
        code: 'speech_position_out_of_range',
      });
      expect(await m.snapshot()).toEqual(before);
    });
  });
});
