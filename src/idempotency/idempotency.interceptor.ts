import { createHash } from 'node:crypto';
import { applyDecorators, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import { canonicalJson } from '../common/canonical-json.js';
import type { AuthenticatedRequest } from '../access/decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { CommonError } from '../common/errors/common-errors.js';
import { etagOf } from '../common/http/etag.js';
import { type BeforeCommit, withBeforeCommit } from '../database/transaction.js';
import { type PendingAnswer, storeAnswer } from './idempotency-context.js';
import { IdempotencyError } from './idempotency.errors.js';
import { IdempotencyStore } from './idempotency-store.js';

const IDEMPOTENT = 'chidao:idempotent';
const KEY = /^[\x21-\x7e]{1,255}$/;
/** Every idempotent endpoint creates: its answer is 201. */
const CREATED = 201;

/** Marks a creating endpoint as accepting Idempotency-Key. */
export const Idempotent = (): MethodDecorator =>
  applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Any unique string (a UUID) per intended creation. A retry with the same key and body replays the first answer; ' +
        'while the first is still running it gets 409; the same key with another body gets 422. Kept 24 hours, per user.',
    }),
  );

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    if (header === undefined || !request.actor) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw new DomainError(CommonError.ValidationFailed, 'Idempotency-Key must be 1 to 255 visible ASCII characters.', [
        { field: 'Idempotency-Key', message: 'Idempotency-Key is malformed' },
      ]);
    }
    const userId = request.actor.userId;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.url.split('?')[0]} ${canonicalJson(request.body ?? null)}`)
      .digest('hex');

    return from(this.store.begin(userId, header, hash)).pipe(
      mergeMap((begin) => {
        switch (begin.kind) {
          case 'replay': {
            void reply.status(begin.status).header('idempotent-replayed', 'true');
            const version = (begin.body as { version?: unknown } | null)?.version;
            if (typeof version === 'number') void reply.header('etag', etagOf(version));
            return of(begin.body);
          }
          case 'in_progress':
            throw new DomainError(
              IdempotencyError.InProgress,
              'A request with this Idempotency-Key is still being processed; retry shortly.',
            );
          case 'mismatch':
            throw new DomainError(IdempotencyError.KeyReused, 'This Idempotency-Key was used for a different request; use a new key.');
          case 'new': {
            const pending: PendingAnswer = { userId, key: header, status: CREATED };
            // The answer is stored in the creating transaction itself: a crash between the
            // creation and its record cannot let a retry create it twice.
            const stored: BeforeCommit = { run: (em, answer) => storeAnswer(em, pending, answer), committed: false };
            // Subscribing inside the context makes the handler's transaction see the hook.
            const handled = new Observable<unknown>((subscriber) => withBeforeCommit(stored, () => next.handle().subscribe(subscriber)));
            return handled.pipe(
              catchError(async (error: unknown) => {
                // Only a creation that did not commit frees its key for a retry.
                if (!stored.committed) await this.store.release(userId, header);
                throw error;
              }),
              mergeMap(async (body: unknown) => {
                if (!stored.committed) await this.store.complete(pending, body);
                return body;
              }),
            );
          }
        }
      }),
    );
  }
}
