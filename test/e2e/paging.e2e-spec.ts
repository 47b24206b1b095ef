import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { type Client, createTestApp, type TestApp } from '../support/test-app.js';

/** Follows nextCursor to the end; returns every id seen, in order, and the number of pages. */
async function walk(client: Client, url: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const page: any = await client.get(`${url}${separator}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.status).toBe(200);
    ids.push(...page.body.items.map((item: { id?: string; seq?: string }) => item.id ?? item.seq));
    cursor = page.body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { ids, pages };
}

describe('Keyset paging of every list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks organizations and people with equal names exactly once, in name order', async () => {
    const parent = await createOrganization(t);
    const same = [];
    for (let i = 0; i < 5; i++) same.push((await createOrganization(t, { name: 'Phòng Tổng hợp', parentId: parent.id })).id);
    const organizations = await walk(t, `/api/v1/organizations?parentId=${parent.id}`);
    expect(organizations.ids.sort()).toEqual(same.sort());
    expect(organizations.pages).toBe(3);

    const people = [];
    for (let i = 0; i < 3; i++) people.push((await createPerson(t, { fullName: 'Nguyễn Văn An', organizationId: parent.id })).id);
    expect((await walk(t, `/api/v1/people?organizationId=${parent.id}`)).ids.sort()).toEqual(people.sort());
  });

  it('walks users and a directive history', async () => {
    const users = await walk(t.as('admin'), '/api/v1/users');
    expect(new Set(users.ids).size).toBe(users.ids.length);
    expect(users.ids.length).toBeGreaterThanOrEqual(6);

    const lead = await createOrganization(t);
    const meeting = await createMeeting(t, { directives: [{ title: 'Việc', leadOrganizationId: lead.id }] });
    const id = meeting.directives[0].id;
    for (const title of ['Một', 'Hai', 'Ba']) expect((await t.edit(`/api/v1/directives/${id}`, { title })).status).toBe(200);
    const history = await walk(t.as('leader'), `/api/v1/directives/${id}/history`);
    expect(history.ids).toHaveLength(4);
    expect(history.ids.map(Number)).toEqual([...history.ids.map(Number)].sort((a, b) => a - b));
    const newestFirst = await walk(t.as('leader'), `/api/v1/audit?entityType=directive&entityId=${id}`);
    expect(newestFirst.ids).toEqual([...history.ids].reverse());
  });
});
