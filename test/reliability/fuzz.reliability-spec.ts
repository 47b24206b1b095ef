import fc from 'fast-check';
import { SignJWT } from 'jose';
import { laoCaiMeetingRequest } from '../../scripts/demo/laocai-meeting.js';
import { buildOpenApiDocument } from '../../src/bootstrap.js';
import { digestedTables } from '../support/database-digest.js';
import { createLaoCaiDirectory } from '../support/factories.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';
import { recordFigure } from './support/figures.js';
import { changeMarks } from './support/fuzz-change-marks.js';
import { leaksIn } from './support/fuzz-leaks.js';
import {
  type Caller,
  FORGED_CALLERS,
  type FuzzRequest,
  operationsOf,
  requestArbitrary,
  ROLE_CALLERS,
} from './support/fuzz-request-arbitrary.js';
import { responseChecker } from './support/fuzz-response-schemas.js';
import type { Schema } from './support/fuzz-schema-arbitrary.js';

/**
 * Generated hostile requests over every operation of the OpenAPI document, as
 * an attacker would send them, signed in as each role, anonymous and with
 * forged tokens. Every answer is checked: never a 5xx; an error is a problem
 * document that shows nothing internal; a success matches the document's
 * response schema; a refused write changed no row; a department user never
 * sees another agency's directive.
 *
 * The run always sends the same requests (a red CI run is never luck):
 * FUZZ_SEED=<seed> explores others (FUZZ_SEED=random picks one and prints it),
 * FUZZ_RUNS=<n> changes the length, FUZZ_PATH=<path> replays and shrinks one
 * failing request of a seed (the path is printed with the failure).
 */
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_201;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 10_000;
const REPLAY_PATH = process.env.FUZZ_PATH;
const TRIAL = 'fuzzing';
// The fuzzer's own address, so that its failed sign-ins never throttle the harness's.
const FUZZER_ADDRESS = '198.51.100.7';
/** Changes to an account that can end its sessions: a password reset, disabling, a new role. */
const USER_CHANGES = /^(POST \/api\/v1\/users\/\{id\}\/password|PATCH \/api\/v1\/users\/\{id\})$/;
/** Every so many requests, every account is put back, in case a change went unnoticed. */
const HEAL_EVERY = 500;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Department users: they may see only the directives their agency leads or cooperates on. */
const AGENCY_CALLERS = new Set<Caller>(['department_head', 'department_staff']);
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * What a refused request may still write, by design: a failed sign-in is
 * counted (that is the lockout), and a refresh token presented twice ends its
 * whole family (that is the theft detection).
 */
