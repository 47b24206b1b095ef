import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { setEtag, WithEtag } from './etag.js';

/**
 * Every answer that is one versioned record carries its ETag, so that the
 * client can send it back as If-Match. Handlers only return the record; pages
 * and other answers without a top-level `version` get no ETag; a handler
 * whose ETag is another record's returns `WithEtag`.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (body instanceof WithEtag) {
          setEtag(reply, body.version);
          return body.body as unknown;
        }
        const version = (body as { version?: unknown } | null | undefined)?.version;
        if (typeof version === 'number' && Number.isInteger(version)) setEtag(reply, version);
        return body;
      }),
    );
  }
}
