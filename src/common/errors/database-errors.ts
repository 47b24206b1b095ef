import { QueryFailedError } from 'typeorm';
import { CommonError } from './common-errors.js';
import { DomainError } from './domain-error.js';
import type { UniqueViolations } from './unique-violations.js';

interface PgError {
  code?: string;
  constraint?: string;
}

/** Turns a PostgreSQL error that a user can cause into a DomainError; anything else stays unknown. */
export function translateDatabaseError(error: unknown, uniqueViolations: UniqueViolations): DomainError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = error.driverError as PgError;
  switch (pg.code) {
    case '23505': {
      const known = pg.constraint ? uniqueViolations[pg.constraint] : undefined;
      if (known) {
        return new DomainError(known.error, known.detail, known.field ? [{ field: known.field, message: known.detail }] : []);
      }
      return new DomainError(CommonError.Conflict, 'The change conflicts with a record that already exists.');
    }
    case '23503':
      return new DomainError(CommonError.ReferenceNotFound, 'The request refers to a record that does not exist (or no longer exists).');
    case '23514':
    case '22007':
    case '22008':
    case '22P02':
      return new DomainError(CommonError.ValidationFailed, 'A value is outside what the record allows.');
    default:
      return undefined;
  }
}
