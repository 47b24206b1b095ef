import type { Locator, Page } from 'playwright-core';
import { PHONE, startBrowserApp, type BrowserApp } from './support/browser-app.js';

describe('Searching from the header', () => {
  let app: BrowserApp;
  let meetingId: string;
  let ownDirective: string;
  const foreignTitle = 'Di dời hộ dân Tằng Loỏng khỏi vùng sạt lở';

  beforeAll(async () => {
    app = await startBrowserApp();
    const { own, other } = app.t.agencies;
    const meeting = await app.t.post('/api/v1/meetings', {
      title: 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng',
      summary: 'Rà soát tiến độ di dời hộ dân tại thôn Đông Phố Mới.',
      startsAt: '2024-03-11T08:00:00+07:00',
      directives: [
        { title: 'Chi trả bồi thường cho hộ dân Tằng Loỏng', leadOrganizationId: own },
        { title: foreignTitle, leadOrganizationId: other },
      ],
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
    ownDirective = meeting.body.directives[0].id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const results = (page: Page): Locator => page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
  const result = (page: Page, title: string): Locator => results(page).filter({ has: page.getByRole('link', { name: title }) });

  it('finds "Tằng Loỏng" typed without diacritics, marks the words, filters by type and opens a result', async () => {
    const page = await app.signIn('secretariat');
    const box = page.getByRole('search').getByLabel('Tìm kiếm cuộc họp, nhiệm vụ, người, cơ quan');
    await box.fill('tang loong');
    await box.press('Enter');
    await page.waitForURL('**/tim-kiem?q=tang%20loong');
    await page.getByRole('heading', { name: 'Tìm kiếm: “tang loong”' }).waitFor();

    const meeting = result(page, 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng');
    const directive = result(page, 'Chi trả bồi thường cho hộ dân Tằng Loỏng');
    await meeting.waitFor();
    // The words as they are written, diacritics and all, each in its <mark>.
    expect(await meeting.locator('mark').allInnerTexts()).toEqual(['Tằng', 'Loỏng']);
    expect(await directive.locator('mark').allInnerTexts()).toEqual(['Tằng', 'Loỏng']);
    expect(await meeting.getByText('Cuộc họp', { exact: true }).count()).toBe(1);
    expect(await directive.getByText('Nhiệm vụ', { exact: true }).count()).toBe(1);
    await directive.getByText('Thuộc: Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng').waitFor();
    expect(await results(page).count()).toBe(3);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'search-results');

    await page.getByRole('radiogroup', { name: 'Loại kết quả' }).getByText('Nhiệm vụ', { exact: true }).click();
    await page.waitForURL('**/tim-kiem?q=tang+loong&loai=directive');
    await meeting.waitFor({ state: 'detached' });
    await directive.waitFor();
    expect(await results(page).count()).toBe(2);
    await page.getByRole('radiogroup', { name: 'Loại kết quả' }).getByText('Cuộc họp', { exact: true }).click();
    await directive.waitFor({ state: 'detached' });
    await meeting.waitFor();
    expect(await results(page).count()).toBe(1);

    await meeting.getByRole('link').click();
    await page.waitForURL(`**/cuoc-hop/${meetingId}`);
    await page.getByRole('heading', { name: 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng' }).waitFor();
    await page.context().close();
  });

  it("does not show a department another agency's directive, even found by its exact title", async () => {
    const page = await app.signIn('department_head');
    await page.goto('/tim-kiem?q=tang%20loong');
    await result(page, 'Chi trả bồi thường cho hộ dân Tằng Loỏng').waitFor();
    await result(page, 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng').waitFor();
    expect(await result(page, foreignTitle).count()).toBe(0);

    await page.goto(`/tim-kiem?q=${encodeURIComponent(foreignTitle)}`);
    await page.getByText('Không tìm thấy kết quả nào.').waitFor();
    expect(await page.getByText(foreignTitle, { exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('works by keyboard alone: Tab reaches the box, Enter searches, Tab and Enter open a result', async () => {
    const page = await app.signIn('secretariat');
    await page.locator('h1').first().waitFor();
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate<boolean>(`document.activeElement?.getAttribute('aria-label') === '${SEARCH_LABEL}'`);
    }
    expect(reached).toBe(true);
    await page.keyboard.type('chi tra boi thuong');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Chi trả bồi thường cho hộ dân Tằng Loỏng' });
    await link.waitFor();
    await link.focus();
    expect(await page.evaluate<boolean>("document.activeElement?.tagName === 'A'")).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/nhiem-vu/${ownDirective}`);
    await page.context().close();
  });

  it('on a phone, is an icon that opens the field over the header, which fits the screen', async () => {
    const page = await app.signIn('department_head', { viewport: PHONE });
    expect(await page.getByLabel(SEARCH_LABEL).count()).toBe(0);
    const opener = page.getByRole('button', { name: 'Tìm kiếm', exact: true });
    await opener.click();
    const box = page.getByLabel(SEARCH_LABEL);
    expect(await page.evaluate<boolean>(`document.activeElement?.getAttribute('aria-label') === '${SEARCH_LABEL}'`)).toBe(true);
    await page.keyboard.press('Escape');
    // Focus comes back to the icon once it is on screen again (a render later): wait for it, then check it is there.
    await page.waitForFunction("document.activeElement?.getAttribute('aria-label') === 'Tìm kiếm'").catch(() => undefined);
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('aria-label') ?? null")).toBe('Tìm kiếm');

    await opener.click();
    await box.fill('Tằng Lỏong');
    await box.press('Enter');
    await result(page, 'Chi trả bồi thường cho hộ dân Tằng Loỏng').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'search-results-phone');
    await page.context().close();
  });

  it('on a phone, the types are one select within the screen, and a long user name ends in "…" with the whole name in its title', async () => {
    const name = 'Chuyên viên Văn phòng Tỉnh ủy Lào Cai';
    await app.createUser('vanphong', 'secretariat', undefined, name);
    const page = await app.signIn('vanphong', { viewport: PHONE });
    await page.goto('/tim-kiem?q=tang%20loong');
    await result(page, 'Chi trả bồi thường cho hộ dân Tằng Loỏng').waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Loại kết quả' }).count()).toBe(0);
    const types = page.getByRole('combobox', { name: 'Loại kết quả' });
    const box = (await types.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    await types.selectOption({ label: 'Nhiệm vụ' });
    await page.waitForURL('**/tim-kiem?q=tang+loong&loai=directive');
    await result(page, 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng').waitFor({ state: 'detached' });
    await result(page, foreignTitle).waitFor();
    expect(await results(page).count()).toBe(2);
    // Type badges stay on one line beside a title that wraps.
    const badge = results(page).first().getByText('Nhiệm vụ', { exact: true });
    expect((await badge.boundingBox())!.height).toBeLessThan(24);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    const account = page.getByRole('button', { name: /^Tài khoản:/ });
    const shown = account.getByText(name, { exact: true });
    expect(await shown.getAttribute('title')).toBe(name);
    // Cut with an ellipsis inside the button, and the button inside the screen.
    const cut = `(() => { const name = document.querySelector('.account-button [title="${name}"]');
      return [getComputedStyle(name).textOverflow, name.scrollWidth > name.clientWidth]; })()`;
    expect(await page.evaluate<[string, boolean]>(cut)).toEqual(['ellipsis', true]);
    const button = (await account.boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(PHONE.width);
    expect(await app.accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'search-types-phone');
    await page.context().close();
  });

  it('shows a quoted phrase once in the title, and says in Vietnamese why a text cannot be searched', async () => {
    const page = await app.signIn('secretariat');
    await page.goto(`/tim-kiem?q=${encodeURIComponent('"đông phố mới"')}`);
    await page.getByRole('heading', { name: 'Tìm kiếm: "đông phố mới"', exact: true }).waitFor();
    const meeting = result(page, 'Giải phóng mặt bằng Khu công nghiệp Tằng Loỏng');
    await meeting.waitFor();
    expect(await meeting.locator('mark').allInnerTexts()).toEqual(['Đông', 'Phố', 'Mới']);

    await page.goto(`/tim-kiem?q=${encodeURIComponent('một hai ba bốn năm sáu bảy tám chín mười mười một mười hai')}`);
    await page.getByRole('alert').getByText('Nội dung tìm kiếm có quá nhiều từ: tìm được tối đa 12 từ. Hãy bớt từ.').waitFor();
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    await page.context().close();
  });
});

const SEARCH_LABEL = 'Tìm kiếm cuộc họp, nhiệm vụ, người, cơ quan';
