import { defineErrors } from './error-kind.js';

/** Errors of the HTTP layer itself, which any route can give whatever its feature. */
export const CommonError = defineErrors({
  ValidationFailed: ['validation_failed', 'invalid'],
  MalformedRequest: ['malformed_request', 'invalid'],
  MalformedUrl: ['malformed_url', 'invalid'],
  UriTooLong: ['uri_too_long', 'uri_too_long'],
  HeadersTooLarge: ['headers_too_large', 'headers_too_large'],
  RequestTimeout: ['request_timeout', 'request_timeout'],
  PayloadTooLarge: ['payload_too_large', 'too_large'],
  UnsupportedMediaType: ['unsupported_media_type', 'unsupported_media_type'],
  RouteNotFound: ['route_not_found', 'not_found'],
  MethodNotAllowed: ['method_not_allowed', 'method_not_allowed'],
  ReferenceNotFound: ['reference_not_found', 'rule_broken'],
  Conflict: ['conflict', 'conflict'],
  VersionMismatch: ['version_mismatch', 'precondition_failed'],
  PreconditionRequired: ['precondition_required', 'precondition_required'],
  Unauthenticated: ['unauthenticated', 'unauthenticated'],
  Forbidden: ['forbidden', 'forbidden'],
  DatabaseUnavailable: ['database_unavailable', 'unavailable'],
  ShuttingDown: ['shutting_down', 'unavailable'],
  Internal: ['internal_error', 'internal'],
});
