import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { embeddedJwtSecret } from './auth/embedded-jwt-secret.js';
import { API_PREFIX } from './common/http/api-prefix.js';
import { answerClientError, answerFrameworkError } from './common/http/framework-errors.js';
import { depthLimitedJsonParser } from './common/http/json-body-parser.js';
import { letClientsReadRefusals } from './common/http/refused-body.js';
import { serializeJsonAsBytes } from './common/http/json-bytes.js';
import { sendSecurityHeaders } from './common/http/security-headers.js';
import type { Clock } from './common/time/clock.js';
import type { AppConfig } from './config/app-config.js';
import type { EmbeddedPostgres } from './database/embedded-postgres.js';
import type { ConnectionTarget } from './app-data-source.js';
import { refuseRequestsWhileClosing, ShutdownState } from './health/shutdown-state.js';
import { serveWebInterface } from './web-interface/serve-web-interface.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Builds the HTTP application with the same pipeline in production and in tests. */
export async function createApp(config: AppConfig, database: ConnectionTarget, clock?: Clock): Promise<NestFastifyApplication> {
  config = withJwtSecret(config);
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // A caller's X-Request-Id ties our logs to theirs; otherwise we make one.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logger: false,
    // What the router and Node's HTTP parser refuse, before Nest sees a request: answered as problem documents too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // Behind a load balancer, the client's address (for sign-in throttling) comes from X-Forwarded-For.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Answered by refuseRequestsWhileClosing instead, as a problem document.
    return503OnClosing: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, database, clock }), adapter, {
    logger: loggerLevels(config),
    bufferLogs: false,
    // Throw instead of exiting the process: main() reports start-up errors itself.
    abortOnError: false,
  });
  // Browsers may call the API only from the origins configured; none by default.
  await app.register(cors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-request-id'],
    exposedHeaders: ['etag', 'retry-after', 'x-request-id', 'idempotent-replayed', 'content-disposition'],
    maxAge: 600,
  });
  // Only to read and set the sign-in's device cookie (no signing here: the token signs itself).
  await app.register(cookie);
  // Evidence files (src/attachments) stream their one file part themselves, with their own limits.
  await app.register(multipart, { limits: { fileSize: config.attachmentMaxBytes + 1, files: 1 } });
  const fastify = app.getHttpAdapter().getInstance();
  sendSecurityHeaders(fastify, {
    // The Swagger UI needs inline scripts and styles; the API itself serves only JSON.
    contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"] } },
  });
  letClientsReadRefusals(fastify);
  serializeJsonAsBytes(fastify);
  refuseRequestsWhileClosing(fastify, app.get(ShutdownState));
  // The API speaks JSON only: without this, text/plain bodies reach the handlers as strings.
  fastify.removeContentTypeParser('text/plain');
  app.useBodyParser('application/json', { bodyLimit: config.bodyLimitBytes }, depthLimitedJsonParser(fastify));
  // A callback hook, not an async one: no promise per answer.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', String(request.id));
    done(null, payload);
  });
  app.setGlobalPrefix(API_PREFIX);
  // The interface at / is files, not API: a plain Fastify route, outside Nest's guard and pipes.
  await serveWebInterface(fastify, config.webRoot);
  await app.init();
  return app;
}

/** Trust the nearest `hops` proxies only: the client cannot choose its own address by adding entries. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

function withJwtSecret(config: AppConfig): AppConfig {
  if (config.auth.jwtSecret) return config;
  if (config.database.kind !== 'embedded') throw new Error('JWT_SECRET is required with DATABASE_URL');
  return { ...config, auth: { ...config.auth, jwtSecret: embeddedJwtSecret(config.database.dataDir) } };
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Chỉ Đạo API')
    .setDescription(
      'Meetings, their speeches and the directives (kết luận chỉ đạo) they conclude, with lead and cooperating agencies and deadlines. ' +
        'Errors are RFC 9457 problem documents. Lists use keyset pagination: pass `nextCursor` back as `cursor`.',
    )
    .setVersion('1')
    .build();
  return SwaggerModule.createDocument(app, config);
}

function loggerLevels(config: AppConfig): ('fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  const order = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
  return order.slice(0, order.indexOf(config.logLevel) + 1);
}

export interface RunningDatabase {
  target: ConnectionTarget;
  embedded?: EmbeddedPostgres;
}

/** Starts the embedded database when no server is configured. */
export async function openDatabase(config: AppConfig): Promise<RunningDatabase> {
  if (config.database.kind === 'server') {
    const { url, poolSize, timeouts } = config.database;
    return { target: { url, poolSize, timeouts } };
  }
  // PGlite is loaded only here: a service on a PostgreSQL server never needs its memory.
  const { startEmbeddedPostgres } = await import('./database/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: config.database.dataDir });
  return { target: { url: embedded.url, poolSize: 1 }, embedded };
}
