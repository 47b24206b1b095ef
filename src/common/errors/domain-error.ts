import type { ErrorCode } from './error-codes.js';

/** One problem with one input field; `field` is a path such as `directives[4].leadOrganizationId`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What services throw. It carries a stable code and a sentence for people;
 * the HTTP status is decided in one place (ProblemDetailsFilter), never here.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** Response headers the answer needs, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}
