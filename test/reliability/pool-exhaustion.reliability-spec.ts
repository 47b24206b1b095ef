import pg from 'pg';
import { APPLICATION_NAME, sessionSettings } from '../../src/app-data-source.js';
import { AUDIT_CHAIN_LOCK } from '../../src/audit/seal-pending.js';
import { loadConfig } from '../../src/config/app-config.js';
import { verifyAuditAt } from './support/fault-audit.js';
import { type ServiceProcess, startService, TRIAL_JWT_SECRET } from './support/fault-service.js';
import { prepareWorkload, type Workload } from './support/fault-write-load.js';
import { recordFigure } from './support/figures.js';
import { startThrowawayCluster, type ThrowawayCluster } from './support/throwaway-cluster.js';

const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));
const POOL_SIZE = 10;
/**
 * Short limits, so the trial sees them act within seconds: a request waits at
 * most 10 s for a pooled connection, a statement (or its wait for a lock) runs
 * at most 3 s, a transaction may stay idle 2 s.
 */
const ENV = {
  DATABASE_POOL_SIZE: String(POOL_SIZE),
  DATABASE_CONNECT_TIMEOUT_MS: '10000',
  DATABASE_STATEMENT_TIMEOUT_MS: '3000',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '2000',
};

interface Outcome {
  status: number;
  ms: number;
  problemJson: boolean;
  retryAfter: string | null;
}

async function post(base: string, path: string, token: string, body: unknown): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    await response.arrayBuffer();
    return {
      status: response.status,
      ms: performance.now() - started,
      problemJson: (response.headers.get('content-type') ?? '').startsWith('application/problem+json'),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch {
    return { status: 0, ms: performance.now() - started, problemJson: false, retryAfter: null };
  }
}

