import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('keeps what was recorded across a restart, and creates the first admin only once', async () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'fatal',
      BOOTSTRAP_ADMIN_USERNAME: 'quantri',
      BOOTSTRAP_ADMIN_PASSWORD: 'mật khẩu quản trị',
    });
    const start = async () => {
      const database = await openDatabase(config);
      const app = await createApp(config, database.target);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api/v1`;
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quantri', password: 'mật khẩu quản trị' }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const stop = async () => {
        await app.close();
        await database.embedded!.stop();
      };
      return { base, headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, stop, app };
    };

    const first = await start();
    const created = await fetch(`${first.base}/organizations`, {
      method: 'POST',
      headers: first.headers,
      body: JSON.stringify({ name: 'Văn phòng Tỉnh ủy', kind: 'agency' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await first.stop();

    // No JWT_SECRET: a key was generated beside the data, readable by its owner only, and kept across restarts.
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);

    const second = await start();
    const again = await fetch(`${second.base}/organizations/${id}`, { headers: second.headers });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { name: string }).name).toBe('Văn phòng Tỉnh ủy');
    const admins = await fetch(`${second.base}/users?role=admin`, { headers: second.headers });
    expect(((await admins.json()) as { items: unknown[] }).items).toHaveLength(1);
    await second.stop();
    // Two start-ups of the embedded database in this process, the first creating the cluster and running every
    // migration in WebAssembly on one thread: 10 s alone, over 60 s once beside CI's other workers and browsers.
  }, 180_000);

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
