import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { verifyAuditAt } from './support/fault-audit.js';
import { type ServiceProcess, startService } from './support/fault-service.js';
import { type Ack, type Answer, findLostWrites, prepareWorkload, WriteLoad } from './support/fault-write-load.js';
import { recordFigure } from './support/figures.js';
import { startThrowawayCluster, type ThrowawayCluster } from './support/throwaway-cluster.js';

const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const LOAD = { ratePerSecond: 200, meetingClients: 4, progressClients: 16, transitionClients: 12 };

/** The trial's own limits, passed to the service: the longest answer must stay within them. */
const TIMEOUTS = { DATABASE_CONNECT_TIMEOUT_MS: '5000', DATABASE_STATEMENT_TIMEOUT_MS: '10000' };
const LONGEST_ALLOWED_MS = 5_000 + 10_000;

/** An answer that is neither an acknowledgement nor a well-formed 503 (a 500, a 4xx, a 503 without Retry-After). */
function badAnswers(answers: Answer[], allowNoAnswer: boolean): Answer[] {
  return answers.filter(
    (a) =>
      !(a.status >= 200 && a.status < 300) &&
      !(a.status === 503 && a.problemJson && a.retryAfter !== null) &&
      !(allowNoAnswer && a.status === 0),
  );
}

function byStatus(answers: Answer[]): string {
  const counts = new Map<number, number>();
  for (const answer of answers) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status === 0 ? 'no answer' : status}: ${count}`)
    .join(', ');
}

function ackRate(load: WriteLoad, until: number): number {
  const acked = load.answers.filter((a) => a.status >= 200 && a.status < 300 && a.receivedAt <= until).length;
  return Math.round(acked / (until / 1000));
}

/** Opens the data directory as the service does (its lock included) once the service has stopped, and looks for the writes. */
async function inspectEmbedded(dataDir: string, acks: Ack[]) {
  const db = await startEmbeddedPostgres({ dataDir });
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const found = await findLostWrites(client, acks).finally(() => client.end());
    return { found, audit: await verifyAuditAt(db.url) };
  } finally {
    await db.stop();
  }
}

describe('PostgreSQL stopped under load (pg_ctl stop -m immediate)', () => {
  const trial = 'PostgreSQL stopped under load';
  let cluster: ThrowawayCluster;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    // The service migrates its database on start (MIGRATIONS_RUN defaults to true) and creates the bootstrap administrator.
    service = await startService({ DATABASE_URL: cluster.url(), DATABASE_POOL_SIZE: '10', ...TIMEOUTS });
  });

  afterAll(async () => {
    await service?.kill9();
    await cluster?.destroy();
  });

  it('loses no acknowledged write, answers 503 with Retry-After while the server is down, and writes again within 5 s', async () => {
    const workload = await prepareWorkload(service!.base, LOAD.transitionClients);
    const load = new WriteLoad(service!.base, workload, LOAD);
    load.start();
    await sleep(3_000);
    const stopping = load.now();
    await cluster.stop('immediate');
    const stopped = load.now();
    await sleep(3_000);
    const restarting = load.now();
    await cluster.start();
    const restarted = load.now();
    const firstWrite = await load.firstAckAfter(restarted, 30_000);
    await sleep(1_000);
    await load.stop();

    const duringOutage = load.answers.filter((a) => a.sentAt >= stopped && a.sentAt < restarting);
    const client = new pg.Client({ connectionString: cluster.url() });
    await client.connect();
    const { acknowledged, lost } = await findLostWrites(client, load.acks).finally(() => client.end());
    const audit = await verifyAuditAt(cluster.url());
    const longest = Math.max(...load.answers.map((a) => a.receivedAt - a.sentAt));
    const recovery = firstWrite === null ? null : (firstWrite - restarted) / 1000;

    recordFigure({ trial, name: 'writes/s acknowledged before the stop', value: ackRate(load, stopping), expected: '~200' });
    recordFigure({ trial, name: 'writes acknowledged', value: acknowledged });
    recordFigure({ trial, name: 'acknowledged writes lost', value: lost.length, expected: '0' });
    recordFigure({ trial, name: 'answers during the outage, by status', value: byStatus(duringOutage), expected: 'all 503' });
    recordFigure({
      trial,
      name: 'answers neither 2xx nor 503 problem+json with Retry-After',
      value: badAnswers(load.answers, false).length,
      expected: '0',
    });
    recordFigure({ trial, name: 'longest answer (s)', value: seconds(longest), expected: `≤ ${LONGEST_ALLOWED_MS / 1000} (timeouts)` });
    recordFigure({
      trial,
      name: 'server restart to first successful write (s)',
      value: recovery === null ? 'never' : Math.round(recovery * 10) / 10,
      expected: '≤ 5',
    });
    recordFigure({
      trial,
      name: 'audit chain verifies',
      value: audit.broken ? `no: ${audit.broken.reason}` : `yes (${audit.checked} entries)`,
      expected: 'yes',
    });

    expect(lost).toEqual([]);
    expect(acknowledged).toBeGreaterThan(0);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(badAnswers(load.answers, false)).toEqual([]);
    expect(longest).toBeLessThanOrEqual(LONGEST_ALLOWED_MS);
    // The requirement is 5 s; measured well under it on an idle machine (see the figure), so no margin is added.
    expect(recovery).not.toBeNull();
    expect(recovery!).toBeLessThanOrEqual(5);
    expect(audit.broken).toBeUndefined();
    expect(audit.checked).toBeGreaterThanOrEqual(acknowledged);
  });
});

describe('embedded database: the service killed (kill -9) under load', () => {
  const trial = 'embedded killed';
  const dataDir = mkdtempSync(join(tmpdir(), 'chidao-embedded-'));
  let service: ServiceProcess | undefined;
  let port: number;
  let load: WriteLoad;

  beforeAll(async () => {
    service = await startService({ DATA_DIR: dataDir });
    port = Number(new URL(service.base).port);
    const workload = await prepareWorkload(service.base, 1);
    load = new WriteLoad(service.base, workload, { ratePerSecond: 200, meetingClients: 2, progressClients: 2, transitionClients: 1 });
  });

  afterAll(async () => {
    await load?.stop();
    await service?.kill9();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([1, 2, 3])('run %i: restarts on the same DATA_DIR, takes over the stale lock, loses no acknowledged write', async (run) => {
    const acksBefore = load.acks.length;
    const answersBefore = load.answers.length;
    load.start();
    await sleep(2_000);
    const killed = load.now();
    await service!.kill9();
    const staleLockPid = Number(readFileSync(join(dataDir, 'chi-dao.lock'), 'utf8'));
    // Restarted at once on the same port, as systemd's Restart=always would; the clients keep writing meanwhile.
    service = await startService({ DATA_DIR: dataDir }, port);
    const healthy = load.now();
    const firstWrite = await load.firstAckAfter(healthy, 30_000);
    await sleep(500);
    await load.stop();
    const lockPid = Number(readFileSync(join(dataDir, 'chi-dao.lock'), 'utf8'));
    await service.stop();
    service = undefined;

    const acks = load.acks.slice(acksBefore);
    const answers = load.answers.slice(answersBefore);
    const { found, audit } = await inspectEmbedded(dataDir, acks);
    const name = (what: string) => `${what} (run ${run})`;
    recordFigure({ trial, name: name('writes acknowledged'), value: found.acknowledged });
    recordFigure({ trial, name: name('acknowledged writes lost'), value: found.lost.length, expected: '0' });
    recordFigure({ trial, name: name('stale lock taken over'), value: lockPid !== staleLockPid ? 'yes' : 'no', expected: 'yes' });
    recordFigure({ trial, name: name('kill to healthy again (s)'), value: seconds(healthy - killed) });
    recordFigure({ trial, name: name('healthy to first write (s)'), value: firstWrite === null ? 'never' : seconds(firstWrite - healthy) });
    recordFigure({ trial, name: name('answers neither 2xx, 503 nor refused'), value: badAnswers(answers, true).length, expected: '0' });
    recordFigure({
      trial,
      name: name('audit chain verifies'),
      value: audit.broken ? `no: ${audit.broken.reason}` : `yes (${audit.checked} entries)`,
      expected: 'yes',
    });

    expect(found.lost).toEqual([]);
    expect(found.acknowledged).toBeGreaterThan(0);
    expect(lockPid).not.toBe(staleLockPid);
    expect(firstWrite).not.toBeNull();
    expect(badAnswers(answers, true)).toEqual([]);
    expect(audit.broken).toBeUndefined();

    if (run < 3) {
      service = await startService({ DATA_DIR: dataDir }, port);
      load.retarget(service.base);
    }
  });
});
