import fc from 'fast-check';
import { laoCaiMeetingRequest } from '../../scripts/demo/laocai-meeting.js';
import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { createLaoCaiDirectory } from '../support/factories.js';
import { type Caller, type FuzzRequest, operationsOf, requestArbitrary } from '../support/fuzz/request-arbitrary.js';
import type { Schema } from '../support/fuzz/schema-arbitrary.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/**
 * Generated hostile requests over every operation of the OpenAPI document, as
 * an attacker would send them: no answer may be a 5xx, and every error answer
 * is a problem document. The suite always sends the same requests (a red CI
 * run is never luck); FUZZ_SEED=<seed> explores others (FUZZ_SEED=random picks
 * one and prints it), FUZZ_RUNS=<n> changes the length.
 */
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_201;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 5_000;
// The fuzzer's own address, so that its failed sign-ins never throttle the harness's.
const FUZZER_ADDRESS = '198.51.100.7';
/** Changes to an account that can end its sessions: a password reset, disabling, a new role. */
const USER_CHANGES = /^(POST \/api\/v1\/users\/\{id\}\/password|PATCH \/api\/v1\/users\/\{id\})$/;
const CALLER_ROLES = ['admin', 'secretariat', 'leader', 'department_head', 'department_staff'] as const;
/** Every so many requests, every account is put back, in case a change went unnoticed. */
const HEAL_EVERY = 500;

const FORGED_TOKENS: Record<'forged' | 'expired-looking', string> = {
  forged:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl',
  'expired-looking': 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImV4cCI6MX0.',
};

const TABLE_OF_COLLECTION: Record<string, string> = {
  users: 'app_user',
  organizations: 'organization',
  people: 'person',
  meetings: 'meeting',
  attendees: 'meeting_attendee',
  speeches: 'speech',
  directives: 'directive',
};

interface Failure {
  request: FuzzRequest;
  status: number;
  contentType: string;
  body: string;
}

