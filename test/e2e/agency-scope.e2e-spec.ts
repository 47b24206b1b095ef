import { createMeeting, createPerson } from '../support/factories.js';
import { createTestApp, ifMatch, type TestApp } from '../support/test-app.js';

describe('What a department sees and may change', () => {
  let t: TestApp;
  let meeting: any;
  let led: string, cooperating: string, foreign: string;
  let ownPerson: { id: string }, foreignPerson: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    const { own, other } = t.agencies;
    ownPerson = await createPerson(t, { organizationId: own });
    foreignPerson = await createPerson(t, { organizationId: other });
    meeting = await createMeeting(t, {
      directives: [
        { title: 'Led by us', leadOrganizationId: own, dueDate: '2024-06-30' },
        { title: 'We cooperate', leadOrganizationId: other, cooperatingOrganizationIds: [own] },
        { title: 'Not ours', leadOrganizationId: other },
      ],
    });
    [led, cooperating, foreign] = meeting.directives.map((d: { id: string }) => d.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists only the directives their organization leads or cooperates on — in SQL, so pages are full', async () => {
    for (const role of ['department_head', 'department_staff'] as const) {
      const list = await t.as(role).get('/api/v1/directives?limit=1');
      expect(list.body.items).toHaveLength(1);
      const all = await t.as(role).get('/api/v1/directives');
      expect(all.body.items.map((d: { id: string }) => d.id).sort()).toEqual([led, cooperating].sort());
    }
    expect((await t.as('leader').get('/api/v1/directives')).body.items).toHaveLength(3);
  });

  it('answers 404 for a directive of another agency, as if it did not exist, and hides it in the meeting', async () => {
    expect((await t.as('department_staff').get(`/api/v1/directives/${foreign}`)).status).toBe(404);
    expect((await t.as('department_staff').get(`/api/v1/directives/${foreign}/history`)).status).toBe(404);
    const seen = await t.as('department_staff').get(`/api/v1/meetings/${meeting.id}`);
    expect(seen.body.directives.map((d: { id: string }) => d.id).sort()).toEqual([led, cooperating].sort());
    expect((await t.as('other_department_head').get(`/api/v1/directives/${led}`)).status).toBe(404);
  });

  it('lets the head of the lead agency assign the owner — someone of their own organization — and nothing else', async () => {
    const head = t.as('department_head');
    const assigned = await head.patch(`/api/v1/directives/${led}`, { ownerId: ownPerson.id }, ifMatch(1));
    expect(assigned.status).toBe(200);
    expect(assigned.body.owner.id).toBe(ownPerson.id);

    const before = await t.snapshot();
    const outsider = await head.patch(`/api/v1/directives/${led}`, { ownerId: foreignPerson.id }, ifMatch(2));
    expect(outsider.status).toBe(422);
    expect(outsider.body.code).toBe('directive_owner_outside_agency');
    const deadline = await head.patch(`/api/v1/directives/${led}`, { dueDate: '2025-12-31', ownerId: ownPerson.id }, ifMatch(2));
    expect(deadline.status).toBe(403);
    expect(deadline.body.errors).toEqual([{ field: 'dueDate', message: 'dueDate may be changed by the secretariat only' }]);
    const move = await head.patch(`/api/v1/directives/${led}`, { leadOrganizationId: t.agencies.other }, ifMatch(2));
    expect(move.status).toBe(403);
    const onlyCooperating = await head.patch(`/api/v1/directives/${cooperating}`, { ownerId: ownPerson.id }, ifMatch(1));
    expect(onlyCooperating.status).toBe(403);
    const notVisible = await head.patch(`/api/v1/directives/${foreign}`, { ownerId: ownPerson.id }, ifMatch(1));
    expect(notVisible.status).toBe(404);
    expect((await t.as('department_staff').patch(`/api/v1/directives/${led}`, { ownerId: null }, ifMatch(2))).status).toBe(403);
    expect(await t.snapshot()).toEqual(before);
  });
});
