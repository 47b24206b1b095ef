// A browser test does a person's work: under a busy CI machine it may take longer than Jest's
// default. Set here because Jest ignores a project's own testTimeout when the root config has one.
import { jest } from '@jest/globals';

jest.setTimeout(120_000);
