import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { CaptureLog, captureRead, captureWrite } from './floor/capture.js';
import type { Recipe } from './floor/recipe.js';
import { checkFloor } from './load/check.js';
import { type Endpoint, endpoints } from './load/endpoints.js';
import { loadFixtures } from './load/fixtures.js';
import { measure, type Run } from './load/measure.js';
import { type Result, printTable } from './load/report.js';
import { startFloor, startService, stop, type Target, type TargetOptions } from './load/targets.js';
import { withClient } from './support/built-service.js';

// Figures, not assertions (issue 11): the built service against the floor — the
// same statements served by node:http and pg (bench/floor/) — alternately, on
// the database DATABASE_URL names, filled by `npm run bench:data`.
const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error('DATABASE_URL: the database filled by npm run bench:data');
const SMOKE = args.smoke;
const SECONDS = Number(args.seconds ?? process.env.BENCH_SECONDS ?? (SMOKE ? 1 : 5));
// The smoke only checks that everything runs: its capture already warmed every endpoint up.
const WARMUP_SECONDS = SMOKE ? 0 : 1;
const CONNECTIONS = Number(args.connections ?? process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(args.rounds ?? process.env.BENCH_ROUNDS ?? (SMOKE ? 1 : 3));
/** Latency is measured at this share of the floor's maximum rate, on both. */
const FIXED_RATE_SHARE = 0.7;
const POOL_SIZE = 10;
const SAMPLE = SMOKE ? 5 : 20;
const JWT_SECRET = 'bench-load-only-secret-never-used-for-anything-else';
const HERE = resolve(import.meta.dirname, '..', '..');
const options: TargetOptions = { databaseUrl: DATABASE_URL, jwtSecret: JWT_SECRET, poolSize: POOL_SIZE };

// A database filled by an earlier version lacks the later tables and indexes: bring it up to date first (a no-op otherwise).
const migrator = await new DataSource(buildDataSourceOptions({ url: DATABASE_URL, poolSize: 1 })).initialize();
try {
  await runMigrationsWithLock(migrator);
} finally {
  await migrator.destroy();
}
const fixtures = await loadFixtures(DATABASE_URL, JWT_SECRET, SAMPLE);
const only = args.only?.split(',');
const chosen = endpoints(fixtures).filter((endpoint) => !only || only.includes(endpoint.id));
if (chosen.length === 0)
  throw new Error(
    `--only: none of ${endpoints(fixtures)
      .map((e) => e.id)
      .join(', ')}`,
  );

// The capture logs and the recipes; removed at the end unless BENCH_KEEP=1 (to read what the floor runs).
const work = join(tmpdir(), `chidao-bench-load-${process.pid}`);

async function capture(): Promise<string> {
  mkdirSync(work, { recursive: true });
  const logs = { service: new CaptureLog(join(work, 'service.jsonl')), floor: new CaptureLog(join(work, 'floor.jsonl')) };
  const recipesFile = join(work, 'recipes.json');
  const started: Target[] = [];
  try {
    const service = await startService({ ...options, captureFile: logs.service.file });
    started.push(service);
    const recipes: Recipe[] = [];
    // Writes first, then reads, then the reads' check before the writes': a read's answer (its recipe) is that of the data
    // it will be compared on (a pause changes the overdue report's totals).
    const [writes, reads] = [chosen.filter((endpoint) => endpoint.write), chosen.filter((endpoint) => !endpoint.write)];
    for (const endpoint of writes) recipes.push(await captureWrite(service.base, logs.service, () => endpoint.next()));
    for (const endpoint of reads)
      for (const request of endpoint.sample) recipes.push(await captureRead(service.base, logs.service, request));
    writeFileSync(recipesFile, JSON.stringify(recipes));
    const statements = recipes.reduce((sum, recipe) => sum + recipe.statements.length, 0);
    console.log(`Captured ${recipes.length} recipes (${statements} statements) from the service's own queries`);
    const floor = await startFloor({ ...options, captureFile: logs.floor.file }, recipesFile);
    started.push(floor);
    let compared = 0;
    for (const endpoint of [...reads, ...writes]) compared += await checkFloor(service, floor, logs, endpoint);
    console.log(`Floor checked against the service: ${compared} answers alike (reads byte for byte, writes statement for statement)`);
    return recipesFile;
  } finally {
    for (const target of started) await stop(target);
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function describeDatabase(): Promise<{ server: string; directives: number }> {
  return withClient(DATABASE_URL!, async (client) => {
    const server = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    const directives = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM directive')).rows[0]!.n;
    return { server, directives };
  });
}

/**
 * The visibility map as autovacuum keeps it on a server where it runs (the migration TuneDirectiveAutovacuum has it
 * vacuum `directive` after 2 % changes): without it, each round's writes leave the next round's index-only scans
 * fetching heap rows (the overdue report at M: 160 req/s on the first round, 19–34 on later ones). Where autovacuum is
 * off, as on the CI's cluster, the bench vacuums before each round itself, and says so.
 */
async function asAutovacuumLeavesIt(): Promise<void> {
  await withClient(DATABASE_URL!, async (client) => {
    if ((await client.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0]!.autovacuum === 'on') return;
    const started = performance.now();
    await client.query('VACUUM (ANALYZE)');
    // Its dirty pages written now, not by a checkpoint in the middle of the next measurement.
    await client.query('CHECKPOINT');
    console.log(
      `autovacuum is off on this server: VACUUM (ANALYZE) and CHECKPOINT in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });
}

const recipesFile = await capture();
const database = await describeDatabase();
const targets: Target[] = [];
try {
  targets.push(await startService(options), await startFloor(options, recipesFile));
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `PostgreSQL ${database.server}, ${database.directives} directives; Node ${process.version}, ${cpus().length} cores, load ${load}; ` +
      `${CONNECTIONS} connections, pool ${POOL_SIZE}, ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up, median of ${ROUNDS} ` +
      `round(s), service and floor alternated; latency at ${FIXED_RATE_SHARE * 100} % of the floor's maximum rate`,
  );
  const runs = new Map<string, Run[]>();
  const keep = (endpoint: Endpoint, target: Target, run: Run, kind: 'max' | 'fixed') => {
    const key = `${endpoint.id}|${target.name}|${kind}`;
    runs.set(key, [...(runs.get(key) ?? []), run]);
    if (run.refused > 0) throw new Error(`${target.name} ${endpoint.label}: ${run.refused} answers not 2xx`);
    if (run.errors > 0) console.warn(`${target.name} ${endpoint.label}: ${run.errors} connection errors or timeouts`);
  };
  for (let round = 1; round <= ROUNDS; round++) {
    await asAutovacuumLeavesIt();
    for (const endpoint of chosen) {
      // Who goes first alternates, so that a noisy neighbour does not always hurt the same one.
      const order = round % 2 ? targets : [...targets].reverse();
      const line: string[] = [];
      for (const target of order) {
        if (WARMUP_SECONDS > 0) await measure(target, endpoint, { seconds: WARMUP_SECONDS, connections: CONNECTIONS });
        const run = await measure(target, endpoint, { seconds: SECONDS, connections: CONNECTIONS });
        keep(endpoint, target, run, 'max');
        line.push(`${target.name} ${run.requestsPerSecond.toFixed(0)}/s`);
      }
      console.log(`round ${round}  ${endpoint.label.padEnd(42)} ${line.join(' · ')}`);
    }
  }
  const results: Result[] = [];
  await asAutovacuumLeavesIt();
  for (const endpoint of chosen) {
    const floorMax = median(runs.get(`${endpoint.id}|floor|max`)!.map((run) => run.requestsPerSecond));
    const rate = Math.max(1, Math.round(floorMax * FIXED_RATE_SHARE));
    const fixed: Partial<Record<Target['name'], Run>> = {};
    for (const target of targets) {
      fixed[target.name] = await measure(target, endpoint, { seconds: SECONDS, connections: CONNECTIONS, rate });
      keep(endpoint, target, fixed[target.name]!, 'fixed');
    }
    const side = (name: Target['name']) => {
      const max = runs.get(`${endpoint.id}|${name}|max`)!;
      const all = [...max, ...runs.get(`${endpoint.id}|${name}|fixed`)!];
      return {
        requestsPerSecond: median(max.map((run) => run.requestsPerSecond)),
        p50: fixed[name]!.p50,
        p99: fixed[name]!.p99,
        cpuMicros: median(max.map((run) => run.cpuMicros)),
        peakRssMb: Math.max(...all.map((run) => run.peakRssMb)),
        rounds: max.map((run) => Math.round(run.requestsPerSecond)),
      };
    };
    results.push({ id: endpoint.id, label: endpoint.label, fixedRate: rate, service: side('service'), floor: side('floor') });
  }
  printTable(results);
  const size =
    database.directives >= 1_000_000 ? 'L' : database.directives >= 100_000 ? 'M' : database.directives >= 10_000 ? 'S' : 'custom';
  if (!SMOKE) {
    const dir = join(HERE, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `load-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const settings = { seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, connections: CONNECTIONS, rounds: ROUNDS, poolSize: POOL_SIZE };
    const machine = { node: process.version, postgres: database.server, cores: cpus().length, loadAtStart: Number(load) };
    writeFileSync(file, `${JSON.stringify({ size, directives: database.directives, settings, machine, results }, null, 2)}\n`);
    console.log(`\nWritten to ${file}`);
  }
} finally {
  for (const target of targets) await stop(target);
  if (process.env.BENCH_KEEP === '1') console.log(`Recipes and capture logs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
