import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { BENCH_SIZE, benchUsers, seedDirectives } from './reads/seed.js';
import { databaseUrl, rssMb, startBuiltService } from './support/built-service.js';

// Figures, not assertions: how long an export of the directive list takes and
// how much the server's resident memory grows while it streams, for about
// 20,000 rows and for all 100,000, as XLSX and CSV. Uses the database of
// `npm run bench:reads` (seeded on first use), on a PostgreSQL server.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'chidao_bench_reads';
const JWT_SECRET = 'bench-reads-only-secret-never-used-for-anything-else';
const TARGET_ROWS = 20_000;
const SAMPLE_MS = 10;

async function prepareDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(buildDataSourceOptions({ url: databaseUrl(SERVER, DATABASE), poolSize: 1 })).initialize();
  try {
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const client = new pg.Client({ connectionString: databaseUrl(SERVER, DATABASE) });
  await client.connect();
  try {
    const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM directive')).rows as [{ count: number }];
    if (count === 0) {
      console.log(`Seeding ${BENCH_SIZE.meetings * BENCH_SIZE.directivesPerMeeting} directives (once)…`);
      await seedDirectives(client);
    }
  } finally {
    await client.end();
  }
}

/** A leader's token, and the deadline before which about TARGET_ROWS directives fall. */
async function fixtures(): Promise<{ token: string; dueBefore: string; rowsBefore: number; rowsAll: number }> {
  const client = new pg.Client({ connectionString: databaseUrl(SERVER, DATABASE) });
  await client.connect();
  try {
    const { leader } = await benchUsers(client);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO auth_session (user_id, expires_at, ip) VALUES ($1, now() + interval '3 hours', 'bench') RETURNING id`,
      [leader],
    );
    const token = await new SignJWT({ sid: rows[0]!.id })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(leader)
      .setIssuer('chi-dao')
      .setAudience('chi-dao-api')
      .setIssuedAt()
      .setExpirationTime('3h')
      .setJti(randomUUID())
      .sign(new TextEncoder().encode(JWT_SECRET));
    const { rows: cut } = await client.query<{ due: string; all: number }>(
      `SELECT (SELECT (due_date + 1)::text FROM directive WHERE due_date IS NOT NULL ORDER BY due_date OFFSET $1 LIMIT 1) AS due,
              (SELECT count(*)::int FROM directive) AS all`,
      [TARGET_ROWS - 1],
    );
    const dueBefore = cut[0]!.due;
    const { rows: counted } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM directive WHERE due_date < $1', [
      dueBefore,
    ]);
    return { token, dueBefore, rowsBefore: counted[0]!.n, rowsAll: cut[0]!.all };
  } finally {
    await client.end();
  }
}

interface Figures {
  seconds: number;
  megabytes: number;
  rssBefore: number;
  peakGrowth: number;
}

async function exportOnce(base: string, pid: number, token: string, query: string): Promise<Figures> {
  const rssBefore = await rssMb(pid);
  let peak = rssBefore;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssMb(pid));
      await new Promise((wait) => setTimeout(wait, SAMPLE_MS));
    }
  })();
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/directives?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  return { seconds, megabytes: bytes / 1024 / 1024, rssBefore, peakGrowth: peak - rssBefore };
}

async function main(): Promise<void> {
  await prepareDatabase();
  const f = await fixtures();
  const { base, child } = await startBuiltService({ DATABASE_URL: databaseUrl(SERVER, DATABASE), JWT_SECRET });
  try {
    const cases = [
      { label: `xlsx, ${f.rowsBefore} rows`, query: `dueBefore=${f.dueBefore}&format=xlsx` },
      { label: `csv, ${f.rowsBefore} rows`, query: `dueBefore=${f.dueBefore}&format=csv` },
      { label: `xlsx, ${f.rowsAll} rows`, query: 'format=xlsx' },
    ];
    // One warm-up export: the first pays for loading exceljs and preparing the statements.
    await exportOnce(base, child.pid!, f.token, `dueBefore=${f.dueBefore}&format=xlsx`);
    console.log('| export (leader, 1 client)         | time (s) | file (MB) | RSS before (MB) | peak RSS growth (MB) |');
    console.log('| --------------------------------- | -------: | --------: | --------------: | -------------------: |');
    for (const c of cases) {
      const r = await exportOnce(base, child.pid!, f.token, c.query);
      console.log(
        `| ${c.label.padEnd(33)} | ${r.seconds.toFixed(2).padStart(8)} | ${r.megabytes.toFixed(1).padStart(9)} | ${r.rssBefore
          .toFixed(0)
          .padStart(15)} | ${r.peakGrowth.toFixed(0).padStart(20)} |`,
      );
    }
  } finally {
    child.kill();
  }
}

await main();
