import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { SOURCE_URL } from '../../scripts/demo/laocai-meeting.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

const TITLE = 'Làm việc với Ban Cán sự Đảng UBND tỉnh về quản lý khu công nghiệp và khu kinh tế cửa khẩu';

interface DirectiveInput {
  title: string;
  lead: string;
  cooperating?: string[];
  owner?: string;
  due: string;
  priority?: string;
  speech?: RegExp;
}

/** The six conclusions of the Lào Cai session, each with the agency that leads it (short names of the demo). */
const DIRECTIVES: DirectiveInput[] = [
  {
    title: 'Di chuyển các hộ dân ra khỏi mặt bằng Khu công nghiệp Tằng Loỏng',
    lead: 'UBND-BT',
    cooperating: ['BQLKKT-LC', 'STNMT-LC'],
    due: '31/12/2024',
    priority: 'Cao',
    speech: /^Phát biểu 4: Đặng Xuân Phong/,
  },
  {
    title: 'Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành về một khu vực, một đầu mối',
    lead: 'CHQ-LC',
    cooperating: ['BĐBP-LC'],
    owner: 'Cục trưởng Cục Hải quan tỉnh',
    due: '31/05/2024',
    priority: 'Cao',
    speech: /^Phát biểu 4: Đặng Xuân Phong/,
  },
  {
    title: 'Thành lập Trung tâm Xúc tiến đầu tư thuộc Sở Kế hoạch và Đầu tư',
    lead: 'SKHĐT-LC',
    cooperating: ['SNV-LC'],
    due: '30/09/2024',
  },
  {
    title: 'Rà soát các dự án đã cấp phép còn thiếu thủ tục; xử lý vi phạm, thu hồi dự án vi phạm nghiêm trọng',
    lead: 'BQLKKT-LC',
    cooperating: ['SKHĐT-LC', 'STNMT-LC'],
    due: '30/06/2024',
    priority: 'Khẩn',
  },
  {
    title: 'Thanh tra, giám sát việc sử dụng đất trong các khu công nghiệp; lập phương án thu hồi đất sử dụng sai mục đích',
    lead: 'STNMT-LC',
    due: '31/08/2024',
    speech: /^Phát biểu 3: Hoàng Giang/,
  },
  {
    title: 'Tham mưu rà soát, điều chỉnh quy hoạch Khu công nghiệp Đông Phố Mới, Bắc Duyên Hải và Khu phức hợp Kim Thành',
    lead: 'BQLKKT-LC',
    due: '31/12/2024',
  },
];

