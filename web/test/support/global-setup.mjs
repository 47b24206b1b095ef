// The browser tests need the migrated template database (shared with the e2e tests)
// and a production build of the interface, made once per run into a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import databaseSetup from '../../../test/support/global-setup.mjs';

export default async function globalSetup() {
  await databaseSetup();
  if (process.env.CHIDAO_TEST_WEB_ROOT) return;
  const outDir = mkdtempSync(join(tmpdir(), 'chidao-web-'));
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.CHIDAO_TEST_WEB_ROOT = outDir;
}
