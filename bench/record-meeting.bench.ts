import 'reflect-metadata';
import { laoCaiMeetingRequest } from '../scripts/demo/laocai-meeting.js';
import { DEMO_USERS, ensureDemoUsers } from '../scripts/demo/demo-users.js';
import { httpClient } from '../scripts/demo/http-client.js';
import { seedLaoCai } from '../scripts/demo/seed-laocai.js';
import { mintServiceSession } from '../scripts/demo/service-session.js';
import { withScratchDatabase } from '../scripts/scratch-database.js';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import '../src/database/pg-types.js';

// Figures, not assertions: how long the main operations take, on whichever
// database this runs against (DATABASE_URL, or the embedded one). Every loop is
// bounded; traffic goes to 127.0.0.1 only.
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 200);
const READS = Number(process.env.BENCH_READS ?? 300);

function summarize(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const total = samples.reduce((sum, x) => sum + x, 0);
  console.log(
    `${label.padEnd(44)} n=${String(samples.length).padStart(4)}  mean ${(total / samples.length).toFixed(1).padStart(6)} ms  ` +
      `p50 ${at(0.5).toFixed(1).padStart(6)}  p95 ${at(0.95).toFixed(1).padStart(6)}  max ${at(1).toFixed(1).padStart(6)}  ` +
      `→ ${((samples.length / total) * 1000).toFixed(0)} req/s (one client)`,
  );
}

