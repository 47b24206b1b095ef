import { laoCaiMeetingRequest } from '../../scripts/demo/laocai-meeting.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { TEST_NOW } from '../support/fixed-clock.js';
import { createLaoCaiDirectory, createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { CLASS_OF, popoloValidator, popoloViolations } from '../support/popolo.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type HttpResponse, type TestApp } from '../support/test-app.js';

type Item = Record<string, any>;
interface PopoloDocument {
  events: Item[];
  speeches: Item[];
  persons: Item[];
  organizations: Item[];
  memberships: Item[];
}

const { validator } = popoloValidator();

/** The document of an answer, after checking it is a valid Popolo document that only refers to what it contains. */
function popoloOf(response: HttpResponse): PopoloDocument {
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  const document = JSON.parse(response.text) as PopoloDocument;
  expect(Object.keys(document)).toEqual(Object.keys(CLASS_OF));
  expect(popoloViolations(validator, document as unknown as Record<string, unknown>)).toEqual([]);
  // What a schema cannot say: every date on the office's clock, +07:00, whole seconds.
  for (const event of document.events) {
    for (const date of [event.start_date, event.end_date].filter((d) => d !== undefined)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    }
  }
  // Every id referred to is in the document.
  const ids = (items: Item[]) => new Set(items.map((item) => item.id as string));
  const [events, persons, organizations] = [ids(document.events), ids(document.persons), ids(document.organizations)];
  for (const speech of document.speeches) {
    expect(events.has(speech.event_id)).toBe(true);
    expect(persons.has(speech.creator_id)).toBe(true);
  }
  for (const event of document.events) {
    if (event.organization_id) expect(organizations.has(event.organization_id)).toBe(true);
    for (const attendee of event.attendees) expect(persons.has(attendee.id)).toBe(true);
  }
  for (const membership of document.memberships) {
    expect(persons.has(membership.person_id)).toBe(true);
    expect(organizations.has(membership.organization_id)).toBe(true);
  }
  for (const organization of document.organizations) {
    if (organization.parent_id) expect(organizations.has(organization.parent_id)).toBe(true);
  }
  return document;
}

describe('Popolo open data', () => {
  let t: TestApp;
  let org: Record<string, string>;
  let person: Record<string, string>;
  let laoCai: any;

  beforeAll(async () => {
    t = await createTestApp();
    ({ org, person } = await createLaoCaiDirectory(t));
    const demo = laoCaiMeetingRequest(org, person);
    laoCai = await createMeeting(t, {
      ...demo,
      // The border guard's commander was invited but sent a written opinion instead of coming.
      attendees: demo.attendees.map((a) => (a.personId === person.chiHuyBienPhong ? { ...a, attended: false } : a)),
      directives: demo.directives.map((d, i) => (i === 0 ? { ...d, title: 'Nhiệm vụ mật của Ban Quản lý' } : d)),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /meetings/{id}/popolo', () => {
    it('gives the meeting as an Event held at 08:00 in Lào Cai, its organizer, and those who came, chair first', async () => {
      const document = popoloOf(await t.get(`/api/v1/meetings/${laoCai.id}/popolo`));
      expect(document.events).toHaveLength(1);
      const [event] = document.events;
      expect(event).toMatchObject({
        id: laoCai.id,
        name: laoCai.title,
        classification: 'working_session',
        start_date: '2024-03-12T08:00:00+07:00',
        end_date: '2024-03-12T11:30:00+07:00',
        location: 'Trụ sở Tỉnh ủy Lào Cai',
        organization_id: org.thuongTrucTinhUy,
        sources: [{ url: laoCai.sourceUrl }],
      });
      expect(event!.attendees[0]).toEqual({ id: person.phong, name: laoCai.chair.fullName });
      const came = laoCai.attendees.filter((a: any) => a.attended).map((a: any) => a.person.id);
      expect(event!.attendees.map((a: Item) => a.id).sort()).toEqual([...came].sort());
      expect(event!.attendees.map((a: Item) => a.id)).not.toContain(person.chiHuyBienPhong);
    });

    it('gives the speeches in the order they were given, the chair’s as chair, each typed from Popolo’s list', async () => {
      const { speeches, persons } = popoloOf(await t.get(`/api/v1/meetings/${laoCai.id}/popolo`));
      expect(speeches.map((s) => s.id)).toEqual(laoCai.speeches.map((s: any) => s.id));
      expect(speeches.map((s) => s.position)).toEqual(laoCai.speeches.map((_: unknown, i: number) => i + 1));
      for (const [i, speech] of speeches.entries()) {
        const recorded = laoCai.speeches[i];
        expect(speech.event_id).toBe(laoCai.id);
        expect(speech.creator_id).toBe(recorded.speaker.id);
        expect(speech.role).toBe(recorded.speaker.id === person.phong ? 'chair' : 'speaker');
        expect(['speech', 'question', 'answer']).toContain(speech.type);
        expect(speech.text).toBe(recorded.text ?? recorded.summary);
      }
      expect(speeches.filter((s) => s.role === 'chair').length).toBeGreaterThan(0);
      expect(speeches[0]).toMatchObject({
        role: 'speaker',
        title: 'Tình hình các khu công nghiệp và khu kinh tế cửa khẩu',
        type: 'speech',
      });
      // Absent yet a speaker (a written opinion, read out): named as the speech's creator.
      expect(persons.map((p) => p.id)).toContain(person.chiHuyBienPhong);
    });

    it('names each person’s organization with its short name, and their position as a Membership', async () => {
      const { organizations, memberships, persons } = popoloOf(await t.get(`/api/v1/meetings/${laoCai.id}/popolo`));
      const bql = organizations.find((o) => o.id === org.bqlKkt);
      expect(bql).toMatchObject({ name: 'Ban Quản lý Khu kinh tế tỉnh Lào Cai', classification: expect.any(String) });
      expect(persons.find((p) => p.id === person.truongBanKkt)).toEqual({ id: person.truongBanKkt, name: expect.any(String) });
      expect(memberships.find((m) => m.person_id === person.truongBanKkt)).toMatchObject({
        id: `${person.truongBanKkt}@${org.bqlKkt}`,
        organization_id: org.bqlKkt,
        role: expect.any(String),
      });
      const shortNamed = await createOrganization(t, { name: 'Sở Nội vụ tỉnh Lào Cai', shortName: 'SNV' });
      const officer = await createPerson(t, { fullName: 'Lý Thị Mai', position: 'Giám đốc Sở', organizationId: shortNamed.id });
      const meeting = await createMeeting(t, {
        status: 'published',
        attendees: [{ personId: officer.id, role: 'chair' }],
        chairId: officer.id,
      });
      const small = popoloOf(await t.get(`/api/v1/meetings/${meeting.id}/popolo`));
      expect(small.organizations).toEqual([
        {
          id: shortNamed.id,
          name: 'Sở Nội vụ tỉnh Lào Cai',
          other_names: [{ name: 'SNV', note: 'Tên viết tắt' }],
          classification: 'department',
        },
      ]);
      expect(small.memberships).toEqual([
        {
          id: `${officer.id}@${shortNamed.id}`,
          person_id: officer.id,
          organization_id: shortNamed.id,
          role: 'Giám đốc Sở',
          label: 'Giám đốc Sở',
        },
      ]);
      expect(small.speeches).toEqual([]);
    });

    it('carries no directive: a department never learns of another agency’s tasks through the open data', async () => {
      const response = await t.as('department_staff').get(`/api/v1/meetings/${laoCai.id}/popolo`);
      popoloOf(response);
      expect(response.text).not.toContain('Nhiệm vụ mật của Ban Quản lý');
      expect(response.text).not.toContain('directive');
    });

    it('refuses a draft (409), an unknown meeting (404), a malformed id (400) and an anonymous caller (401)', async () => {
      const draft = await createMeeting(t, { status: 'draft' });
      expectProblem(await t.get(`/api/v1/meetings/${draft.id}/popolo`), 409, 'meeting_not_published');
      expectProblem(await t.get('/api/v1/meetings/6f1c1f0e-8a5b-4c61-9d2e-2b7e0c9d4a11/popolo'), 404, 'meeting_not_found');
      expectProblem(await t.get('/api/v1/meetings/not-a-uuid/popolo'), 400, 'validation_failed');
      expectProblem(await t.anonymous.get(`/api/v1/meetings/${laoCai.id}/popolo`), 401, 'unauthenticated');
    });
  });

  describe('GET /popolo?from=&to=', () => {
    it('streams every published meeting of the period in the order held, as a download; drafts and other days never appear', async () => {
      const speaker = await createPerson(t);
      const speeches = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ speakerId: speaker.id, kind: 'opinion', text: `Ý kiến số ${i + 1}` }));
      // 450 speeches: more than two pages of the export's reading.
      const long = await createMeeting(t, { status: 'published', startsAt: '2025-02-03T14:00:00+07:00', speeches: speeches(450) });
      const early = await createMeeting(t, { status: 'published', startsAt: '2025-02-01T00:30:00+07:00', speeches: speeches(2) });
      const draft = await createMeeting(t, { status: 'draft', startsAt: '2025-02-02T08:00:00+07:00', speeches: speeches(1) });
      // 23:30 on 10 February in Hà Nội (16:30 UTC): inside a period ending on the 10th; 00:30 on the 11th is not.
      const late = await createMeeting(t, { status: 'published', startsAt: '2025-02-10T23:30:00+07:00' });
      const after = await createMeeting(t, { status: 'published', startsAt: '2025-02-11T00:30:00+07:00' });
      const before = await createMeeting(t, { status: 'published', startsAt: '2025-01-31T23:59:00+07:00' });

      const response = await t.get('/api/v1/popolo?from=2025-02-01&to=2025-02-10');
      expect(response.headers['content-disposition']).toContain('attachment; filename="popolo 2025-02-01 2025-02-10.json"');
      const document = popoloOf(response);
      expect(document.events.map((e) => e.id)).toEqual([early.id, long.id, late.id]);
      expect(document.events.map((e) => e.start_date)).toEqual([
        '2025-02-01T00:30:00+07:00',
        '2025-02-03T14:00:00+07:00',
        '2025-02-10T23:30:00+07:00',
      ]);
      const allIds = JSON.stringify(document);
      for (const excluded of [draft, after, before]) expect(allIds).not.toContain(excluded.id);
      expect(document.speeches.map((s) => `${s.event_id}#${s.position}`)).toEqual([
        `${early.id}#1`,
        `${early.id}#2`,
        ...Array.from({ length: 450 }, (_, i) => `${long.id}#${i + 1}`),
      ]);
      expect(document.speeches.at(-1)).toMatchObject({ text: 'Ý kiến số 450', type: 'speech', creator_id: speaker.id });
      // The speaker is named once, however many times they spoke, and speaks as a speaker, not the chair.
      expect(document.persons.filter((p) => p.id === speaker.id)).toHaveLength(1);
      expect(document.speeches[0]!.role).toBe('speaker');
    });

    it('answers an empty document for a period without published meetings', async () => {
      expect(popoloOf(await t.get('/api/v1/popolo?from=2030-01-01&to=2030-12-31'))).toEqual({
        events: [],
        speeches: [],
        persons: [],
        organizations: [],
        memberships: [],
      });
    });

    it('refuses a period that is missing, malformed, reversed or longer than a year', async () => {
      expectProblem(await t.get('/api/v1/popolo'), 400, 'validation_failed');
      expectProblem(await t.get('/api/v1/popolo?from=2024-01-01'), 400, 'validation_failed');
      expectProblem(await t.get('/api/v1/popolo?from=2024-02-30&to=2024-03-01'), 400, 'validation_failed');
      expectProblem(await t.get('/api/v1/popolo?from=12/03/2024&to=2024-03-31'), 400, 'validation_failed');
      expectProblem(await t.get('/api/v1/popolo?from=2024-03-02&to=2024-03-01'), 422, 'popolo_period_reversed');
      expectProblem(await t.get('/api/v1/popolo?from=2024-01-01&to=2025-01-01'), 422, 'popolo_period_too_long');
      // A leap year's 366 days are one year.
      expect((await t.get('/api/v1/popolo?from=2024-01-01&to=2024-12-31')).status).toBe(200);
      expectProblem(await t.anonymous.get('/api/v1/popolo?from=2024-01-01&to=2024-12-31'), 401, 'unauthenticated');
    });
  });
});

