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
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    // Use-case rules: the real services on a migrated database, called without HTTP.
    { ...shared, ...database, displayName: 'medium', testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'] },
    { ...shared, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // The interface in Debian's Chromium against the real service (web/test/support/browser-app.ts);
    // its set-up also builds the interface once.
    {
      ...shared,
      ...database,
      displayName: 'browser',
      testMatch: ['<rootDir>/web/test/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/web/test/support/global-setup.mjs',
      testTimeout: 120_000,
    },
  ],
};
