import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CommonError } from '../errors/common-errors.js';
import { DomainError } from '../errors/domain-error.js';
import { instanceOf, PROBLEM_CONTENT_TYPE, problemDocument } from '../errors/problem-document.js';

/**
 * Fastify's `frameworkErrors`: what its router refuses before any hook, and so
 * before Nest and its exception filter, see the request (a path whose
 * percent-encoding is malformed, a path parameter longer than the router
 * allows). Answered as the same problem documents as everything else.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem = fromRouterError(error);
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    // Set here: the router answers before the app's onSend hooks, which set it on every other answer, are attached.
    .header('x-request-id', String(request.id))
    .send(problemDocument(problem, instanceOf(request.url), String(request.id)));
}

function fromRouterError(error: FastifyError): DomainError {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return new DomainError(CommonError.MalformedUrl, 'The path is not a valid URL: a "%" must start a percent-encoded byte such as %20.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new DomainError(CommonError.UriTooLong, 'A part of the path is longer than any id this service gives.');
    default:
      return new DomainError(CommonError.Internal, 'Something went wrong on our side.');
  }
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser could not read the
 * request at all (a raw space or non-ASCII byte in the URL, a broken header),
 * so there is no request, no reply and no route — only the socket. The answer
 * is written on it by hand, a problem document like every other, and the
 * connection is closed: what follows on it cannot be trusted to be a request.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // The client is gone (or the socket already closed): no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // An answer already started on this connection cannot be followed by another one.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const requestId = randomUUID();
  const problem = fromParserError(error.code);
  const body = JSON.stringify(problemDocument(problem, undefined, requestId));
  const status = problem.status;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `content-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${requestId}\r\n` +
      'connection: close\r\n\r\n' +
      body,
    () => socket.destroy(),
  );
}

/** As Node's own server answers them (lib/_http_server.js), with a code and a sentence. */
function fromParserError(code: string | undefined): DomainError {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new DomainError(CommonError.RequestTimeout, 'The request was not received in time.');
    case 'HPE_HEADER_OVERFLOW':
      return new DomainError(CommonError.HeadersTooLarge, 'The request headers are larger than this service accepts.');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new DomainError(CommonError.PayloadTooLarge, 'The chunk extensions of the request body are larger than this service accepts.');
    default:
      return new DomainError(
        CommonError.MalformedRequest,
        'The request is not valid HTTP: its URL or a header holds a character HTTP does not allow (percent-encode a space or a Vietnamese letter in the URL).',
      );
  }
}
