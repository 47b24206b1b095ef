import type { AuthErrorCode } from '../../auth/auth.errors.js';
import type { DirectiveErrorCode } from '../../directives/directives.errors.js';
import type { MeetingErrorCode } from '../../meetings/meetings.errors.js';
import type { OrganizationErrorCode } from '../../organizations/organizations.errors.js';

export const CommonErrorCode = {
  ValidationFailed: 'validation_failed',
  MalformedRequest: 'malformed_request',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  RouteNotFound: 'route_not_found',
  MethodNotAllowed: 'method_not_allowed',
  ReferenceNotFound: 'reference_not_found',
  Conflict: 'conflict',
  VersionMismatch: 'version_mismatch',
  PreconditionRequired: 'precondition_required',
  IdempotencyKeyReused: 'idempotency_key_reused',
  IdempotencyInProgress: 'idempotency_request_in_progress',
  DatabaseUnavailable: 'database_unavailable',
  Internal: 'internal_error',
} as const;
export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

export type ErrorCode = CommonErrorCode | AuthErrorCode | OrganizationErrorCode | MeetingErrorCode | DirectiveErrorCode;
