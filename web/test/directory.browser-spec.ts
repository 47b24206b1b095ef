import type { Page } from 'playwright-core';
import { ifMatch } from '../../test/support/test-app.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

/** The directory: the secretariat keeps the people, the administrator the organizations. */
describe('People and organizations', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets the secretariat add a person, find them, correct them, and keep their text through a 412', async () => {
    const page = await app.signIn('secretariat');
    await page.getByRole('link', { name: 'Cán bộ' }).click();
    await page.waitForURL('**/nhan-su');
    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    await page.waitForURL('**/nhan-su/moi');
    await page.getByRole('heading', { name: 'Thêm cán bộ' }).waitFor();

    // Saved without a name: the service's refusal lands next to the field, the typed position stays.
    await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Chuyên viên Phòng Giám sát quản lý');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await page.getByText('Không được để trống.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).inputValue()).toBe('Chuyên viên Phòng Giám sát quản lý');

    await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Thị Thử');
    await chooseOrganization(page, 'Cơ quan, đơn vị', 'Hải quan', 'Cục Hải quan tỉnh Lào Cai (CHQ-LC)');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await page.waitForURL(/\/nhan-su$/);

    // Found by a search without accents; the search is in the URL.
    await page.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc chức vụ' }).fill('nguyen thi thu');
    await page.waitForURL('**/nhan-su?q=nguyen+thi+thu');
    const row = page.getByRole('row', { name: /Nguyễn Thị Thử/ });
    await row.getByText('Cục Hải quan tỉnh Lào Cai (CHQ-LC)').waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);

    await row.getByRole('link', { name: 'Nguyễn Thị Thử' }).click();
    await page.getByRole('heading', { name: 'Nguyễn Thị Thử' }).waitFor();
    await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Phó Trưởng phòng Giám sát quản lý');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(/\/nhan-su\?q=|\/nhan-su$/);
    const personId = (await app.t.get('/api/v1/people?q=nguyen%20thi%20thu')).body.items[0].id as string;
    expect((await app.t.get(`/api/v1/people/${personId}`)).body.position).toBe('Phó Trưởng phòng Giám sát quản lý');

    // Someone renames the person while the form is open: the save gets a 412, the typed position stays.
    await page.goto(`/nhan-su/${personId}`);
    await page.getByRole('heading', { name: 'Nguyễn Thị Thử' }).waitFor();
    await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Trưởng phòng Giám sát quản lý');
    const current = await app.t.get(`/api/v1/people/${personId}`);
    const renamed = await app.t.patch(`/api/v1/people/${personId}`, { fullName: 'Nguyễn Thị Thử Nghiệm' }, ifMatch(current.body.version));
    expect(renamed.status).toBe(200);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Người khác vừa lưu thay đổi' });
    await conflict.getByText('«Nguyễn Thị Thử» → «Nguyễn Thị Thử Nghiệm»').waitFor();
    expect(await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).inputValue()).toBe('Trưởng phòng Giám sát quản lý');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'person-version-conflict');

    // Taking the latest version keeps the typed position and shows the new name; saving then keeps both.
    await conflict.getByRole('button', { name: 'Tải bản mới nhất, giữ nội dung tôi đã nhập' }).click();
    expect(await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).inputValue()).toBe('Nguyễn Thị Thử Nghiệm');
    expect(await page.getByRole('textbox', { name: 'Chức vụ', exact: true }).inputValue()).toBe('Trưởng phòng Giám sát quản lý');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(/\/nhan-su$/);
    expect((await app.t.get(`/api/v1/people/${personId}`)).body).toMatchObject({
      fullName: 'Nguyễn Thị Thử Nghiệm',
      position: 'Trưởng phòng Giám sát quản lý',
    });
    await page.context().close();
  });

  it('lets the administrator add an organization; a short name already taken is said next to its field', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
    await page.waitForURL('**/co-quan');
    await page.getByRole('link', { name: 'Thêm cơ quan' }).click();
    await page.getByRole('heading', { name: 'Thêm cơ quan, đơn vị' }).waitFor();
    await page.getByRole('textbox', { name: 'Tên cơ quan, đơn vị', exact: true }).fill('Sở Khoa học và Công nghệ tỉnh Lào Cai');
    await page.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).fill('chq-lc');
    await page.getByRole('combobox', { name: 'Loại cơ quan' }).click();
    await page.getByRole('option', { name: 'Sở, ngành' }).click();
    await chooseOrganization(page, 'Trực thuộc', 'ubnd tinh', 'Ủy ban nhân dân tỉnh Lào Cai (UBND-LC)');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();

    await page.getByText('Tên viết tắt này đã được dùng cho cơ quan khác.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: 'Tên cơ quan, đơn vị', exact: true }).inputValue()).toBe(
      'Sở Khoa học và Công nghệ tỉnh Lào Cai',
    );
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'organization-short-name-taken');

    await page.getByRole('textbox', { name: 'Tên viết tắt', exact: true }).fill('SKHCN-LC');
    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.waitForURL(/\/co-quan$/);

    // Filtered by kind and parent from the URL: a deep link shows the same list.
    await page.goto(`/co-quan?kind=department&parentId=${app.laoCai.organizations['UBND-LC']}`);
    const created = page.getByRole('row', { name: /Sở Khoa học và Công nghệ tỉnh Lào Cai/ });
    await created.getByText('SKHCN-LC').waitFor();
    await page.getByRole('row', { name: /Sở Kế hoạch và Đầu tư/ }).waitFor();
    expect(await page.getByRole('row', { name: /Cục Hải quan/ }).count()).toBe(0);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'organizations');
    await page.context().close();
  });
});

async function chooseOrganization(page: Page, label: string, typed: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}