describe('The secretariat records a meeting through the form', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records the Lào Cai meeting with 6 directives, shows it, and finds it in the list without diacritics', async () => {
    const page = await app.signIn('secretariat');
    await page.waitForURL('**/cuoc-hop');
    await page.getByText('Không có cuộc họp nào phù hợp.').waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ghi biên bản cuộc họp' }).click();
    await page.waitForURL('**/cuoc-hop/moi');

    await page.getByLabel('Tên cuộc họp').fill(TITLE);
    await page.getByLabel('Ngày họp').fill('12/03/2024');
    await page.getByLabel('Giờ bắt đầu').fill('08:00');
    await page.getByLabel('Giờ kết thúc').fill('11:30');
    await page.getByLabel('Hình thức').selectOption({ label: 'Buổi làm việc' });
    await page.getByLabel('Địa điểm').fill('Trụ sở Tỉnh ủy Lào Cai');
    await pickOption(page, page.getByRole('combobox', { name: 'Cơ quan tổ chức' }), 'TTTU-LC');
    await page.getByLabel('Trạng thái').selectOption({ label: 'Đã ban hành' });
    await page
      .getByLabel('Tóm tắt nội dung')
      .fill('Nghe báo cáo về ba khu công nghiệp Đông Phố Mới, Bắc Duyên Hải, Tằng Loỏng và về kinh tế cửa khẩu.');
    await page.getByLabel('Đường dẫn nguồn (bài báo, văn bản)').fill(SOURCE_URL);

    // The first person added chairs; searched without diacritics.
    await addAttendee(page, 'dang xuan phong', 'Đặng Xuân Phong');
    await addAttendee(page, 'vu xuan cuong', 'Vũ Xuân Cường');
    await addAttendee(page, 'hoang giang', 'Hoàng Giang');
    await addAttendee(page, 'truong ban quan ly', 'Trưởng Ban Quản lý Khu kinh tế tỉnh');
    await addAttendee(page, 'hai quan', 'Cục trưởng Cục Hải quan tỉnh');
    await page.getByLabel('Vai trò của Trưởng Ban Quản lý Khu kinh tế tỉnh').selectOption({ label: 'Báo cáo viên' });
    await page.getByLabel('Vai trò của Cục trưởng Cục Hải quan tỉnh').selectOption({ label: 'Khách mời' });
    expect(await page.getByLabel('Vai trò của Đặng Xuân Phong').inputValue()).toBe('chair');

    // Someone not yet in the directory, created without leaving the form.
    await page.getByRole('button', { name: 'Tạo cán bộ mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ mới' });
    await dialog.getByLabel('Họ và tên').fill('Chủ tịch UBND huyện Bảo Thắng');
    await dialog.getByLabel('Chức vụ').fill('Chủ tịch UBND huyện');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Cơ quan công tác' }), 'UBND-BT');
    await dialog.getByRole('button', { name: 'Thêm và đưa vào danh sách dự họp' }).click();
    await page.getByLabel('Vai trò của Chủ tịch UBND huyện Bảo Thắng').selectOption({ label: 'Khách mời' });

    // Speeches: the direction of Hoàng Giang is typed last, then moved up before the conclusion by keyboard.
    await addSpeech(
      page,
      1,
      'Trưởng Ban Quản lý Khu kinh tế tỉnh',
      'Báo cáo',
      'Ba khu công nghiệp thu hút 135 dự án, vốn đăng ký 21.624 tỷ đồng.',
    );
    await addSpeech(page, 2, 'Cục trưởng Cục Hải quan tỉnh', 'Ý kiến', 'Đề nghị tập trung hoạt động kiểm hóa tại một khu vực.');
    await addSpeech(
      page,
      3,
      'Đặng Xuân Phong',
      'Kết luận',
      'Rà soát, xử lý dự án vi phạm; tập trung kiểm hóa; thành lập trung tâm xúc tiến đầu tư.',
    );
    await addSpeech(page, 4, 'Hoàng Giang', 'Chỉ đạo', 'Thanh tra việc sử dụng đất, tính phương án thu hồi.');
    // Each step waits for what a screen reader tells before the next key, as a person would.
    await page.getByRole('button', { name: 'Kéo để đổi thứ tự phát biểu 4' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Kéo để đổi thứ tự phát biểu 4', pressed: true }).waitFor();
    await page.keyboard.press('ArrowUp');
    await announced(page, 'Phát biểu 4 sẽ đặt vào vị trí 3.');
    await page.keyboard.press('Space');
    await announced(page, 'Đã đặt phát biểu vào vị trí 3.');
    await expectSpeaker(page, 3, 'Hoàng Giang');
    await expectSpeaker(page, 4, 'Đặng Xuân Phong');
    // And the explicit buttons: down then up again.
    await page.getByRole('button', { name: 'Chuyển phát biểu 1 xuống' }).click();
    await expectSpeaker(page, 2, 'Trưởng Ban Quản lý Khu kinh tế tỉnh');
    await page.getByRole('button', { name: 'Chuyển phát biểu 2 lên' }).click();
    await expectSpeaker(page, 1, 'Trưởng Ban Quản lý Khu kinh tế tỉnh');

    for (const [index, directive] of DIRECTIVES.entries()) await addDirective(page, index + 1, directive);
    // From the top: the screenshot of the whole form then shows the header where it belongs.
    await page.evaluate('window.scrollTo(0, 0)');
    await app.screenshot(page, 'secretariat-record-meeting');
    expect(await app.accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lưu cuộc họp' }).click();
    await page.waitForURL(/\/cuoc-hop\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const directives = page.getByRole('region', { name: /Kết luận, nhiệm vụ được giao/ });
    await directives.getByRole('heading', { name: 'Kết luận, nhiệm vụ được giao (6)' }).waitFor();
    for (const directive of DIRECTIVES) {
      const row = directives.getByRole('row').filter({ has: page.getByRole('link', { name: directive.title }) });
      await row.getByText(directive.due).waitFor();
      expect(await row.getByRole('link', { name: directive.title }).getAttribute('href')).toMatch(/^\/nhiem-vu\/[0-9a-f-]{36}$/);
    }
    await directives.getByRole('row').filter({ hasText: 'Tằng Loỏng' }).getByText('Ủy ban nhân dân huyện Bảo Thắng').waitFor();
    await directives.getByRole('row').filter({ hasText: 'Kim Thành về một khu vực' }).getByText('Cục trưởng Cục Hải quan tỉnh').waitFor();
    expect(await directives.getByText('Đã giao').count()).toBe(6);
    const attendees = page.getByRole('region', { name: /Thành phần dự họp/ });
    await attendees.getByRole('row', { name: /Đặng Xuân Phong.*Chủ trì/ }).waitFor();
    await attendees.getByRole('row', { name: /Chủ tịch UBND huyện Bảo Thắng.*Khách mời/ }).waitFor();
    const speeches = page.getByRole('list', { name: 'Phát biểu theo thứ tự' }).getByRole('listitem');
    expect(await speeches.nth(2).textContent()).toContain('Hoàng Giang');
    expect(await speeches.nth(3).textContent()).toContain('Đặng Xuân Phong');
    await page.getByRole('region', { name: 'Tiến độ thực hiện kết luận' }).getByText('6 nhiệm vụ').waitFor();
    await page.getByRole('button', { name: 'Tải biên bản' }).waitFor();
    // The published meeting as open data, saved under the name the page gives it.
    const popolo = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải dữ liệu mở (Popolo)' }).click();
    const saved = await popolo;
    expect(saved.suggestedFilename()).toBe('du-lieu-mo-popolo.json');
    const openData = JSON.parse(await readFile((await saved.path())!, 'utf8')) as { events: { name: string; start_date: string }[] };
    expect(openData.events).toEqual([expect.objectContaining({ name: TITLE, start_date: expect.stringMatching(/\+07:00$/) })]);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'secretariat-meeting-page');
    expect(await page.evaluate<string>('Object.keys(localStorage).join()')).not.toContain('chidao.meeting-draft');

    // The list: searched without diacritics, the filters in the URL, the back button restoring them.
    await page.getByRole('link', { name: 'Danh sách cuộc họp' }).click();
    await page.getByLabel('Tìm theo tên, nội dung').fill('khu kinh te cua khau');
    await page.getByLabel('Từ ngày').fill('01/03/2024');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'khu kinh te cua khau' && url.searchParams.get('from') === '2024-03-01');
    const link = page.getByRole('link', { name: TITLE });
    await link.waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Trạng thái').selectOption({ label: 'Bản nháp' });
    await page.getByText('Không có cuộc họp nào phù hợp.').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('draft');
    await page.goBack();
    await link.waitFor();
    expect(await page.getByLabel('Tìm theo tên, nội dung').inputValue()).toBe('khu kinh te cua khau');
    await link.click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.context().close();
  });

  it('records a meeting once when the save button is double-clicked', async () => {
    const page = await app.signIn('secretariat');
    await page.goto('/cuoc-hop/moi');
    const title = 'Giao ban tuần, bấm lưu hai lần';
    await fillMinimalMeeting(page, title);
    await page.getByRole('button', { name: 'Lưu cuộc họp' }).dblclick();
    await page.waitForURL(/\/cuoc-hop\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await app.t.sql('SELECT id FROM meeting WHERE title = $1', [title])).toHaveLength(1);
    await page.context().close();
  });

  it('shows what the API refused next to its field and keeps everything typed, then saves', async () => {
    const page = await app.signIn('secretariat');
    await page.goto('/cuoc-hop/moi');
    const title = 'Họp chuyên đề về cửa khẩu số';
    await fillMinimalMeeting(page, title);
    await page.getByLabel('Giờ bắt đầu').fill('10:00');
    await page.getByLabel('Giờ kết thúc').fill('09:00');
    await page.getByLabel('Đường dẫn nguồn (bài báo, văn bản)').fill('baolaocai.vn/cua-khau-so');
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const directive = page.getByRole('group', { name: 'Nhiệm vụ 1' });
    await directive.getByLabel('Nội dung nhiệm vụ').fill(`Xây dựng cửa khẩu số ${'rất chi tiết '.repeat(80)}`);
    await pickOption(page, directive.getByRole('combobox', { name: 'Cơ quan chủ trì' }), 'SCT-LC');

    await page.getByRole('button', { name: 'Lưu cuộc họp' }).click();
    await page.getByText('Chưa lưu được cuộc họp').waitFor();
    await expectFieldError(page.getByLabel('Đường dẫn nguồn (bài báo, văn bản)'), 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.');
    await expectFieldError(directive.getByLabel('Nội dung nhiệm vụ'), 'Tối đa 1000 ký tự.');
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe(title);

    await page.getByLabel('Đường dẫn nguồn (bài báo, văn bản)').fill('https://baolaocai.vn/cua-khau-so');
    await directive.getByLabel('Nội dung nhiệm vụ').fill('Xây dựng cửa khẩu số tại Kim Thành');
    await page.getByRole('button', { name: 'Lưu cuộc họp' }).click();
    await expectFieldError(page.getByLabel('Giờ kết thúc'), 'Thời gian kết thúc phải sau thời gian bắt đầu');
    expect(await page.getByLabel('Giờ bắt đầu').inputValue()).toBe('10:00');
    expect(await directive.getByRole('combobox', { name: 'Cơ quan chủ trì' }).inputValue()).toMatch(/SCT-LC/);
    expect(await app.t.sql('SELECT id FROM meeting WHERE title = $1', [title])).toHaveLength(0);

    await page.getByLabel('Giờ kết thúc').fill('11:00');
    await page.getByRole('button', { name: 'Lưu cuộc họp' }).click();
    await page.waitForURL(/\/cuoc-hop\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Xây dựng cửa khẩu số tại Kim Thành' }).waitFor();
    expect(await app.t.sql('SELECT id FROM meeting WHERE title = $1', [title])).toHaveLength(1);
    await page.context().close();
  });

  it('restores the draft after a reload, until the user clears it', async () => {
    const page = await app.signIn('secretariat');
    await page.goto('/cuoc-hop/moi');
    await page.getByLabel('Tên cuộc họp').fill('Bản nháp chưa lưu');
    await addAttendee(page, 'trinh xuan truong', 'Trịnh Xuân Trường');
    await addSpeech(page, 1, 'Trịnh Xuân Trường', 'Chỉ đạo', 'Tập trung kiểm hóa tại cửa khẩu Kim Thành.');
    await page.reload();
    await page.getByText('Đã khôi phục bản nháp').waitFor();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('Bản nháp chưa lưu');
    await expectSpeaker(page, 1, 'Trịnh Xuân Trường');
    expect(await page.getByRole('group', { name: 'Phát biểu 1' }).getByLabel('Nội dung').inputValue()).toBe(
      'Tập trung kiểm hóa tại cửa khẩu Kim Thành.',
    );

    await page.getByRole('button', { name: 'Xóa bản nháp' }).click();
    await page.getByRole('dialog', { name: 'Xóa bản nháp?' }).getByRole('button', { name: 'Xóa bản nháp' }).click();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('');
    await page.reload();
    await page.getByLabel('Tên cuộc họp').waitFor();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe('');
    expect(await page.getByText('Đã khôi phục bản nháp').count()).toBe(0);
    await page.context().close();
  });
});

/** A searchable select: type, then choose the option whose text contains `text`. */
async function pickOption(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(escapeRegExp(text)) })
    .filter({ visible: true })
    .first()
    .click();
}

