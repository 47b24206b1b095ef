import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `scripts/seed-demo.ts` as `npm run seed:demo` does, on the embedded database in `dataDir`. */
function runSeedDemo(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _server, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed-demo.ts'], {
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run seed:demo while the service holds the embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chidao-seed-locked-'));
    // The lock a running `npm start` leaves: a live process's pid (this test runner's).
    writeFileSync(join(dataDir, 'chi-dao.lock'), String(process.pid));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says in one line what to do and exits 1, without a stack trace', async () => {
    const run = await runSeedDemo(dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.includes('ExperimentalWarning') && !line.includes('--trace-warnings'));
    expect(lines).toEqual([
      `seed:demo: The data directory ${dataDir} is in use by another running process (pid ${process.pid}). ` +
        'Two processes on one embedded database would lose writes: stop the other one, ' +
        'use another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server.',
    ]);
  });
});
