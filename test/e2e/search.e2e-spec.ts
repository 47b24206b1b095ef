import { searchBackfillSql } from '../../migrations/1796140000000-AddSearchDocuments.js';
import { createMeeting, createOrganization, createPerson } from '../support/factories.js';
import { expectProblem } from '../support/problems.js';
import { type Client, createTestApp, type TestApp } from '../support/test-app.js';

interface Hit {
  type: string;
  id: string;
  title: string;
  titleHighlights: { start: number; end: number }[];
  snippet: { text: string; highlights: { start: number; end: number }[] };
  parent: { type: string; id: string; title: string } | null;
  exact: boolean;
}

const SPEECH_TEXT =
  'Về công tác giải phóng mặt bằng, các hộ dân đã đồng thuận với phương án bồi thường. ' +
  'Đề nghị huyện phối hợp chặt chẽ với Ban quản lý dự án để bàn giao mặt bằng sạch cho nhà đầu tư, bảo đảm đúng tiến độ đã cam kết. ' +
  'Riêng khu vực Tằng Loỏng còn 12 hộ chưa nhận tiền, cần vận động trước ngày 30/6; vốn hạ tầng tăng thêm 5 tỷ đồng. ' +
  'Thưa các đồng chí, các dự án đang hoạt động ổn định, nhà đầu tư đã ký thêm hợp đồng thuê đất và cam kết tuyển lao động. ' +
  'Tại thôn Đông Phố Mới, việc bàn giao đất đã xong.';

