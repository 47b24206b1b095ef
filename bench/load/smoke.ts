import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { databaseUrl } from '../support/built-service.js';

// CI's smoke of the load bench (`npm run bench:smoke`): a throwaway database on
// the server, filled at size S, the load bench in smoke mode (the floor is
// checked against the service, a short run of every endpoint, the table), then
// the database is dropped. Fails only when something breaks; no figure is judged.
const SERVER = process.env.BENCH_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DIST = resolve(import.meta.dirname, '..', '..');
const name = `chidao_bench_smoke_${randomBytes(4).toString('hex')}`;
const url = databaseUrl(SERVER, name);

function run(script: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(DIST, script), ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${script} exited with ${code}`))));
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const started = performance.now();
await admin(`CREATE DATABASE ${name}`);
try {
  await run('bench/data/generate.js', ['--size', 'S']);
  await run('bench/load.bench.js', ['--smoke']);
} finally {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
console.log(`bench:smoke passed in ${((performance.now() - started) / 1000).toFixed(0)} s (database ${name} dropped)`);
