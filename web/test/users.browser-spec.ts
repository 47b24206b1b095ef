import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../test/support/test-app.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

const NEW_PASSWORD = 'cửa khẩu Kim Thành 2024';

describe('The administrator manages accounts', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a department head for an agency, who signs in; a reset password and then disabling send their open browser to sign-in', async () => {
    const admin = await app.signIn('admin');
    await admin.getByRole('link', { name: 'Tài khoản người dùng' }).click();
    await admin.getByRole('heading', { name: 'Tài khoản người dùng', level: 1 }).waitFor();
    await admin.getByRole('link', { name: 'department_head', exact: true }).waitFor();
    expect(await app.accessibilityViolations(admin)).toEqual([]);

    await admin.getByRole('link', { name: 'Tạo tài khoản' }).click();
    await admin.getByRole('heading', { name: 'Tạo tài khoản', level: 1 }).waitFor();
    await admin.getByLabel('Tên đăng nhập').fill('department_head');
    await admin.getByLabel('Tên hiển thị').fill('Cục trưởng Cục Hải quan');
    // The agency is asked only for the roles that act for one.
    expect(await admin.getByRole('combobox', { name: 'Cơ quan, đơn vị' }).count()).toBe(0);
    await admin.getByRole('combobox', { name: 'Vai trò' }).click();
    await admin.getByRole('option', { name: 'Lãnh đạo đơn vị' }).click();
    await admin.getByRole('combobox', { name: 'Cơ quan, đơn vị' }).fill('hai quan');
    await admin.getByRole('option', { name: 'Cục Hải quan tỉnh Lào Cai (CHQ-LC)' }).click();
    await admin.getByText('Từ 8 đến 128 ký tự').waitFor();

    // The API's refusals, each next to its field, and nothing typed is lost.
    await admin.getByLabel('Mật khẩu ban đầu').fill('matkhau123');
    await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
    expect(await fieldError(admin, 'Mật khẩu ban đầu')).toContain('quá phổ biến');
    await admin.getByLabel('Mật khẩu ban đầu').fill(TEST_PASSWORD);
    await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
    expect(await fieldError(admin, 'Tên đăng nhập')).toContain('Tên đăng nhập này đã được dùng');
    expect(await admin.getByLabel('Tên hiển thị').inputValue()).toBe('Cục trưởng Cục Hải quan');
    expect(await app.accessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel('Tên đăng nhập').fill('haiquan.truong');
    await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByRole('heading', { name: 'Tài khoản haiquan.truong', level: 1 }).waitFor();
    await admin.getByText('Lãnh đạo đơn vị · Cục Hải quan tỉnh Lào Cai').waitFor();
    expect(await app.accessibilityViolations(admin)).toEqual([]);

    const head = await app.signIn('haiquan.truong');
    await head.getByRole('heading', { name: 'Việc của đơn vị', level: 1 }).waitFor();
    await head.getByRole('link', { name: 'Lịch của tôi' }).click();
    await head.getByRole('heading', { level: 1 }).waitFor();

    await admin.getByText('mọi phiên đăng nhập của Cục trưởng Cục Hải quan').waitFor();
    await admin.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD);
    await admin.getByRole('button', { name: 'Đặt lại mật khẩu và kết thúc các phiên' }).click();
    await admin.getByText('Các phiên đăng nhập cũ của Cục trưởng Cục Hải quan đã kết thúc').waitFor();
    await expectSentToSignIn(head);

    const again = await app.signIn('haiquan.truong', { password: NEW_PASSWORD });
    await again.getByRole('link', { name: 'Lịch của tôi' }).click();
    await again.getByRole('heading', { level: 1 }).waitFor();

    await admin.getByRole('switch', { name: /Tài khoản đang hoạt động/ }).uncheck();
    await admin.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const confirmation = admin.getByRole('dialog', { name: 'Vô hiệu hóa tài khoản?' });
    await confirmation.getByText('sẽ bị đăng xuất ngay trên mọi thiết bị').waitFor();
    // Checked once the dialog has faded in: half-way, every colour is half its contrast.
    await admin.waitForFunction(() =>
      (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
        .getAnimations()
        .every((animation) => animation.playState !== 'running'),
    );
    expect(await app.accessibilityViolations(admin)).toEqual([]);
    await confirmation.getByRole('button', { name: 'Vô hiệu hóa và lưu' }).click();
    await admin.getByText('Đã vô hiệu hóa').first().waitFor();
    await expectSentToSignIn(again);

    await admin.getByRole('link', { name: 'Quay lại danh sách' }).click();
    const row = admin.getByRole('row').filter({ hasText: 'haiquan.truong' });
    await row.getByText('Đã vô hiệu hóa').waitFor();
    expect(await row.textContent()).toContain('Lãnh đạo đơn vị');
    await app.screenshot(admin, 'users-list');
    for (const page of [admin, head, again]) await page.context().close();
  });

  it('shows the API refusing to disable the last administrator', async () => {
    const admin = await app.signIn('admin');
    await admin.goto(`/tai-khoan/${app.t.users.admin.id}`);
    await admin.getByRole('heading', { name: 'Tài khoản admin', level: 1 }).waitFor();
    await admin.getByRole('switch', { name: /Tài khoản đang hoạt động/ }).uncheck();
    await admin.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const confirmation = admin.getByRole('dialog', { name: 'Vô hiệu hóa tài khoản?' });
    await confirmation.getByText('Đây là tài khoản của bạn').waitFor();
    await confirmation.getByRole('button', { name: 'Vô hiệu hóa và lưu' }).click();
    await admin.getByText('Không thể bỏ quyền của quản trị viên cuối cùng.').waitFor();
    expect(await fieldError(admin, 'Vai trò')).toContain('quản trị viên cuối cùng');
    // Still signed in, still active, the switch as the administrator left it.
    expect(await admin.getByRole('switch', { name: /Tài khoản đang hoạt động/ }).isChecked()).toBe(false);
    expect(await app.accessibilityViolations(admin)).toEqual([]);
    await app.screenshot(admin, 'users-last-admin');
    await admin.context().close();
  });
});

/** The error shown under a field: the element the input names in aria-describedby as its error. */
async function fieldError(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label).and(page.locator('input'));
  const error = page.locator(`[id="${await input.getAttribute('id')}-error"]`);
  await error.waitFor();
  expect((await input.getAttribute('aria-describedby'))?.split(/\s+/)).toContain(await error.getAttribute('id'));
  return (await error.textContent()) ?? '';
}

/** The next thing the user does finds their session ended: the sign-in page says so. */
async function expectSentToSignIn(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Cuộc họp' }).click();
  await page.getByText('Phiên đăng nhập đã kết thúc').first().waitFor();
  await page.waitForURL('**/dang-nhap');
}