describe('pool and lock exhaustion', () => {
  let cluster: ThrowawayCluster;
  let service: ServiceProcess | undefined;
  let workload: Workload;
  let admin: pg.Client;

  const serviceSessions = async (): Promise<{ total: number; inTransaction: number }> => {
    const { rows } = await admin.query<{ total: string; in_transaction: string }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS in_transaction
         FROM pg_stat_activity WHERE application_name = $1`,
      [APPLICATION_NAME],
    );
    return { total: Number(rows[0]!.total), inTransaction: Number(rows[0]!.in_transaction) };
  };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    service = await startService({ DATABASE_URL: cluster.url(), ...ENV });
    workload = await prepareWorkload(service.base, 0);
    admin = new pg.Client({ connectionString: cluster.url(), application_name: 'reliability-trial' });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await service?.kill9();
    await cluster?.destroy();
  });

  it('200 concurrent writes blocked by a lock on a pool of 10: queued or shed with 503 + Retry-After, no crash, no leak', async () => {
    const trial = 'pool exhausted';
    const before = await serviceSessions();
    // Another session locks the meeting table: every recording of a meeting waits for it, holding its pooled connection.
    const locker = new pg.Client({ connectionString: cluster.url(), application_name: 'reliability-trial' });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE meeting IN SHARE MODE');
    const requests = Array.from({ length: 200 }, (_, i) =>
      post(service!.base, '/meetings', workload.tokens.secretariat, {
        title: `Họp khi hết kết nối ${i}`,
        startsAt: '2026-11-20T08:00:00+07:00',
      }),
    );
    // Longer than the statement timeout: the first ten are cut off (503), the next ones queue and then go through.
    await sleep(5_000);
    await locker.query('ROLLBACK');
    await locker.end();
    const outcomes = await Promise.all(requests);

    // Idle pooled connections close after 10 s (pg's idleTimeoutMillis); one still checked out never would.
    let after = await serviceSessions();
    for (let waited = 0; after.total > before.total && waited < 15_000; waited += 500) {
      await sleep(500);
      after = await serviceSessions();
    }
    const alive = service!.child.exitCode === null && (await fetch(`${service!.base}/api/v1/health`)).status === 200;
    const writesAgain = await post(service!.base, '/meetings', workload.tokens.secretariat, {
      title: 'Họp sau khi hết tắc',
      startsAt: '2026-11-20T08:00:00+07:00',
    });

    const ok = outcomes.filter((o) => o.status === 201);
    const shed = outcomes.filter((o) => o.status === 503);
    const other = outcomes.filter((o) => o.status !== 201 && o.status !== 503);
    const longest = Math.max(...outcomes.map((o) => o.ms));
    recordFigure({ trial, name: 'requests', value: outcomes.length });
    recordFigure({ trial, name: 'answered 2xx (queued)', value: ok.length });
    recordFigure({ trial, name: 'answered 503 (shed)', value: shed.length });
    recordFigure({
      trial,
      name: '503 without problem+json or Retry-After',
      value: shed.filter((o) => !o.problemJson || !o.retryAfter).length,
      expected: '0',
    });
    recordFigure({ trial, name: 'other answers', value: other.length, expected: '0' });
    recordFigure({
      trial,
      name: 'connections leaked',
      value: Math.max(0, after.total - before.total) + after.inTransaction,
      expected: '0',
    });
    recordFigure({ trial, name: 'longest answer (s)', value: Math.round(longest / 100) / 10 });
    recordFigure({
      trial,
      name: 'service alive and writing afterwards',
      value: alive && writesAgain.status === 201 ? 'yes' : 'no',
      expected: 'yes',
    });

    expect(other).toEqual([]);
    expect(shed.filter((o) => !o.problemJson || o.retryAfter === null)).toEqual([]);
    // Without statement_timeout on the service's sessions the ten blocked writes would wait for the lock and succeed.
    expect(shed.length).toBeGreaterThanOrEqual(POOL_SIZE);
    expect(ok.length).toBeGreaterThan(0);
    expect(after.total).toBeLessThanOrEqual(before.total);
    expect(after.inTransaction).toBe(0);
    expect(alive).toBe(true);
    expect(writesAgain.status).toBe(201);
  });

  it('a session left idle in a transaction holding the audit chain lock is ended, and sealing resumes', async () => {
    const trial = 'stuck transaction';
    // A session of the service's kind (the same settings, from the same configuration) that stops halfway through a seal.
    const config = loadConfig({ DATABASE_URL: cluster.url(), JWT_SECRET: TRIAL_JWT_SECRET, ...ENV });
    const timeouts = config.database.kind === 'server' ? config.database.timeouts : undefined;
    const stuck = new pg.Client({ connectionString: cluster.url(), ...sessionSettings(timeouts) });
    let ended: string | undefined;
    stuck.on('error', (error: Error & { code?: string }) => {
      ended = error.code ?? error.message;
    });
    await stuck.connect();
    await stuck.query('BEGIN');
    await stuck.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const locked = performance.now();

    // A write while the lock is held: committed at once, its seal waits for the lock, its answer for its seal.
    const write = post(service!.base, '/meetings', workload.tokens.secretariat, {
      title: 'Họp trong lúc khóa bị giữ',
      startsAt: '2026-11-20T08:00:00+07:00',
    });
    let free = false;
    while (!free && performance.now() - locked < 60_000) {
      const { rows } = await admin.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS free', [AUDIT_CHAIN_LOCK]);
      free = rows[0]!.free;
      if (!free) await sleep(100);
    }
    const freedAfter = (performance.now() - locked) / 1000;
    const answer = await write;
    await stuck.end().catch(() => undefined);
    const { rows } = await admin.query<{ pending: string }>('SELECT count(*) AS pending FROM audit_pending');
    const audit = await verifyAuditAt(cluster.url());

    recordFigure({
      trial,
      name: 'seconds until the lock is free again',
      value: Math.round(freedAfter * 10) / 10,
      expected: '≈ 2 (idle timeout)',
    });
    recordFigure({ trial, name: 'write during the stuck transaction answered', value: answer.status, expected: '201' });
    recordFigure({ trial, name: 'entries left unsealed', value: Number(rows[0]!.pending), expected: '0' });
    recordFigure({
      trial,
      name: 'audit chain verifies',
      value: audit.broken ? `no: ${audit.broken.reason}` : `yes (${audit.checked} entries)`,
      expected: 'yes',
    });

    expect(free).toBe(true);
    // PostgreSQL sends FATAL 25P03 and closes the socket; whether pg reads the message before the close is a race,
    // so the client sees one or the other. Either way the session was ended by the server, not by this test.
    expect(ended).toMatch(/^25P03$|^Connection terminated unexpectedly$/);
    expect(answer.status).toBe(201);
    expect(Number(rows[0]!.pending)).toBe(0);
    expect(audit.broken).toBeUndefined();
  });
});
