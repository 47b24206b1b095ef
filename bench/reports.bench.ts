import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { agencyPerformance, overdueCounts, overduePage } from '../src/reports/report-sql.js';
import { benchUsers } from './reads/seed.js';
import { isSeeded, REPORTS_AS_OF, REPORTS_SIZE, seedReports } from './reports/seed.js';
import { cpuSeconds, databaseUrl, rssMb, startBuiltService, withClient } from './support/built-service.js';
import { benchAccessToken } from './support/bench-session.js';

// Figures, not assertions: the issue 8 performance floor. On 100,000 directives
// over 300 agencies with 1,000,000 progress reports (bench/reports/seed.ts, in
// the database chidao_bench_reports of a PostgreSQL server, seeded once), the
// built app answers the league table for a year, the overdue report's first
// page and an XLSX export of about 20,000 directives. BENCH_EXPLAIN=1 also
// prints EXPLAIN (ANALYZE, BUFFERS) of the reports' statements.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'chidao_bench_reports';
const JWT_SECRET = 'bench-reports-only-secret-never-used-for-anything-else';
const ZONE = 'Asia/Ho_Chi_Minh';
const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EXPORT_ROWS = 20_000;
const SAMPLE_MS = 10;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

/** Creates, migrates and seeds the database unless a previous run left it whole (its marker); a half-seeded one starts again. */
async function prepareDatabase(): Promise<void> {
  const seeded = await withClient(SERVER, async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    const whole = rowCount !== 0 && process.env.BENCH_RESEED !== '1' && (await withClient(databaseUrl(SERVER, DATABASE), isSeeded));
    if (!whole) {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    }
    return whole;
  });
  const dataSource = await new DataSource(buildDataSourceOptions({ url: databaseUrl(SERVER, DATABASE), poolSize: 1 })).initialize();
  try {
    // Also applies migrations added since the seed (new indexes), on the seeded rows.
    await runMigrationsWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  if (!seeded) {
    const { meetings, directivesPerMeeting, progressReports } = REPORTS_SIZE;
    console.log(`Seeding ${meetings * directivesPerMeeting} directives and ${progressReports} progress reports (once)…`);
    const started = performance.now();
    await withClient(databaseUrl(SERVER, DATABASE), seedReports);
    console.log(`…seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

interface Fixtures {
  leader: string;
  head: string;
  dueBefore: string;
  exportRows: number;
}

function token(client: pg.Client, userId: string): Promise<string> {
  return benchAccessToken(client, userId, JWT_SECRET);
}

async function fixtures(): Promise<Fixtures> {
  return withClient(databaseUrl(SERVER, DATABASE), async (client) => {
    const users = await benchUsers(client);
    const { rows } = await client.query<{ due: string }>(
      `SELECT (due_date + 1)::text AS due FROM directive WHERE due_date IS NOT NULL ORDER BY due_date OFFSET $1 LIMIT 1`,
      [EXPORT_ROWS - 1],
    );
    const dueBefore = rows[0]!.due;
    const { rows: counted } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM directive WHERE due_date < $1', [
      dueBefore,
    ]);
    return { leader: await token(client, users.leader), head: await token(client, users.head), dueBefore, exportRows: counted[0]!.n };
  });
}

/** EXPLAIN (ANALYZE, BUFFERS) of each report statement, prepared and run as the app runs it (after five executions). */
async function explain(headOrganization: string): Promise<void> {
  const cases: { label: string; text: string; params: unknown[] }[] = [
    { label: 'league table, all agencies', text: agencyPerformance.all.text, params: [YEAR.from, YEAR.to, REPORTS_AS_OF, ZONE] },
    {
      label: 'league table, one agency',
      text: agencyPerformance.scoped.text,
      params: [YEAR.from, YEAR.to, REPORTS_AS_OF, ZONE, headOrganization],
    },
    { label: 'overdue first page, all', text: overduePage(0, false).text, params: [REPORTS_AS_OF, ZONE, 51] },
    { label: 'overdue counts, all', text: overdueCounts(0).text, params: [REPORTS_AS_OF, ZONE] },
    { label: 'overdue first page, one agency', text: overduePage(1, false).text, params: [REPORTS_AS_OF, ZONE, headOrganization, 51] },
    { label: 'overdue counts, one agency', text: overdueCounts(1).text, params: [REPORTS_AS_OF, ZONE, headOrganization] },
  ];
  await withClient(databaseUrl(SERVER, DATABASE), async (client) => {
    for (const [i, c] of cases.entries()) {
      await client.query(`PREPARE bench_${i} AS ${c.text}`);
      const args = c.params.map((p) => (typeof p === 'number' ? String(p) : `'${String(p)}'`)).join(', ');
      for (let k = 0; k < 5; k++) await client.query(`EXECUTE bench_${i}(${args})`);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_${i}(${args})`);
      console.log(`\n--- ${c.label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function get(base: string, token: string, path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** One client, one request at a time: latency percentiles (ms) after a warm-up. */
async function sequential(base: string, token: string, path: string): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await (await get(base, token, path)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const started = performance.now();
    await (await get(base, token, path)).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function throughput(base: string, token: string, path: string): Promise<number> {
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

async function exportOnce(
  base: string,
  pid: number,
  token: string,
  path: string,
): Promise<{ seconds: number; cpu: number; megabytes: number; peakGrowth: number }> {
  const rssBefore = await rssMb(pid);
  const cpuBefore = await cpuSeconds(pid);
  let peak = rssBefore;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssMb(pid));
      await new Promise((wait) => setTimeout(wait, SAMPLE_MS));
    }
  })();
  const started = performance.now();
  const response = await get(base, token, path);
  let bytes = 0;
  for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
  const seconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const cpu = (await cpuSeconds(pid)) - cpuBefore;
  return { seconds, cpu, megabytes: bytes / 1024 / 1024, peakGrowth: peak - rssBefore };
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  await prepareDatabase();
  const f = await fixtures();
  if (process.env.BENCH_EXPLAIN === '1') {
    await explain(await withClient(databaseUrl(SERVER, DATABASE), async (c) => (await benchUsers(c)).headOrganization));
  }
  const { base, child } = await startBuiltService({ DATABASE_URL: databaseUrl(SERVER, DATABASE), JWT_SECRET, APP_TIME_ZONE: ZONE });
  try {
    const league = `/api/v1/reports/agency-performance?from=${YEAR.from}&to=${YEAR.to}&asOf=${REPORTS_AS_OF}`;
    const overdue = `/api/v1/reports/overdue?asOf=${REPORTS_AS_OF}`;
    const cases = [
      { label: 'league table 2025, leader', token: f.leader, path: league, target: 50 },
      { label: 'league table 2025, department head', token: f.head, path: league, target: 50 },
      { label: 'overdue first page, leader', token: f.leader, path: overdue, target: 30 },
      { label: 'overdue first page, department head', token: f.head, path: overdue, target: 30 },
    ];
    console.log(`\nload average at start: ${load()}`);
    console.log(
      `| report (${SEQUENTIAL} sequential requests; req/s: ${CONNECTIONS} connections, ${SECONDS} s) | p50 (ms) | p95 (ms) | req/s | target p50 |`,
    );
    console.log('| ---------------------------------------------------------- | -------: | -------: | ----: | ---------: |');
    for (const c of cases) {
      const { p50, p95 } = await sequential(base, c.token, c.path);
      const rps = await throughput(base, c.token, c.path);
      console.log(
        `| ${c.label.padEnd(58)} | ${p50.toFixed(1).padStart(8)} | ${p95.toFixed(1).padStart(8)} | ${rps.toFixed(0).padStart(5)} | ${`≤ ${c.target}`.padStart(10)} |`,
      );
    }
    // The CSV export reads the same rows through the same statements: the difference is what writing XLSX costs.
    const exports = [
      { label: 'XLSX', path: `/api/v1/directives?dueBefore=${f.dueBefore}&format=xlsx` },
      { label: 'CSV', path: `/api/v1/directives?dueBefore=${f.dueBefore}&format=csv` },
    ];
    for (const e of exports) await exportOnce(base, child.pid!, f.leader, e.path); // warm-up: loads exceljs, prepares the statements
    console.log(`\n| export of ${f.exportRows} directives, leader | time (s) | app CPU (s) | file (MB) | peak RSS growth (MB) |`);
    console.log('| ------------------------------------ | -------: | ----------: | --------: | -------------------: |');
    for (let i = 0; i < 3; i++) {
      for (const e of exports) {
        const r = await exportOnce(base, child.pid!, f.leader, e.path);
        console.log(
          `| ${`${e.label}, run ${i + 1}`.padEnd(36)} | ${r.seconds.toFixed(2).padStart(8)} | ${r.cpu.toFixed(2).padStart(11)} | ${r.megabytes
            .toFixed(1)
            .padStart(9)} | ${r.peakGrowth.toFixed(0).padStart(20)} |`,
        );
      }
    }
    console.log('targets: XLSX ≤ 3 s, peak RSS growth ≤ 100 MB');
    console.log(`\nload average at end: ${load()}`);
  } finally {
    child.kill();
  }
}

await main();
