import base from './jest.config.js';

// `npm run test:reliability`: the fault, fuzzing, restore, clock and shutdown trials of test/reliability/.
// Not part of `npm test`: they start and kill processes and clusters, and take minutes (CI runs both).
const [unit] = base.projects;
const shared = { ...unit };
delete shared.testMatch;

/** @type {import('jest').Config} */
export default {
  ...shared,
  displayName: 'reliability',
  rootDir: '.',
  testMatch: ['<rootDir>/test/reliability/**/*.reliability-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 300_000,
  // Two at a time: the trials measure recovery times, which a machine busy with four others would only blur.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/reliability/support/figures-reporter.mjs'],
};
