import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from './error-codes.js';

/**
 * The whole mapping from domain error codes to HTTP. `satisfies Record<…>` makes
 * a new code that is not mapped here a compile error.
 */
export const HTTP_STATUS_BY_CODE = {
  validation_failed: HttpStatus.BAD_REQUEST,
  malformed_request: HttpStatus.BAD_REQUEST,
  payload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  route_not_found: HttpStatus.NOT_FOUND,
  method_not_allowed: HttpStatus.METHOD_NOT_ALLOWED,
  reference_not_found: HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  version_mismatch: HttpStatus.PRECONDITION_FAILED,
  precondition_required: HttpStatus.PRECONDITION_REQUIRED,
  idempotency_key_reused: HttpStatus.UNPROCESSABLE_ENTITY,
  idempotency_request_in_progress: HttpStatus.CONFLICT,
  database_unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  internal_error: HttpStatus.INTERNAL_SERVER_ERROR,

  unauthenticated: HttpStatus.UNAUTHORIZED,
  invalid_credentials: HttpStatus.UNAUTHORIZED,
  invalid_refresh_token: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  too_many_attempts: HttpStatus.TOO_MANY_REQUESTS,
  user_not_found: HttpStatus.NOT_FOUND,
  username_taken: HttpStatus.CONFLICT,
  password_rejected: HttpStatus.BAD_REQUEST,
  user_organization_required: HttpStatus.UNPROCESSABLE_ENTITY,
  last_admin: HttpStatus.CONFLICT,

  organization_not_found: HttpStatus.NOT_FOUND,
  person_not_found: HttpStatus.NOT_FOUND,
  organization_short_name_taken: HttpStatus.CONFLICT,
  organization_hierarchy_cycle: HttpStatus.UNPROCESSABLE_ENTITY,

  meeting_not_found: HttpStatus.NOT_FOUND,
  attendee_not_found: HttpStatus.NOT_FOUND,
  speech_not_found: HttpStatus.NOT_FOUND,
  attendee_already_present: HttpStatus.CONFLICT,
  meeting_already_has_chair: HttpStatus.CONFLICT,
  speech_position_out_of_range: HttpStatus.UNPROCESSABLE_ENTITY,
  meeting_period_invalid: HttpStatus.UNPROCESSABLE_ENTITY,

  directive_not_found: HttpStatus.NOT_FOUND,
  directive_lead_also_cooperating: HttpStatus.UNPROCESSABLE_ENTITY,
  directive_source_speech_elsewhere: HttpStatus.UNPROCESSABLE_ENTITY,
  directive_owner_outside_agency: HttpStatus.UNPROCESSABLE_ENTITY,
} as const satisfies Record<ErrorCode, HttpStatus>;

export const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
