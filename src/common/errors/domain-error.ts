import { type ErrorKind, STATUS_BY_CATEGORY } from './error-kind.js';

/** One problem with one input field; `field` is a path such as `directives[4].leadOrganizationId`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What services throw. It carries a stable code, the category that decides its
 * HTTP status, and a sentence for people; ProblemDetailsFilter writes it out.
 */
export class DomainError extends Error {
  readonly code: string;

  constructor(
    readonly kind: ErrorKind,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** Response headers the answer needs, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
    /** RFC 9457 extension members the client acts on, e.g. the `allowedActions` of a refused transition. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
    this.code = kind.code;
  }

  get status(): number {
    return STATUS_BY_CATEGORY[this.kind.category];
  }
}
