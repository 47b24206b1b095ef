import type pg from 'pg';
import { historySteps } from './history.js';
import { agencyNames } from './organizations.js';
import { GIVEN, OBJECTS, PLACES, POSITIONS, STATUSES, SURNAMES, VERBS } from './vocabulary.js';

export type DataSize = 'S' | 'M' | 'L';

export interface DataShape {
  agencies: number;
  meetings: number;
  directivesPerMeeting: number;
  reportsPerDirective: number;
  speechesPerMeeting: number;
}

/** M is the issue's province: 100k directives over 300 agencies, 1M progress reports, 2k meetings. */
export const SHAPES: Record<DataSize, DataShape> = {
  S: { agencies: 100, meetings: 200, directivesPerMeeting: 50, reportsPerDirective: 10, speechesPerMeeting: 12 },
  M: { agencies: 300, meetings: 2_000, directivesPerMeeting: 50, reportsPerDirective: 10, speechesPerMeeting: 12 },
  // Three reports per directive, not ten: 10M rows and their search index would take most of an hour and tens of GB here,
  // and no benchmarked page reads more than a directive's latest report.
  L: { agencies: 1_000, meetings: 20_000, directivesPerMeeting: 50, reportsPerDirective: 3, speechesPerMeeting: 12 },
};

/** People per organization, in POSITIONS order: the first is the head. */
const STAFF = POSITIONS.length;
const LEADERS = [
  'Chủ tịch Ủy ban nhân dân tỉnh',
  'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Phó Chủ tịch Ủy ban nhân dân tỉnh',
  'Chánh Văn phòng',
];
const ZONE = 'Asia/Ho_Chi_Minh';

export interface FillOptions {
  size: DataSize;
  seed: number;
  /** The calendar day the data is centred on (YYYY-MM-DD). */
  today: string;
  passwordHash: string;
  /** Called with each table's name and the milliseconds its statements took. */
  timed: (table: string, ms: number) => void;
}

/**
 * Fills an empty, migrated database in set-based SQL: organization n = 1 is the
 * provincial People's Committee, 2..agencies+1 the agencies. Ids are md5 of
 * the seed and a row number, stamped as version-4 UUIDs (the API's validation
 * refuses a bare md5 in a body, so the load bench could not name them), texts drawn with random() after setseed, so the
 * same seed and day give the same rows. Writes the workflow history (history.ts)
 * but no audit entries.
 */
