import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CommonError } from '../common/errors/common-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { instanceOf, PROBLEM_CONTENT_TYPE, problemDocument } from '../common/errors/problem-document.js';

/**
 * Where a stopping instance is (main.ts `stop`): `draining` while the load
 * balancer learns from the health check that it is going (requests are still
 * served), `closing` once the server stops taking new requests and waits for
 * those in flight.
 */
export type ShutdownPhase = 'running' | 'draining' | 'closing';

@Injectable()
export class ShutdownState {
  phase: ShutdownPhase = 'running';
}

/** Seconds a client should wait before trying again: by then another instance has taken over. */
const RETRY_AFTER_SECONDS = '5';

/**
 * Once stopping, every answer says `Connection: close`: a kept-alive connection
 * would otherwise sit idle until its timeout and hold the closing server open,
 * or be closed just as its client sends the next request on it.
 *
 * While closing, a request that still arrives on a kept-alive connection gets a
 * 503 problem document, so its client retries on a new connection (to another
 * instance). Fastify's own answer would be a bare JSON body, and its route
 * handler checks before any hook: it is turned off in bootstrap.ts
 * (`return503OnClosing: false`) for this hook to answer instead.
 */
export function refuseRequestsWhileClosing(fastify: FastifyInstance, state: ShutdownState): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (state.phase !== 'running') void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (state.phase !== 'closing') {
      done();
      return;
    }
    const error = new DomainError(CommonError.ShuttingDown, 'This instance of the service is shutting down; try again.');
    void reply
      .status(error.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('retry-after', RETRY_AFTER_SECONDS)
      .header('connection', 'close')
      .send(problemDocument(error, instanceOf(request.url), String(request.id)));
  });
}
