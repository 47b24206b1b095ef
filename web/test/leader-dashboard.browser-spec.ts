import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../test/support/test-app.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

const KIEM_HOA = 'Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành';
const LUONG_XANH = 'Thí điểm luồng xanh cho hàng nông sản qua cửa khẩu Kim Thành';
const KHO_NGOAI_QUAN = 'Xây dựng kho ngoại quan tại khu kinh tế cửa khẩu Kim Thành';
const SUBMITTED_NOTE = 'Đã bố trí khu kiểm hóa tập trung tại cửa khẩu Kim Thành.';

describe("The leader's dashboard and the league table", () => {
  let app: BrowserApp;
  let haiQuan: string;
  let extensionDirectiveId: string;

  beforeAll(async () => {
    app = await startBrowserApp({ meeting: true });
    haiQuan = app.laoCai.organizations['CHQ-LC']!;
    await app.createUser('truong.haiquan', 'department_head', 'CHQ-LC', 'Trưởng Cục Hải quan');
    const login = await app.t.login('truong.haiquan', TEST_PASSWORD);
    const head = { authorization: `Bearer ${login.body.accessToken as string}` };
    const asHead = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.t.request(method, url, { body, headers: { ...head, ...headers } });

    // The customs agency reports its Lào Cai directive done, with its evidence (submit needs no "start" first).
    const led = await asHead('GET', `/api/v1/directives?leadOrganizationId=${haiQuan}`);
    const kiemHoa = (led.body.items as { id: string; title: string; version: number }[]).find((d) => d.title.startsWith(KIEM_HOA))!;
    const boundary = 'dashboard-evidence';
    const evidence = await app.t.request('POST', '/api/v1/attachments', {
      raw:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bien-ban-kiem-hoa.pdf"\r\nContent-Type: application/pdf\r\n\r\n` +
        `%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
      headers: { ...head, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(evidence.status).toBe(201);
    const submitted = await asHead(
      'POST',
      `/api/v1/directives/${kiemHoa.id}/transitions`,
      { action: 'submit', note: SUBMITTED_NOTE, attachmentIds: [evidence.body.id] },
      { 'if-match': `W/"${kiemHoa.version}"` },
    );
    expect(submitted.status).toBe(200);

    // A second directive of the agency, due in April, for which it asks a month more.
    const issued = await app.t.post(`/api/v1/meetings/${app.laoCai.meetingId}/directives`, {
      title: LUONG_XANH,
      leadOrganizationId: haiQuan,
      dueDate: '2024-04-15',
    });
    expect(issued.status).toBe(201);
    extensionDirectiveId = issued.body.id as string;
    const asked = await asHead(
      'POST',
      `/api/v1/directives/${extensionDirectiveId}/extension-requests`,
      { proposedDueDate: '2024-05-15', reason: 'Chờ Bộ Tài chính hướng dẫn quy trình luồng xanh.' },
      { 'idempotency-key': randomUUID() },
    );
    expect(asked.status).toBe(201);

    // A third, whose request the leader will refuse.
    const warehouse = await app.t.post(`/api/v1/meetings/${app.laoCai.meetingId}/directives`, {
      title: KHO_NGOAI_QUAN,
      leadOrganizationId: haiQuan,
      dueDate: '2024-04-20',
    });
    expect(warehouse.status).toBe(201);
    const askedAgain = await asHead(
      'POST',
      `/api/v1/directives/${warehouse.body.id as string}/extension-requests`,
      { proposedDueDate: '2024-06-30', reason: 'Chưa có mặt bằng xây dựng kho.' },
      { 'idempotency-key': randomUUID() },
    );
    expect(askedAgain.status).toBe(201);

    // Something overdue for the "by agency" list: the Party committee's review, due last week.
    const all = await app.t.get(`/api/v1/directives?meetingId=${app.laoCai.meetingId}&limit=50`);
    const review = (all.body.items as { id: string; title: string }[]).find((d) =>
      d.title.startsWith('Rà soát việc thực hiện các kết luận'),
    )!;
    expect((await app.t.edit(`/api/v1/directives/${review.id}`, { dueDate: '2024-03-05' })).status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('confirms a completion and approves an extension in place, and the league table counts it on time', async () => {
    const page = await app.signIn('leader');
    await page.waitForURL('**/tong-quan');

    const awaiting = page.getByRole('region', { name: 'Chờ xác nhận hoàn thành' });
    const item = awaiting.getByRole('article', { name: new RegExp(KIEM_HOA) });
    await item.waitFor();
    await expect(text(page.getByRole('region', { name: 'Quá hạn theo đơn vị' }))).resolves.toContain('Ban Cán sự Đảng UBND tỉnh Lào Cai');
    // Exact figures, the API's counts of the lists each card opens.
    const counted = (await app.t.as('leader').get('/api/v1/directives/counts')).body;
    expect(counted.byDeadlineStatus.overdue).toBe(1);
    await expect(text(page.getByRole('navigation', { name: 'Nhiệm vụ theo tình trạng hạn' }))).resolves.toBe(
      `Quá hạn ${counted.byDeadlineStatus.overdue} Sắp đến hạn ${counted.byDeadlineStatus.due_soon} ` +
        `Trong hạn ${counted.byDeadlineStatus.on_track} Không thời hạn ${counted.byDeadlineStatus.no_deadline} Chờ xác nhận 1`,
    );
    // What was submitted is there to judge before confirming: the note and the evidence.
    await item.getByText(SUBMITTED_NOTE).waitFor();
    await item.getByRole('button', { name: 'bien-ban-kiem-hoa.pdf' }).waitFor();
    await expect(text(item)).resolves.toContain('Báo cáo hoàn thành của Trưởng Cục Hải quan');
    const extension = page.getByRole('region', { name: 'Đề nghị gia hạn chờ quyết định' }).getByRole('article', { name: LUONG_XANH });
    await expect(text(extension)).resolves.toContain('từ 15/04/2024 đến 15/05/2024');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'leader-dashboard');

    await item.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await page.getByText(`Đã xác nhận hoàn thành: ${KIEM_HOA}`, { exact: false }).waitFor();
    await item.waitFor({ state: 'detached' });
    await awaiting.getByText('Không có nhiệm vụ nào chờ xác nhận.').waitFor();

    // The leader grants less than asked: the date may not exceed the one proposed.
    const date = extension.getByLabel('Đồng ý gia hạn đến ngày');
    await date.fill('20/05/2024');
    await date.press('Enter');
    await extension.getByText('Không được muộn hơn ngày đơn vị đề nghị').waitFor();
    await date.fill('10/05/2024');
    await date.press('Enter');
    await extension.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await page.getByText(`Đã đồng ý gia hạn đến 10/05/2024: ${LUONG_XANH}`).waitFor();
    await extension.waitFor({ state: 'detached' });
    const extended = await app.t.get(`/api/v1/directives/${extensionDirectiveId}`);
    expect(extended.body).toMatchObject({ dueDate: '2024-05-10', originalDueDate: '2024-04-15', pendingExtension: null });

    // Refusing takes a second, deliberate step with the reason; going back decides nothing.
    const refused = page.getByRole('region', { name: 'Đề nghị gia hạn chờ quyết định' }).getByRole('article', { name: KHO_NGOAI_QUAN });
    await refused.getByRole('button', { name: 'Không đồng ý…' }).click();
    const confirmRefusal = refused.getByRole('button', { name: 'Xác nhận không đồng ý' });
    expect(await confirmRefusal.isDisabled()).toBe(true);
    await refused.getByRole('button', { name: 'Thôi' }).click();
    await refused.getByRole('button', { name: 'Đồng ý gia hạn' }).waitFor();
    await refused.getByRole('button', { name: 'Không đồng ý…' }).click();
    await refused.getByLabel('Lý do không đồng ý gia hạn').fill('Đề nghị bố trí mặt bằng tạm, giữ nguyên thời hạn.');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await confirmRefusal.click();
    await page.getByText(`Đã không đồng ý gia hạn: ${KHO_NGOAI_QUAN}`).waitFor();
    await refused.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Xếp hạng đơn vị' }).click();
    await page.waitForURL('**/xep-hang');
    const row = page.getByRole('row', { name: /Cục Hải quan tỉnh Lào Cai/ });
    const onTime = row.getByRole('link', { name: 'Hoàn thành đúng hạn, Cục Hải quan tỉnh Lào Cai: 1 nhiệm vụ — xem danh sách' });
    await onTime.waitFor();
    await page.getByRole('table', { name: /năm 2024/ }).waitFor();
    await page.getByRole('status', { name: 'Đang tải biểu đồ' }).waitFor({ state: 'detached' });
    await notificationsGone(page);
    // At rest: the pointer off the menu entry just clicked (its hover shade is not what the screen shows).
    await page.mouse.move(700, 5);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'league-table');

    // The figure opens the directives behind it.
    await onTime.click();
    await page.waitForURL(/\/nhiem-vu\?.*completion=completed_on_time/);
    expect(new URL(page.url()).searchParams.get('leadOrganizationId')).toBe(haiQuan);
    await page.getByRole('link', { name: new RegExp(KIEM_HOA) }).waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBe(2);
    await expect(page.getByRole('combobox', { name: 'Kết quả hoàn thành' }).inputValue()).resolves.toBe('Hoàn thành đúng hạn');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'directive-list');

    // Another period, kept in the URL: in the first quarter the customs agency had directives issued but none due.
    await page.goBack();
    await page.waitForURL('**/xep-hang');
    await page.getByText('Quý', { exact: true }).click();
    await page.waitForURL(/ky=quy&nam=2024&quy=1/);
    await page.getByRole('table', { name: /quý I năm 2024/ }).waitFor();
    const quarterRow = page.getByRole('row', { name: /Cục Hải quan tỉnh Lào Cai/ });
    await quarterRow.waitFor();
    expect(await quarterRow.getByRole('link').count()).toBe(0);
    await page.context().close();
  });
});

/** The text of a card once its figures have arrived (a card first shows its spinner, "Đang tải…"). */
async function text(locator: ReturnType<Page['getByRole']>): Promise<string> {
  await locator.first().waitFor();
  await locator.first().getByText('Đang tải…').waitFor({ state: 'detached' });
  return (await locator.first().innerText()).replace(/\s+/g, ' ');
}

/** The confirmations of the actions taken close by themselves after a few seconds. */
async function notificationsGone(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đóng thông báo' }).first().waitFor({ state: 'detached', timeout: 15_000 });
}
