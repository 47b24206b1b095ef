import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { type Client, createTestApp, type TestApp } from '../support/test-app.js';

/** Follows nextCursor to the end; returns every item seen, in the order the API gave them, and the number of pages. */
async function walk(client: Client, url: string): Promise<{ items: any[]; pages: number }> {
  const items: any[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const page: any = await client.get(`${url}${separator}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { items, pages };
}

const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
/** Equal names are ordered by id, as PostgreSQL orders uuids: byte by byte, which is the order of their lowercase text. */
const byId = (list: string[]): string[] => [...list].sort();

describe('Keyset paging of every list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks organizations and people with equal names exactly once, in name order then id order', async () => {
    const parent = await createOrganization(t);
    const create = async (name: string) => (await createOrganization(t, { name, parentId: parent.id })).id;
    const last = await create('Văn phòng');
    const same = [await create('Phòng Tổng hợp'), await create('Phòng Tổng hợp')];
    const first = await create('Ban Tiếp dân');
    same.push(await create('Phòng Tổng hợp'), await create('Phòng Tổng hợp'));
    const organizations = await walk(t, `/api/v1/organizations?parentId=${parent.id}`);
    expect(ids(organizations.items)).toEqual([first, ...byId(same), last]);
    expect(organizations.pages).toBe(3);

    const person = async (fullName: string) => (await createPerson(t, { fullName, organizationId: parent.id })).id;
    const an = [await person('Nguyễn Văn An'), await person('Nguyễn Văn An')];
    const binh = await person('Trần Thị Bình');
    an.push(await person('Nguyễn Văn An'));
    const lan = await person('Lê Thị Lan');
    expect(ids((await walk(t, `/api/v1/people?organizationId=${parent.id}`)).items)).toEqual([lan, ...byId(an), binh]);
  });

  it('walks users in username order, and a directive history oldest first (the audit list newest first)', async () => {
    const users = await walk(t.as('admin'), '/api/v1/users');
    expect(users.items.map((u: { username: string }) => u.username)).toEqual([
      'admin',
      'department_head',
      'department_staff',
      'leader',
      'other_department_head',
      'secretariat',
    ]);

    const lead = await createOrganization(t);
    const meeting = await createMeeting(t, { directives: [{ title: 'Việc', leadOrganizationId: lead.id }] });
    const id = meeting.directives[0].id;
    for (const title of ['Một', 'Hai', 'Ba']) expect((await t.edit(`/api/v1/directives/${id}`, { title })).status).toBe(200);
    const history = await walk(t.as('leader'), `/api/v1/directives/${id}/history`);
    const titles = history.items.map(
      (entry: { changes: { field: string; to: unknown }[] }) => entry.changes.find((change) => change.field === 'title')?.to,
    );
    expect(titles).toEqual(['Việc', 'Một', 'Hai', 'Ba']);
    const newestFirst = await walk(t.as('leader'), `/api/v1/audit?entityType=directive&entityId=${id}`);
    expect(newestFirst.items.map((entry: { seq: string }) => entry.seq)).toEqual(
      history.items.map((entry: { seq: string }) => entry.seq).reverse(),
    );
  });
});
