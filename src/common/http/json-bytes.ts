import type { FastifyInstance } from 'fastify';

/**
 * Answers' JSON leaves as UTF-8 bytes, encoded once. For a large answer
 * JSON.stringify returns a rope of parts; sent as a string, Fastify measures
 * it for Content-Length (which flattens it into one copy), Node then puts the
 * headers in front (a new rope) and its write flattens and measures that once
 * more before encoding it: two copies and three passes over a 170 kB string
 * for a 50-directive page, each copy a large object for the collector. A Buffer
 * is measured by its length and written as it is.
 */
export function serializeJsonAsBytes(fastify: FastifyInstance): void {
  // Typed as returning a string, but Fastify sends whatever a serializer returns that is a string or a Buffer.
  fastify.setReplySerializer((payload) => Buffer.from(JSON.stringify(payload), 'utf8') as unknown as string);
}
