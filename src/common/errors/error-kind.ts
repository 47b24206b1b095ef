import { HttpStatus } from '@nestjs/common';

/**
 * What kind of failure an error is, and so its HTTP status. Features declare
 * their own codes on these categories (`defineErrors`); the status of a code is
 * fixed where the code is declared, so an error can never be thrown without one.
 */
export const STATUS_BY_CATEGORY = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  method_not_allowed: HttpStatus.METHOD_NOT_ALLOWED,
  request_timeout: HttpStatus.REQUEST_TIMEOUT,
  conflict: HttpStatus.CONFLICT,
  precondition_failed: HttpStatus.PRECONDITION_FAILED,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  uri_too_long: HttpStatus.URI_TOO_LONG,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  rule_broken: HttpStatus.UNPROCESSABLE_ENTITY,
  precondition_required: HttpStatus.PRECONDITION_REQUIRED,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  // Not in Nest's HttpStatus: RFC 6585.
  headers_too_large: 431,
  internal: HttpStatus.INTERNAL_SERVER_ERROR,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
} as const satisfies Record<string, HttpStatus | 431>;

export type ErrorCategory = keyof typeof STATUS_BY_CATEGORY;

/** A stable, documented error code (`directive_not_found`) and the category that gives it its status. */
export interface ErrorKind<Code extends string = string> {
  readonly code: Code;
  readonly category: ErrorCategory;
}

type Declared = Record<string, readonly [code: string, category: ErrorCategory]>;

/**
 * Declares a feature's error codes, each with its category:
 * `defineErrors({ NotFound: ['directive_not_found', 'not_found'] })`.
 */
export function defineErrors<const T extends Declared>(declared: T): { readonly [K in keyof T]: ErrorKind<T[K][0]> } {
  return Object.fromEntries(Object.entries(declared).map(([name, [code, category]]) => [name, Object.freeze({ code, category })])) as {
    readonly [K in keyof T]: ErrorKind<T[K][0]>;
  };
}
