import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerFrameworkError } from '../common/http/framework-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { instanceOf, PROBLEM_CONTENT_TYPE, problemDocument } from '../common/errors/problem-document.js';
import { chooseCoding, type ContentCoding } from './content-coding.js';
import { loadWebFiles, type WebFile } from './web-files.js';
import { WebInterfaceError } from './web-interface.errors.js';

/**
 * No inline script, nothing from elsewhere. Inline styles only: Mantine sets
 * its CSS variables in style attributes. The API's answers and the Swagger UI
 * keep helmet's policy.
 */
export const INTERFACE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** A file name, not a page: /missing.js is a 404, /meetings/123 a page of the app. */
const HAS_EXTENSION = /\.[A-Za-z0-9]+$/;

/**
 * The built interface (WEB_ROOT, normally dist/web) at `/`, from memory: a
 * file when the path names one, and index.html for any other path so that the
 * single-page app routes deep links itself. Paths under /api/ are never the
 * interface's: they go to the API's 404 problem like any unknown route.
 * Without a build, every page answers a 404 problem that says how to build it.
 */
export async function serveWebInterface(fastify: FastifyInstance, webRoot: string): Promise<void> {
  const logger = new Logger('WebInterface');
  const started = Date.now();
  const files = await loadWebFiles(webRoot);
  const index = files.get('/index.html');
  if (index) {
    const bytes = [...files.values()].reduce((sum, file) => sum + file.codings.identity.body.length, 0);
    logger.log(
      `Serving ${files.size} files (${Math.round(bytes / 1024)} KiB) of the interface from ${webRoot}, read in ${Date.now() - started} ms`,
    );
  } else {
    logger.warn(
      `No built interface in ${webRoot} (no index.html): / answers 404 until \`npm run build\` builds it. The API works as usual.`,
    );
  }
  const maxParamLength = fastify.initialConfig.maxParamLength ?? 100;
  // GET only: Fastify answers HEAD from it (same headers, no body); other methods get the API's 404.
  fastify.get('/*', (request, reply) => {
    const path = decodedPath(request.url);
    if (path === undefined || path === '/api' || path.startsWith('/api/')) {
      // The router lets a path segment too long for an API route's parameter fall through to this
      // catch-all instead of refusing it: refuse it as the router does (414), not as an unknown route.
      if (path?.split('/').some((segment) => segment.length > maxParamLength)) {
        return answerFrameworkError({ code: 'FST_ERR_MAX_PARAM_LENGTH' } as FastifyError, request, reply);
      }
      return reply.callNotFound();
    }
    if (!index) return answerNotBuilt(request, reply);
    const file = files.get(path) ?? (HAS_EXTENSION.test(path) ? undefined : index);
    if (!file) return reply.callNotFound();
    return sendFile(file, request, reply);
  });
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(instanceOf(url));
  } catch {
    return undefined;
  }
}

function sendFile(file: WebFile, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const offered = Object.keys(file.codings) as ContentCoding[];
  const coding = chooseCoding(request.headers['accept-encoding'], offered);
  const chosen = file.codings[coding] ?? file.codings.identity;
  void reply
    .header('content-security-policy', INTERFACE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    // frame-ancestors 'none' for browsers that only know the older header.
    .header('x-frame-options', 'DENY')
    .header('cache-control', file.cacheControl)
    .header('etag', chosen.etag);
  if (offered.length > 1) addVary(reply, 'Accept-Encoding');
  if (matches(request.headers['if-none-match'], chosen.etag)) return reply.code(304).send();
  if (chosen !== file.codings.identity) void reply.header('content-encoding', coding);
  return reply.header('content-type', file.contentType).send(chosen.body);
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/ is ignored. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Adds to a Vary that CORS may have started (Origin). */
function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  void reply.header('vary', current ? `${String(current)}, ${field}` : field);
}

function answerNotBuilt(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = new DomainError(
    WebInterfaceError.NotBuilt,
    'The web interface is not built: run `npm run build` (npm start does it), then start the service again. The API at /api/v1 works.',
  );
  return reply
    .status(error.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problemDocument(error, instanceOf(request.url), String(request.id)));
}