const WRITTEN_WHEN_REFUSED: Record<string, readonly string[]> = {
  'POST /api/v1/auth/login': ['login_attempt'],
  'POST /api/v1/auth/refresh': ['auth_session', 'refresh_token', 'login_attempt'],
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

type Violation =
  'server error' | 'not a problem document' | 'leaking body' | 'schema mismatch' | 'refused write changed data' | 'cross-agency leak';

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

interface Finding {
  violations: { kind: Violation; detail: string }[];
  answer: Answer;
}

describe(`Generated hostile requests (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`, () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let savedUsers: { id: string; password_hash: string; role: string; organization_id: string | null }[];
  let tables: string[];
  /** Marks of every table taken before the seed meeting was recorded: they must differ from the marks after it. */
  let marksBeforeSeeding: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    tables = await digestedTables((query) => t.sql(query));
    marksBeforeSeeding = await changeMarks((query) => t.sql(query), tables);
    const { org, person } = await createLaoCaiDirectory(t);
    // The fixture agencies take two departments' places, so that department users lead some directives, cooperate
    // on others, and have nothing to do with the rest: the cross-agency check needs all three.
    const withFixtureAgencies = { ...org, soKhdt: t.agencies.own, soNoiVu: t.agencies.other };
    const meeting = await t.post('/api/v1/meetings', laoCaiMeetingRequest(withFixtureAgencies, person));
    if (meeting.status !== 201) throw new Error(`seeding the meeting failed: ${meeting.text}`);
    tokens = Object.fromEntries(Object.entries(t.users).map(([role, user]) => [role, user.accessToken]));
    Object.assign(tokens, await forgedTokens());
    savedUsers = await t.sql('SELECT id, password_hash, role, organization_id FROM app_user');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Tokens that must all be refused, several of them naming the real admin account. */
  async function forgedTokens(): Promise<Record<(typeof FORGED_CALLERS)[number], string>> {
    const admin = t.users.admin.id;
    const [sessionId] = (await t.sql<{ id: string }>('SELECT id::text FROM auth_session WHERE user_id = $1 LIMIT 1', [admin])).map(
      (r) => r.id,
    );
    const claims = (jwt: SignJWT) => jwt.setSubject(admin).setIssuer('chi-dao').setAudience('chi-dao-api').setIssuedAt();
    const unsigned = (payload: object) =>
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
    return {
      forged:
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYWRtaW4ifQ.c2lnbmF0dXJl',
      'expired-looking': 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImV4cCI6MX0.',
      'alg-none': unsigned({ sub: admin, sid: sessionId, iss: 'chi-dao', aud: 'chi-dao-api', exp: 4_000_000_000 }),
      'wrong-key': await claims(new SignJWT({ sid: sessionId }).setProtectedHeader({ alg: 'HS256' }))
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not the key of this service, but long enough')),
      expired: await claims(new SignJWT({ sid: sessionId }).setProtectedHeader({ alg: 'HS256' }))
        .setExpirationTime(1)
        .sign(new TextEncoder().encode('not the key of this service, but long enough')),
      'refresh-token': t.users.admin.refreshToken,
    };
  }

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
    if (request.operation === 'POST /api/v1/auth/logout') return ROLE_CALLERS.filter((role) => role === request.caller);
    if (!USER_CHANGES.test(request.operation)) return [];
    const id = /\/users\/([^/?]+)/.exec(request.url)?.[1]?.toLowerCase();
    return ROLE_CALLERS.filter((role) => t.users[role].id === id);
  }

  function authorization(caller: Caller): Record<string, string> {
    return caller === 'anonymous' ? {} : { authorization: `Bearer ${tokens[caller]}` };
  }

  /** Directive ids in `body` the caller's agency may not see: neither its lead agency nor a cooperating one. */
  async function foreignDirectives(caller: Caller, body: string): Promise<string[]> {
    const ids = [...new Set(body.match(UUIDS) ?? [])].map((id) => id.toLowerCase());
    if (ids.length === 0) return [];
    const rows = await t.sql<{ id: string }>(
      `SELECT d.id::text FROM directive d, app_user u
        WHERE d.id = ANY($1::uuid[]) AND u.id = $2
          AND d.lead_organization_id IS DISTINCT FROM u.organization_id
          AND NOT EXISTS (SELECT 1 FROM directive_cooperating_organization c
                           WHERE c.directive_id = d.id AND c.organization_id = u.organization_id)`,
      [ids, t.users[caller as 'department_head'].id],
    );
    return rows.map((row) => row.id);
  }

  it(
    'answers none with a 5xx or a leak, keeps every promise of the document, and changes nothing it refuses',
    async () => {
      const document = buildOpenApiDocument(t.app) as unknown as Parameters<typeof operationsOf>[0] & Parameters<typeof responseChecker>[0];
      const operations = operationsOf(document);
      const checkResponse = responseChecker(document);
      const idsByCollection: Record<string, string[]> = {};
      for (const [collection, table] of Object.entries(TABLE_OF_COLLECTION)) {
        idsByCollection[collection] = (await t.sql<{ id: string }>(`SELECT id::text FROM ${table} ORDER BY id`)).map((row) => row.id);
      }
      const knownIds = Object.values(idsByCollection).flat();
      const knownValues = { username: ROLE_CALLERS, password: [TEST_PASSWORD] };
      const requests = requestArbitrary(operations, {
        schemas: (document.components?.schemas ?? {}) as Record<string, Schema>,
        knownIds,
        idsByCollection,
        knownValues,
        hostility: 0.1,
      });

      // The change marks see a write: the seed meeting changed the meeting, directive and audit tables.
      const marksNow = await changeMarks((query) => t.sql(query), tables);
      expect(['meeting', 'directive', 'audit_entry'].filter((table) => marksNow[table] === marksBeforeSeeding[table])).toEqual([]);

      let sent = 0;
      let digests = 0;
      let digestSeconds = 0;
      const digest = async () => {
        const begun = performance.now();
        const taken = await changeMarks((query) => t.sql(query), tables);
        digestSeconds += (performance.now() - begun) / 1000;
        digests++;
        return taken;
      };
      /** The digest of the database as it is now, while only refused requests were sent since it was taken. */
      let lastDigest: Record<string, string> | undefined;
      const statuses = new Map<number, number>();
      const succeeded = new Set<string>();
      /** Why signed-in callers were refused, by operation: what keeps an operation from ever succeeding. */
      const refusals = new Map<string, Map<string, number>>();

      async function send(request: FuzzRequest): Promise<Finding> {
        const write = WRITES.has(request.method);
        if (write && !lastDigest) {
          lastDigest = await digest();
        }
        const before = lastDigest;
        const response = await t.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: { ...request.headers, ...authorization(request.caller) },
          payload: request.payload,
          remoteAddress: FUZZER_ADDRESS,
        });
        sent++;
        if (sent % 2000 === 0) process.stderr.write(`fuzz: ${sent} requests sent\n`);
        const answer = { status: response.statusCode, contentType: String(response.headers['content-type'] ?? ''), body: response.body };
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const violations: Finding['violations'] = [];
        if (answer.status >= 500) violations.push({ kind: 'server error', detail: answer.body.slice(0, 300) });
        if (answer.status >= 400 && !answer.contentType.startsWith('application/problem+json')) {
          violations.push({ kind: 'not a problem document', detail: answer.contentType });
        }
        if (answer.status >= 400 && ROLE_CALLERS.includes(request.caller as 'admin')) {
          const code = /"code":"([^"]+)"/.exec(answer.body)?.[1] ?? '';
          const reasons = refusals.get(request.operation) ?? new Map<string, number>();
          reasons.set(`${answer.status} ${code}`, (reasons.get(`${answer.status} ${code}`) ?? 0) + 1);
          refusals.set(request.operation, reasons);
        }
        if (answer.status >= 400) {
          const leaks = leaksIn(answer.body);
          if (leaks.length > 0) violations.push({ kind: 'leaking body', detail: `${leaks.join(', ')}: ${answer.body.slice(0, 300)}` });
        }
        if (answer.status >= 200 && answer.status < 300) {
          succeeded.add(request.operation);
          const [method, path] = request.operation.split(' ') as [string, string];
          const verdict = checkResponse(method, path, answer.status, answer.contentType, answer.body);
          if (!verdict.ok) violations.push({ kind: 'schema mismatch', detail: verdict.reason });
          if (AGENCY_CALLERS.has(request.caller) && /json|text/.test(answer.contentType)) {
            const foreign = await foreignDirectives(request.caller, answer.body);
            if (foreign.length > 0) violations.push({ kind: 'cross-agency leak', detail: `directives ${foreign.join(', ')}` });
          }
        }
        if (write && answer.status >= 400 && answer.status < 500) {
          const after = await digest();
          const allowed = WRITTEN_WHEN_REFUSED[request.operation] ?? [];
          const changed = Object.keys(after).filter((table) => after[table] !== before![table] && !allowed.includes(table));
          if (changed.length > 0) violations.push({ kind: 'refused write changed data', detail: `tables ${changed.join(', ')}` });
          lastDigest = after;
        } else if (write || answer.status >= 500) {
          // A write that succeeded changed rows: the next write digests afresh. A read changes nothing (were it to,
          // the next refused write would be blamed, and the digest names the table: a finding either way).
          lastDigest = undefined;
        }
        if (sent % HEAL_EVERY === 0) await heal(ROLE_CALLERS);
        else if (answer.status < 300) await heal(touchedAccounts(request));
        if (sent % HEAL_EVERY === 0 || answer.status < 300) lastDigest = undefined;
        return { violations, answer };
      }

      const started = performance.now();
      const findings: { index: number; request: FuzzRequest; finding: Finding }[] = [];
      if (!REPLAY_PATH) {
        let index = 0;
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const finding = await send(request);
            if (finding.violations.length > 0) findings.push({ index, request, finding });
            index++;
            return true;
          }),
          { seed: SEED, numRuns: RUNS },
        );
      }
      const seconds = (performance.now() - started) / 1000;
      const count = (kind: Violation) => findings.filter((f) => f.finding.violations.some((v) => v.kind === kind)).length;

      const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
      console.log(
        [
          `fuzz: seed ${SEED}, ${sent} requests over ${operations.length} operations in ${seconds.toFixed(1)} s, ${digests} database digests (${digestSeconds.toFixed(1)} s)`,
          `statuses: ${byStatus.join(' ')}`,
          `operations with a successful answer: ${succeeded.size}/${operations.length}; never: ${operations
            .map((o) => `${o.method} ${o.path}`)
            .filter((o) => !succeeded.has(o))
            .join(', ')}`,
          ...operations
            .map((o) => `${o.method} ${o.path}`)
            .filter((o) => !REPLAY_PATH && !succeeded.has(o))
            .map(
              (o) =>
                `  never 2xx: ${o} ← ${[...(refusals.get(o) ?? new Map<string, number>()).entries()]
                  .sort(([, a], [, b]) => b - a)
                  .slice(0, 4)
                  .map(([reason, n]) => `${reason}×${n}`)
                  .join(' ')}`,
            ),
          `requests that broke a rule: ${findings.length}`,
          ...findings
            .slice(0, 12)
            .map(
              (f) =>
                `#${f.index} ${f.finding.answer.status} ${f.request.method} ${f.request.url.slice(0, 160)} as ${f.request.caller}: ${f.finding.violations
                  .map((v) => `${v.kind} (${v.detail.slice(0, 300)})`)
                  .join('; ')} ← ${(f.request.payload ?? '').slice(0, 200)}`,
            ),
        ].join('\n'),
      );
      if (!REPLAY_PATH) {
        recordFigure({ trial: TRIAL, name: `requests sent (seed ${SEED})`, value: sent, expected: '≥ 10000' });
        recordFigure({ trial: TRIAL, name: 'operations answered 2xx', value: `${succeeded.size}/${operations.length}` });
        recordFigure({ trial: TRIAL, name: '5xx answers', value: count('server error'), expected: '0' });
        recordFigure({ trial: TRIAL, name: '4xx not problem+json', value: count('not a problem document'), expected: '0' });
        recordFigure({ trial: TRIAL, name: 'error bodies leaking internals', value: count('leaking body'), expected: '0' });
        recordFigure({ trial: TRIAL, name: '2xx not matching the schema', value: count('schema mismatch'), expected: '0' });
        recordFigure({ trial: TRIAL, name: 'refused writes that changed data', value: count('refused write changed data'), expected: '0' });
        recordFigure({ trial: TRIAL, name: 'cross-agency directive leaks', value: count('cross-agency leak'), expected: '0' });
        recordFigure({ trial: TRIAL, name: 'database digests taken', value: digests });
        recordFigure({ trial: TRIAL, name: 'seconds', value: seconds.toFixed(1) });
      }

      // The first failure again, shrunk by fast-check to the smallest request that still breaks a rule, printed to replay.
      const path = REPLAY_PATH ?? (findings[0] ? String(findings[0].index) : undefined);
      if (path !== undefined) {
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const { violations } = await send(request);
            if (violations.length > 0) throw new Error(violations.map((v) => `${v.kind}: ${v.detail.slice(0, 500)}`).join('\n'));
          }),
          {
            seed: SEED,
            path,
            numRuns: 1,
            endOnFailure: false,
            reporter: (details) => {
              if (!details.failed) return;
              const request = details.counterexample![0];
              const replay = {
                seed: SEED,
                path: details.counterexamplePath,
                caller: request.caller,
                method: request.method,
                url: request.url,
                headers: { ...request.headers, ...(request.caller === 'anonymous' ? {} : { authorization: `Bearer <${request.caller}>` }) },
                body: request.payload,
              };
              throw new Error(
                `A generated request broke a rule (replay: FUZZ_SEED=${SEED} FUZZ_PATH=${details.counterexamplePath}):\n` +
                  `${JSON.stringify(replay, null, 2)}\n${String(details.errorInstance)}`,
              );
            },
          },
        );
      }
      expect(sent).toBeGreaterThanOrEqual(REPLAY_PATH ? 1 : Math.min(RUNS, 10_000));
      expect(
        findings.map((f) => `${f.finding.answer.status} ${f.request.operation}: ${f.finding.violations.map((v) => v.kind).join(', ')}`),
      ).toEqual([]);
    },
    // A safety net for a machine busy with other work (about 15 ms a request when idle), not a measure.
    Math.max(600_000, RUNS * 150),
  );
});
