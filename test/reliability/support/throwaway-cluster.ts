import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../../bench/support/built-service.js';

const run = promisify(execFile);

/** Debian's PostgreSQL 15, the version production runs (README); override with PG_BINDIR. */
const BINDIR = process.env.PG_BINDIR ?? '/usr/lib/postgresql/15/bin';

/** PostgreSQL refuses to run as root: as root, its tools run as the postgres user (Debian's package creates it). */
async function pgTool(tool: string, args: string[]): Promise<string> {
  const command = join(BINDIR, tool);
  const asRoot = process.getuid?.() === 0;
  const { stdout } = await run(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, {
    timeout: 60_000,
  });
  return stdout;
}

export interface ThrowawayCluster {
  readonly port: number;
  /** A superuser URL of `database` on this cluster. */
  url(database?: string): string;
  /** `pg_ctl stop -m immediate` (a crash: no checkpoint, recovery from the WAL on the next start) or `fast`. */
  stop(mode: 'immediate' | 'fast'): Promise<void>;
  /** Starts it again on the same directory; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it whatever its state and removes its directory. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of its own in a temporary directory, on a free port,
 * listening on loopback and on a socket in that directory: never the machine's
 * main cluster, which the trials must not stop.
 */
export async function startThrowawayCluster(settings: Record<string, string> = {}): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'chidao-cluster-'));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  await pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions']);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  const start = () =>
    pgTool('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']).then(() => undefined);
  await start();
  let running = true;
  return {
    port,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    async stop(mode) {
      await pgTool('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