describe('Search in Vietnamese, with or without diacritics (GET /search)', () => {
  let t: TestApp;
  let meeting: any;
  let speechId: string;
  let ownDirective: string, cooperatedDirective: string, foreignDirective: string;
  let foreignReport: string;
  let person: { id: string };
  let organization: { id: string };
  const ranking: Record<string, string> = {};

  const search = async (q: string, extra = '', as: Client = t): Promise<Hit[]> => {
    const response = await as.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const keys = (hits: Hit[]): string[] => hits.map((hit) => `${hit.type}:${hit.id}`);

  beforeAll(async () => {
    t = await createTestApp();
    const { own, other } = t.agencies;
    person = await createPerson(t, { fullName: 'Trần Đức Tằng', position: 'Phó Trưởng ban Quản lý Khu kinh tế', organizationId: own });
    organization = await createOrganization(t, { name: 'Ban Quản lý dự án Đông Phố Mới', shortName: 'BQLDA-ĐPM' });
    meeting = await createMeeting(t, {
      title: 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng',
      summary: 'Rà soát tiến độ di dời hộ dân tại thôn Đông Phố Mới.',
      speeches: [{ speakerId: person.id, kind: 'report', title: 'Báo cáo của Ban quản lý', text: SPEECH_TEXT }],
      directives: [
        { title: 'Chi trả bồi thường cho hộ dân Tằng Loỏng', leadOrganizationId: own },
        { title: 'Kiểm hóa tập trung hàng hóa Xín Mần', leadOrganizationId: other, cooperatingOrganizationIds: [own] },
        { title: 'Mở rộng bãi kiểm hóa Xín Mần', description: 'Thuộc cửa khẩu phụ', leadOrganizationId: other },
      ],
    });
    speechId = meeting.speeches[0].id;
    [ownDirective, cooperatedDirective, foreignDirective] = meeting.directives.map((d: { id: string }) => d.id);
    const report = await t
      .as('other_department_head')
      .post(`/api/v1/directives/${foreignDirective}/progress-reports`, { percent: 30, note: 'Đã làm việc với hải quan về bãi Xín Mần' });
    expect(report.status).toBe(201);
    foreignReport = report.body.id;

    // The ranking set: each holds "bản" and "Vược" differently.
    for (const [key, title] of [
      ['exactPhrase', 'Đường vào bản Vược'],
      ['foldedPhrase', 'Ban Vuoc: xây trường học'],
      ['exactWords', 'Vược qua khó khăn ở bản làng'],
      ['foldedWords', 'Vuoc len, ban oi'],
    ] as const) {
      ranking[key] = (await createMeeting(t, { title })).id;
    }
    await createMeeting(t, { title: 'Tỷ lệ 100% giải ngân vốn' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds "Tằng Loỏng" however it is typed: no diacritics, capitals, a misplaced tone mark, NFD, a zero-width space', async () => {
    const expected = [`meeting:${meeting.id}`, `speech:${speechId}`, `directive:${ownDirective}`].sort();
    for (const q of [
      'Tằng Loỏng',
      'tang loong',
      'TANG LOONG',
      'Tằng Lỏong',
      'TẰNG LOỎNG',
      'Tằng Loỏng'.normalize('NFD'),
      'Tằ\u200Bng Lo\u200Dỏng',
      'tang loo',
    ]) {
      expect({ q, found: keys(await search(q)).sort() }).toEqual({ q, found: expected });
    }
  });

  it('reads đ as d and finds every type of record', async () => {
    expect(keys(await search('dong pho moi'))).toEqual(
      expect.arrayContaining([`meeting:${meeting.id}`, `organization:${organization.id}`]),
    );
    expect(keys(await search('tran duc tang'))).toEqual([`person:${person.id}`]);
    expect(keys(await search('bqlda dpm'))).toEqual([`organization:${organization.id}`]);
    const speech = (await search('nhà đầu tư', '&types=speech'))[0]!;
    expect(speech).toMatchObject({ type: 'speech', id: speechId, parent: { type: 'meeting', id: meeting.id, title: meeting.title } });
    const directive = (await search('chi tra boi thuong'))[0]!;
    expect(directive).toMatchObject({ type: 'directive', id: ownDirective, parent: { type: 'meeting', id: meeting.id } });
    const report = await search('hai quan', '&types=progress_report', t.as('leader'));
    expect(report).toEqual([
      expect.objectContaining({
        type: 'progress_report',
        id: foreignReport,
        parent: { type: 'directive', id: foreignDirective, title: 'Mở rộng bãi kiểm hóa Xín Mần' },
      }),
    ]);
    expect((await search('pho truong ban', '&types=person'))[0]).toMatchObject({
      id: person.id,
      parent: { type: 'organization', id: t.agencies.own },
    });
  });

  it('marks the matched words in the original text, with its diacritics', async () => {
    const [hit] = await search('tang loong', '&types=speech');
    const { text, highlights } = hit!.snippet;
    expect(text).toContain('Riêng khu vực Tằng Loỏng còn 12 hộ');
    expect(highlights.map(({ start, end }) => text.slice(start, end))).toEqual(['Tằng', 'Loỏng']);
    expect(text.startsWith('…')).toBe(true); // cut before the match: the text is longer than a snippet

    // A phrase far into the text, after "đồng thuận", "tỷ đồng", "đồng chí", "hoạt động", "hợp đồng" (all "dong"):
    // the snippet is around the phrase, and only the phrase is marked.
    const [phrase] = await search('"đông phố mới"', '&types=speech');
    expect(phrase!.snippet.text).toContain('Tại thôn Đông Phố Mới, việc bàn giao đất đã xong.');
    expect(phrase!.snippet.highlights.map(({ start, end }) => phrase!.snippet.text.slice(start, end))).toEqual(['Đông', 'Phố', 'Mới']);

    const [titled] = await search('GIAI PHONG mat bang', '&types=meeting');
    expect(titled!.title).toBe('Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng');
    expect(titled!.titleHighlights.map(({ start, end }) => titled!.title.slice(start, end))).toEqual(['Giải', 'phóng', 'mặt', 'bằng']);
    // Only the title matched: the snippet is the title.
    expect(titled!.snippet.text).toBe(titled!.title);
  });

  it('ranks exact-diacritic matches first, then whole phrases, then the rest', async () => {
    expect(keys(await search('bản Vược', '&types=meeting'))).toEqual(
      ['exactPhrase', 'exactWords', 'foldedPhrase', 'foldedWords'].map((key) => `meeting:${ranking[key]}`),
    );
    // Typed without diacritics, the undecorated spellings are the exact ones.
    expect(keys(await search('ban vuoc', '&types=meeting'))).toEqual(
      ['foldedPhrase', 'foldedWords', 'exactPhrase', 'exactWords'].map((key) => `meeting:${ranking[key]}`),
    );
    const exact = await search('bản Vược', '&types=meeting');
    expect(exact.map((hit) => hit.exact)).toEqual([true, true, false, false]);
    // In quotes, only the phrase (and "ban vuoc" is written so, without diacritics, in one of them).
    expect(keys(await search('"ban vuoc"', '&types=meeting'))).toEqual(
      ['foldedPhrase', 'exactPhrase'].map((key) => `meeting:${ranking[key]}`),
    );
  });

  it('limits directives and their progress reports to what a department may read — even found by their exact title', async () => {
    for (const role of ['department_head', 'department_staff'] as const) {
      const found = keys(await search('Xín Mần', '', t.as(role)));
      expect(found).toEqual([`directive:${cooperatedDirective}`]);
      expect(keys(await search('Mở rộng bãi kiểm hóa Xín Mần', '', t.as(role)))).toEqual([]);
      expect(keys(await search('hải quan', '', t.as(role)))).toEqual([]);
    }
    expect(keys(await search('Xín Mần', '', t.as('leader'))).sort()).toEqual(
      [`directive:${cooperatedDirective}`, `directive:${foreignDirective}`, `progress_report:${foreignReport}`].sort(),
    );
    expect(keys(await search('Xín Mần', '', t.as('other_department_head'))).sort()).toEqual(
      [`directive:${cooperatedDirective}`, `directive:${foreignDirective}`, `progress_report:${foreignReport}`].sort(),
    );
    // Meetings, speeches and the directory are read by every role, as in their own lists.
    expect(keys(await search('tang loong', '&types=meeting,speech', t.as('department_staff'))).sort()).toEqual(
      [`meeting:${meeting.id}`, `speech:${speechId}`].sort(),
    );
  });

  it('pages with an opaque cursor: every result once, in the order of one long page', async () => {
    const all = keys(await search('ban vuoc', '&limit=50'));
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = await t.get(`/api/v1/search?q=ban%20vuoc&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...keys(page.body.items));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    expect(pages).toBe(all.length);
  });

  it('keeps the index up to date when a title changes, and the migration indexes rows that existed before it', async () => {
    const renamed = await t.edit(`/api/v1/meetings/${ranking.foldedWords}`, { title: 'Hội nghị Pắc Ta' });
    expect(renamed.status).toBe(200);
    expect(keys(await search('pac ta'))).toEqual([`meeting:${ranking.foldedWords}`]);
    expect(keys(await search('vuoc len oi'))).toEqual([]);

    await t.sql(`DELETE FROM search_document WHERE kind IN ('meeting', 'person')`);
    expect(keys(await search('pac ta'))).toEqual([]);
    for (const statement of searchBackfillSql(['meeting', 'person'])) await t.sql(statement);
    expect(keys(await search('pac ta'))).toEqual([`meeting:${ranking.foldedWords}`]);
    expect(keys(await search('tran duc tang'))).toEqual([`person:${person.id}`]);
  });

  it('indexes every record exactly once when the backfill runs in parts (as bench:data runs it side by side)', async () => {
    const indexed = async (): Promise<string[]> =>
      (
        (await t.sql(`SELECT kind || ':' || id || ':' || md5(folded::text || exact::text) AS k FROM search_document ORDER BY 1`)) as {
          k: string;
        }[]
      ).map((row) => row.k);
    const whole = await indexed();
    expect(whole.length).toBeGreaterThan(5);
    await t.sql('DELETE FROM search_document');
    for (let index = 0; index < 3; index++) for (const statement of searchBackfillSql(undefined, { index, of: 3 })) await t.sql(statement);
    expect(await indexed()).toEqual(whole);
  });

  it('takes %, _, \\ and quotes literally: they only separate words', async () => {
    expect(keys(await search('100%', '&types=meeting'))).toHaveLength(1);
    expect(keys(await search("tằng%_\\'loỏng", '&types=meeting'))).toEqual([`meeting:${meeting.id}`]);
  });

  it('refuses what cannot be searched with a problem document', async () => {
    expectProblem(await t.get('/api/v1/search'), 400, 'validation_failed');
    expectProblem(await t.get('/api/v1/search?q='), 400, 'validation_failed');
    expectProblem(await t.get('/api/v1/search?q=%20%E2%80%8B'), 400, 'validation_failed');
    for (const q of ['%', '_', '"…"', '\\', "''"]) {
      const response = await t.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expectProblem(response, 400, 'search_query_invalid');
      expect(response.body.errors).toEqual([{ field: 'q', message: 'q must contain at least one letter or digit' }]);
    }
    // Each says why, in the detail and on the field.
    for (const [q, detail, message] of [
      [
        '%',
        'The search text has no letter or digit: punctuation and symbols only separate words.',
        'q must contain at least one letter or digit',
      ],
      ['a'.repeat(201), 'The search text is too long: at most 200 characters are searched.', 'q must be at most 200 characters'],
      ['a '.repeat(13), 'The search text has too many words: at most 12 words are searched.', 'q may hold at most 12 words'],
    ]) {
      const response = await t.get(`/api/v1/search?q=${encodeURIComponent(q!)}`);
      expectProblem(response, 400, 'search_query_invalid');
      expect(response.body).toMatchObject({ detail, errors: [{ field: 'q', message }] });
    }
    expect((await t.get(`/api/v1/search?q=${'a%20'.repeat(12)}`)).status).toBe(200);
    expectProblem(await t.get('/api/v1/search?q=tang&types=meeting,bogus'), 400, 'validation_failed');
    expectProblem(await t.get('/api/v1/search?q=tang&types=meeting,meeting'), 400, 'validation_failed');
    expectProblem(await t.get('/api/v1/search?q=tang&limit=51'), 400, 'validation_failed');
    expectProblem(await t.get('/api/v1/search?q=tang&cursor=garbage'), 400, 'validation_failed');
    const first = await t.get('/api/v1/search?q=ban%20vuoc&limit=1');
    expectProblem(await t.get(`/api/v1/search?q=tang&limit=1&cursor=${first.body.nextCursor}`), 400, 'validation_failed');
    const forged = Buffer.from(JSON.stringify(['x', 9, 'NaN', 'not-a-uuid', 'meeting'])).toString('base64url');
    expectProblem(await t.get(`/api/v1/search?q=tang&cursor=${forged}`), 400, 'validation_failed');
    expectProblem(await t.anonymous.get('/api/v1/search?q=tang'), 401, 'unauthenticated');
  });
});
