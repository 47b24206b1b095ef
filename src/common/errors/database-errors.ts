import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';
import { CommonErrorCode, type ErrorCode } from './error-codes.js';

/**
 * Constraint names the schema gives on purpose (see the migrations), with what a
 * violation means to a user. Races that slip past a service's own check end here.
 */
const UNIQUE_VIOLATIONS: Record<string, { code: ErrorCode; detail: string; field?: string }> = {
  uq_organization_short_name: {
    code: 'organization_short_name_taken',
    detail: 'Another organization already uses this short name.',
    field: 'shortName',
  },
  uq_app_user_username: {
    code: 'username_taken',
    detail: 'Another user already has this username.',
    field: 'username',
  },
  uq_meeting_attendee_person: {
    code: 'attendee_already_present',
    detail: 'This person is already an attendee of the meeting.',
    field: 'personId',
  },
  uq_meeting_attendee_one_chair: {
    code: 'meeting_already_has_chair',
    detail: 'The meeting already has a chair.',
    field: 'role',
  },
};

interface PgError {
  code?: string;
  constraint?: string;
}

/** Turns a PostgreSQL error that a user can cause into a DomainError; anything else stays unknown. */
export function translateDatabaseError(error: unknown): DomainError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const pg = error.driverError as PgError;
  switch (pg.code) {
    case '23505': {
      const known = pg.constraint ? UNIQUE_VIOLATIONS[pg.constraint] : undefined;
      if (known) {
        return new DomainError(known.code, known.detail, known.field ? [{ field: known.field, message: known.detail }] : []);
      }
      return new DomainError(CommonErrorCode.Conflict, 'The change conflicts with a record that already exists.');
    }
    case '23503':
      return new DomainError(
        CommonErrorCode.ReferenceNotFound,
        'The request refers to a record that does not exist (or no longer exists).',
      );
    case '23514':
    case '22007':
    case '22008':
    case '22P02':
      return new DomainError(CommonErrorCode.ValidationFailed, 'A value is outside what the record allows.');
    default:
      return undefined;
  }
}
