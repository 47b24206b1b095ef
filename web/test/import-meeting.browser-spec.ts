import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

const TEXT = `Thường trực Tỉnh ủy làm việc về quản lý các khu công nghiệp

Sáng 12/3/2024, tại trụ sở Tỉnh ủy, dưới sự chủ trì của đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy, Thường trực Tỉnh ủy đã có buổi làm việc với Ban Cán sự Đảng UBND tỉnh về quản lý các khu công nghiệp.

Dự buổi làm việc có các đồng chí: Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Hoàng Giang, Phó Bí thư Tỉnh ủy.`;

describe('The secretariat drafts a meeting from its text', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('pastes an article, reviews the draft beside its source, and confirms it into a meeting', async () => {
    const page = await app.signIn('secretariat');
    await page.waitForURL('**/cuoc-hop');
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.waitForURL('**/cuoc-hop/nhap');
    await page.getByLabel('Nội dung văn bản').fill(TEXT);
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.waitForURL(/\/cuoc-hop\/nhap\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Văn bản gốc' }).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);

    // The chair was matched to the directory; focusing it marks where the text named them.
    const chair = page.getByLabel(/^Chủ trì: Đặng Xuân Phong/);
    expect(await chair.inputValue()).toBe(app.laoCai.people.phong);
    await chair.focus();
    expect(await page.getByTestId('source-highlight').textContent()).toContain('Đặng Xuân Phong');
    expect(await page.getByLabel(/Vũ Xuân Cường/).inputValue()).toBe(app.laoCai.people.cuong);

    await page.getByRole('button', { name: 'Xác nhận ghi nhận cuộc họp' }).click();
    await page.waitForURL(/\/cuoc-hop\/[0-9a-f-]{36}$/);
    await page.getByText('Đặng Xuân Phong').first().waitFor();
  });
});
