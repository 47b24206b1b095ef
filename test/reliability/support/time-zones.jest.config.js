import { resolve } from 'node:path';
import reliability from '../../../jest.reliability.config.js';

// The child Jest of time-zones.reliability-spec.ts: the scenario file only, on the template the parent's set-up made
// (its name arrives in the environment), without the figures table (the parent records the figures).
const shared = { ...reliability };
delete shared.globalSetup;
delete shared.globalTeardown;
delete shared.reporters;

/** @type {import('jest').Config} */
export default {
  ...shared,
  rootDir: resolve(import.meta.dirname, '../../..'),
  displayName: 'time-zones scenario',
  testMatch: ['<rootDir>/test/reliability/support/time-zones.scenario-spec.ts'],
};
