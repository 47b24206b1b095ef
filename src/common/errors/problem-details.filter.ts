import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translateDatabaseError } from './database-errors.js';
import { databaseUnavailable } from './database-unavailable.js';
import { CommonError } from './common-errors.js';
import { DomainError } from './domain-error.js';
import { instanceOf, PROBLEM_CONTENT_TYPE, problemDocument } from './problem-document.js';
import { UNIQUE_VIOLATIONS, type UniqueViolations } from './unique-violations.js';

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
    const problem = problemDocument(error, instanceOf(request.url), String(request.id));
    for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.status(status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toDomainError(exception: unknown, request: FastifyRequest): DomainError {
    if (exception instanceof DomainError) return exception;
    const translated = translateDatabaseError(exception, this.uniqueViolations) ?? fromFastifyError(exception as FastifyLikeError);
    if (translated) return translated;
    if (exception instanceof HttpException) {
      const error = fromHttpException(exception);
      if (error.kind !== CommonError.Internal) return error;
    }
    const unavailable = databaseUnavailable(exception);
    if (unavailable) {
      this.logger.error(
        `Database unavailable during ${request.method} ${loggable(request.url)} [${String(request.id)}]: ${(exception as Error).message}`,
      );
      return unavailable;
    }
    this.logger.error(
      `Unhandled error during ${request.method} ${loggable(request.url)} [${String(request.id)}]`,
      exception instanceof Error ? exception.stack : String(exception),
    );
    return new DomainError(CommonError.Internal, 'Something went wrong on our side. The request id identifies it in our logs.');
  }
}

/**
 * The URL as a log line may hold it: a path segment that is itself a
 * credential (a calendar feed's secret, which calendar apps send in the URL
 * for want of a header) is never written to the logs.
 */
export function loggable(url: string): string {
  return url.replace(/\/calendar\/[^/?#]+\.ics/g, '/calendar/<secret>.ics');
}