describe('Popolo open data published without an account (OPEN_DATA_PUBLIC=true)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { OPEN_DATA_PUBLIC: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets anyone read published meetings, never a draft, and nothing else of the API', async () => {
    const published = await createMeeting(t, { status: 'published', startsAt: '2025-05-06T08:00:00+07:00' });
    const draft = await createMeeting(t, { status: 'draft', startsAt: '2025-05-07T08:00:00+07:00' });

    const one = popoloOf(await t.anonymous.get(`/api/v1/meetings/${published.id}/popolo`));
    expect(one.events.map((e) => e.id)).toEqual([published.id]);
    // Without an account, a draft is as absent as a meeting that never was; signed in, it is a draft (409).
    expectProblem(await t.anonymous.get(`/api/v1/meetings/${draft.id}/popolo`), 404, 'meeting_not_found');
    expectProblem(await t.get(`/api/v1/meetings/${draft.id}/popolo`), 409, 'meeting_not_published');
    const period = popoloOf(await t.anonymous.get('/api/v1/popolo?from=2025-05-01&to=2025-05-31'));
    expect(period.events.map((e) => e.id)).toEqual([published.id]);
    expectProblem(await t.anonymous.get('/api/v1/popolo?from=2025-05-31&to=2025-05-01'), 422, 'popolo_period_reversed');

    // Only these two routes open: the meeting itself, with its directives, stays private.
    expectProblem(await t.anonymous.get(`/api/v1/meetings/${published.id}`), 401, 'unauthenticated');
    expectProblem(await t.anonymous.get('/api/v1/directives'), 401, 'unauthenticated');
    // A caller who sends a token is checked as always: a forged one is refused, not waved through as anonymous.
    const forged = await t.anonymous.request('GET', '/api/v1/popolo?from=2025-05-01&to=2025-05-31', {
      headers: { authorization: 'Bearer not.a.token' },
    });
    expectProblem(forged, 401, 'unauthenticated');
  });
});

