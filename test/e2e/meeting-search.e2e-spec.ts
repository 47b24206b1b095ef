import { createMeeting, createOrganization } from '../support/factories.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const titles = (page: { body: { items: { title: string }[] } }): string[] => page.body.items.map((item) => item.title);

describe('Searching meetings by text (q)', () => {
  let t: TestApp;
  let organizer: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await createOrganization(t);
    other = await createOrganization(t);
    const meeting = (title: string, startsAt: string, extra: Record<string, unknown> = {}) =>
      createMeeting(t, { title, startsAt, organizerId: organizer.id, ...extra });
    await meeting('Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng', '2024-03-01T08:00:00+07:00', { status: 'published' });
    await meeting('Giao ban tuần', '2024-03-04T08:00:00+07:00', { summary: 'Tiến độ di dời hộ dân ở TẰNG LOỎNG' });
    await meeting('Tằng Loỏng: rà soát dự án', '2024-03-08T08:00:00+07:00');
    await meeting('Tằng Loỏng: quy hoạch', '2024-03-11T08:00:00+07:00');
    await meeting('Cửa khẩu Kim Thành', '2024-03-05T08:00:00+07:00');
    await createMeeting(t, { title: 'Tằng Loỏng, cơ quan khác', startsAt: '2024-03-06T08:00:00+07:00', organizerId: other.id });
    await meeting('Tỷ lệ 100% giải ngân', '2024-03-07T08:00:00+07:00');
  });
  afterAll(async () => {
    await t.close();
  });

  it('ignores accents and case, in the title and in the summary', async () => {
    const found = await t.get(`/api/v1/meetings?organizerId=${organizer.id}&q=${encodeURIComponent('tang loong')}`);
    expect(found.status).toBe(200);
    expect(titles(found)).toEqual([
      'Tằng Loỏng: quy hoạch',
      'Tằng Loỏng: rà soát dự án',
      'Giao ban tuần',
      'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng',
    ]);
    const accented = await t.get(`/api/v1/meetings?organizerId=${organizer.id}&q=${encodeURIComponent('TẰNG loỏng')}`);
    expect(titles(accented)).toEqual(titles(found));
  });

  it('combines with the other filters and pages by keyset', async () => {
    const q = `q=${encodeURIComponent('tang loong')}`;
    const inRange = await t.get(`/api/v1/meetings?${q}&organizerId=${organizer.id}&from=2024-03-02&to=2024-03-10`);
    expect(titles(inRange)).toEqual(['Tằng Loỏng: rà soát dự án', 'Giao ban tuần']);
    const published = await t.get(`/api/v1/meetings?${q}&organizerId=${organizer.id}&status=published`);
    expect(titles(published)).toEqual(['Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng']);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = await t.get(
        `/api/v1/meetings?${q}&organizerId=${organizer.id}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...titles(page));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(seen).toEqual(titles(await t.get(`/api/v1/meetings?${q}&organizerId=${organizer.id}`)));
  });

  it("takes the user's % and _ literally, and refuses an over-long search", async () => {
    expect(titles(await t.get(`/api/v1/meetings?organizerId=${organizer.id}&q=${encodeURIComponent('100%')}`))).toEqual([
      'Tỷ lệ 100% giải ngân',
    ]);
    expect((await t.get(`/api/v1/meetings?organizerId=${organizer.id}&q=${encodeURIComponent('%')}`)).body.items).toHaveLength(1);
    expect((await t.get(`/api/v1/meetings?organizerId=${organizer.id}&q=_`)).body.items).toHaveLength(0);
    expectProblem(await t.get(`/api/v1/meetings?q=${'a'.repeat(201)}`), 400, 'validation_failed');
  });
});
