import type { Locator, Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';

const TYPO = 'Giao ban tuàn về cửa khẩu Kim Thành';
const FIXED = 'Giao ban tuần về cửa khẩu Kim Thành';

describe('The secretariat corrects and completes a recorded meeting on its page', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A draft recorded through the API, with a typo in its title, as a hurried secretary leaves it. */
  async function recordDraft(title: string): Promise<string> {
    const { people } = app.laoCai;
    const response = await app.t.post<{ id: string }>('/api/v1/meetings', {
      title,
      startsAt: '2024-03-11T14:00:00+07:00',
      endsAt: '2024-03-11T16:30:00+07:00',
      location: 'Trụ sở UBND tỉnh',
      attendees: [
        { personId: people.khanh, role: 'chair' },
        { personId: people.cucTruongHaiQuan, role: 'reporter' },
        { personId: people.chiHuyBienPhong, role: 'member' },
      ],
      speeches: [
        { speakerId: people.cucTruongHaiQuan, kind: 'report', text: 'Hoạt động kiểm hóa đang phân tán ở ba địa điểm.' },
        { speakerId: people.khanh, kind: 'conclusion', text: 'Tập trung kiểm hóa về một khu vực, một đầu mối.' },
        { speakerId: people.chiHuyBienPhong, kind: 'opinion', text: 'Đề nghị bố trí thêm lực lượng tuần tra.' },
      ],
    });
    if (response.status !== 201) throw new Error(`Recording the draft failed: ${response.text}`);
    return response.body.id;
  }

  it('publishes a draft, fixes its title, adds a directive and moves a speech', async () => {
    const id = await recordDraft(TYPO);
    const page = await app.signIn('secretariat');
    await page.goto(`/cuoc-hop/${id}`);
    await page.getByRole('heading', { name: TYPO }).waitFor();
    await page.getByText('14:00–16:30, 11/03/2024', { exact: true }).waitFor();
    const details = page.getByRole('region', { name: 'Thông tin cuộc họp' });
    await details.getByText('Bản nháp', { exact: true }).waitFor();

    // Published after a confirmation.
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Ban hành cuộc họp?' });
    await publish.getByText(/sẽ chuyển từ «Bản nháp» sang «Đã ban hành»/).waitFor();
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await publish.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await details.getByText('Đã ban hành', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ban hành', exact: true }).count()).toBe(0);

    // The title's typo fixed; the form opens with what is recorded.
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa thông tin cuộc họp' });
    expect(await edit.getByLabel('Tên cuộc họp').inputValue()).toBe(TYPO);
    expect(await edit.getByLabel('Giờ kết thúc').inputValue()).toBe('16:30');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await edit.getByLabel('Tên cuộc họp').fill(FIXED);
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('heading', { name: FIXED }).waitFor();
    await edit.waitFor({ state: 'detached' });

    // A conclusion given in the meeting, with its speech.
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    const directive = page.getByRole('dialog', { name: 'Thêm kết luận' });
    await directive.getByLabel('Nội dung nhiệm vụ').fill('Tập trung hoạt động kiểm hóa tại cửa khẩu Kim Thành về một khu vực');
    await pickOption(page, directive.getByRole('combobox', { name: 'Cơ quan chủ trì' }), 'CHQ-LC');
    await pickOption(page, directive.getByRole('combobox', { name: 'Cơ quan phối hợp' }), 'BĐBP-LC');
    await page.keyboard.press('Escape');
    await pickOption(page, directive.getByRole('combobox', { name: 'Người phụ trách' }), 'Cục trưởng Cục Hải quan tỉnh');
    await directive.getByLabel('Thời hạn').fill('31/05/2024');
    await directive.getByLabel('Mức độ ưu tiên').selectOption({ label: 'Cao' });
    await directive.getByLabel('Phát biểu nguồn').selectOption({ label: 'Phát biểu 2: Hoàng Quốc Khánh (Kết luận)' });
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await directive.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const directives = page.getByRole('region', { name: /Kết luận, nhiệm vụ được giao/ });
    await directives.getByRole('heading', { name: 'Kết luận, nhiệm vụ được giao (1)' }).waitFor();
    const row = directives.getByRole('row').filter({ hasText: 'Kim Thành về một khu vực' });
    await row.getByText('31/05/2024').waitFor();
    await row.getByText('Cục trưởng Cục Hải quan tỉnh').waitFor();
    await row.getByText('BĐBP-LC').waitFor();
    const [issued] = await app.t.sql<{ position: number }>(
      'SELECT s.position FROM directive d JOIN speech s ON s.id = d.source_speech_id WHERE d.meeting_id = $1',
      [id],
    );
    expect(issued?.position).toBe(2);

    // The conclusion moved after the opinion: the API renumbers, the directive keeps its speech.
    const speeches = page.getByRole('list', { name: 'Phát biểu theo thứ tự' }).getByRole('listitem');
    await page.getByRole('button', { name: 'Chuyển phát biểu 2 xuống' }).click();
    await speeches.nth(2).getByText('Tập trung kiểm hóa về một khu vực, một đầu mối.').waitFor();
    await speeches.nth(1).getByText('Đề nghị bố trí thêm lực lượng tuần tra.').waitFor();
    const order = await app.t.sql<{ text: string }>('SELECT text FROM speech WHERE meeting_id = $1 ORDER BY position', [id]);
    expect(order.map((speech) => speech.text)).toEqual([
      'Hoạt động kiểm hóa đang phân tán ở ba địa điểm.',
      'Đề nghị bố trí thêm lực lượng tuần tra.',
      'Tập trung kiểm hóa về một khu vực, một đầu mối.',
    ]);
    const [source] = await app.t.sql<{ position: number }>(
      'SELECT s.position FROM directive d JOIN speech s ON s.id = d.source_speech_id WHERE d.meeting_id = $1',
      [id],
    );
    expect(source?.position).toBe(3);

    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.evaluate('window.scrollTo(0, 0)');
    await app.screenshot(page, 'secretariat-edit-meeting');
    await page.context().close();
  });

  it('adds an attendee, makes them chair, adds a speech and corrects another', async () => {
    const id = await recordDraft('Giao ban tuần, bổ sung thành phần');
    const page = await app.signIn('secretariat');
    await page.goto(`/cuoc-hop/${id}`);
    const details = page.getByRole('region', { name: 'Thông tin cuộc họp' });
    await details.getByText(/^Hoàng Quốc Khánh/).waitFor();

    // Someone left out, then made chair: the previous chair becomes a member.
    const attendees = page.getByRole('region', { name: /Thành phần dự họp/ });
    await attendees.getByRole('button', { name: 'Thêm người dự họp' }).click();
    const attendee = page.getByRole('dialog', { name: 'Thêm người dự họp' });
    const picker = attendee.getByRole('combobox', { name: 'Người dự họp' });
    await picker.click();
    await picker.fill('trinh xuan truong');
    await page.getByRole('option', { name: /^Trịnh Xuân Trường/ }).click();
    await attendee.getByText('Đã chọn:').waitFor();
    await attendee.getByLabel('Vai trò').selectOption({ label: 'Thành viên' });
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await attendee.getByRole('button', { name: 'Thêm', exact: true }).click();
    await attendees.getByRole('heading', { name: 'Thành phần dự họp (4)' }).waitFor();
    await page.getByLabel('Vai trò của Trịnh Xuân Trường').selectOption({ label: 'Chủ trì' });
    await expectSelected(page.getByLabel('Vai trò của Hoàng Quốc Khánh'), 'Thành viên');
    await details.getByText(/^Trịnh Xuân Trường/).waitFor();

    // A speech added at the end, another one corrected.
    await page.getByRole('button', { name: 'Thêm phát biểu' }).click();
    const addSpeech = page.getByRole('dialog', { name: 'Thêm phát biểu' });
    await addSpeech.getByLabel('Người phát biểu').selectOption({ label: 'Trịnh Xuân Trường' });
    await addSpeech.getByLabel('Loại phát biểu').selectOption({ label: 'Chỉ đạo' });
    await addSpeech.getByLabel('Nội dung').fill('Giao Cục Hải quan chủ trì, báo cáo trước 31/05/2024.');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await addSpeech.getByRole('button', { name: 'Thêm phát biểu' }).click();
    const speeches = page.getByRole('list', { name: 'Phát biểu theo thứ tự' }).getByRole('listitem');
    await speeches.nth(3).getByText('Giao Cục Hải quan chủ trì, báo cáo trước 31/05/2024.').waitFor();

    await page.getByRole('button', { name: 'Sửa phát biểu 3' }).click();
    const editSpeech = page.getByRole('dialog', { name: 'Sửa phát biểu 3' });
    expect(await editSpeech.getByLabel('Nội dung').inputValue()).toBe('Đề nghị bố trí thêm lực lượng tuần tra.');
    await editSpeech.getByLabel('Nội dung').fill('Đề nghị bố trí thêm lực lượng tuần tra biên giới.');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await editSpeech.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await speeches.nth(2).getByText('Đề nghị bố trí thêm lực lượng tuần tra biên giới.').waitFor();

    expect(await app.accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the typed title when someone changed the meeting meanwhile, shows what they changed, then saves over it', async () => {
    const id = await recordDraft('Họp chuyên đề cửa khẩu số');
    const page = await app.signIn('secretariat');
    await page.goto(`/cuoc-hop/${id}`);
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa thông tin cuộc họp' });
    await edit.getByLabel('Tên cuộc họp').fill('Họp chuyên đề về cửa khẩu số Kim Thành');

    const meanwhile = await app.t.edit(`/api/v1/meetings/${id}`, { location: 'Phòng họp số 2, UBND tỉnh' });
    expect(meanwhile.status).toBe(200);
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.getByText('Người khác vừa lưu thay đổi cho nội dung này').waitFor();
    await edit.getByText('«Trụ sở UBND tỉnh» → «Phòng họp số 2, UBND tỉnh»').waitFor();
    expect(await edit.getByLabel('Tên cuộc họp').inputValue()).toBe('Họp chuyên đề về cửa khẩu số Kim Thành');
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'secretariat-edit-meeting-conflict');

    await edit.getByRole('button', { name: 'Tải bản mới nhất, giữ nội dung tôi đã nhập' }).click();
    expect(await edit.getByLabel('Tên cuộc họp').inputValue()).toBe('Họp chuyên đề về cửa khẩu số Kim Thành');
    expect(await edit.getByLabel('Địa điểm').inputValue()).toBe('Phòng họp số 2, UBND tỉnh');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('heading', { name: 'Họp chuyên đề về cửa khẩu số Kim Thành' }).waitFor();
    await page.getByRole('region', { name: 'Thông tin cuộc họp' }).getByText('Phòng họp số 2, UBND tỉnh').waitFor();
    await page.context().close();
  });

  it('offers no editing to a leader, who reads the meeting', async () => {
    const id = await recordDraft('Họp giao ban, chỉ xem');
    const page = await app.signIn('leader');
    await page.goto(`/cuoc-hop/${id}`);
    await page.getByRole('heading', { name: 'Họp giao ban, chỉ xem' }).waitFor();
    await page
      .getByRole('region', { name: /Diễn biến, phát biểu/ })
      .getByText('Tập trung kiểm hóa về một khu vực, một đầu mối.')
      .waitFor();
    for (const name of ['Sửa thông tin', 'Ban hành', 'Thêm kết luận', 'Thêm người dự họp', 'Thêm phát biểu', 'Sửa phát biểu 1'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await page.context().close();
  });
});

/** A searchable select: type, then choose the option whose text contains `text`. */
async function pickOption(page: Page, input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .filter({ visible: true })
    .first()
    .click();
}

async function expectSelected(select: Locator, label: string): Promise<void> {
  await select.locator('option:checked', { hasText: label }).waitFor({ state: 'attached' });
}
