import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AddSearchDocuments1796140000000 } from '../migrations/1796140000000-AddSearchDocuments.js';
import { buildDataSourceOptions } from '../src/app-data-source.js';
import type { Actor } from '../src/common/actor.js';
import { runMigrationsWithLock } from '../src/database/migrate.js';
import { FrequentWords } from '../src/search/frequent-words.js';
import { SearchEverythingService } from '../src/search/search-everything.service.js';
import { parseSearchQuery } from '../src/search/search-query.js';
import { RANKED_MATCHES } from '../src/search/search-sql.js';
import { fillSearchData, NEEDLES, plantNeedles, SEARCH_SIZE } from './search/seed.js';
import { databaseUrl } from './support/built-service.js';

// Figures, not assertions: the search of issue 10 on 100,000 directives and
// 1,000,000 progress notes, in a scratch database of the PostgreSQL server
// (dropped at the end; BENCH_KEEP=1 keeps it). Times the use case itself
// (parse, ranked query, the page's texts, snippets), as an admin and as a
// department head, and checks that every planted needle is found.
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const COMMON = ['ke hoach', 'giai ngan', 'tien do', 'ho so', 'nong thon', 'Bát Xát', 'cao toc', 'trien khai'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (ms: number): string => ms.toFixed(1).padStart(7);
  return `${label.padEnd(34)} n=${String(times.length).padStart(4)}  p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  p99 ${f(percentile(sorted, 99))} ms`;
}

async function main(): Promise<void> {
  const name = `chidao_bench_search_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl(SERVER, name);
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize: 2 })).initialize();
  const client = new pg.Client({ connectionString: url });
  try {
    await runMigrationsWithLock(dataSource);
    await client.connect();
    const migration = new AddSearchDocuments1796140000000();
    // Without the search schema while filling (as a database the migration arrives on), then the migration's own up(): backfill and index.
    const runner = dataSource.createQueryRunner();
    await migration.down(runner);

    let started = performance.now();
    await fillSearchData(client);
    const planted = await plantNeedles(client);
    await client.query('ANALYZE');
    console.log(
      `Filled ${SEARCH_SIZE.meetings * SEARCH_SIZE.directivesPerMeeting} directives, ${SEARCH_SIZE.progressReports} progress notes, ` +
        `${SEARCH_SIZE.meetings} meetings (${SEARCH_SIZE.meetings * 4} speeches), ${SEARCH_SIZE.people} people in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    started = performance.now();
    await runner.query(`SET maintenance_work_mem = '256MB'`);
    await migration.up(runner);
    await runner.release();
    await client.query('VACUUM ANALYZE search_document');
    const [{ documents, size }] = (
      await client.query<{ documents: number; size: string }>(
        `SELECT count(*)::int AS documents, pg_size_pretty(pg_total_relation_size('search_document')) AS size FROM search_document`,
      )
    ).rows as [{ documents: number; size: string }];
    console.log(
      `Migration backfill + GIN index: ${documents} documents, ${size}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const headOrganization = (await client.query<{ id: string }>(`SELECT id FROM organization WHERE short_name = 'SN-1'`)).rows[0]!.id;
    const actors: Record<'admin' | 'department', Actor> = {
      admin: { userId: randomUUID(), username: 'bench_admin', role: 'admin', organizationId: null, sessionId: '', requestId: '' },
      department: {
        userId: randomUUID(),
        username: 'bench_head',
        role: 'department_head',
        organizationId: headOrganization,
        sessionId: '',
        requestId: '',
      },
    };
    const service = new SearchEverythingService(dataSource);

    // Recall: every planted record, through every page.
    let expected = 0;
    let found = 0;
    for (const needle of NEEDLES) {
      for (const [who, actor] of Object.entries(actors)) {
        const seen = new Set<string>();
        let cursor: string | undefined;
        do {
          const page = await service.searchEverything({ q: needle.typed, limit: 50, cursor }, actor);
          for (const item of page.items) seen.add(`${item.type}:${item.id}`);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const directiveKind = needle.field.startsWith('directive') || needle.field === 'progress_note';
        const shouldSee = who === 'admin' || !directiveKind || needle.visibleToDepartment;
        for (const record of planted.get(needle)!) {
          const key = `${record.kind}:${record.id}`;
          if (shouldSee) {
            expected++;
            if (seen.has(key)) found++;
            else console.log(`MISSED: ${who} did not find ${key} by "${needle.typed}"`);
          } else if (seen.has(key)) {
            console.log(`LEAK: ${who} found ${key} by "${needle.typed}"`);
          }
        }
      }
    }
    console.log(`Recall of the planted needles: ${found}/${expected} (${((100 * found) / expected).toFixed(1)} %)`);

    // Latency: each query ROUNDS times per actor, interleaved.
    const times: Record<string, number[]> = {};
    const slowest = { ms: 0, q: '', who: '' };
    const rare = NEEDLES.map((needle) => needle.typed);
    for (const q of [...COMMON, ...rare]) await service.searchEverything({ q }, actors.admin); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const [group, queries] of [
        ['common', COMMON],
        ['rare', rare],
      ] as const) {
        for (const q of queries) {
          for (const [who, actor] of Object.entries(actors)) {
            const t0 = performance.now();
            await service.searchEverything({ q }, actor);
            const ms = performance.now() - t0;
            for (const key of [`${group} words, ${who}`, 'all two-word queries']) (times[key] ??= []).push(ms);
            if (ms > slowest.ms) Object.assign(slowest, { ms, q, who });
          }
        }
      }
    }
    console.log(`\nGET /search use case (parse, ranked query, page texts, snippets), ${ROUNDS} rounds, 20 per page:`);
    for (const [label, list] of Object.entries(times)) console.log(summary(label, list));

    const parsed = parseSearchQuery(slowest.q);
    if (typeof parsed !== 'string') {
      const scoped = slowest.who === 'department';
      const params = [
        parsed.matchQuery,
        parsed.exactQuery,
        parsed.phraseQuery,
        ['meeting', 'speech', 'directive', 'progress_report', 'person', 'organization'],
        1000,
        21,
        null,
        null,
        null,
        null,
      ];
      const words = [...new Set(parsed.words.map((word) => word.folded))];
      const bound = await new FrequentWords(dataSource).earlyScanBound(words, 1000);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${scoped ? RANKED_MATCHES.scoped : RANKED_MATCHES.all}`,
        scoped ? [...params, headOrganization] : [...params, bound],
      );
      if (!scoped) {
        // The early pass must give the very page the GIN bitmap gives.
        const page = async (b: string | null) =>
          JSON.stringify((await client.query(RANKED_MATCHES.all, [...params, b])).rows.map((row) => [row.kind, row.id, row.tier]));
        console.log(`Early pass bound ${bound ?? 'none'}; same first page as the bitmap: ${(await page(bound)) === (await page(null))}`);
      }
      console.log(`\nSlowest: "${slowest.q}" as ${slowest.who}, ${slowest.ms.toFixed(1)} ms. Its plan:`);
      console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
  } finally {
    await client.end().catch(() => undefined);
    await dataSource.destroy();
    if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else console.log(`Kept ${name}`);
    await admin.end();
  }
}

await main();