describe('Popolo export of the demo meeting (npm run seed:demo)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('validates against the official Popolo schemas, with the eleven speeches in order', async () => {
    const seeded = await seedDemoData(t.app, (instant) => t.clock.set(new Date(instant ?? TEST_NOW)));
    const id = seeded.laoCai.meeting.id;
    const document = popoloOf(await t.get(`/api/v1/meetings/${id}/popolo`));
    expect(document.events).toEqual([expect.objectContaining({ id, start_date: '2024-03-12T08:00:00+07:00' })]);
    expect(document.speeches.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(document.persons).toHaveLength(11);
    const period = popoloOf(await t.get('/api/v1/popolo?from=2024-03-01&to=2024-03-31'));
    expect(period.events.map((e) => e.id)).toEqual([id]);
  });
});

describe('The vendored Popolo schemas', () => {
  it('are registered under their ids, and every $ref among them resolves without the network', () => {
    const { unresolved, ids } = popoloValidator();
    expect(unresolved).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining(Object.values(CLASS_OF).map((name) => `http://www.popoloproject.com/schemas/${name}.json#`)),
    );
  });

  it('catch what is not Popolo, through $refs too (so that a valid answer above means something)', () => {
    const bad = {
      events: [{ id: 'x', start_date: '2024-03-12T08:00:00.000+07:00' }],
      speeches: [{ position: '1' }],
      persons: [],
      organizations: [{ other_names: [{ name: 5 }] }],
      memberships: [],
    };
    expect(popoloViolations(validator, bad)).toEqual([
      expect.stringContaining('events[0].start_date'),
      expect.stringContaining('speeches[0].position'),
      expect.stringContaining('organizations[0].other_names[0]'),
    ]);
  });
});