await withScratchDatabase(async (target) => {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error' });
  const app = await createApp(config, target);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  const [admin, secretariat] = await ensureDemoUsers(
    app,
    DEMO_USERS.filter((u) => u.role === 'admin' || u.role === 'secretariat'),
    {},
  );
  const asAdmin = httpClient(port, (await mintServiceSession(app, admin!.id)).token);
  const asSecretariat = httpClient(port, (await mintServiceSession(app, secretariat!.id)).token);
  const call = async (method: string, url: string, body?: unknown) => {
    const answer = await asSecretariat.call(method, url, body);
    if (answer.status >= 400) throw new Error(`${method} ${url}: ${answer.status} ${answer.text}`);
    return answer;
  };
  const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now();
    const result = await fn();
    return [performance.now() - started, result];
  };

  try {
    console.log(`Database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}; Node ${process.version}`);
    const seeded = await seedLaoCai({ admin: asAdmin, secretariat: asSecretariat });
    const organizations = await call('GET', '/api/v1/organizations?limit=200');
    const people = await call('GET', '/api/v1/people?limit=200');
    const org = Object.fromEntries((organizations.body.items as { id: string; shortName: string }[]).map((o) => [o.shortName, o.id]));
    const byShort = {
      thuongTrucTinhUy: org['TTTU-LC'],
      bqlKkt: org['BQLKKT-LC'],
      soKhdt: org['SKHĐT-LC'],
      soTnmt: org['STNMT-LC'],
      haiQuan: org['CHQ-LC'],
      bienPhong: org['BĐBP-LC'],
      soNoiVu: org['SNV-LC'],
      baoThang: org['UBND-BT'],
      banCanSu: org['BCSĐ-UBND-LC'],
      soCongThuong: org['SCT-LC'],
    } as Record<string, string>;
    const meetingBody = laoCaiMeetingRequest(byShort, {});
    const personIds = (people.body.items as { id: string }[]).map((p) => p.id);
    // Same shape as the Lào Cai record: 11 attendees, 11 speeches, 8 directives.
    meetingBody.chairId = personIds[0]!;
    meetingBody.attendees = personIds.slice(0, 11).map((personId, i) => ({ personId, role: i === 0 ? 'chair' : 'member' }));
    meetingBody.speeches = meetingBody.speeches.map((s, i) => ({ ...s, speakerId: personIds[i % personIds.length]! }));
    meetingBody.directives = meetingBody.directives.map((d) => ({ ...d, issuedById: personIds[0]! }));

    const writes: number[] = [];
    const ids: string[] = [seeded.meeting.id];
    for (let i = 0; i < MEETINGS; i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      const body = { ...meetingBody, startsAt: `2024-${month}-10T08:00:00+07:00`, endsAt: `2024-${month}-10T11:00:00+07:00` };
      const [ms, response] = await timed(() => call('POST', '/api/v1/meetings', body));
      writes.push(ms);
      ids.push(response.body.id as string);
    }
    summarize('POST /meetings (11 att., 11 speeches, 8 dir.)', writes);

    const reads: number[] = [];
    for (let i = 0; i < READS; i++) reads.push((await timed(() => call('GET', `/api/v1/meetings/${ids[i % ids.length]}`)))[0]);
    summarize('GET /meetings/:id (whole record)', reads);

    const lists: number[] = [];
    for (let i = 0; i < READS; i++)
      lists.push((await timed(() => call('GET', `/api/v1/directives?leadOrganizationId=${byShort.bqlKkt}&limit=50`)))[0]);
    summarize(`GET /directives?lead=…&limit=50 (of ${(MEETINGS + 1) * 8})`, lists);

    const overdue: number[] = [];
    for (let i = 0; i < READS; i++) overdue.push((await timed(() => call('GET', '/api/v1/directives?dueBefore=2024-07-01&limit=50')))[0]);
    summarize('GET /directives?dueBefore=…&limit=50', overdue);

    // A department head's list is limited to their agency in SQL (lead or cooperating).
    const [head] = await ensureDemoUsers(
      app,
      DEMO_USERS.filter((u) => u.role === 'department_head'),
      { 'BQLKKT-LC': byShort.bqlKkt! },
    );
    const asHead = httpClient(port, (await mintServiceSession(app, head!.id)).token);
    const scoped: number[] = [];
    for (let i = 0; i < READS; i++) scoped.push((await timed(() => asHead.get('/api/v1/directives?limit=50')))[0]);
    summarize('GET /directives as department head (scoped)', scoped);

    // Audited writes from many clients at once: every change appends to one hash
    // chain under a transaction-scoped lock, so this is where writers queue.
    const CLIENTS = 8;
    const EDITS = 25;
    const targets = ids.slice(1, CLIENTS + 1);
    const directiveIds = await Promise.all(
      targets.map(async (id) => ((await call('GET', `/api/v1/meetings/${id}`)).body.directives as { id: string }[])[0]!.id),
    );
    const edits: number[] = [];
    const wall = performance.now();
    await Promise.all(
      directiveIds.map(async (directiveId, client) => {
        // Each client edits its own directive, so every If-Match is current and nothing is refused.
        for (let version = 1; version <= EDITS; version++) {
          const [ms, answer] = await timed(() =>
            asSecretariat.call(
              'PATCH',
              `/api/v1/directives/${directiveId}`,
              { title: `Sửa lần ${version} bởi ${client}` },
              { 'if-match': `W/"${version}"` },
            ),
          );
          if (answer.status !== 200) throw new Error(`PATCH refused: ${answer.status} ${answer.text}`);
          edits.push(ms);
        }
      }),
    );
    summarize(`PATCH /directives/:id, ${CLIENTS} clients at once`, edits);
    console.log(`${''.padEnd(44)} → ${((edits.length / (performance.now() - wall)) * 1000).toFixed(0)} audited updates/s in all`);

    const signIns: number[] = [];
    for (let i = 0; i < 20; i++) {
      signIns.push(
        (
          await timed(() =>
            fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ username: secretariat!.username, password: secretariat!.password }),
            }),
          )
        )[0],
      );
    }
    summarize('POST /auth/login (argon2id m=19 MiB, t=2)', signIns);

    const pages: number[] = [];
    let cursor: string | null = null;
    do {
      const [ms, page]: [number, { body: { nextCursor: string | null } }] = await timed(() =>
        call('GET', `/api/v1/meetings?limit=50${cursor ? `&cursor=${cursor}` : ''}`),
      );
      pages.push(ms);
      cursor = page.body.nextCursor;
    } while (cursor);
    summarize('GET /meetings pages of 50 (keyset, all pages)', pages);
  } finally {
    await app.close();
  }
});
