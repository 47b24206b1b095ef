import { allowedActions } from '../../src/followup/workflow.js';
import { allowedOperations } from '../../src/followup/directive-operations.js';
import type { Actor } from '../../src/common/actor.js';
import { createServer } from 'node:http';
import pg from 'pg';
import { toPage } from '../../src/common/http/pagination.js';
import { calendarDateIn } from '../../src/common/time/clock.js';
import '../../src/database/pg-types.js';
import type { PreparedQuery } from '../../src/database/prepared-query.js';
import { directiveById, directiveListStatement, directivesOfMeeting, type DirectiveRow } from '../../src/directives/directive-reads.js';
import { toDirectiveResponse } from '../../src/directives/dto/directive-response.dto.js';
import { toMeetingResponse } from '../../src/minutes/dto/meeting.dto.js';
import { meetingById, reviewedDirectivesOfMeeting } from '../../src/minutes/meeting-reads.js';

/**
 * The floor the application is measured against: node:http and pg, running the
 * application's own statements and mappers, with nothing else (no framework,
 * no authentication, no validation). `?scope=` stands for the agency of the
 * caller. Started by reads.bench.ts.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const DUE_SOON_DAYS = 7;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const BENCH_LEADER: Actor = { userId: '', username: 'bench', role: 'leader', organizationId: null, sessionId: '', requestId: '' };

async function run<Row extends pg.QueryResultRow>(
  query: PreparedQuery<Row, readonly unknown[]>,
  values: readonly unknown[],
): Promise<Row[]> {
  return (await pool.query<Row>({ name: query.name, text: query.text, values: [...values] })).rows;
}

const directives = (rows: DirectiveRow[]) => {
  const today = calendarDateIn(new Date(), TIME_ZONE);
  // The floor does the same work per row as the app: the viewer's allowed actions and operations.
  return rows.map((row) =>
    toDirectiveResponse(
      row,
      { asOf: today, dueSoonDays: DUE_SOON_DAYS, timeZone: TIME_ZONE },
      {
        actions: allowedActions(row.status, new Set(['leader'])),
        operations: allowedOperations(BENCH_LEADER, {
          leadOrganizationId: row.lead_id,
          actorCooperates: false,
          status: row.status,
          dueDate: row.due_date,
          hasPendingExtension: row.pending_extension_id !== null,
        }),
      },
    ),
  );
};

async function answer(path: string, params: URLSearchParams): Promise<unknown> {
  const scope = params.get('scope');
  if (path === '/api/v1/directives') {
    const limit = Number(params.get('limit') ?? 50);
    const statement = directiveListStatement(scope ? { scope: [scope] } : {}, limit + 1);
    const page = toPage(
      await run(statement.query, statement.params),
      limit,
      (row) => [row.due_date, row.id],
      (row) => row,
    );
    return { items: directives(page.items), nextCursor: page.nextCursor };
  }
  const directive = /^\/api\/v1\/directives\/([0-9a-f-]{36})$/.exec(path);
  if (directive) {
    const rows = scope ? await run(directiveById.scoped, [directive[1], scope]) : await run(directiveById.all, [directive[1]]);
    return rows.length > 0 ? directives(rows)[0] : undefined;
  }
  const meeting = /^\/api\/v1\/meetings\/([0-9a-f-]{36})$/.exec(path);
  if (meeting) {
    const [row] = await run(meetingById, [meeting[1]]);
    if (!row) return undefined;
    const ofMeeting = scope ? await run(directivesOfMeeting.scoped, [row.id, scope]) : await run(directivesOfMeeting.all, [row.id]);
    const reviewed = scope
      ? await run(reviewedDirectivesOfMeeting.scoped, [row.id, scope])
      : await run(reviewedDirectivesOfMeeting.all, [row.id]);
    return toMeetingResponse(
      row,
      directives(ofMeeting),
      reviewed.map((r) => r.id),
    );
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  answer(url.pathname, url.searchParams).then(
    (body) => {
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(body === undefined ? '{}' : JSON.stringify(body));
    },
    (error: unknown) => {
      console.error(error);
      response.writeHead(500).end();
    },
  );
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`listening on ${(server.address() as { port: number }).port}`);
});
process.on('SIGTERM', () => process.exit(0));
