import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

/** Everyone's screens: the notifications a change brings, and the calendar subscription. */
describe('Notifications and the calendar subscription', () => {
  let app: BrowserApp;
  const titles = ['Rà soát thủ tục xuất nhập khẩu tại cửa khẩu', 'Báo cáo tiến độ giải phóng mặt bằng'];
  const directiveIds: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ meeting: true });
    // The secretariat issues two directives to the department head's agency: two notifications for them.
    for (const title of titles) {
      const issued = await app.t.post(`/api/v1/meetings/${app.laoCai.meetingId}/directives`, {
        title,
        leadOrganizationId: app.t.agencies.own,
        dueDate: '2024-04-01',
      });
      expect(issued.status).toBe(201);
      directiveIds.push(issued.body.id);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the department head the unread count, lists the notifications, marks one read by opening it and then all', async () => {
    const page = await app.signIn('department_head');
    const bell = page.getByRole('button', { name: 'Thông báo: 2 chưa đọc' });
    await bell.waitFor();

    // The bell opens the latest unread; Escape closes it and gives focus back to the bell.
    await bell.click();
    const popover = page.getByRole('dialog', { name: 'Thông báo chưa đọc' });
    await popover.getByRole('link', { name: titles[1] }).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    expect(await bell.and(page.locator(':focus')).count()).toBe(1);

    await bell.click();
    await popover.getByRole('link', { name: 'Xem tất cả thông báo' }).click();
    await page.waitForURL('**/thong-bao');
    const list = page.getByRole('list', { name: 'Danh sách thông báo' });
    const items = list.getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    await list.getByText('Nhiệm vụ mới được giao').first().waitFor();
    await list.getByText('09:00 12/03/2024').first().waitFor();
    await list.getByText('Đơn vị được giao chủ trì thực hiện, hạn 01/04/2024').first().waitFor();

    // Only the unread ones, from the URL.
    await page.getByText('Chưa đọc (2)').click();
    await page.waitForURL('**/thong-bao?unread=true');

    // Opening a notification goes to its directive and marks it read.
    await list.getByRole('link', { name: titles[0] }).click();
    await page.waitForURL(`**/nhiem-vu/${directiveIds[0]}`);
    await page.getByRole('button', { name: 'Thông báo: 1 chưa đọc' }).waitFor();
    await page.goBack();
    await page.waitForURL('**/thong-bao?unread=true');
    await list.getByRole('link', { name: titles[1] }).waitFor();
    expect(await list.getByRole('link', { name: titles[0] }).count()).toBe(0);
    expect(await app.accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByText('Bạn đã đọc hết thông báo.').waitFor();
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
    expect((await app.t.as('department_head').get('/api/v1/notifications/unread-count')).body).toEqual({ count: 0 });

    // Both are still listed under "all", read.
    await page.getByText('Tất cả', { exact: true }).click();
    await page.waitForURL(/\/thong-bao$/);
    await list.getByRole('link', { name: titles[0] }).waitFor();
    expect(await list.getByText('Chưa đọc', { exact: true }).count()).toBe(0);
    await app.screenshot(page, 'notifications');
    await page.context().close();
  });

  it('creates a calendar feed whose address is shown once and serves a calendar, then revokes it', async () => {
    const page = await app.signIn('department_head');
    await page.getByRole('link', { name: 'Lịch của tôi' }).click();
    await page.waitForURL('**/lich');
    await page.getByText('Bạn chưa có đường dẫn lịch nào.').waitFor();
    await page.getByRole('radio', { name: 'Tất cả việc tôi được xem' }).check();
    await page.getByRole('button', { name: 'Tạo đường dẫn lịch' }).click();

    const address = page.getByRole('textbox', { name: 'Đường dẫn lịch' });
    await address.waitFor();
    await page.getByText('Đường dẫn này chỉ hiển thị một lần.').waitFor();
    await page.getByRole('button', { name: 'Sao chép', exact: true }).waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${app.base}/api/v1/calendar/[A-Za-z0-9_-]{40,}\\.ics$`));
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'calendar-feed-created');

    const calendar = await fetch(url);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await calendar.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain(titles[0]);

    // Shown once: after a reload the list has the feed, not its address.
    await page.reload();
    const feeds = page.getByRole('table');
    await feeds.getByText('Tất cả việc tôi được xem').waitFor();
    expect(await page.getByRole('textbox', { name: 'Đường dẫn lịch' }).count()).toBe(0);
    expect(await page.getByText(url).count()).toBe(0);

    await feeds.getByRole('button', { name: /^Thu hồi đường dẫn lịch/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Thu hồi đường dẫn lịch?' });
    await confirm.getByRole('button', { name: 'Thu hồi đường dẫn' }).click();
    await page.getByText('Bạn chưa có đường dẫn lịch nào.').waitFor();
    expect((await fetch(url)).status).toBe(404);
    await app.screenshot(page, 'calendar-feed-revoked');
    await page.context().close();
  });
});
