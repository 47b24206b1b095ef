import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS, startBrowserApp, type BrowserApp } from './support/browser-app.js';

/** The corpus's close paraphrase of a Báo Lào Cai article (12/3/2024): captions name the speakers, six conclusions follow. */
const LAO_CAI = join(process.cwd(), 'test', 'fixtures', 'imports', 'news-laocai-khu-cong-nghiep.txt');

const checked = async (select: Locator) => (await select.locator('option:checked').textContent()) ?? '';

async function draftFromText(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
  await page.waitForURL('**/cuoc-hop/nhap');
  await page.getByLabel('Nội dung văn bản').fill(text);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.waitForURL(/\/cuoc-hop\/nhap\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'Văn bản gốc' }).waitFor();
}

describe('The secretariat drafts a meeting from its text', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reads the Lào Cai article into a draft, has what it could not resolve fixed on screen, and records the meeting', async () => {
    const text = await readFile(LAO_CAI, 'utf8');
    const page = await app.signIn('secretariat');
    await page.waitForURL('**/cuoc-hop');
    await draftFromText(page, text);

    // The reader's doubts are one line, the list folded: the meeting's fields and the source share the first screen.
    const summary = page.getByText(/^\d+ điểm cần kiểm tra$/);
    await summary.waitFor();
    expect(await page.getByLabel('Tên cuộc họp').isVisible()).toBe(true);
    const viewport = page.viewportSize()!;
    for (const field of [
      page.getByLabel('Tên cuộc họp'),
      page.getByLabel('Ngày họp'),
      page.getByRole('heading', { name: 'Văn bản gốc' }),
    ]) {
      const box = (await field.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(viewport.height);
    }
    expect(await page.getByLabel('Ngày họp').inputValue()).toBe('12/03/2024');

    // The chair and the attendees are matched to the directory, with their positions; focusing one marks the text.
    const chair = page.getByLabel(/^Chủ trì: Đặng Xuân Phong/);
    expect(await chair.inputValue()).toBe(app.laoCai.people.phong);
    await chair.focus();
    expect(await page.getByTestId('source-highlight').textContent()).toContain('Đặng Xuân Phong');
    const cuong = page.getByLabel(/: Vũ Xuân Cường$/);
    expect(await cuong.inputValue()).toBe(app.laoCai.people.cuong);
    expect(await checked(cuong)).toBe('Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh');
    expect(await checked(page.getByLabel(/: Trịnh Xuân Trường$/))).toContain('Chủ tịch UBND tỉnh');

    // A speaker who was not in the attendance list was added to it, and the note says so beside them.
    const hai = page
      .locator('.mantine-Paper-root')
      .filter({ has: page.getByLabel(/^(Thành viên|Khách mời|Báo cáo viên): Nguyễn Trọng Hài$/) });
    expect(await hai.getByText(/^Nguyễn Trọng Hài phát biểu nhưng không có trong danh sách dự họp/).isVisible()).toBe(true);
    expect(await hai.getByText('Cần kiểm tra').isVisible()).toBe(true);

    // A speaker named by office is the one record of the directory for it, flagged; the speech is that attendee's and follows it.
    const office = page.getByLabel(/: Lãnh đạo ngành Công thương tỉnh$/);
    expect(await checked(office)).toBe('Lãnh đạo Sở Công Thương, Lãnh đạo Sở');
    const officeItem = page.locator('.mantine-Paper-root').filter({ has: office });
    expect(await officeItem.getByText('Cần kiểm tra').isVisible()).toBe(true);
    const allSpeakers = page.getByLabel(/^Người phát biểu \d+$/);
    const labels = await Promise.all(Array.from({ length: await allSpeakers.count() }, (_, k) => checked(allSpeakers.nth(k))));
    const officeSpeeches = labels.flatMap((label, k) => (label === 'như người dự họp: Lãnh đạo Sở Công Thương, Lãnh đạo Sở' ? [k] : []));
    expect(officeSpeeches).toHaveLength(1);
    const officeSpeech = allSpeakers.nth(officeSpeeches[0]!);
    await office.selectOption({ label: 'Tạo mới: Lãnh đạo ngành Công thương tỉnh' });
    expect(await checked(officeSpeech)).toBe('như người dự họp: Lãnh đạo ngành Công thương tỉnh');
    await office.selectOption(app.laoCai.people.lanhDaoCongThuong!);
    expect(await checked(officeSpeech)).toBe('như người dự họp: Lãnh đạo Sở Công Thương, Lãnh đạo Sở');

    // The speeches in the order of the article: the reports and opinions first, the directions and the conclusion last.
    const speakers = page.getByLabel(/^Người phát biểu \d+$/);
    const count = await speakers.count();
    expect(count).toBeGreaterThanOrEqual(8);
    const order = await Promise.all(Array.from({ length: count }, (_, i) => checked(speakers.nth(i))));
    const at = (name: string) => order.findIndex((label) => label.includes(name));
    expect(at('Nguyễn Trọng Hài')).toBeGreaterThan(-1);
    expect(at('Nguyễn Trọng Hài')).toBeLessThan(at('Hoàng Quốc Khánh'));
    expect(at('Hoàng Quốc Khánh')).toBeLessThan(at('Hoàng Giang'));
    expect(at('Hoàng Giang')).toBeLessThan(at('Đặng Xuân Phong'));

    // The first conclusion is the Ban Quản lý Khu kinh tế's, as Hoàng Giang addressed it.
    expect(await page.getByLabel('Nhiệm vụ 1', { exact: true }).inputValue()).toContain('bám sát hoạt động của các khu công nghiệp');
    const firstLead = page.getByLabel('Cơ quan chủ trì nhiệm vụ 1', { exact: true });
    expect(await firstLead.inputValue()).toBe(app.laoCai.organizations['BQLKKT-LC']);

    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'secretariat-import-review');
    // The first screen, as the office worker sees it at 1366×900 (the README's docs/images/web-import-review.png).
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, 'secretariat-import-review-first-screen.png') });

    // Every directive needs its lead agency: one the reader could not tell is picked from the directory,
    // the rest created as proposed or given to the UBND tỉnh; unresolved speakers and attendees are created as named.
    const leads = page.getByLabel(/^Cơ quan chủ trì nhiệm vụ \d+$/);
    for (let i = 0, picked = false; i < (await leads.count()); i += 1) {
      const lead = leads.nth(i);
      if ((await lead.inputValue()) !== '') continue;
      const create = lead.locator('option', { hasText: /^Tạo mới: / });
      if (picked && (await create.count()) > 0) await lead.selectOption('new');
      else await lead.selectOption(app.laoCai.organizations['UBND-LC']!);
      picked = true;
    }
    const people = page.getByLabel(/^(Người phát biểu \d+|(Chủ trì|Thư ký|Thành viên|Báo cáo viên|Khách mời): .*)$/);
    for (let i = 0; i < (await people.count()); i += 1) {
      const person = people.nth(i);
      if ((await person.inputValue()) !== '') continue;
      const create = person.locator('option', { hasText: /^Tạo mới: / }).first();
      await person.selectOption((await create.getAttribute('value'))!);
    }
    expect(await page.locator('select[aria-invalid="true"]').count()).toBe(0);

    // The first directive's deadline, typed the Vietnamese way.
    const due = page.getByLabel('Thời hạn nhiệm vụ 1', { exact: true });
    await due.fill('30/6/2024');
    await due.press('Tab');
    expect(await due.inputValue()).toBe('30/06/2024');

    await page.getByRole('button', { name: 'Xác nhận ghi nhận cuộc họp' }).click();
    await page.waitForURL(/\/cuoc-hop\/[0-9a-f-]{36}$/);
    const row = page.getByRole('row').filter({ hasText: 'bám sát hoạt động của các khu công nghiệp' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Ban Quản lý Khu kinh tế tỉnh Lào Cai');
    expect(await row.textContent()).toContain('30/06/2024');
    expect(await page.getByText('Đặng Xuân Phong').first().isVisible()).toBe(true);

    // The draft is listed as recorded, with the way to its meeting.
    const meetingUrl = page.url();
    const meetingPath = new URL(meetingUrl).pathname;
    await page.goto('/cuoc-hop/nhap');
    const draftRow = page.getByRole('row').filter({ hasText: 'khu kinh tế cửa khẩu' });
    await draftRow.getByText('Đã ghi nhận').waitFor();
    await draftRow.getByRole('link', { name: 'Mở cuộc họp' }).click();
    await page.waitForURL(meetingUrl);

    // The same article read again: the draft says at the top that the meeting is already recorded, and links to it.
    await page.goto('/cuoc-hop');
    await draftFromText(page, text);
    const duplicate = page.getByRole('status').filter({ hasText: 'Có thể đã ghi nhận cuộc họp này' });
    await duplicate.waitFor();
    expect(await duplicate.getByRole('link', { name: 'Mở cuộc họp đã ghi nhận' }).getAttribute('href')).toBe(meetingPath);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    // Two drafts of one article are told apart by where they came from.
    await page.goto('/cuoc-hop/nhap');
    const pasted = page.getByRole('row').filter({ hasText: 'Văn bản dán vào' });
    await pasted.nth(1).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await page.getByRole('dialog', { name: 'Bỏ bản nháp?' }).getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await page.getByText('Bản nháp đã bị bỏ.').waitFor();
  });

  it('puts the refusal of an unresolved draft next to the field it names, and lets a draft be discarded', async () => {
    const page = await app.signIn('secretariat');
    await page.waitForURL('**/cuoc-hop');
    await draftFromText(
      page,
      'Sáng 12/3/2024, đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy chủ trì cuộc họp về quản lý các khu công nghiệp. ' +
        'Dự họp có đồng chí Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy.',
    );
    // A directive typed by hand, its lead agency left unchosen: the confirm refuses and says where.
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const directives = page.getByLabel(/^Nhiệm vụ \d+$/);
    const n = await directives.count();
    await directives.nth(n - 1).fill('Rà soát quy hoạch các khu công nghiệp');
    await page.getByRole('button', { name: 'Xác nhận ghi nhận cuộc họp' }).click();

    const lead = page.getByLabel(`Cơ quan chủ trì nhiệm vụ ${n}`, { exact: true });
    await page.getByText('Chọn cơ quan chủ trì, hoặc tạo mới.').first().waitFor();
    expect(await lead.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await lead.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`).textContent()).toBe(
      'Chọn cơ quan chủ trì, hoặc tạo mới.',
    );
    // The page went to the first field the refusal names.
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-invalid')")).toBe('true');
    expect(page.url()).toMatch(/\/cuoc-hop\/nhap\/[0-9a-f-]{36}$/);
    expect(await app.accessibilityViolations(page)).toEqual([]);

    // Choosing the agency takes its red away at once, before anything is saved.
    await lead.selectOption(app.laoCai.organizations['UBND-LC']!);
    expect(await lead.getAttribute('aria-invalid')).not.toBe('true');
    expect((await lead.getAttribute('aria-describedby')) ?? '').not.toMatch(/error/);

    // What was typed was saved on the way: the directive is still there after a reload.
    await page.reload();
    expect(await page.getByLabel(`Nhiệm vụ ${n}`, { exact: true }).inputValue()).toBe('Rà soát quy hoạch các khu công nghiệp');

    // Only this draft is still open (the other test's was recorded): discarding it is asked once more.
    await page.goto('/cuoc-hop/nhap');
    const discard = page.getByRole('button', { name: /^Bỏ bản nháp/ });
    await discard.first().waitFor();
    expect(await discard.count()).toBe(1);
    await discard.click();
    await page.getByRole('dialog', { name: 'Bỏ bản nháp?' }).getByRole('button', { name: 'Bỏ bản nháp' }).click();
    // The other test's second reading of the article is discarded already: wait for this one's button to go.
    await discard.first().waitFor({ state: 'detached' });
    expect(await page.getByText('Đã bỏ', { exact: true }).count()).toBe(2);
  });
});