async function addAttendee(page: Page, search: string, fullName: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Thêm người dự họp' });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(fullName)}`) }).click();
  await page.getByLabel(`Vai trò của ${fullName}`).waitFor();
}

async function addSpeech(page: Page, number: number, speaker: string, kind: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm phát biểu' }).click();
  const speech = page.getByRole('group', { name: `Phát biểu ${number}` });
  await speech.getByLabel('Người phát biểu').selectOption({ label: speaker });
  await speech.getByLabel('Loại phát biểu').selectOption({ label: kind });
  await speech.getByLabel('Nội dung').fill(text);
}

async function announced(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor({ state: 'attached' });
}

async function expectSpeaker(page: Page, number: number, speaker: string): Promise<void> {
  const select = page.getByRole('group', { name: `Phát biểu ${number}` }).getByLabel('Người phát biểu');
  await select.locator('option:checked', { hasText: speaker }).waitFor({ state: 'attached' });
}

async function addDirective(page: Page, number: number, directive: DirectiveInput): Promise<void> {
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const group = page.getByRole('group', { name: `Nhiệm vụ ${number}` });
  await group.getByLabel('Nội dung nhiệm vụ').fill(directive.title);
  await pickOption(page, group.getByRole('combobox', { name: 'Cơ quan chủ trì' }), directive.lead);
  for (const organization of directive.cooperating ?? []) {
    await pickOption(page, group.getByRole('combobox', { name: 'Cơ quan phối hợp' }), organization);
    await page.keyboard.press('Escape');
  }
  if (directive.owner) await pickOption(page, group.getByRole('combobox', { name: 'Người phụ trách' }), directive.owner);
  await group.getByLabel('Thời hạn').fill(directive.due);
  if (directive.priority) await group.getByLabel('Mức độ ưu tiên').selectOption({ label: directive.priority });
  if (directive.speech) {
    const select = group.getByLabel('Phát biểu nguồn');
    const label = (await select.locator('option').allTextContents()).find((option) => directive.speech!.test(option));
    await select.selectOption({ label: label! });
  }
}

async function fillMinimalMeeting(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tên cuộc họp').fill(title);
  await page.getByLabel('Ngày họp').fill('12/03/2024');
  await page.getByLabel('Giờ bắt đầu').fill('14:00');
  await addAttendee(page, 'hoang quoc khanh', 'Hoàng Quốc Khánh');
}

/** The field's own error: the text its aria-describedby points to. */
async function expectFieldError(input: Locator, message: string): Promise<void> {
  await input.and(input.page().locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    describedBy
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => input.page().locator(`[id="${id}"]`).textContent()),
  );
  expect(texts.join(' ')).toContain(message);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
