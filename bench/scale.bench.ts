import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { directiveListStatement } from '../src/directives/directive-reads.js';
import { agencyPerformance, overdueCounts, overduePage } from '../src/reports/report-sql.js';
import { parseDataMarker } from './data/marker.js';
import { databaseUrl, startBuiltService, withClient } from './support/built-service.js';
import { benchAccessToken } from './support/bench-session.js';

// npm run bench:scale -- [--explain] [db …]   (or BENCH_SCALE_DATABASES=chidao_scale_s,chidao_scale_m,chidao_scale_l)
// Figures, not assertions: issue 11's "cost as data grows". For each database filled by bench:data (S, M, L), the built
// service answers, one request at a time, the pages a department head and a leader open every morning; the table shows
// p50 / p95 per size, so a page whose cost grows with the data shows it. --explain (or BENCH_EXPLAIN=1) prints
// EXPLAIN (ANALYZE, BUFFERS) of each statement as the service's connections run it: prepared, executed six times first
// so that PostgreSQL has settled on its generic plan.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const JWT_SECRET = 'bench-scale-only-secret-never-used-for-anything-else';
const ZONE = 'Asia/Ho_Chi_Minh';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP = 20;
// 100 pages of 50: 5,000 rows into the leader's list, which S (10,000 directives) still has with deadlines.
const DEEP_PAGES = Number(process.env.BENCH_DEEP_PAGES ?? 100);
const PAGE = 50;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { explain: { type: 'boolean', default: false } } });
const explainPlans = values.explain || process.env.BENCH_EXPLAIN === '1';
const databases = (
  positionals.length > 0 ? positionals : (process.env.BENCH_SCALE_DATABASES ?? 'chidao_scale_s,chidao_scale_m,chidao_scale_l').split(',')
)
  .map((name) => name.trim())
  .filter((name) => name !== '');

interface Subject {
  name: string;
  url: string;
  size: string;
  asOf: string;
  directives: number;
  leader: { id: string; token: string };
  head: { id: string; token: string; organizationId: string };
}

function token(client: pg.Client, userId: string): Promise<string> {
  return benchAccessToken(client, userId, JWT_SECRET);
}

