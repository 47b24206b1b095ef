import type { ErrorKind } from './error-kind.js';

/**
 * What a violation of a named unique constraint means to a user. Each feature
 * declares the constraints of its own tables; the composition root hands them
 * all to the problem filter under this token. Races that slip past a service's
 * own check end there as a 409 instead of a 500.
 */
export interface UniqueViolation {
  error: ErrorKind;
  detail: string;
  field?: string;
}

export type UniqueViolations = Readonly<Record<string, UniqueViolation>>;

export const UNIQUE_VIOLATIONS = Symbol('UNIQUE_VIOLATIONS');
