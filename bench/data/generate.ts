import { parseArgs } from 'node:util';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { cpus } from 'node:os';
import { AddSearchDocuments1796140000000, searchBackfillSql } from '../../migrations/1796140000000-AddSearchDocuments.js';
import { buildDataSourceOptions } from '../../src/app-data-source.js';
import { runMigrationsWithLock } from '../../src/database/migrate.js';
import { withClient } from '../../src/database/with-client.js';
import { hashPassword } from '../../src/users/passwords.js';
import { fillBenchData, SHAPES, type DataSize } from './fill.js';
import { dataMarker } from './marker.js';

// npm run bench:data -- --size S|M|L [--seed N] [--today YYYY-MM-DD] [--fresh]
// Fills the database named by DATABASE_URL with a province's meetings and
// directives for the benchmarks of issue 11; refuses one that already has meetings
// unless --fresh, which drops its schema and migrates it again.
const PASSWORD = 'chidao-bench-2026';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '42' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    fresh: { type: 'boolean', default: false },
  },
});
const size = values.size.toUpperCase();
const seed = Number(values.seed);
const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set: name the PostgreSQL database to fill, e.g. postgresql://postgres@127.0.0.1:5432/chidao_bench');
if (!(size in SHAPES)) fail(`--size must be S, M or L, not ${values.size}`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, not ${values.seed}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today must be YYYY-MM-DD, not ${values.today}`);

function fail(message: string): never {
  console.error(`bench:data: ${message}`);
  process.exit(2);
}

/**
 * The search migration, its backfill run side by side: one INSERT … SELECT is one backend on one core, and folding and
 * vectorising a million progress notes is most of the fill's time. Each statement is split by a hash of the id into one
 * part per core; every connection takes the next part until none is left.
 */
class SideBySideSearchBackfill extends AddSearchDocuments1796140000000 {
  constructor(private readonly databaseUrl: string) {
    super();
  }

  protected override async backfill(): Promise<void> {
    const of = Math.max(1, cpus().length);
    const parts = Array.from({ length: of }, (_, index) => searchBackfillSql(undefined, { index, of }));
    // Kind by kind, all parts of a kind together: the big kind is never left to one connection at the end.
    const queue = parts[0]!.flatMap((_, kind) => parts.map((statements) => statements[kind]!));
    await Promise.all(
      parts.map(() =>
        withClient(this.databaseUrl, async (connection) => {
          for (let statement = queue.shift(); statement !== undefined; statement = queue.shift()) await connection.query(statement);
        }),
      ),
    );
  }
}

const times: [string, number][] = [];
const timed = <T>(table: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  return work().finally(() => times.push([table, performance.now() - started]));
};

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const { rows } = await client.query<{ meetings: boolean }>(`SELECT to_regclass('public.meeting') IS NOT NULL AS meetings`);
  if (rows[0]!.meetings && (await client.query('SELECT 1 FROM meeting LIMIT 1')).rowCount) {
    if (!values.fresh) fail('the database already has meetings; pass --fresh to drop its schema and fill it anew');
  }
  const started = performance.now();
  if (values.fresh) await timed('drop schema', () => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'));
  const dataSource = await new DataSource(buildDataSourceOptions({ url: url!, poolSize: 1 })).initialize();
  const runner = dataSource.createQueryRunner();
  const search = new SideBySideSearchBackfill(url!);
  try {
    await timed('migrations', () => runMigrationsWithLock(dataSource));
    // Rows arrive without the per-row search triggers; the migration's own backfill indexes them in one pass afterwards.
    await search.down(runner);
    const passwordHash = await timed('password hash', () => hashPassword(PASSWORD));
    const counts = await fillBenchData(client, {
      size: size as DataSize,
      seed,
      today: values.today,
      passwordHash,
      timed: (table, ms) => times.push([table, ms]),
    });
    await timed('search_document', async () => {
      await runner.query(`SET maintenance_work_mem = '256MB'`);
      await search.up(runner);
    });
    // As autovacuum would leave tables of this age: statistics, and a visibility map so index-only scans skip the heap.
    await timed('vacuum analyze', () => client.query('VACUUM ANALYZE'));
    // What bench:scale reads back: which size this is and the day its deadlines are judged on.
    const { rows: named } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(
      `COMMENT ON DATABASE ${client.escapeIdentifier(named[0]!.db)} IS ${client.escapeLiteral(dataMarker(size, seed, values.today))}`,
    );
    const total = (performance.now() - started) / 1000;
    for (const [table, ms] of times) {
      const n = counts[table];
      console.log(`${table.padEnd(36)} ${(ms / 1000).toFixed(1).padStart(6)} s${n === undefined ? '' : `  ${String(n).padStart(9)} rows`}`);
    }
    console.log(`${'total'.padEnd(36)} ${total.toFixed(1).padStart(6)} s  (size ${size}, seed ${seed}, today ${values.today})`);
    console.log(
      `Users: bench_admin, bench_leader, bench_secretariat, head_0002 … head_${String(SHAPES[size as DataSize].agencies + 1).padStart(4, '0')}; password: ${PASSWORD}`,
    );
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
} finally {
  await client.end();
}