/** Migrates the database (new indexes are built on the filled rows) and signs in its leader and first agency's head. */
async function prepare(name: string): Promise<Subject> {
  const url = name.includes('://') ? name : databaseUrl(SERVER, name);
  const marker = await withClient(url, async (client) =>
    parseDataMarker(
      (
        await client.query<{ c: string | null }>(
          `SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = current_database()`,
        )
      ).rows[0]!.c,
    ),
  );
  if (!marker)
    throw new Error(
      `${name} was not filled by bench:data (no marker): createdb ${name} && DATABASE_URL=… npm run bench:data -- --size S|M|L`,
    );
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize: 1 })).initialize();
  try {
    const started = performance.now();
    await runMigrationsWithLock(dataSource);
    const seconds = (performance.now() - started) / 1000;
    if (seconds > 2) console.log(`${name}: migrations applied in ${seconds.toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
  return withClient(url, async (client) => {
    const users = await client.query<{ id: string; username: string; organization_id: string | null }>(
      `SELECT id, username, organization_id FROM app_user WHERE username IN ('bench_leader', 'head_0002')`,
    );
    const leader = users.rows.find((u) => u.username === 'bench_leader')!;
    const head = users.rows.find((u) => u.username === 'head_0002')!;
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM directive');
    return {
      name,
      url,
      size: marker.size,
      asOf: marker.today,
      directives: rows[0]!.n,
      leader: { id: leader.id, token: await token(client, leader.id) },
      head: { id: head.id, token: await token(client, head.id), organizationId: head.organization_id! },
    };
  });
}

async function getJson(base: string, token: string, path: string): Promise<{ nextCursor?: string | null }> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { nextCursor?: string | null };
}

/** Follows nextCursor up to `pages` pages in; the cursor of the page reached and how deep it is. */
async function cursorAt(base: string, token: string, path: string, pages: number): Promise<{ cursor: string; depth: number }> {
  let cursor: string | null = null;
  let depth = 0;
  while (depth < pages) {
    const page = await getJson(base, token, cursor ? `${path}&cursor=${cursor}` : path);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    depth++;
  }
  if (!cursor) throw new Error(`${path}: a single page, nothing deep to time`);
  return { cursor, depth };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One client, one request at a time: p50 and p95 (ms) after a warm-up. */
async function sequential(base: string, token: string, path: string): Promise<{ p50: number; p95: number }> {
  const once = async () => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < WARM_UP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface Case {
  label: string;
  token: string;
  path: string;
  /** The statements this request runs, with their parameters, for --explain. */
  statements: { label: string; text: string; params: unknown[] }[];
}

/** The [deadline, id] a list cursor carries (pagination.ts encodes it as base64url JSON). */
const cursorKey = (cursor: string): [string | null, string] =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string | null, string];

async function cases(base: string, s: Subject): Promise<{ cases: Case[]; depths: string }> {
  const year = String(Number(s.asOf.slice(0, 4)) - 1);
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const list = `/api/v1/directives?asOf=${s.asOf}`;
  const org = s.head.organizationId;
  const listStatement = (conditions: Parameters<typeof directiveListStatement>[0]) => directiveListStatement(conditions, PAGE + 1);
  const leaderDeep = await cursorAt(base, s.leader.token, list, DEEP_PAGES);
  const headDeep = await cursorAt(base, s.head.token, list, DEEP_PAGES);
  const afterOf = (cursor: string) => {
    const [due, id] = cursorKey(cursor);
    return due === null ? { after: [id] } : { afterDated: [due, id] };
  };
  const statement = (label: string, built: { query: { text: string }; params: unknown[] }) => ({
    label,
    text: built.query.text,
    params: built.params,
  });
  const league = `/api/v1/reports/agency-performance?from=${from}&to=${to}&asOf=${s.asOf}`;
  const overdue = `/api/v1/reports/overdue?asOf=${s.asOf}`;
  return {
    depths: `deep pages: leader ${leaderDeep.depth} pages in, department head ${headDeep.depth}`,
    cases: [
      {
        label: 'list first page, department head',
        token: s.head.token,
        path: list,
        statements: [statement('list, scoped', listStatement({ scope: [org] }))],
      },
      { label: 'list first page, leader', token: s.leader.token, path: list, statements: [statement('list', listStatement({}))] },
      {
        label: `list deep page, leader`,
        token: s.leader.token,
        path: `${list}&cursor=${leaderDeep.cursor}`,
        statements: [statement('list after a cursor', listStatement(afterOf(leaderDeep.cursor)))],
      },
      {
        label: `list deep page, department head`,
        token: s.head.token,
        path: `${list}&cursor=${headDeep.cursor}`,
        statements: [statement('list after a cursor, scoped', listStatement({ scope: [org], ...afterOf(headDeep.cursor) }))],
      },
      {
        label: 'overdue first page, leader',
        token: s.leader.token,
        path: overdue,
        statements: [
          { label: 'overdue page', text: overduePage(0, false).text, params: [s.asOf, ZONE, PAGE + 1] },
          { label: 'overdue counts', text: overdueCounts(0).text, params: [s.asOf, ZONE] },
        ],
      },
      {
        label: 'overdue first page, department head',
        token: s.head.token,
        path: overdue,
        statements: [
          { label: 'overdue page, one agency', text: overduePage(1, false).text, params: [s.asOf, ZONE, org, PAGE + 1] },
          { label: 'overdue counts, one agency', text: overdueCounts(1).text, params: [s.asOf, ZONE, org] },
        ],
      },
      {
        label: `league table ${year}, leader`,
        token: s.leader.token,
        path: league,
        statements: [{ label: 'league table', text: agencyPerformance.all.text, params: [from, to, s.asOf, ZONE] }],
      },
      {
        label: `league table ${year}, department head`,
        token: s.head.token,
        path: league,
        statements: [{ label: 'league table, one agency', text: agencyPerformance.scoped.text, params: [from, to, s.asOf, ZONE, org] }],
      },
    ],
  };
}

const literal = (value: unknown): string => (typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`);

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, prepared and executed six times first (PostgreSQL's generic plan by then). */
async function explain(s: Subject, all: Case[]): Promise<void> {
  await withClient(s.url, async (client) => {
    let n = 0;
    for (const c of all) {
      for (const st of c.statements) {
        const name = `bench_scale_${n++}`;
        await client.query(`PREPARE ${name} AS ${st.text}`);
        const execute = `EXECUTE ${name}(${st.params.map(literal).join(', ')})`;
        for (let k = 0; k < 6; k++) await client.query(execute);
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
        console.log(`\n--- ${s.size} (${s.name}): ${c.label} — ${st.label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  });
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  if (databases.length === 0) throw new Error('name the databases: BENCH_SCALE_DATABASES=chidao_scale_s,chidao_scale_m,… or as arguments');
  const results = new Map<string, Map<string, string>>();
  const labels: string[] = [];
  const columns: string[] = [];
  for (const name of databases) {
    const subject = await prepare(name);
    const column = `${subject.size} (${subject.directives.toLocaleString('en')})`;
    columns.push(column);
    const { base, child } = await startBuiltService({ DATABASE_URL: subject.url, JWT_SECRET, APP_TIME_ZONE: ZONE });
    try {
      const { cases: all, depths } = await cases(base, subject);
      console.log(`${subject.size}: ${subject.name}, ${subject.directives} directives, as of ${subject.asOf}; ${depths}; load ${load()}`);
      if (explainPlans) await explain(subject, all);
      for (const c of all) {
        const { p50, p95 } = await sequential(base, c.token, c.path);
        if (!labels.includes(c.label)) labels.push(c.label);
        if (!results.has(c.label)) results.set(c.label, new Map());
        results.get(c.label)!.set(column, `${p50.toFixed(1)} / ${p95.toFixed(1)}`);
      }
    } finally {
      child.kill();
    }
  }
  console.log(`\n| p50 / p95 ms (${REQUESTS} sequential requests after ${WARM_UP}) | ${columns.join(' | ')} |`);
  console.log(`| ${'-'.repeat(40)} | ${columns.map((c) => `${'-'.repeat(Math.max(3, c.length - 1))}:`).join(' | ')} |`);
  for (const label of labels) {
    console.log(`| ${label.padEnd(40)} | ${columns.map((c) => (results.get(label)!.get(c) ?? '—').padStart(c.length)).join(' | ')} |`);
  }
  console.log(`\nload average at end: ${load()}`);
}

await main();
