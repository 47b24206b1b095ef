import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../../bench/support/built-service.js';
import { STORY_AS_OF } from '../../../scripts/demo/followup-story.js';
import { seedDemoData } from '../../../scripts/demo/seed-demo-data.js';
import { StoryClock } from '../../../scripts/demo/story-clock.js';
import { createApp } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';

/** Where the drill runs the built service and scripts from: what an operator runs after `npm run build`. */
const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

/** One key for every process of a drill, so that a token of one is good on the restored service too. */
export const DRILL_JWT_SECRET = 'restore-drill-secret-restore-drill-secret-0123456789';

/** Where the database is: DATABASE_URL for a server, DATA_DIR for the embedded one (never both). */
export type DrillDatabase = { DATABASE_URL: string } | { DATA_DIR: string };

export function drillEnv(database: DrillDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _server, DATA_DIR: _dir, ...env } = process.env;
  return {
    ...env,
    ...database,
    JWT_SECRET: DRILL_JWT_SECRET,
    LOG_LEVEL: 'warn',
    DIGEST_ENABLED: 'false',
    // No interface: loading and compressing dist/web would only slow each start.
    WEB_ROOT: join(DIST, 'no-web-interface'),
    ...extra,
  };
}

export function assertBuilt(): void {
  for (const file of ['src/main.js', 'scripts/backup.js', 'scripts/restore.js', 'scripts/audit-verify.js']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run npm run build before the restore drill`);
  }
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `node dist/scripts/<name>.js`, as `npm run <name>` does after its build. */
export function runBuiltScript(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(DIST, 'scripts', `${name}.js`), ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 })),
  );
}

/** Lines a person would read: without Node's warnings about experimental features. */
export function messageLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !/ExperimentalWarning|--trace-warnings/.test(line));
}

export interface RunningService {
  base: string;
  stop(): Promise<void>;
}

/** `node dist/src/main.js` on a free port, ready once its health check answers. */
export async function startBuiltService(env: NodeJS.ProcessEnv): Promise<RunningService> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(DIST, 'src', 'main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the restored service stopped (exit ${child.exitCode}): ${stderr}`);
    const health = await fetch(`${base}/health`).catch(() => null);
    if (health?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The service in this process, with the seed's clock, as `npm run seed:demo`
 * runs it. `template`: an embedded database to start a new DATA_DIR from (the
 * migrated test template), which spares the drill the migrations.
 */
export async function startInProcessService(database: DrillDatabase, template?: Blob) {
  const config = loadConfig(drillEnv(database, { LOG_LEVEL: 'error' }));
  const embedded = 'DATA_DIR' in database ? await startEmbeddedPostgres({ dataDir: database.DATA_DIR, loadDataDir: template }) : undefined;
  const target = embedded ? { url: embedded.url, poolSize: 1 } : { url: (database as { DATABASE_URL: string }).DATABASE_URL, poolSize: 4 };
  const clock = new StoryClock(config);
  const app = await createApp(config, target, clock);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    seed: () => seedDemoData(app, (instant) => clock.at(instant)),
    async stop() {
      await app.close();
      await embedded?.stop();
    },
  };
}

export async function signIn(base: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
}

/** An audited write: a new agency. Answers its id. */
export async function createAgency(base: string, headers: Record<string, string>, name: string): Promise<string> {
  const response = await fetch(`${base}/organizations`, { method: 'POST', headers, body: JSON.stringify({ name, kind: 'agency' }) });
  if (response.status !== 201) throw new Error(`creating ${name}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export async function status(base: string, headers: Record<string, string>, path: string): Promise<number> {
  const response = await fetch(`${base}${path}`, { headers });
  await response.arrayBuffer();
  return response.status;
}

/** What a reader sees of the demo meeting: the meeting itself and its directives as of the story's last day. */
export async function readDemoMeeting(base: string, headers: Record<string, string>, meetingId: string) {
  const read = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return { etag: response.headers.get('etag'), body: (await response.json()) as unknown };
  };
  return {
    meeting: await read(`/meetings/${meetingId}`),
    directives: await read(`/directives?meetingId=${meetingId}&asOf=${STORY_AS_OF}&limit=50`),
  };
}
