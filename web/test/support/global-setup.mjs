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
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'web/vite.config.ts', mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  process.env.CHIDAO_TEST_WEB_ROOT = outDir;
}
