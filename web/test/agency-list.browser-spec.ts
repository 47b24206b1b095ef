import { PHONE, startBrowserApp, type BrowserApp } from './support/browser-app.js';

const KIEM_HOA = 'Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành'; // led by the customs agency
const HA_TANG = 'Tham mưu hoàn thiện hạ tầng, mặt bằng khu công nghiệp'; // the customs agency cooperates, no deadline
const XUC_TIEN = 'Thành lập Trung tâm Xúc tiến đầu tư'; // another agency's
const TO_KHAI = 'Rà soát tờ khai tồn đọng tại cửa khẩu Lào Cai';

describe("The agency's work on a phone", () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ meeting: true });
    const haiQuan = app.laoCai.organizations['CHQ-LC']!;
    await app.createUser('truong.haiquan', 'department_head', 'CHQ-LC', 'Trưởng Cục Hải quan');

    // As of the fixed clock (12/03/2024): the Kim Thành directive was due last week, a new one is due this week.
    const led = await app.t.get(`/api/v1/directives?leadOrganizationId=${haiQuan}`);
    const kiemHoa = (led.body.items as { id: string; title: string }[]).find((d) => d.title.startsWith(KIEM_HOA))!;
    expect((await app.t.edit(`/api/v1/directives/${kiemHoa.id}`, { dueDate: '2024-03-08' })).status).toBe(200);
    const issued = await app.t.post(`/api/v1/meetings/${app.laoCai.meetingId}/directives`, {
      title: TO_KHAI,
      leadOrganizationId: haiQuan,
      dueDate: '2024-03-15',
    });
    expect(issued.status).toBe(201);
  });

  afterAll(async () => {
    await app?.close();
  });

  it("shows only the agency's directives, overdue first, with counts that filter the list", async () => {
    const page = await app.signIn('truong.haiquan', { viewport: PHONE });
    await page.waitForURL('**/viec-cua-don-vi');
    await page.getByRole('link', { name: new RegExp(KIEM_HOA) }).waitFor();
    await page.getByRole('link', { name: new RegExp(HA_TANG) }).waitFor();
    await page.getByRole('link', { name: TO_KHAI }).waitFor();
    expect(await page.getByText(XUC_TIEN).count()).toBe(0);

    // Groups in order of urgency, each with its directives; cards, not a wide table, on a phone.
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual(['Quá hạn', 'Sắp đến hạn', 'Không thời hạn']);
    expect(
      await page
        .getByRole('region', { name: 'Quá hạn' })
        .getByRole('link', { name: new RegExp(KIEM_HOA) })
        .count(),
    ).toBe(1);
    expect(await page.getByRole('region', { name: 'Sắp đến hạn' }).getByRole('link', { name: TO_KHAI }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBe(0);
    const counts = page.getByRole('navigation', { name: 'Số nhiệm vụ cần chú ý' });
    await counts.getByText('Chờ xác nhận').waitFor();
    expect((await counts.innerText()).replace(/\s+/g, ' ')).toBe('Quá hạn 1 Sắp đến hạn 1 Chờ xác nhận 0');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    // A count is a filter, kept in the URL; the back button returns to the whole list.
    await counts.getByRole('link', { name: /Quá hạn/ }).click();
    await page.waitForURL('**/viec-cua-don-vi?nhom=overdue');
    await page.getByRole('link', { name: /Xem tất cả nhiệm vụ/ }).waitFor();
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Quá hạn']);
    expect(await page.getByRole('link', { name: TO_KHAI }).count()).toBe(0);
    expect(await app.accessibilityViolations(page)).toEqual([]);

    await page.goBack();
    await page.waitForURL(/\/viec-cua-don-vi$/);
    await page.getByRole('link', { name: TO_KHAI }).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'department-list');
    await page.context().close();
  });
});
