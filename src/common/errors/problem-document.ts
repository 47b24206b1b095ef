import type { DomainError, FieldError } from './domain-error.js';

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** RFC 9457 problem document. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The path asked for; absent only when the request could not be read at all. */
  instance?: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** The one shape of every error answer, whichever layer gives it (the Nest filter, the router, the HTTP parser). */
export function problemDocument(error: DomainError, instance: string | undefined, requestId: string): ProblemDetails {
  const status = error.status;
  const problem: ProblemDetails = {
    ...error.extensions,
    type: `urn:chi-dao:problem:${error.code.replace(/_/g, '-')}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail: error.detail,
    ...(instance === undefined ? {} : { instance }),
    code: error.code,
    requestId,
  };
  if (error.errors.length > 0) problem.errors = error.errors;
  return problem;
}

/** The path of a request target, without its query. */
export function instanceOf(url: string): string {
  return url.split('?')[0] ?? url;
}
