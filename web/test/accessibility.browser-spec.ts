import type { Page } from 'playwright-core';
import type { FixtureUser } from '../../test/support/fixture-users.js';
import { PHONE, startBrowserApp, type BrowserApp } from './support/browser-app.js';

/**
 * axe-core on every main screen, as each role that reaches it: no serious or critical violation.
 * A screen another area has not merged yet shows the not-found page, which is checked all the same.
 */
describe('Accessibility of the main screens', () => {
  let app: BrowserApp;
  let directiveId: string;
  let meetingId: string;

  beforeAll(async () => {
    app = await startBrowserApp({ meeting: true });
    meetingId = app.laoCai.meetingId!;
    // A directive of the department head's own agency (the Lào Cai ones belong to Lào Cai agencies), with its notification.
    const issued = await app.t.post(`/api/v1/meetings/${meetingId}/directives`, {
      title: 'Kiểm tra khả năng truy cập của giao diện',
      leadOrganizationId: app.t.agencies.own,
      dueDate: '2024-03-20',
    });
    expect(issued.status).toBe(201);
    directiveId = issued.body.id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const everyone = ['/cuoc-hop', '/xep-hang', '/nhan-su', '/co-quan', '/thong-bao', '/lich'];
  const routes = (): Record<Exclude<FixtureUser, 'department_staff' | 'other_department_head'>, string[]> => ({
    secretariat: [...everyone, `/cuoc-hop/${meetingId}`, '/nhiem-vu', `/nhiem-vu/${directiveId}`, '/tong-quan', '/nhan-su/moi'],
    leader: [...everyone, `/cuoc-hop/${meetingId}`, '/nhiem-vu', `/nhiem-vu/${directiveId}`, '/tong-quan'],
    department_head: [...everyone, `/cuoc-hop/${meetingId}`, '/viec-cua-don-vi', `/nhiem-vu/${directiveId}`],
    admin: [...everyone, '/nhiem-vu', '/tong-quan', '/co-quan/moi'],
  });

  it('finds nothing serious on the sign-in page', async () => {
    const page = await app.newPage();
    await page.goto('/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['secretariat', 'leader', 'department_head', 'admin'] as const)('finds nothing serious on the screens of %s', async (user) => {
    // The department head works from a phone as often as from a desk.
    const page = await app.signIn(user, user === 'department_head' ? { viewport: PHONE } : {});
    const found: Record<string, string[]> = {};
    for (const route of routes()[user]) {
      await page.goto(route);
      await settled(page);
      const violations = await app.accessibilityViolations(page);
      if (violations.length > 0) found[route] = violations;
    }
    expect(found).toEqual({});
    await page.context().close();
  });

  it('is usable by keyboard: the skip link comes first and moves focus to the content; focus is visible', async () => {
    const page = await app.signIn('secretariat');
    await page.goto('/nhan-su');
    await settled(page);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Bỏ qua, đến nội dung chính' });
    await page.keyboard.press('Enter');
    await page.waitForFunction("document.activeElement && document.activeElement.id === 'noi-dung'");

    // From the content, Tab reaches a button; its focus ring is drawn.
    let outline = '';
    for (let i = 0; i < 15 && !outline; i++) {
      await page.keyboard.press('Tab');
      const current = await focused(page);
      if (current.tag === 'BUTTON' || current.tag === 'A') outline = current.outline;
    }
    expect(outline).not.toBe('');
    expect(outline).not.toMatch(/^none/);
    await page.context().close();
  });
});

/** The page has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Đang tải').first().waitFor({ state: 'hidden' });
}

// Run in the page (a string: the tests compile without the DOM's types).
const FOCUSED = `(() => {
  const element = document.activeElement;
  if (!element) return { tag: '', text: '', outline: '' };
  const style = getComputedStyle(element);
  return { tag: element.tagName, text: (element.textContent || '').trim(), outline: style.outlineStyle + ' ' + style.outlineWidth };
})()`;

async function focused(page: Page): Promise<{ tag: string; text: string; outline: string }> {
  return page.evaluate<{ tag: string; text: string; outline: string }>(FOCUSED);
}
