import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltService } from './support/built-service.js';
import { launchChromium } from './support/chromium.js';

// Figures, not assertions: how fast the interface's first screen (the sign-in page) appears
// from a cold browser cache, and how much JavaScript and CSS it costs on the wire. The built
// service (npm run build) runs on a scratch embedded database, as after `npm start`.
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

interface Load {
  visibleMs: number;
  domContentLoadedMs: number;
  jsBytes: number;
  cssBytes: number;
  requests: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chidao-bench-web-'));
  // Production mode, as users get it; a throwaway key, since the data directory is thrown away too.
  const service = await startBuiltService({ DATA_DIR: dataDir, MIGRATIONS_RUN: 'true', JWT_SECRET: randomBytes(32).toString('hex') });
  const browser = await launchChromium();
  try {
    const loads: Load[] = [];
    for (let run = 0; run <= RUNS; run++) {
      // A new context has an empty cache: every run is a first visit.
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      // The instant the sign-in button is in the page, noted by the page itself (Playwright's polling would add its own delay).
      await page.addInitScript(`new MutationObserver((_, observer) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Đăng nhập'));
        if (button) { window.__visibleAt = performance.now(); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true });`);
      await page.goto(`${service.base}/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      const load = await page.evaluate<Load>(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        const sum = (kind) => resources.filter((r) => r.name.endsWith(kind)).reduce((n, r) => n + r.encodedBodySize, 0);
        return { visibleMs: window.__visibleAt, domContentLoadedMs: nav.domContentLoadedEventEnd, jsBytes: sum('.js'), cssBytes: sum('.css'), requests: resources.length + 1 };
      })()`);
      // The first run warms the service's own caches and is not counted.
      if (run > 0) loads.push(load);
      await context.close();
    }
    const visible = loads.map((l) => l.visibleMs);
    const last = loads.at(-1)!;
    console.log(`First screen (sign-in page), ${RUNS} cold-cache loads from the built service on this machine:`);
    console.log(`  sign-in form visible: p50 ${percentile(visible, 50).toFixed(0)} ms, max ${Math.max(...visible).toFixed(0)} ms`);
    console.log(
      `  DOMContentLoaded:     p50 ${percentile(
        loads.map((l) => l.domContentLoadedMs),
        50,
      ).toFixed(0)} ms`,
    );
    console.log(
      `  JavaScript on the wire: ${(last.jsBytes / 1024).toFixed(1)} kB (compressed), CSS ${(last.cssBytes / 1024).toFixed(1)} kB, ${last.requests} requests`,
    );
  } finally {
    await browser.close();
    service.child.kill('SIGTERM');
    await new Promise((resolve) => service.child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
