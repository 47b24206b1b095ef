import { laoCaiMeetingRequest, SOURCE_URL } from '../../scripts/demo/laocai-meeting.js';
import { createLaoCaiDirectory } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('Recording the Lào Cai meeting in one request', () => {
  let t: TestApp;
  let org: Record<string, string>;
  let person: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ now: '2024-05-01T09:00:00+07:00' });
    ({ org, person } = await createLaoCaiDirectory(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores the meeting with attendees, speeches in order and directives, and returns it the same way', async () => {
    const request = laoCaiMeetingRequest(org, person);
    const created = await t.post('/api/v1/meetings', request);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');

    const fetched = await t.get(`/api/v1/meetings/${created.body.id}`);
    expect(fetched.status).toBe(200);
    const meeting = fetched.body;
    expect(meeting).toMatchObject({
      title: request.title,
      kind: 'working_session',
      startsAt: '2024-03-12T01:00:00.000Z',
      endsAt: '2024-03-12T04:30:00.000Z',
      location: 'Trụ sở Tỉnh ủy Lào Cai',
      organizer: { id: org.thuongTrucTinhUy, name: 'Thường trực Tỉnh ủy Lào Cai' },
      chair: { id: person.phong, fullName: 'Đặng Xuân Phong' },
      sourceUrl: SOURCE_URL,
      status: 'published',
    });

    // Chair first, then the others by role.
    expect(meeting.attendees).toHaveLength(11);
    expect(meeting.attendees[0]).toMatchObject({ role: 'chair', attended: true, person: { id: person.phong } });

    // Speeches come back in the order they were given, numbered 1..n.
    expect(meeting.speeches.map((s: any) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(meeting.speeches.map((s: any) => s.speaker.id)).toEqual(request.speeches.map((s) => s.speakerId));
    expect(meeting.speeches[10]).toMatchObject({ kind: 'conclusion', speaker: { fullName: 'Đặng Xuân Phong' } });

    // Directives in the order concluded, each with one lead and its cooperating agencies.
    expect(meeting.directives.map((d: any) => d.title)).toEqual(request.directives.map((d) => d.title));
    expect(meeting.directives.map((d: any) => d.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const kimThanh = meeting.directives[1];
    expect(kimThanh).toMatchObject({
      leadOrganization: { id: org.haiQuan, name: 'Cục Hải quan tỉnh Lào Cai' },
      issuedBy: { id: person.phong },
      sourceSpeech: { id: meeting.speeches[10].id, position: 11 },
      dueDate: '2024-05-31',
      priority: 'high',
      status: 'assigned',
      deadlineStatus: 'on_track',
    });
    expect(kimThanh.cooperatingOrganizations.map((o: any) => o.id).sort()).toEqual([org.bqlKkt, org.bienPhong].sort());
    // As of 1 May 2024 the 30 April review is overdue; the open-ended one has no deadline.
    expect(meeting.directives[6]).toMatchObject({ dueDate: '2024-04-30', deadlineStatus: 'overdue' });
    expect(meeting.directives[7]).toMatchObject({
      dueDate: null,
      deadlineStatus: 'no_deadline',
      cooperatingOrganizations: expect.any(Array),
    });
  });

  it('lists the meeting and its directives through the filters a secretariat uses', async () => {
    const byOrganizer = await t.get(`/api/v1/meetings?organizerId=${org.thuongTrucTinhUy}&from=2024-03-12&to=2024-03-12`);
    expect(byOrganizer.status).toBe(200);
    expect(byOrganizer.body.items).toHaveLength(1);
    expect(byOrganizer.body.nextCursor).toBeNull();

    const led = await t.get(`/api/v1/directives?leadOrganizationId=${org.bqlKkt}`);
    expect(led.body.items.map((d: any) => d.dueDate)).toEqual(['2024-06-30', '2024-12-31', null]);

    const cooperating = await t.get(`/api/v1/directives?cooperatingOrganizationId=${org.bqlKkt}`);
    expect(cooperating.body.items.map((d: any) => d.leadOrganization.id)).toEqual([org.haiQuan, org.soTnmt, org.baoThang]);

    const overdue = await t.get('/api/v1/directives?dueBefore=2024-05-01');
    expect(overdue.body.items.map((d: any) => d.dueDate)).toEqual(['2024-04-30']);
  });
});