describe(`Generated hostile requests (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`, () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let savedUsers: { id: string; password_hash: string; role: string; organization_id: string | null }[];

  beforeAll(async () => {
    t = await createTestApp();
    const { org, person } = await createLaoCaiDirectory(t);
    const meeting = await t.post('/api/v1/meetings', laoCaiMeetingRequest(org, person));
    if (meeting.status !== 201) throw new Error(`seeding the meeting failed: ${meeting.text}`);
    tokens = Object.fromEntries(Object.entries(t.users).map(([role, user]) => [role, user.accessToken]));
    savedUsers = await t.sql('SELECT id, password_hash, role, organization_id FROM app_user');
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * Undoes what the fuzzer did to the test accounts of `roles` (a new password,
   * disabling, another role, failed sign-ins) and signs in again whoever it signed out.
   */
  async function heal(roles: readonly string[]): Promise<void> {
    for (const role of roles) {
      const user = t.users[role as keyof typeof t.users];
      const saved = savedUsers.find((row) => row.id === user.id)!;
      await t.sql(
        `UPDATE app_user SET password_hash = $2, role = $3, organization_id = $4, active = true
          WHERE id = $1 AND (password_hash, role, organization_id, active) IS DISTINCT FROM ($2, $3, $4, true)`,
        [saved.id, saved.password_hash, saved.role, saved.organization_id],
      );
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${tokens[role]}` } });
      if (me.statusCode === 200) continue;
      await t.sql('DELETE FROM login_attempt WHERE username = $1', [user.username]);
      const login = await t.login(user.username, TEST_PASSWORD);
      if (login.status !== 200) throw new Error(`${role} cannot sign in again: ${login.text}`);
      tokens[role] = login.body.accessToken;
    }
  }

  /** The test accounts a successful answer may have signed out: the caller's own on logout, the target's on a user change. */
  function touchedAccounts(request: FuzzRequest): string[] {
    if (request.operation === 'POST /api/v1/auth/logout') return CALLER_ROLES.filter((role) => role === request.caller);
    if (!USER_CHANGES.test(request.operation)) return [];
    const id = /\/users\/([^/?]+)/.exec(request.url)?.[1]?.toLowerCase();
    return CALLER_ROLES.filter((role) => t.users[role].id === id);
  }

  function authorization(caller: Caller): Record<string, string> {
    if (caller === 'anonymous') return {};
    const token = caller === 'forged' || caller === 'expired-looking' ? FORGED_TOKENS[caller] : tokens[caller];
    return { authorization: `Bearer ${token}` };
  }

  it(
    'answers none with a 5xx, and every error with a problem document',
    async () => {
      const document = buildOpenApiDocument(t.app) as unknown as Parameters<typeof operationsOf>[0];
      const operations = operationsOf(document);
      const idsByCollection: Record<string, string[]> = {};
      for (const [collection, table] of Object.entries(TABLE_OF_COLLECTION)) {
        idsByCollection[collection] = (await t.sql<{ id: string }>(`SELECT id::text FROM ${table} ORDER BY id`)).map((row) => row.id);
      }
      const knownIds = Object.values(idsByCollection).flat();
      const knownValues = { username: CALLER_ROLES, password: [TEST_PASSWORD] };
      const requests = fc.sample(
        requestArbitrary(operations, {
          schemas: (document.components?.schemas ?? {}) as Record<string, Schema>,
          knownIds,
          idsByCollection,
          knownValues,
          hostility: 0.1,
        }),
        { seed: SEED, numRuns: RUNS },
      );

      const failures: Failure[] = [];
      const statuses = new Map<number, number>();
      const reached = new Set<string>();
      const timeByOperation = new Map<string, number>();
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      for (const [index, request] of requests.entries()) {
        const before = performance.now();
        const response = await t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: { ...request.headers, ...authorization(request.caller) },
          payload: request.payload,
          remoteAddress: FUZZER_ADDRESS,
        });
        const took = performance.now() - before;
        timeByOperation.set(request.operation, (timeByOperation.get(request.operation) ?? 0) + took);
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode < 400) reached.add(request.operation);
        if (index % HEAL_EVERY === HEAL_EVERY - 1) await heal(CALLER_ROLES);
        else if (response.statusCode < 300) await heal(touchedAccounts(request));
        const contentType = String(response.headers['content-type'] ?? '');
        if (response.statusCode >= 500 || (response.statusCode >= 400 && !contentType.startsWith('application/problem+json'))) {
          failures.push({ request, status: response.statusCode, contentType, body: response.body.slice(0, 300) });
        }
      }
      const seconds = (performance.now() - started) / 1000;
      // This process's CPU time: on the embedded database (in-process) about what the run takes on an idle machine.
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;

      const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
      const examples = failures
        .slice(0, 5)
        .map(
          (f) =>
            `${f.status} ${f.request.method} ${f.request.url.slice(0, 200)} as ${f.request.caller}: ${(f.request.payload ?? '').slice(0, 200)} → ${f.body}`,
        );
      console.log(
        [
          `fuzz: seed ${SEED}, ${requests.length} requests over ${operations.length} operations in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU in this process)`,
          `statuses: ${byStatus.join(' ')}`,
          `operations with a successful answer: ${reached.size}/${operations.length}; never: ${operations
            .map((o) => `${o.method} ${o.path}`)
            .filter((o) => !reached.has(o))
            .join(', ')}`,
          `failures: ${failures.length}`,
          ...examples,
          ...[...timeByOperation.entries()]
            .sort(([, a], [, b]) => b - a)
            .slice(0, 8)
            .map(([op, ms]) => `${op} ${(ms / 1000).toFixed(1)} s`),
        ].join('\n'),
      );
      expect(failures.map((f) => `${f.status} ${f.contentType} ${f.request.operation}`)).toEqual([]);
    },
    Math.max(60_000, RUNS * 60),
  );
});
