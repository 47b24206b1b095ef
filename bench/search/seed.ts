import type pg from 'pg';
import { GIVEN, OBJECTS, PLACES, STATUSES, SURNAMES, VERBS } from '../data/vocabulary.js';

export const SEARCH_SIZE = {
  organizations: 300,
  people: 1500,
  meetings: 2500,
  directivesPerMeeting: 40,
  progressReports: 1_000_000,
} as const;

/**
 * A planted rare phrase: where it is written (with its diacritics) and how
 * the bench types it (without them). Found by the admin everywhere, and by the
 * department user only in what their agency may read.
 */
export interface Needle {
  phrase: string;
  typed: string;
  field: 'directive_title' | 'directive_description' | 'progress_note' | 'meeting_summary' | 'speech_text' | 'person_name';
  /** The department's own directive (found by both), another agency's (found by the admin only), or not a directive. */
  visibleToDepartment: boolean;
}

export const NEEDLES: Needle[] = [
  { phrase: 'Tằng Loỏng', typed: 'tang loong', field: 'directive_title', visibleToDepartment: true },
  { phrase: 'Phìn Hồ', typed: 'phin ho', field: 'directive_description', visibleToDepartment: true },
  { phrase: 'Nậm Xé', typed: 'nam xe', field: 'progress_note', visibleToDepartment: true },
  { phrase: 'Sín Chéng', typed: 'sin cheng', field: 'directive_title', visibleToDepartment: false },
  { phrase: 'Trịnh Tường', typed: 'trinh tuong', field: 'progress_note', visibleToDepartment: false },
  { phrase: 'Ý Tý', typed: 'y ty', field: 'meeting_summary', visibleToDepartment: true },
  { phrase: 'Pha Long', typed: 'pha long', field: 'speech_text', visibleToDepartment: true },
  { phrase: 'Thào Seo Đớ', typed: 'thao seo do', field: 'person_name', visibleToDepartment: true },
];

/**
 * 100,000 directives of 2,500 meetings over 300 agencies, 1,000,000 progress
 * notes, each text drawn from the phrases above (so two-word queries such as
 * "ke hoach" match hundreds of thousands of records), all in SQL with a fixed
 * seed, with the search triggers absent (the caller times the backfill).
 */
