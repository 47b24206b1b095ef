import 'reflect-metadata';
import { laoCaiMeetingRequest } from '../scripts/demo/laocai-meeting.js';
import { DEMO_USERS, ensureDemoUsers } from '../scripts/demo/demo-users.js';
import { type HttpAnswer, httpClient } from '../scripts/demo/http-client.js';
import { seedLaoCai } from '../scripts/demo/seed-laocai.js';
import { mintServiceSession } from '../scripts/demo/service-session.js';
import { withScratchDatabase } from '../scripts/scratch-database.js';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import '../src/database/pg-types.js';
import { DataSource } from 'typeorm';
import { statementLog } from './support/statement-log.js';

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
      DEMO_USERS.filter((u) => u.role === 'department_head' && u.organization === 'BQLKKT-LC'),
      { 'BQLKKT-LC': byShort.bqlKkt! },
    );
    const asHead = httpClient(port, (await mintServiceSession(app, head!.id)).token);
    const scoped: number[] = [];
    for (let i = 0; i < READS; i++) scoped.push((await timed(() => asHead.get('/api/v1/directives?limit=50')))[0]);
    summarize('GET /directives as department head (scoped)', scoped);

    // Issue 11, item 4: the benchmarked writes, and the statements each sends to the database (its round trips),
    // counted on the app's own connections. 20 speeches and 10 directives, each with 1 to 3 cooperating agencies.
    const log = statementLog(app.get(DataSource));
    const WRITES = Number(process.env.BENCH_WRITES ?? 100);
    const agencies = Object.values(byShort);
    const bigMeeting = (i: number) => ({
      ...meetingBody,
      startsAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-12T08:00:00+07:00`,
      endsAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-12T11:00:00+07:00`,
      speeches: Array.from({ length: 20 }, (_, k) => ({
        ...meetingBody.speeches[k % meetingBody.speeches.length]!,
        speakerId: personIds[k % personIds.length]!,
        kind: k === 19 ? 'conclusion' : 'report',
      })),
      directives: Array.from({ length: 10 }, (_, k) => {
        const lead = k % 2 === 0 ? byShort.bqlKkt! : agencies[(k + i) % agencies.length]!;
        const others = agencies.filter((id) => id !== lead);
        return {
          ...meetingBody.directives[k % meetingBody.directives.length]!,
          leadOrganizationId: lead,
          cooperatingOrganizationIds: others.slice(k % 4, (k % 4) + 1 + (k % 3)),
          sourceSpeechIndex: 19,
        };
      }),
    });
    const counted = async (fn: () => Promise<{ status: number; text: string }>): Promise<[number, number, number]> => {
      log.start();
      const started = performance.now();
      const answer = await fn();
      const ms = performance.now() - started;
      const statements = log.stop();
      if (answer.status >= 400) throw new Error(`${answer.status} ${answer.text}`);
      const begin = statements.findIndex((text) => /^\s*(START TRANSACTION|BEGIN)/i.test(text));
      const commit = statements.findIndex((text) => /^\s*COMMIT/i.test(text));
      return [ms, statements.length, commit - begin - 1];
    };
    const roundTrips = (label: string, runs: [number, number, number][]): void => {
      summarize(
        label,
        runs.map(([ms]) => ms),
      );
      const [, total, inside] = runs.at(-1)!;
      console.log(`${''.padEnd(44)} → ${total} statements per request, ${inside} of them inside its transaction (+ BEGIN, COMMIT)`);
    };
    const bigWrites: [number, number, number][] = [];
    const ledByHead: string[] = [];
    for (let i = 0; i < WRITES; i++) {
      let created: HttpAnswer | undefined;
      bigWrites.push(
        await counted(async () => {
          const answer = await asSecretariat.call('POST', '/api/v1/meetings', bigMeeting(i));
          created = answer;
          return answer;
        }),
      );
      for (const d of created!.body.directives as { id: string; leadOrganization: { id: string } }[])
        if (d.leadOrganization.id === byShort.bqlKkt) ledByHead.push(d.id);
    }
    roundTrips('POST /meetings (20 speeches, 10 dir.)', bigWrites);
    const reports: [number, number, number][] = [];
    const steps: [number, number, number][] = [];
    for (const id of ledByHead.slice(0, WRITES)) {
      // The lead's first report starts the work (assigned → in progress, version 2); then it submits.
      reports.push(
        await counted(() => asHead.call('POST', `/api/v1/directives/${id}/progress-reports`, { percent: 30, note: 'Đang triển khai' })),
      );
      steps.push(
        await counted(() =>
          asHead.call('POST', `/api/v1/directives/${id}/transitions`, { action: 'submit', note: 'Đã hoàn thành' }, { 'if-match': 'W/"2"' }),
        ),
      );
    }
    roundTrips('POST …/progress-reports (first: starts it)', reports);
    roundTrips('POST …/transitions (submit)', steps);

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
