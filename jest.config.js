import { existsSync } from 'node:fs';

// Jest in native ESM mode (run through `npm test`, which sets --experimental-vm-modules).
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testEnvironment: 'node',
};

// One migrated template database per run, shared by the tiers that need one (each test file works on a copy).
const database = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};

/** @type {import('jest').Config} */
export default {
  // Each e2e file boots the app on its own database; the embedded one takes a few seconds to start.
  testTimeout: 60_000,
  // Every test file works on its own copy of the database, so files run side by side on every core
  // (Jest's default leaves one core to its coordinating process, which is idle here).
  maxWorkers: '100%',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'] },
    // Use-case rules: the real services on a migrated database, called without HTTP.
    { ...shared, ...database, displayName: 'medium', testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'] },
    { ...shared, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    ...browserProjects(),
  ],
};

/**
 * The interface in Debian's Chromium against the real service (web/test/support/browser-app.ts); its
 * set-up also builds the interface once. A machine without Chromium skips them and says so; CI, which
 * installs Chromium, sets CHIDAO_REQUIRE_BROWSER=1 so that they can never be skipped there.
 */
function browserProjects() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (process.env.CHIDAO_REQUIRE_BROWSER === '1') throw new Error(`No Chromium at ${chromium}: the browser tests cannot run`);
    console.warn(`\nBrowser tests skipped: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);
    return [];
  }
  return [
    {
      ...shared,
      ...database,
      displayName: 'browser',
      testMatch: ['<rootDir>/web/test/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/web/test/support/global-setup.mjs',
      setupFilesAfterEnv: ['<rootDir>/web/test/support/browser-timeout.mjs'],
    },
  ];
}
