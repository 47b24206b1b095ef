import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { requiredVersion } from './etag.js';

/**
 * The version the client last read, from its required If-Match header: 428
 * without one, 400 when it is not an ETag this service handed out. Document
 * the header on the route with `@ApiIfMatch()`.
 */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return requiredVersion(Array.isArray(header) ? header.join(',') : header);
});
