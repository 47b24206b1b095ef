import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../../bench/support/built-service.js';

const ROOT = resolve(import.meta.dirname, '../../..');
export const SERVICE_MAIN = join(ROOT, 'dist/src/main.js');

/** The built service (`node dist/src/main.js`) in a process of its own, as an operator runs it. */
export interface ServiceProcess {
  base: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  log(): string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

/** Ready within 4 minutes: a first start on the embedded database migrates it, slowly on a busy machine. */
export async function startService(env: Record<string, string>, readyWithinMs = 240_000): Promise<ServiceProcess> {
  if (!existsSync(SERVICE_MAIN)) throw new Error(`No built service at ${SERVICE_MAIN}: run \`npm run build\` first.`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, [SERVICE_MAIN], {
    cwd: ROOT,
    env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'log', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': only then has everything it wrote been read.
  const exited = new Promise<number | string>((done) => child.once('close', (code, signal) => done(code ?? signal ?? 'unknown')));
  let ended: number | string | undefined;
  void exited.then((code) => (ended = code));
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline && ended === undefined) {
    const health = await send(base, 'GET', '/api/v1/health', { close: true });
    if ('status' in health && health.status === 200) return { base, child, log: () => output, exited };
    await sleep(200);
  }
  child.kill('SIGKILL');
  const why = ended === undefined ? `not healthy within ${readyWithinMs / 1000} s` : `exited (${ended}) before it was healthy`;
  throw new Error(`The service ${why}:\n${output}`);
}

export type Answer = { status: number; body: any; headers: Record<string, string | string[] | undefined> } | { error: string };

/**
 * One request with Node's http client (a keep-alive agent unless `close`).
 * `trickle` sends the body in two halves, the second when the promise it
 * waits for resolves: a request that is in flight for as long as the test wants.
 */
export function send(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; close?: boolean; trickle?: Promise<unknown> } = {},
): Promise<Answer> {
  return new Promise((done) => {
    const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const req = httpRequest(
      new URL(path, base),
      {
        method,
        agent: options.close ? false : keepAlive,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
          ...(options.close ? { connection: 'close' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: kept as text.
          }
          done({ status: res.statusCode!, body: parsed, headers: res.headers });
        });
        res.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    if (!body) {
      req.end();
    } else if (!options.trickle) {
      req.end(body);
    } else {
      const half = Math.floor(body.length / 2);
      req.write(body.subarray(0, half));
      void options.trickle.then(() => req.end(body.subarray(half)));
    }
  });
}

// Kept-alive connections, as a load balancer or a browser holds them: the ones a closing server must not cut.
const keepAlive = new Agent({ keepAlive: true, maxSockets: 16 });

/** What a load balancer's health check saw, in order, from the first probe after SIGTERM. */
export interface HealthProbe {
  /** Milliseconds after SIGTERM. */
  at: number;
  status: number | null;
  bodyStatus: string | null;
  error: string | null;
}

/**
 * Probes GET /api/v1/health on a new connection every `everyMs`, as a load
 * balancer does, until the service refuses connections.
 */
export async function probeHealth(
  base: string,
  since: number,
  everyMs: number,
  onProbe: (probe: HealthProbe) => void,
): Promise<HealthProbe[]> {
  const probes: HealthProbe[] = [];
  for (;;) {
    const answer = await send(base, 'GET', '/api/v1/health', { close: true });
    const at = Math.round(performance.now() - since);
    const probe: HealthProbe =
      'error' in answer
        ? { at, status: null, bodyStatus: null, error: answer.error }
        : { at, status: answer.status, bodyStatus: (answer.body as { status?: string })?.status ?? null, error: null };
    probes.push(probe);
    onProbe(probe);
    if (probe.error !== null) return probes;
    await sleep(everyMs);
  }
}
