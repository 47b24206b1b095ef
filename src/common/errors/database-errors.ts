import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CommonError } from './common-errors.js';
import { DomainError } from './domain-error.js';
import type { UniqueViolations } from './unique-violations.js';

interface PgError {
  code?: string;
  constraint?: string;
  message?: string;
}

const logger = new Logger('Database');

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
      return new DomainError(CommonError.ValidationFailed, 'A value is outside what the record allows.');
    default:
      // Class 22, data exceptions (a value PostgreSQL cannot take: NUL in text, a
      // year out of range, a malformed number): the request's fault, never a 500.
      // Validation should have refused it first, so say that one was missed.
      if (pg.code?.startsWith('22')) {
        logger.warn(`A validator let through a value PostgreSQL refused (SQLSTATE ${pg.code}: ${pg.message ?? ''})`);
        return new DomainError(CommonError.ValidationFailed, 'A value is outside what the record allows.');
      }
      return undefined;
  }
}
