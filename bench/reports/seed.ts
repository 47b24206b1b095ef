import type pg from 'pg';
import { benchUsers } from '../reads/seed.js';

export const REPORTS_SIZE = {
  organizations: 300,
  people: 1500,
  meetings: 2500,
  directivesPerMeeting: 40,
  progressReports: 1_000_000,
} as const;
/** The bench's "today": deadlines run from 2024 to mid-2027, so about a sixth of them are still ahead. */
export const REPORTS_AS_OF = '2026-12-01';
/** Written on the database once the seed has committed; a run finding it reuses the data. */
export const SEED_MARKER = 'chidao bench reports seed v1';

/**
 * 100,000 directives of 2,500 meetings (2024-01 to 2026-12) over 300 agencies,
 * 1,000,000 progress reports, reminders on about one directive in six and
 * extensions on one in ten. Statuses follow the deadline: most directives due
 * before REPORTS_AS_OF are completed (three in four on time), some await
 * confirmation, some are paused or cancelled, the rest are open and overdue;
 * those due later are mostly open. SQL only, fixed random seed, one transaction.
 */
export async function seedReports(client: pg.Client): Promise<void> {
  const { organizations, people, meetings, directivesPerMeeting, progressReports } = REPORTS_SIZE;
  await client.query('BEGIN');
  await client.query('SELECT setseed(0.8)');
  const statements = [
    `CREATE TEMP TABLE b_org ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${organizations}) n`,
    `INSERT INTO organization (id, name, short_name, kind)
       SELECT id, format('Sở, ngành số %s', n), format('SN-%s', n), 'department' FROM b_org`,
    `CREATE TEMP TABLE b_person ON COMMIT DROP AS
       SELECT p.n, gen_random_uuid() AS id, o.id AS org FROM generate_series(1, ${people}) p(n) JOIN b_org o ON o.n = (p.n - 1) % ${organizations} + 1`,
    `INSERT INTO person (id, full_name, position, organization_id)
       SELECT id, format('Nguyễn Văn %s', n), 'Phó Giám đốc', org FROM b_person`,
    `CREATE TEMP TABLE b_meeting ON COMMIT DROP AS
       SELECT n, gen_random_uuid() AS id, timestamptz '2024-01-01 08:00+07' + (n * 1065 / ${meetings}) * interval '1 day' AS starts_at
         FROM generate_series(1, ${meetings}) n`,
    `INSERT INTO meeting (id, title, kind, starts_at, ends_at, location, organizer_id, chair_id, summary, status)
       SELECT m.id, format('Giao ban công tác số %s', m.n), 'working_session', m.starts_at, m.starts_at + interval '3 hours',
              'Trụ sở Ủy ban nhân dân tỉnh', o.id, c.id, 'Tóm tắt nội dung cuộc họp.', 'published'
         FROM b_meeting m JOIN b_org o ON o.n = (m.n * 7) % ${organizations} + 1 JOIN b_person c ON c.n = (m.n * 11) % ${people} + 1`,
    // due: 92% with a deadline 7–240 days after the meeting; r decides the status, e an approved extension (one in ten).
    `CREATE TEMP TABLE b_directive ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, m.n AS meeting_n, m.id AS meeting_id, m.starts_at, k AS ordinal,
              (floor(random() * ${organizations}) + 1)::int AS lead_n,
              CASE WHEN random() < 0.92 THEN (m.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 7 + floor(random() * 234)::int END AS due_date,
              random() AS r, random() AS late, random() < 0.1 AS extended, floor(random() * 4)::int AS cooperating,
              (ARRAY['normal','high','urgent'])[floor(random() * 3) + 1] AS priority
         FROM b_meeting m CROSS JOIN generate_series(1, ${directivesPerMeeting}) k`,
    `ALTER TABLE b_directive ADD COLUMN status text, ADD COLUMN submitted_at timestamptz`,
    `UPDATE b_directive SET status = CASE
         WHEN due_date < date '${REPORTS_AS_OF}' THEN CASE WHEN r < 0.70 THEN 'completed' WHEN r < 0.76 THEN 'awaiting_confirmation'
           WHEN r < 0.79 THEN 'paused' WHEN r < 0.82 THEN 'cancelled' WHEN r < 0.84 THEN 'reopened' WHEN r < 0.95 THEN 'in_progress' ELSE 'assigned' END
         WHEN due_date IS NULL THEN CASE WHEN r < 0.40 THEN 'completed' WHEN r < 0.45 THEN 'cancelled' WHEN r < 0.80 THEN 'in_progress' ELSE 'assigned' END
         ELSE CASE WHEN r < 0.15 THEN 'completed' WHEN r < 0.22 THEN 'awaiting_confirmation' WHEN r < 0.24 THEN 'paused'
           WHEN r < 0.26 THEN 'cancelled' WHEN r < 0.70 THEN 'in_progress' ELSE 'assigned' END END`,
    // Submitted on time (on or before the deadline) three times in four, else 1–60 days late; never after the bench's today.
    `UPDATE b_directive SET submitted_at = LEAST(
         CASE WHEN due_date IS NULL THEN starts_at + (30 + floor(late * 200)::int) * interval '1 day'
              WHEN late < 0.75 THEN (due_date - floor(late * 20)::int)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '15 hours'
              ELSE (due_date + 1 + floor((late - 0.75) * 240)::int)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours' END,
         timestamptz '${REPORTS_AS_OF} 09:00+07' - interval '1 day')
       WHERE status IN ('completed', 'awaiting_confirmation')`,
    `INSERT INTO directive (id, meeting_id, ordinal, title, description, lead_organization_id, owner_id, issued_by_id, due_date, original_due_date,
                           priority, status, status_before_pause, submitted_at, submitted_due_date, completed_at, completion)
       SELECT d.id, d.meeting_id, d.ordinal, format('Nhiệm vụ %s của cuộc họp số %s', d.ordinal, d.meeting_n), 'Nội dung nhiệm vụ cần thực hiện.',
              o.id, p.id, mt.chair_id, d.due_date, CASE WHEN d.extended THEN d.due_date - 30 ELSE d.due_date END, d.priority, d.status,
              CASE WHEN d.status = 'paused' THEN 'in_progress' END,
              d.submitted_at, CASE WHEN d.submitted_at IS NOT NULL THEN d.due_date END,
              CASE WHEN d.status = 'completed' THEN d.submitted_at + interval '2 days' END,
              CASE WHEN d.status = 'completed' THEN CASE WHEN d.due_date IS NULL THEN 'completed_without_deadline'
                   WHEN (d.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= d.due_date THEN 'completed_on_time' ELSE 'completed_late' END END
         FROM b_directive d JOIN b_org o ON o.n = d.lead_n JOIN meeting mt ON mt.id = d.meeting_id
         JOIN b_person p ON p.n = (d.lead_n - 1) + ${organizations} * (d.ordinal % 5) + 1`,
    `INSERT INTO directive_cooperating_organization (directive_id, organization_id)
       SELECT d.id, o.id FROM b_directive d CROSS JOIN LATERAL generate_series(1, d.cooperating) j
         JOIN b_org o ON o.n = (d.lead_n - 1 + j * 37) % ${organizations} + 1`,
    `INSERT INTO directive_extension_request (directive_id, proposed_due_date, reason, current_due_date, status, requested_by_user_id,
                                             requested_at, decided_by_user_id, decided_at, decision_note, approved_due_date)
       SELECT d.id, d.due_date, 'Cần thêm thời gian phối hợp.', d.due_date - 30, 'approved', u.head, d.starts_at + interval '5 days',
              u.leader, d.starts_at + interval '6 days', 'Đồng ý.', d.due_date
         FROM b_directive d CROSS JOIN b_users u WHERE d.extended AND d.due_date IS NOT NULL`,
    // Reminders: one directive in six, 1–3 each.
    `INSERT INTO directive_reminder (directive_id, note, channel, reminded_by_user_id, reminded_at)
       SELECT d.id, 'Đề nghị khẩn trương thực hiện.', 'document', u.leader, d.starts_at + (20 + j * 15) * interval '1 day'
         FROM b_directive d CROSS JOIN b_users u CROSS JOIN LATERAL generate_series(1, 1 + floor(d.late * 3)::int) j
        WHERE d.r > 0.83 OR d.late > 0.97`,
    // Progress reports: 0–21 per directive (about 10.5 on average, cut at 1,000,000), percent rising, one in ten a cooperating agency's contribution.
    `INSERT INTO directive_progress_report (directive_id, kind, percent, note, organization_id, reported_by_user_id, reported_at)
       SELECT d.id, CASE WHEN j % 10 = 0 THEN 'contribution' ELSE 'progress' END, LEAST(100, j * 6), 'Đã triển khai các nội dung theo kế hoạch.',
              o.id, u.head, LEAST(d.starts_at + j * interval '4 days' + d.late * interval '3 hours', timestamptz '${REPORTS_AS_OF} 08:00+07')
         FROM b_directive d CROSS JOIN b_users u JOIN b_org o ON o.n = d.lead_n
         CROSS JOIN LATERAL generate_series(1, floor(random() * 22 + d.r * 0)::int) j
        LIMIT ${progressReports}`,
  ];
  const [organizationsFirst, ...rest] = statements;
  await client.query(organizationsFirst!);
  await client.query(rest.shift()!);
  // Reminders, extensions and reports need their authors: the bench's leader and the head of SN-1.
  const users = await benchUsers(client);
  await client.query(`CREATE TEMP TABLE b_users ON COMMIT DROP AS SELECT $1::uuid AS leader, $2::uuid AS head`, [users.leader, users.head]);
  for (const statement of rest) await client.query(statement);
  await client.query(
    `COMMENT ON DATABASE ${(await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db} IS '${SEED_MARKER}'`,
  );
  await client.query('COMMIT');
  // As autovacuum would leave a table of this age: statistics, and a visibility map so index-only scans skip the heap.
  await client.query('VACUUM ANALYZE');
}

/** Whether the database holds the whole seed (the marker is written in the seed's transaction). */
export async function isSeeded(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ marker: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS marker FROM pg_database WHERE datname = current_database()`,
  );
  return rows[0]?.marker === SEED_MARKER;
}
