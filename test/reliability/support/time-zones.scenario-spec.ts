import { writeFileSync } from 'node:fs';
import { createMeeting } from '../../support/factories.js';
import { createTestApp, ifMatch, type TestApp, type TestRole } from '../../support/test-app.js';
import { DEADLINE_SCENARIO, type ScenarioOutput, TIME_ZONES_ENV } from './time-zones.js';

/**
 * Not a test of its own: time-zones.reliability-spec.ts runs this file in a
 * child Jest, once per process zone (TZ) and PostgreSQL session zone, and
 * compares what each run saw. The clock walks the six instants of
 * DEADLINE_SCENARIO (a second after midnight and a second before the next,
 * Hà Nội time, the day before, the day of and the day after the deadline);
 * at some of them the lead agency submits and the leader confirms; at every
 * one the reports are read without `asOf`, so the clock alone says what "today" is.
 */
const out = process.env[TIME_ZONES_ENV.out];
const sessionZone = process.env[TIME_ZONES_ENV.sessionZone];

(out ? describe : describe.skip)('deadline figures at one process zone (child of time-zones.reliability-spec.ts)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  afterAll(async () => {
    await t?.close();
  });

  async function move(key: string, role: TestRole, body: Record<string, unknown>): Promise<void> {
    const id = ids[key]!;
    const version = (await t.as('leader').get(`/api/v1/directives/${id}`)).body.version as number;
    const response = await t.as(role).post(`/api/v1/directives/${id}/transitions`, body, ifMatch(version));
    if (response.status !== 200) throw new Error(`${body.action} of ${key} failed with ${response.status}: ${response.text}`);
  }

  /** Every id the run made, as its key: the children's databases give different ids to the same directive. */
  function named(value: unknown): unknown {
    const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    return JSON.parse(JSON.stringify(value), (_field, v: unknown) => (typeof v === 'string' ? (keyOf.get(v) ?? v) : v));
  }

  async function read(url: string): Promise<unknown> {
    const response = await t.as('leader').get(url);
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${response.text}`);
    return response.body;
  }

  it('walks the instants and writes what the service answered', async () => {
    t = await createTestApp({ now: DEADLINE_SCENARIO.issuedAt });
    // The embedded database keeps one session for every connection, so a SET holds for all of them;
    // on a server the parent sets the zone for every connection with PGOPTIONS.
    if (sessionZone) await t.sql(`SELECT set_config('TimeZone', $1, false)`, [sessionZone]);
    const [{ TimeZone: sessionTimeZone }] = await t.sql<{ TimeZone: string }>('SHOW TimeZone');

    const meeting = await createMeeting(t, { title: 'Giao ban tháng 4', startsAt: DEADLINE_SCENARIO.meetingStartsAt });
    ids.meeting = meeting.id;
    for (const directive of DEADLINE_SCENARIO.directives) {
      const lead = directive.agency === 'own' ? t.agencies.own : t.agencies.other;
      const response = await t.post(`/api/v1/meetings/${meeting.id}/directives`, {
        title: `Nhiệm vụ ${directive.key}: báo cáo tiến độ giải phóng mặt bằng`,
        leadOrganizationId: lead,
        dueDate: directive.dueDate,
      });
      if (response.status !== 201) throw new Error(`Issuing ${directive.key} failed with ${response.status}: ${response.text}`);
      ids[directive.key] = response.body.id;
    }

    const instants: ScenarioOutput['instants'] = [];
    for (const instant of DEADLINE_SCENARIO.instants) {
      t.clock.set(new Date(instant.at));
      for (const key of instant.submit ?? []) await move(key, 'department_head', { action: 'submit', note: 'Đã hoàn thành' });
      for (const key of instant.confirm ?? []) await move(key, 'leader', { action: 'confirm' });

      const directives: Record<string, Record<string, unknown>> = {};
      for (const { key } of DEADLINE_SCENARIO.directives) {
        const d = (await read(`/api/v1/directives/${ids[key]}`)) as Record<string, unknown>;
        directives[key] = {
          status: d.status,
          deadlineStatus: d.deadlineStatus,
          completion: d.completion,
          dueDate: d.dueDate,
          submittedAt: d.submittedAt,
          completedAt: d.completedAt,
        };
      }
      const overdueList = (await read('/api/v1/directives?deadlineStatus=overdue&limit=100')) as { items: { id: string }[] };
      const csv = await t.as('leader').get('/api/v1/reports/overdue?format=csv');
      instants.push({
        at: instant.at,
        directives,
        overdueListed: overdueList.items.map((item) => item.id),
        counts: await read('/api/v1/directives/counts'),
        overdueReport: await read('/api/v1/reports/overdue'),
        overdueCsv: { status: csv.status, disposition: csv.headers['content-disposition'], text: csv.text },
        leagueTable: await read(
          `/api/v1/reports/agency-performance?from=${DEADLINE_SCENARIO.period.from}&to=${DEADLINE_SCENARIO.period.to}`,
        ),
      });
    }

    const output: ScenarioOutput = {
      processZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      processOffsetMinutes: -new Date(DEADLINE_SCENARIO.issuedAt).getTimezoneOffset(),
      sessionTimeZone,
      instants: named(instants) as ScenarioOutput['instants'],
    };
    writeFileSync(out!, JSON.stringify(output, null, 1));
  });
});
