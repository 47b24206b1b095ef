import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, openDatabase } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/app-config.js';
import { DataDirLockedError, startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

/** Runs the real entry point in another process and collects what it says. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('The embedded database (no DATABASE_URL)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chidao-embedded-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps what was recorded across a restart', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'fatal' });
    let database = await openDatabase(config);
    let app = await createApp(config, database.target);
    await app.listen({ port: 0, host: '127.0.0.1' });
    let port = (app.getHttpServer().address() as { port: number }).port;
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Văn phòng Tỉnh ủy', kind: 'agency' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await app.close();
    await database.embedded!.stop();

    database = await openDatabase(config);
    app = await createApp(config, database.target);
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.getHttpServer().address() as { port: number }).port;
    const again = await fetch(`http://127.0.0.1:${port}/api/v1/organizations/${id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { name: string }).name).toBe('Văn phòng Tỉnh ủy');
    await app.close();
    await database.embedded!.stop();
  });

  it('refuses a second process on the same data directory, with a message that says why', async () => {
    const held = await startEmbeddedPostgres({ dataDir });
    try {
      const second = await runMain({ DATA_DIR: dataDir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`The data directory ${dataDir} is in use by another running process (pid ${process.pid})`);
    } finally {
      await held.stop();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const sleeper = spawn('sleep', ['30']);
    const livePid = sleeper.pid!;
    writeFileSync(join(dataDir, 'chi-dao.lock'), String(livePid));
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(DataDirLockedError);
    sleeper.kill('SIGKILL');
    await new Promise((resolve) => sleeper.on('exit', resolve));

    const taken = await startEmbeddedPostgres({ dataDir });
    await taken.stop();
  });

  it('refuses to start on invalid configuration, naming the variable', async () => {
    const result = await runMain({ DATA_DIR: dataDir, PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT="eighty"');
  });
});
