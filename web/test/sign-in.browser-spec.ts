import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../test/support/test-app.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

describe('Signing in', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the sign-in page at / and, with a wrong password, says so in Vietnamese', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('secretariat');
    await page.getByLabel('Mật khẩu').fill('sai mật khẩu rồi');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expectText(page, 'Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'sign-in-refused');
    await page.context().close();
  });

  it('keeps the session across a reload without keeping any token in web storage, and signs out', async () => {
    const page = await app.signIn('secretariat');
    await page.reload();
    await page.getByRole('button', { name: /^Tài khoản:/ }).waitFor();
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })');
    expect(stored).not.toMatch(/eyJ|token/i);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'chidao_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    await page.getByRole('button', { name: /^Tài khoản:/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expectText(page, 'Bạn đã đăng xuất.');
    await page.reload();
    await page.waitForURL('**/dang-nhap');
    await page.context().close();
  });

  it('forgets the sign-in with the browser unless "remember on this computer" is ticked (off by default: office computers are shared)', async () => {
    const refreshCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === 'chidao_refresh');

    const shared = await app.newPage();
    await shared.goto('/');
    const remember = shared.getByRole('checkbox', { name: 'Ghi nhớ đăng nhập trên máy này' });
    expect(await remember.isChecked()).toBe(false);
    await shared.getByLabel('Tên đăng nhập').fill('secretariat');
    await shared.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await shared.getByRole('button', { name: 'Đăng nhập' }).click();
    await shared.getByRole('button', { name: /^Tài khoản:/ }).waitFor();
    // -1: a session cookie, gone when the browser closes.
    expect(await refreshCookie(shared)).toMatchObject({ expires: -1, httpOnly: true });
    await shared.context().close();

    const own = await app.newPage();
    await own.goto('/');
    await own.getByLabel('Tên đăng nhập').fill('secretariat');
    await own.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
    await own.getByRole('checkbox', { name: 'Ghi nhớ đăng nhập trên máy này' }).check();
    expect(await app.accessibilityViolations(own)).toEqual([]);
    await own.getByRole('button', { name: 'Đăng nhập' }).click();
    await own.getByRole('button', { name: /^Tài khoản:/ }).waitFor();
    expect((await refreshCookie(own))?.expires).toBeGreaterThan(0);
    // The silent refresh keeps the choice.
    await own.reload();
    await own.getByRole('button', { name: /^Tài khoản:/ }).waitFor();
    expect((await refreshCookie(own))?.expires).toBeGreaterThan(0);
    await own.context().close();
  });

  it('returns to sign-in with a message when the session is revoked elsewhere', async () => {
    const page = await app.signIn('leader');
    // A screen that asks the API nothing by itself (the dashboard refreshes on its own and would find out first).
    await page.getByRole('link', { name: 'Lịch của tôi' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await app.t.sql(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'test' WHERE user_id = $1 AND revoked_at IS NULL`, [
      app.t.users.leader.id,
    ]);
    // The next request finds out: this click's, or one of the page's own refetches if it comes first
    // (then the menu is already gone, and the click has nothing to do).
    await page
      .getByRole('link', { name: 'Cuộc họp' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await expectText(page, 'Phiên đăng nhập đã kết thúc');
    await page.waitForURL('**/dang-nhap');
    await page.context().close();
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor();
}
