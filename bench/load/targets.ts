import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../support/built-service.js';
import { productionNodeFlags } from '../support/production-node.js';

/** The checkout the bench runs from (as dist/bench/load/*.js). */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface Target {
  name: 'service' | 'floor';
  base: string;
  process: ChildProcess;
  pid: number;
}

export interface TargetOptions {
  databaseUrl: string;
  jwtSecret: string;
  poolSize: number;
  /** Preload the capture hook, writing to this file. */
  captureFile?: string;
}

async function start(
  name: Target['name'],
  script: string,
  options: TargetOptions,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<Target> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeFlags, ...(options.captureFile ? ['--import', resolve(ROOT, 'dist/bench/floor/capture-hook.js')] : []), resolve(ROOT, script)],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize),
        JWT_SECRET: options.jwtSecret,
        MIGRATIONS_RUN: 'false',
        LOG_LEVEL: 'warn',
        // No background job may write statements into a captured request or compete with the load.
        DIGEST_ENABLED: 'false',
        ...(options.captureFile ? { BENCH_CAPTURE_FILE: options.captureFile } : {}),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      // Any answer means it listens (the floor answers 404 until it knows the URL).
      await fetch(`${base}/api/v1/health`);
      return { name, base, process: child, pid: child.pid! };
    } catch {
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

/**
 * To profile either side or try V8 settings under the same load (bench/README.md): command-line flags, since Node 20
 * refuses --cpu-prof and most V8 flags in NODE_OPTIONS.
 */
function flagsFrom(variable: string): string[] {
  return (process.env[variable] ?? '').split(' ').filter(Boolean);
}

/** The built service, in production mode, as `npm run start:prod` runs it. */
export function startService(options: TargetOptions): Promise<Target> {
  const extraFlags = flagsFrom('BENCH_SERVICE_NODE_FLAGS');
  // No load balancer to drain for: stopped at once, it exits within stop()'s 5 s and writes a --cpu-prof profile.
  return start('service', 'dist/src/main.js', options, { SHUTDOWN_DRAIN_MS: '0' }, [...productionNodeFlags(), ...extraFlags]);
}

/** The floor, serving the recipes in `recipesFile`. */
export function startFloor(options: TargetOptions, recipesFile: string): Promise<Target> {
  return start('floor', 'dist/bench/floor/server.js', options, { FLOOR_RECIPES: recipesFile }, flagsFrom('BENCH_FLOOR_NODE_FLAGS'));
}

export async function stop(target: Target): Promise<void> {
  if (target.process.exitCode !== null) return;
  const exited = new Promise((done) => target.process.once('exit', done));
  target.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))]);
  if (target.process.exitCode === null) target.process.kill('SIGKILL');
}
