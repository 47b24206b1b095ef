import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translateDatabaseError } from './database-errors.js';
import { CommonError } from './common-errors.js';
import { DomainError, type FieldError } from './domain-error.js';
import { UNIQUE_VIOLATIONS, type UniqueViolations } from './unique-violations.js';

const TITLE_BY_STATUS: Record<number, string> = {
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

/** RFC 9457 problem document. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
}

/** Errors Fastify raises before a route runs (body parsing, limits). */
function fromFastifyError(error: FastifyLikeError): DomainError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError(CommonError.PayloadTooLarge, 'The request body is larger than this service accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainError(CommonError.UnsupportedMediaType, 'Send the request body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError(CommonError.MalformedRequest, 'The request body is not valid JSON.');
    default:
      if (error.statusCode === 400 && error instanceof SyntaxError) {
        return new DomainError(CommonError.MalformedRequest, 'The request body is not valid JSON.');
      }
      return undefined;
  }
}

function fromHttpException(exception: HttpException): DomainError {
  const status = exception.getStatus();
  switch (status) {
    case HttpStatus.UNAUTHORIZED:
      return new DomainError(CommonError.Unauthenticated, 'Sign in first.');
    case HttpStatus.FORBIDDEN:
      return new DomainError(CommonError.Forbidden, 'Your role does not allow this.');
    case HttpStatus.NOT_FOUND:
      return new DomainError(CommonError.RouteNotFound, 'There is no such resource.');
    case HttpStatus.METHOD_NOT_ALLOWED:
      return new DomainError(CommonError.MethodNotAllowed, 'This method is not allowed here.');
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return new DomainError(CommonError.PayloadTooLarge, 'The request body is larger than this service accepts.');
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return new DomainError(CommonError.UnsupportedMediaType, 'Send the request body as application/json.');
    default:
      return status < 500
        ? new DomainError(CommonError.MalformedRequest, exception.message)
        : new DomainError(CommonError.Internal, 'Something went wrong on our side.');
  }
}

/**
 * The only place where errors become HTTP responses. Nothing internal (SQL,
 * stack traces, constraint or class names) ever reaches a response body.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(@Inject(UNIQUE_VIOLATIONS) private readonly uniqueViolations: UniqueViolations) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const error = this.toDomainError(exception, request);
    const status = error.status;
    const problem: ProblemDetails = {
      ...error.extensions,
      type: `urn:chi-dao:problem:${error.code.replace(/_/g, '-')}`,
      title: TITLE_BY_STATUS[status] ?? 'Error',
      status,
      detail: error.detail,
      instance: request.url.split('?')[0] ?? request.url,
      code: error.code,
      requestId: String(request.id),
    };
    if (error.errors.length > 0) problem.errors = error.errors;
    for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.status(status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toDomainError(exception: unknown, request: FastifyRequest): DomainError {
    if (exception instanceof DomainError) return exception;
    const translated = translateDatabaseError(exception, this.uniqueViolations) ?? fromFastifyError(exception as FastifyLikeError);
    if (translated) return translated;
    if (exception instanceof HttpException) {
      const error = fromHttpException(exception);
      if (error.kind !== CommonError.Internal) return error;
    }
    if (isConnectionFailure(exception)) {
      this.logger.error(`Database unreachable during ${request.method} ${request.url} [${String(request.id)}]`);
      return new DomainError(CommonError.DatabaseUnavailable, 'The database is unavailable; try again shortly.');
    }
    this.logger.error(
      `Unhandled error during ${request.method} ${request.url} [${String(request.id)}]`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return new DomainError(CommonError.Internal, 'Something went wrong on our side. The request id identifies it in our logs.');
  }
}

/**
 * The database cannot be reached or is not there: the server refuses or drops
 * the connection, shuts down (57P01, 57P03), the connection fails (class 08),
 * or the database itself is gone (3D000: dropped, or being restored).
 */
function isConnectionFailure(exception: unknown): boolean {
  const code = (exception as { code?: string } | null)?.code;
  if (code === undefined) return false;
  return ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '3D000'].includes(code) || code.startsWith('08');
}