export async function fillSearchData(client: pg.Client): Promise<void> {
  const { organizations, people, meetings, directivesPerMeeting, progressReports } = SEARCH_SIZE;
  // Our own constant phrases, written into the SQL as literals.
  const vocab = [VERBS, OBJECTS, PLACES, STATUSES, SURNAMES, GIVEN].map(
    (words) => `ARRAY[${words.map((w) => client.escapeLiteral(w)).join(',')}]`,
  );
  const pick = (param: string): string => {
    const array = vocab[Number(param.slice(1)) - 1]!;
    return `(${array})[1 + floor(random() * array_length(${array}, 1))::int]`;
  };
  const statements = [
    `CREATE TEMP TABLE b_org AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${organizations}) n`,
    `INSERT INTO organization (id, name, short_name, kind)
       SELECT id, format('Sở, ngành số %s', n), format('SN-%s', n), 'department' FROM b_org`,
    `CREATE TEMP TABLE b_person AS
       SELECT p.n, gen_random_uuid() AS id, o.id AS org FROM generate_series(1, ${people}) p(n) JOIN b_org o ON o.n = (p.n - 1) % ${organizations} + 1`,
    `INSERT INTO person (id, full_name, position, organization_id)
       SELECT id, ${pick('$5')} || ' ' || ${pick('$6')}, 'Phó Giám đốc', org FROM b_person`,
    `CREATE TEMP TABLE b_meeting AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${meetings}) n`,
    `INSERT INTO meeting (id, title, kind, starts_at, organizer_id, summary, status)
       SELECT m.id, 'Họp về ' || ${pick('$2')} || ' tại ' || ${pick('$3')}, 'working_session',
              timestamptz '2024-01-01 08:00+07' + m.n * interval '10 hours', o.id,
              ${pick('$1')} || ' ' || ${pick('$2')} || '; ' || ${pick('$4')} || '.', 'published'
         FROM b_meeting m JOIN b_org o ON o.n = m.n % ${organizations} + 1`,
    `INSERT INTO speech (meeting_id, speaker_id, position, kind, title, text)
       SELECT m.id, p.id, k, 'opinion', 'Ý kiến về ' || ${pick('$2')},
              ${pick('$1')} || ' ' || ${pick('$2')} || ' tại ' || ${pick('$3')} || '. ' || ${pick('$1')} || ' ' || ${pick('$2')} || ', ' || ${pick('$4')} || '.'
         FROM b_meeting m CROSS JOIN generate_series(1, 4) k JOIN b_person p ON p.n = (m.n * 7 + k) % ${people} + 1`,
    `CREATE TEMP TABLE b_directive AS
       SELECT gen_random_uuid() AS id, m.id AS meeting_id, k AS ordinal, (floor(random() * ${organizations}) + 1)::int AS lead_n
         FROM b_meeting m CROSS JOIN generate_series(1, ${directivesPerMeeting}) k`,
    `INSERT INTO directive (id, meeting_id, ordinal, title, description, lead_organization_id)
       SELECT d.id, d.meeting_id, d.ordinal, ${pick('$1')} || ' ' || ${pick('$2')} || ' tại ' || ${pick('$3')},
              ${pick('$1')} || ' ' || ${pick('$2')} || ', bảo đảm ' || ${pick('$4')} || '; báo cáo Ủy ban nhân dân tỉnh.', o.id
         FROM b_directive d JOIN b_org o ON o.n = d.lead_n`,
    `INSERT INTO directive_cooperating_organization (directive_id, organization_id)
       SELECT d.id, o.id FROM b_directive d JOIN b_org o ON o.n = (d.lead_n + 36) % ${organizations} + 1 WHERE d.ordinal % 3 = 0`,
    `INSERT INTO directive_progress_report (directive_id, kind, percent, note, organization_id, reported_by_user_id, reported_at)
       SELECT d.id, 'progress', LEAST(100, j * 10), ${pick('$1')} || ' ' || ${pick('$2')} || ' tại ' || ${pick('$3')} || ': ' || ${pick('$4')} || '.',
              o.id, $7, timestamptz '2024-03-01 08:00+07' + j * interval '4 days'
         FROM b_directive d JOIN b_org o ON o.n = d.lead_n CROSS JOIN generate_series(1, 10) j
        LIMIT ${progressReports}`,
  ];
  await client.query('SELECT setseed(0.42)');
  await client.query(statements[0]!);
  await client.query(statements[1]!);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO app_user (username, display_name, role, organization_id, password_hash)
     VALUES ('bench_head', 'bench_head', 'department_head', (SELECT id FROM b_org WHERE n = 1), 'no password') RETURNING id`,
  );
  const head = rows[0]!.id;
  for (const statement of statements.slice(2)) {
    await client.query(statement.replace('$7', client.escapeLiteral(head)));
  }
}

/**
 * Writes each needle into three records of its field: of the department's
 * agency (SN-1) when visibleToDepartment, else of another one that does not
 * cooperate with it. Returns the ids planted per needle.
 */
export async function plantNeedles(client: pg.Client): Promise<Map<Needle, { kind: string; id: string }[]>> {
  const planted = new Map<Needle, { kind: string; id: string }[]>();
  const own = `(SELECT id FROM organization WHERE short_name = 'SN-1')`;
  const foreign = `(SELECT id FROM organization WHERE short_name = 'SN-150')`;
  const directiveOf = (visible: boolean): string =>
    `SELECT d.id FROM directive d WHERE d.lead_organization_id = ${visible ? own : foreign}
        AND NOT EXISTS (SELECT 1 FROM directive_cooperating_organization c WHERE c.directive_id = d.id AND c.organization_id = ${own})
      ORDER BY d.id LIMIT 3`;
  for (const needle of NEEDLES) {
    const offset = NEEDLES.indexOf(needle) * 3;
    const sql: Record<Needle['field'], string> = {
      directive_title: `UPDATE directive SET title = title || ' khu vực ' || $1 WHERE id IN (${directiveOf(needle.visibleToDepartment)} OFFSET ${offset}) RETURNING 'directive' AS kind, id`,
      directive_description: `UPDATE directive SET description = 'Về ' || $1 || ', ' || description WHERE id IN (${directiveOf(needle.visibleToDepartment)} OFFSET ${offset}) RETURNING 'directive' AS kind, id`,
      progress_note: `UPDATE directive_progress_report SET note = note || ' Riêng bản ' || $1 || ' còn chậm.'
        WHERE id IN (SELECT r.id FROM directive_progress_report r WHERE r.directive_id IN (${directiveOf(needle.visibleToDepartment)} OFFSET ${offset}) ORDER BY r.id LIMIT 3)
        RETURNING 'progress_report' AS kind, id`,
      meeting_summary: `UPDATE meeting SET summary = summary || ' Làm việc tại ' || $1 || '.' WHERE id IN (SELECT id FROM meeting ORDER BY id LIMIT 3 OFFSET ${offset}) RETURNING 'meeting' AS kind, id`,
      speech_text: `UPDATE speech SET text = text || ' Cửa khẩu ' || $1 || ' cần được nâng cấp.' WHERE id IN (SELECT id FROM speech ORDER BY id LIMIT 3 OFFSET ${offset}) RETURNING 'speech' AS kind, id`,
      person_name: `UPDATE person SET full_name = $1 || ' ' || (ARRAY['A', 'B', 'C'])[1 + (abs(hashtext(id::text)) % 3)] WHERE id IN (SELECT id FROM person ORDER BY id LIMIT 3 OFFSET ${offset}) RETURNING 'person' AS kind, id`,
    };
    const { rows } = await client.query<{ kind: string; id: string }>(sql[needle.field], [needle.phrase]);
    planted.set(needle, rows);
  }
  return planted;
}