export async function fillBenchData(client: pg.Client, options: FillOptions): Promise<Record<string, number>> {
  const shape = SHAPES[options.size];
  const { agencies, meetings, directivesPerMeeting: perMeeting, reportsPerDirective, speechesPerMeeting } = shape;
  const orgs = agencies + 1;
  const seed = options.seed;
  const literal = (words: string[]): string => `ARRAY[${words.map((w) => client.escapeLiteral(w)).join(',')}]`;
  const pick = (words: string[]): string => `(${literal(words)})[1 + floor(random() * ${words.length})::int]`;
  const uid = (tag: string, n: string): string =>
    `overlay(overlay(md5('${seed}:${tag}:' || (${n})) placing '4' from 13) placing '8' from 17)::uuid`;
  const person = (orgN: string, k: string): string => uid('p', `((${orgN}) - 1) * ${STAFF} + (${k})`);
  const today = client.escapeLiteral(options.today);
  const now = `(${today}::date + time '12:00') AT TIME ZONE '${ZONE}'`;
  const sentence = `${pick(VERBS)} || ' ' || ${pick(OBJECTS)} || ' tại ' || ${pick(PLACES)}`;
  const names = agencyNames(agencies);

  const steps: [string, string, unknown[]?][] = [
    [
      'organization',
      `INSERT INTO organization (id, name, short_name, kind)
         SELECT ${uid('o', '1')}, 'Ủy ban nhân dân tỉnh', 'UBND', 'peoples_committee'
         UNION ALL
         SELECT ${uid('o', 'n + 1')}, name, short_name, kind
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS a(name, short_name, kind, n)`,
      [names.map((a) => a.name), names.map((a) => a.shortName), names.map((a) => a.kind)],
    ],
    [
      'person',
      `INSERT INTO person (id, full_name, position, organization_id)
         SELECT ${person('o', 'k')}, ${pick(SURNAMES)} || ' ' || ${pick(GIVEN)},
                CASE WHEN o = 1 THEN (${literal(LEADERS)})[k] ELSE (${literal(POSITIONS)})[k] END, ${uid('o', 'o')}
           FROM generate_series(1, ${orgs}) o CROSS JOIN generate_series(1, ${STAFF}) k`,
    ],
    [
      'app_user',
      `INSERT INTO app_user (id, username, display_name, role, organization_id, person_id, password_hash)
         SELECT ${uid('u', 'o')}, 'head_' || lpad(o::text, 4, '0'), 'Lãnh đạo ' || (SELECT name FROM organization WHERE id = ${uid('o', 'o')}),
                'department_head', ${uid('o', 'o')}, ${person('o', '1')}, $1
           FROM generate_series(2, ${orgs}) o
         UNION ALL VALUES (${uid('u', '-1')}, 'bench_admin', 'Quản trị hệ thống', 'admin', NULL::uuid, NULL::uuid, $1),
                          (${uid('u', '-2')}, 'bench_leader', 'Chủ tịch Ủy ban nhân dân tỉnh', 'leader', NULL, ${person('1', '1')}, $1),
                          (${uid('u', '-3')}, 'bench_secretariat', 'Văn phòng Ủy ban nhân dân tỉnh', 'secretariat', ${uid('o', '1')}, ${person('1', '5')}, $1)`,
      [options.passwordHash],
    ],
    [
      'meeting',
      `CREATE TEMP TABLE b_meeting AS
         SELECT n, ${uid('m', 'n')} AS id,
                ((${today}::date - 730 + ((n - 1) * 729 / ${meetings})::int) + time '08:00' + (n % 2) * interval '6 hours') AT TIME ZONE '${ZONE}' AS at,
                CASE WHEN n % 3 = 0 THEN 1 ELSE 2 + (n * 11) % ${agencies} END AS organizer_n, 1 + n % 4 AS chair_k
           FROM generate_series(1, ${meetings}) n;
       INSERT INTO meeting (id, title, kind, starts_at, ends_at, location, organizer_id, chair_id, summary, status, created_at, updated_at)
         SELECT id, 'Họp về ' || ${pick(OBJECTS)} || ' tại ' || ${pick(PLACES)},
                (ARRAY['standing_committee','working_session','conference','thematic','briefing'])[1 + n % 5],
                at, at + interval '3 hours', 'Phòng họp số ' || (1 + n % 5) || ', trụ sở Ủy ban nhân dân tỉnh',
                ${uid('o', 'organizer_n')}, ${person('1', 'chair_k')},
                ${sentence} || '; ' || ${pick(STATUSES)} || '. ' || ${sentence} || '.', 'published', at, at
           FROM b_meeting`,
    ],
    [
      'meeting_attendee',
      `INSERT INTO meeting_attendee (meeting_id, person_id, role)
         SELECT id, ${person('1', 'chair_k')}, 'chair' FROM b_meeting
         UNION ALL SELECT id, ${person('1', '5')}, 'secretary' FROM b_meeting
         UNION ALL SELECT id, ${person(`2 + (n * 7 + j * 37) % ${agencies}`, '1')}, CASE WHEN j = 1 THEN 'reporter' ELSE 'member' END
           FROM b_meeting CROSS JOIN generate_series(1, 8) j`,
    ],
    [
      'speech',
      `INSERT INTO speech (meeting_id, speaker_id, position, kind, title, text, created_at, updated_at)
         SELECT id,
                CASE WHEN k = ${speechesPerMeeting} THEN ${person('1', 'chair_k')} ELSE ${person(`2 + (n * 7 + (1 + (k - 1) % 8) * 37) % ${agencies}`, '1')} END,
                k, CASE WHEN k = 1 THEN 'report' WHEN k = ${speechesPerMeeting} THEN 'conclusion' ELSE (ARRAY['opinion','question','answer'])[1 + k % 3] END,
                CASE WHEN k = ${speechesPerMeeting} THEN 'Kết luận của chủ trì' ELSE 'Ý kiến về ' || ${pick(OBJECTS)} END,
                ${sentence} || '. ' || ${pick(VERBS)} || ' ' || ${pick(OBJECTS)} || ', ' || ${pick(STATUSES)} || '.', at, at
           FROM b_meeting CROSS JOIN generate_series(1, ${speechesPerMeeting}) k`,
    ],
    [
      'directive',
      // Status shares of a working province: about half completed (mostly on time), a fifth in progress, the rest spread
      // over the other states; submitted and completion columns follow the workflow (transition-directive.service.ts).
      `CREATE TEMP TABLE b_directive AS
         SELECT d.*, CASE WHEN d.status IN ('completed', 'awaiting_confirmation') THEN
                  greatest(d.at + interval '1 day', least(${now} - interval '1 hour',
                    CASE WHEN d.due IS NULL THEN d.at + interval '30 days'
                         WHEN d.r2 < 0.7 THEN (d.due + time '16:00') AT TIME ZONE '${ZONE}' - d.r4 * interval '20 days'
                         ELSE (d.due + time '16:00') AT TIME ZONE '${ZONE}' + (1 + d.r4 * 40) * interval '1 day' END)) END AS submitted
           FROM (SELECT m.n AS meeting_n, m.id AS meeting_id, m.at, m.chair_k, k AS ordinal, r.*,
                        ${uid('d', `(m.n - 1) * ${perMeeting} + k`)} AS id,
                        CASE WHEN r.r3 < 0.05 THEN NULL ELSE (m.at AT TIME ZONE '${ZONE}')::date + 14 + floor(r.r2 * 540)::int END AS due,
                        CASE WHEN r.r1 < 0.30 OR r.r1 >= 0.76 THEN 'completed' WHEN r.r1 < 0.45 THEN 'in_progress' WHEN r.r1 < 0.55 THEN 'assigned'
                             WHEN r.r1 < 0.63 THEN 'awaiting_confirmation' WHEN r.r1 < 0.68 THEN 'reopened' WHEN r.r1 < 0.73 THEN 'paused'
                             ELSE 'cancelled' END AS status
                   FROM b_meeting m CROSS JOIN generate_series(1, ${perMeeting}) k
                   CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                                              2 + floor(random() * ${agencies})::int AS lead_n, m.n + k * 0 AS lateral_ref) r) d;
       INSERT INTO directive (id, meeting_id, ordinal, title, description, lead_organization_id, owner_id, issued_by_id, due_date, original_due_date,
                              priority, status, status_before_pause, submitted_at, submitted_due_date, completed_at, completion, created_at, updated_at)
         SELECT id, meeting_id, ordinal, ${sentence},
                ${pick(VERBS)} || ' ' || ${pick(OBJECTS)} || ', bảo đảm ' || ${pick(STATUSES)} || '; báo cáo Ủy ban nhân dân tỉnh.',
                ${uid('o', 'lead_n')}, ${person('lead_n', '2 + floor(r4 * 3)::int')}, ${person('1', 'chair_k')},
                due, CASE WHEN due IS NOT NULL AND r5 < 0.1 THEN due - 30 ELSE due END,
                CASE WHEN r5 < 0.8 THEN 'normal' WHEN r5 < 0.95 THEN 'high' ELSE 'urgent' END,
                status, CASE WHEN status = 'paused' THEN CASE WHEN r2 < 0.5 THEN 'in_progress' ELSE 'assigned' END END,
                submitted, CASE WHEN submitted IS NOT NULL THEN due END,
                CASE WHEN status = 'completed' THEN least(${now}, submitted + interval '2 days') END,
                CASE WHEN status <> 'completed' THEN NULL WHEN due IS NULL THEN 'completed_without_deadline'
                     WHEN (submitted AT TIME ZONE '${ZONE}')::date <= due THEN 'completed_on_time' ELSE 'completed_late' END,
                at, coalesce(submitted, at)
           FROM b_directive`,
    ],
    [
      'directive_cooperating_organization',
      `INSERT INTO directive_cooperating_organization (directive_id, organization_id)
         SELECT id, ${uid('o', `2 + (lead_n - 2 + c * 53) % ${agencies}`)}
           FROM b_directive CROSS JOIN generate_series(1, 3) c WHERE c <= floor(r3 * 4)`,
    ],
    [
      'directive_progress_report',
      `INSERT INTO directive_progress_report (id, directive_id, kind, percent, note, organization_id, reported_by_user_id, reported_at)
         SELECT ${uid('r', `(ordinal - 1) * ${reportsPerDirective} + j || ':' || meeting_n`)}, id, 'progress',
                least(100, round(j * 100.0 / ${reportsPerDirective} * CASE WHEN submitted IS NULL THEN 0.8 ELSE 1 END))::smallint,
                ${sentence} || ': ' || ${pick(STATUSES)} || '.', ${uid('o', 'lead_n')}, ${uid('u', 'lead_n')},
                at + (coalesce(submitted, ${now}) - at) * j / ${reportsPerDirective + 1}
           FROM b_directive CROSS JOIN generate_series(1, ${reportsPerDirective}) j`,
    ],
    ...historySteps({ pick, uid, now, zone: ZONE }),
  ];

  await client.query(`SELECT setseed(${(seed % 1000) / 1000})`);
  for (const [table, sql, params] of steps) {
    const started = performance.now();
    if (params) await client.query(sql, params);
    else for (const statement of sql.split(/;\n/)) await client.query(statement);
    options.timed(table, performance.now() - started);
  }
  const counts = await client.query<{ table: string; rows: number }>(
    steps.map(([table]) => `SELECT '${table}' AS table, count(*)::int AS rows FROM ${table}`).join(' UNION ALL '),
  );
  return Object.fromEntries(counts.rows.map((r) => [r.table, r.rows]));
}
