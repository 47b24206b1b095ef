import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../validation/nesting.js';

/**
 * Fastify's own JSON parser (which refuses `__proto__` and `constructor`
 * poisoning), then a nesting limit: the body is refused here, before the
 * idempotency fingerprint, the NFC normalizer or class-transformer walk it
 * recursively and overflow the stack on a 2,000-level body.
 */
export function depthLimitedJsonParser(fastify: FastifyInstance): FastifyBodyParser<Buffer> {
  const parse = fastify.getDefaultJsonParser('error', 'error') as unknown as FastifyBodyParser<Buffer>;
  return (request, body, done) => {
    void parse(request, body, (error, value) => {
      if (error) return done(error, undefined);
      if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
        return done(
          new DomainError(CommonError.MalformedRequest, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`),
          undefined,
        );
      }
      done(null, value);
    });
  };
}
