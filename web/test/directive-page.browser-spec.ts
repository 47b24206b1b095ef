import type { Locator, Page } from 'playwright-core';
import { exe, pdf } from '../../test/support/sample-files.js';
import { PHONE, startBrowserApp, type BrowserApp } from './support/browser-app.js';

describe('The directive page', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp({ meeting: true });
    await app.createUser('haiquan.cuctruong', 'department_head', 'CHQ-LC', 'Cục trưởng Cục Hải quan');
  });
  afterAll(async () => {
    await app?.close();
  });

  /** The Lào Cai meeting's directives led by one agency, in the meeting's order. */
  async function directivesLedBy(
    shortName: string,
  ): Promise<{ id: string; title: string; version: number; dueDate: string; priority: string }[]> {
    const organizationId = app.laoCai.organizations[shortName];
    const list = await app.t.get(`/api/v1/directives?leadOrganizationId=${organizationId}&meetingId=${app.laoCai.meetingId}`);
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    return list.body.items;
  }

  it('lets the head of the customs agency, on a phone, report 50 % with a PDF and then submit completion', async () => {
    const [directive] = await directivesLedBy('CHQ-LC');
    const page = await app.signIn('haiquan.cuctruong', { viewport: PHONE });
    await page.goto(`/nhiem-vu/${directive.id}`);
    await page.getByRole('heading', { name: directive.title }).waitFor();

    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await report.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
    const note = 'Đã bố trí khu vực kiểm hóa tập trung tại cửa khẩu Kim Thành; đang hoàn thiện quy chế một đầu mối.';
    await report.getByLabel('Nội dung báo cáo').fill(note);
    const dropzone = report.getByText('Kéo thả tệp vào đây');
    await dropFile(dropzone, 'bao-cao-tien-do.pdf', pdf('Báo cáo tiến độ kiểm hóa', 300_000), 'application/pdf');
    await dropFile(dropzone, 'chuong-trinh.exe', exe(), 'application/octet-stream');

    // Each file has its own progress; the refused one says why beside it and the rest of the form stays.
    const progress = report.getByRole('progressbar', { name: 'Tải lên bao-cao-tien-do.pdf' });
    await progress.waitFor();
    await report.getByText('Đã tải lên').waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    await report.getByRole('alert').getByText('Loại tệp này không được chấp nhận').waitFor();
    expect(await report.getByLabel('Nội dung báo cáo').inputValue()).toBe(note);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await report.getByRole('button', { name: 'Bỏ tệp chuong-trinh.exe' }).click();

    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await report.waitFor({ state: 'hidden' });
    await page.getByText('Đã gửi báo cáo tiến độ 50 %.').waitFor();
    const timeline = page.getByRole('region', { name: 'Diễn biến thực hiện' });
    await timeline.getByText('Báo cáo tiến độ: 50 %').waitFor();
    await timeline.getByText(note).first().waitFor();
    const evidence = timeline.getByRole('button', { name: 'bao-cao-tien-do.pdf' });
    const download = page.waitForEvent('download');
    await evidence.click();
    expect((await download).suggestedFilename()).toBe('bao-cao-tien-do.pdf');
    expect(await page.getByRole('progressbar', { name: 'Tiến độ thực hiện' }).getAttribute('aria-valuenow')).toBe('50');

    await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    const submit = page.getByRole('dialog', { name: 'Báo cáo hoàn thành' });
    await submit.getByLabel('Kết quả thực hiện').fill('Đã tập trung hoạt động kiểm hóa về một khu vực, một đầu mối từ 01/03/2024.');
    await submit.getByRole('button', { name: 'Gửi báo cáo hoàn thành' }).click();
    await submit.waitFor({ state: 'hidden' });
    await page.locator('[data-status="awaiting_confirmation"]').getByText('Chờ xác nhận', { exact: true }).waitFor();
    await timeline.getByText('Đang thực hiện → Chờ xác nhận').waitFor();

    // Once reported done, nothing is offered that the API would refuse: no step, no more report (a later deadline may still be asked).
    await page.getByRole('button', { name: 'Phân công người xử lý' }).waitFor();
    expect(await page.getByRole('region', { name: 'Thao tác' }).getByRole('button').allInnerTexts()).toEqual([
      'Đề nghị gia hạn',
      'Phân công người xử lý',
    ]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    const stored = await app.t.get(`/api/v1/directives/${directive.id}`);
    expect(stored.body).toMatchObject({ status: 'awaiting_confirmation', progressPercent: 50 });
    // The screenshot shows the page itself, once the confirmations have gone.
    await page.getByText('Đã gửi báo cáo tiến độ 50 %.').waitFor({ state: 'hidden' });
    await page.getByText('Đã báo cáo hoàn thành;').waitFor({ state: 'hidden' });
    await app.screenshot(page, 'department-directive');
    await page.context().close();
  });

  it('asks a cooperating agency for no percent, and shows a confirmed directive as completed on time rather than its last percent', async () => {
    const issued = await app.t.post(`/api/v1/meetings/${app.laoCai.meetingId}/directives`, {
      title: 'Phối hợp kiểm tra hàng hóa quá cảnh',
      leadOrganizationId: app.t.agencies.own,
      cooperatingOrganizationIds: [app.laoCai.organizations['CHQ-LC']],
      dueDate: '2024-06-30',
    });
    expect(issued.status).toBe(201);
    const page = await app.signIn('haiquan.cuctruong');
    await page.goto(`/nhiem-vu/${issued.body.id}`);
    await page.getByRole('button', { name: 'Báo cáo phối hợp' }).click();
    const report = page.getByRole('dialog', { name: 'Báo cáo phối hợp' });
    await report.getByLabel('Nội dung báo cáo').fill('Đã cử cán bộ tham gia tổ kiểm tra liên ngành.');
    expect(await report.getByLabel('Tỷ lệ hoàn thành (%)').count()).toBe(0);
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await report.waitFor({ state: 'hidden' });
    const timeline = page.getByRole('region', { name: 'Diễn biến thực hiện' });
    await timeline.getByText('Báo cáo phối hợp', { exact: true }).waitFor();
    expect(await timeline.getByText(/Báo cáo phối hợp: /).count()).toBe(0);

    const url = `/api/v1/directives/${issued.body.id}`;
    expect((await app.t.as('department_head').post(`${url}/progress-reports`, { percent: 50, note: 'Đã kiểm tra 3 lô' })).status).toBe(201);
    const submitted = await app.t
      .as('department_head')
      .post(`${url}/transitions`, { action: 'submit', note: 'Xong' }, { 'If-Match': 'W/"2"' });
    expect(submitted.status).toBe(200);
    expect((await app.t.as('leader').post(`${url}/transitions`, { action: 'confirm' }, { 'If-Match': 'W/"3"' })).status).toBe(200);
    await page.reload();
    const facts = page.getByRole('region', { name: 'Thông tin nhiệm vụ' });
    await facts.getByText('Hoàn thành đúng hạn').waitFor();
    expect(await facts.getByRole('progressbar', { name: 'Tiến độ thực hiện' }).count()).toBe(0);
    expect(await facts.getByText('50 %').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the second editor’s text through a 412, shows what changed, and saves it on “keep mine”', async () => {
    const [directive] = await directivesLedBy('BQLKKT-LC');
    const first = await app.signIn('secretariat');
    const second = await app.signIn('secretariat');
    for (const page of [first, second]) {
      await page.goto(`/nhiem-vu/${directive.id}`);
      await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    }

    const firstForm = first.getByRole('dialog', { name: 'Sửa nhiệm vụ' });
    await firstForm.getByLabel('Thời hạn', { exact: true }).fill('31/07/2024');
    await firstForm.getByLabel('Mô tả chi tiết').fill('Ghi chú của người sửa thứ nhất.');
    await firstForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await firstForm.waitFor({ state: 'hidden' });
    await first.getByText('Đã lưu thay đổi của nhiệm vụ.').waitFor();

    const secondForm = second.getByRole('dialog', { name: 'Sửa nhiệm vụ' });
    const mine = 'Rà soát, điều chỉnh quy hoạch chung Khu kinh tế cửa khẩu Lào Cai (bản của người sửa thứ hai)';
    await secondForm.getByLabel('Nội dung nhiệm vụ').fill(mine);
    await secondForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = secondForm.getByRole('alert').filter({ hasText: 'Người khác vừa lưu thay đổi cho nội dung này' });
    await conflict.waitFor();
    await conflict.getByText(directive.dueDate.split('-').reverse().join('/')).waitFor();
    await conflict.getByText('31/07/2024').waitFor();
    await conflict.getByText('Mô tả chi tiết').waitFor();
    expect(await secondForm.getByLabel('Nội dung nhiệm vụ').inputValue()).toBe(mine);

    await conflict.getByRole('button', { name: 'Tải bản mới nhất, giữ nội dung tôi đã nhập' }).click();
    await conflict.waitFor({ state: 'hidden' });
    expect(await secondForm.getByLabel('Nội dung nhiệm vụ').inputValue()).toBe(mine);
    expect(await secondForm.getByLabel('Thời hạn', { exact: true }).inputValue()).toBe('31/07/2024');
    await secondForm.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await secondForm.waitFor({ state: 'hidden' });
    await second.getByRole('heading', { name: mine }).waitFor();

    const stored = await app.t.get(`/api/v1/directives/${directive.id}`);
    expect(stored.body).toMatchObject({ title: mine, dueDate: '2024-07-31', description: 'Ghi chú của người sửa thứ nhất.' });
    await app.screenshot(second, 'directive-edit-after-conflict');
    await first.context().close();
    await second.context().close();
  });

  it('offers only what the API allows: the leader steps and reminds but reports nothing; the administrator does nothing', async () => {
    const [directive] = await directivesLedBy('SKHĐT-LC');
    const leader = await app.signIn('leader');
    await leader.goto(`/nhiem-vu/${directive.id}`);
    const actions = leader.getByRole('region', { name: 'Thao tác' });
    await actions.getByRole('button').first().waitFor();
    expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Tạm dừng', 'Hủy nhiệm vụ', 'Đôn đốc']);
    expect(await leader.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
    await leader.context().close();

    const admin = await app.signIn('admin');
    await admin.goto(`/nhiem-vu/${directive.id}`);
    await admin.getByRole('heading', { name: directive.title }).waitFor();
    await admin.getByRole('region', { name: 'Diễn biến thực hiện' }).getByText('Giao nhiệm vụ').waitFor();
    expect(await admin.getByRole('region', { name: 'Thao tác' }).count()).toBe(0);
    expect(await admin.getByRole('button', { name: /Báo cáo|Sửa|Hủy|Đôn đốc/ }).count()).toBe(0);
    await admin.context().close();
  });

  it('passes axe on the directive page, its edit form and its history, which tells each change in Vietnamese', async () => {
    const [directive] = await directivesLedBy('UBND-BT');
    const changed = await app.t.patch(
      `/api/v1/directives/${directive.id}`,
      { priority: 'urgent' },
      { 'If-Match': `W/"${directive.version}"` },
    );
    expect(changed.status).toBe(200);
    const page = await app.signIn('secretariat');
    await page.goto(`/nhiem-vu/${directive.id}`);
    await page.getByRole('region', { name: 'Diễn biến thực hiện' }).getByText('Giao nhiệm vụ').waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    await page.getByRole('dialog', { name: 'Sửa nhiệm vụ' }).getByLabel('Nội dung nhiệm vụ').waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await page.waitForURL(`**/nhiem-vu/${directive.id}/lich-su`);
    const entry = page.getByRole('listitem').filter({ hasText: 'Sửa nhiệm vụ' });
    await entry.getByText('Mức độ ưu tiên: Cao → Khẩn').waitFor();
    await entry.getByText('secretariat (Văn phòng)').waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'directive-history');

    await page.goBack();
    await page.getByRole('heading', { name: directive.title }).waitFor();
    await page.context().close();
  });
});

/** A real drop on the dropzone: the browser builds the File and the DataTransfer, as a user's drag would. */
async function dropFile(target: Locator, name: string, bytes: Buffer, mediaType: string): Promise<void> {
  const page: Page = target.page();
  const dataTransfer = await page.evaluateHandle(
    `(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], ${JSON.stringify(name)}, { type: ${JSON.stringify(mediaType)} }));
      return transfer;
    })()`,
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
