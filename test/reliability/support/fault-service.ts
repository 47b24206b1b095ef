import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../../bench/support/built-service.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

/**
 * The trials run the service as production does: the built dist/src/main.js
 * in a process of its own, which they can kill. CI builds before the tests;
 * locally, run `npm run build` first (a stale build would test old code).
 */
export function builtServiceOrExplain(): string {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` before \`npm run test:reliability\`.`);
  const built = statSync(MAIN).mtimeMs;
  const sources = ['src', 'migrations'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => join(folder, file)),
  );
  const newer = sources.filter((file) => statSync(join(ROOT, file)).mtimeMs > built);
  if (newer.length > 0) {
    throw new Error(`dist/ is older than ${newer.slice(0, 3).join(', ')}…: run \`npm run build\` before the reliability suite.`);
  }
  return MAIN;
}

/** One key for every process of a trial: a restarted service must accept the tokens it issued before. */
export const TRIAL_JWT_SECRET = randomBytes(36).toString('base64');

export const ADMIN = { username: 'trial_admin', password: 'mật khẩu quản trị của thử nghiệm' };

export interface ServiceProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** What the service wrote on stderr (warnings and errors: LOG_LEVEL=warn), for a failure's message. */
  readonly log: () => string;
  /** `kill -9`: no shutdown hook runs, nothing is flushed. */
  kill9(): Promise<void>;
  /** SIGTERM, as an orchestrator stops it; resolves when the process has exited. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/**
 * Starts the built service with `env` (DATABASE_URL, or DATA_DIR for the
 * embedded database) on a free port; resolves once its health check answers
 * 200, that is once its database does.
 */
export async function startService(env: Record<string, string>, port?: number): Promise<ServiceProcess> {
  const main = builtServiceOrExplain();
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(listenOn),
      LOG_LEVEL: 'warn',
      JWT_SECRET: TRIAL_JWT_SECRET,
      BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      DIGEST_ENABLED: 'false',
      WEB_ROOT: join(ROOT, 'test', 'reliability', 'support', 'no-web-interface'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const base = `http://127.0.0.1:${listenOn}`;
  const service: ServiceProcess = {
    base,
    child,
    log: () => stderr,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  // The embedded database's first start creates and migrates it: up to a minute on a busy machine.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service exited with ${child.exitCode}:\n${stderr}`);
    try {
      if ((await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(5_000) })).status === 200) return service;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The service did not answer its health check within 2 minutes:\n${stderr}`);
}
