import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../bench/support/chromium.js';
import { seedLaoCai } from '../../../scripts/demo/seed-laocai.js';
import type { Role } from '../../../src/common/roles.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/test-app.js';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** A phone held upright: the department head's screens must work on it. */
export const PHONE = { width: 390, height: 844 };

export interface LaoCai {
  /** Organization ids by short name (CHQ-LC is the customs agency, BQLKKT-LC the economic zone board…). */
  organizations: Record<string, string>;
  /** People ids by the key of scripts/demo/laocai-meeting.ts (phong, cuong, cucTruongHaiQuan…). */
  people: Record<string, string>;
  /** Set when started with `meeting: true`. */
  meetingId: string | null;
}

export interface BrowserApp {
  t: TestApp;
  base: string;
  browser: Browser;
  laoCai: LaoCai;
  /** Creates an account through the API (as the administrator); its password is TEST_PASSWORD. */
  createUser(username: string, role: Role, organizationShortName?: string, displayName?: string): Promise<string>;
  /** A new browser (own cookies), signed in through the sign-in page; waits for the user's home screen. */
  signIn(username: string, options?: { password?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  /** A new browser, not signed in. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  /** axe-core on the page as it is: the serious and critical violations (expect them to be []). */
  accessibilityViolations(page: Page): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The real service on a fresh test database, serving the interface built once per run
 * (web/test/support/global-setup.mjs), with the Lào Cai organizations and people of the demo,
 * and Debian's Chromium driven by playwright-core. The service's clock is the tests' fixed
 * instant (12/03/2024 09:00 in Hanoi); each browser's clock is set to the same instant.
 */
export async function startBrowserApp(options: { meeting?: boolean; now?: string } = {}): Promise<BrowserApp> {
  const webRoot = process.env.CHIDAO_TEST_WEB_ROOT;
  if (!webRoot) throw new Error('CHIDAO_TEST_WEB_ROOT is not set: run the browser tests through `npm test` (project "browser")');
  const t = await createTestApp({ now: options.now, env: { WEB_ROOT: webRoot } });
  const { port } = t.app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const seeded = await seedLaoCai({ admin: t.as('admin'), secretariat: t }, async () => {}, { meeting: options.meeting ?? false });
  const browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const now = new Date(options.now ?? '2024-03-12T09:00:00+07:00');

  const newPage: BrowserApp['newPage'] = async (pageOptions = {}) => {
    const context = await browser.newContext({
      baseURL: base,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      // No fade-ins: axe measures contrast on what is on screen, and a notification half faded in is not what anyone reads.
      reducedMotion: 'reduce',
      viewport: pageOptions.viewport ?? { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(now);
    return page;
  };

  return {
    t,
    base,
    browser,
    laoCai: { organizations: seeded.organizationIds, people: seeded.people.ids, meetingId: seeded.meeting.id || null },
    async createUser(username, role, organizationShortName, displayName) {
      const organizationId = organizationShortName ? seeded.organizationIds[organizationShortName] : null;
      if (organizationShortName && !organizationId) throw new Error(`No organization ${organizationShortName}`);
      const created = await t.as('admin').post('/api/v1/users', {
        username,
        displayName: displayName ?? username,
        role,
        organizationId,
        password: TEST_PASSWORD,
      });
      if (created.status !== 201) throw new Error(`Creating ${username}: ${created.status} ${created.text}`);
      return created.body.id as string;
    },
    async signIn(username, signInOptions = {}) {
      const page = await newPage({ viewport: signInOptions.viewport });
      await page.goto('/');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(signInOptions.password ?? TEST_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: /^Tài khoản:/ }).waitFor();
      return page;
    },
    newPage,
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async accessibilityViolations(page) {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
