import type pg from 'pg';

export const BENCH_SIZE = { organizations: 40, people: 400, meetings: 2000, directivesPerMeeting: 50 } as const;

/**
 * 100,000 directives in 2,000 meetings of 40 organizations, each meeting with
 * 8 attendees and 10 speeches, each directive with 0–3 cooperating agencies
 * (about 150,000 rows), a deadline for nine in ten. Written in SQL in one
 * transaction, with a fixed random seed so that every run sees the same data.
 */
export async function seedDirectives(client: pg.Client): Promise<void> {
  const { organizations, people, meetings, directivesPerMeeting } = BENCH_SIZE;
  await client.query('BEGIN');
  await client.query('SELECT setseed(0.42)');
  const statements = [
    `CREATE TEMP TABLE b_org ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${organizations}) n`,
    `INSERT INTO organization (id, name, short_name, kind)
       SELECT id, format('Sở, ngành số %s', n), format('SN-%s', n), 'department' FROM b_org`,
    `CREATE TEMP TABLE b_person ON COMMIT DROP AS
       SELECT p.n, gen_random_uuid() AS id, o.id AS org FROM generate_series(1, ${people}) p(n) JOIN b_org o ON o.n = (p.n - 1) % ${organizations} + 1`,
    `INSERT INTO person (id, full_name, position, organization_id)
       SELECT id, format('Nguyễn Văn %s', n), 'Phó Giám đốc', org FROM b_person`,
    `CREATE TEMP TABLE b_meeting ON COMMIT DROP AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${meetings}) n`,
    // The chair is the first of the 8 attendees: person (7n + 13k) mod 400, k = 0..7, all distinct.
    `INSERT INTO meeting (id, title, kind, starts_at, ends_at, location, organizer_id, chair_id, summary, status)
       SELECT m.id, format('Giao ban công tác số %s', m.n), 'working_session',
              timestamptz '2024-01-01 08:00+07' + m.n * interval '9 hours', timestamptz '2024-01-01 11:00+07' + m.n * interval '9 hours',
              'Trụ sở Ủy ban nhân dân tỉnh', o.id, c.id, repeat('Tóm tắt nội dung cuộc họp. ', 40), 'published'
         FROM b_meeting m JOIN b_org o ON o.n = (m.n - 1) % ${organizations} + 1 JOIN b_person c ON c.n = (m.n * 7) % ${people} + 1`,
    `INSERT INTO meeting_attendee (meeting_id, person_id, role)
       SELECT m.id, p.id, CASE WHEN k = 0 THEN 'chair' ELSE 'member' END
         FROM b_meeting m CROSS JOIN generate_series(0, 7) k JOIN b_person p ON p.n = (m.n * 7 + k * 13) % ${people} + 1`,
    `INSERT INTO speech (meeting_id, speaker_id, position, kind, title, summary, text)
       SELECT m.id, p.id, k + 1, 'opinion', format('Ý kiến %s', k + 1), repeat('Tóm tắt ý kiến. ', 10), repeat('Toàn văn phát biểu tại cuộc họp. ', 60)
         FROM b_meeting m CROSS JOIN generate_series(0, 9) k JOIN b_person p ON p.n = (m.n * 7 + (k % 8) * 13) % ${people} + 1`,
    `CREATE TEMP TABLE b_directive ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, m.n AS meeting_n, m.id AS meeting_id, k AS ordinal,
              (floor(random() * ${organizations}) + 1)::int AS lead_n,
              CASE WHEN random() < 0.8 THEN (floor(random() * ${people}) + 1)::int END AS owner_n,
              CASE WHEN random() < 0.7 THEN (floor(random() * 10) + 1)::int END AS speech_position,
              CASE WHEN random() < 0.9 THEN date '2024-01-01' + floor(random() * 1100)::int END AS due_date,
              (ARRAY['assigned','in_progress','awaiting_confirmation','completed','reopened','paused','cancelled'])[floor(random() * 7) + 1] AS status,
              (ARRAY['normal','high','urgent'])[floor(random() * 3) + 1] AS priority,
              floor(random() * 4)::int AS cooperating
         FROM b_meeting m CROSS JOIN generate_series(1, ${directivesPerMeeting}) k`,
    `INSERT INTO directive (id, meeting_id, ordinal, title, description, lead_organization_id, owner_id, issued_by_id, source_speech_id, due_date, priority, status)
       SELECT d.id, d.meeting_id, d.ordinal, format('Nhiệm vụ %s của cuộc họp số %s', d.ordinal, d.meeting_n), repeat('Nội dung nhiệm vụ cần thực hiện. ', 8),
              o.id, p.id, mt.chair_id, s.id, d.due_date, d.priority, d.status
         FROM b_directive d JOIN b_org o ON o.n = d.lead_n JOIN meeting mt ON mt.id = d.meeting_id
         LEFT JOIN b_person p ON p.n = d.owner_n LEFT JOIN speech s ON s.meeting_id = d.meeting_id AND s.position = d.speech_position`,
    // Agencies lead + 7j (j = 1..3) mod 40: never the lead, never twice.
    `INSERT INTO directive_cooperating_organization (directive_id, organization_id)
       SELECT d.id, o.id FROM b_directive d CROSS JOIN LATERAL generate_series(1, d.cooperating) j
         JOIN b_org o ON o.n = (d.lead_n - 1 + j * 7) % ${organizations} + 1`,
  ];
  for (const statement of statements) await client.query(statement);
  await client.query('COMMIT');
  await client.query('ANALYZE');
}

/** The bench's two readers: a leader (sees everything) and the head of organization SN-1 (sees what it leads or cooperates on). */
export async function benchUsers(client: pg.Client): Promise<{ leader: string; head: string; headOrganization: string }> {
  const { rows: orgRows } = await client.query<{ id: string }>(`SELECT id FROM organization WHERE short_name = 'SN-1'`);
  const headOrganization = orgRows[0]!.id;
  const upsert = async (username: string, role: string, organizationId: string | null): Promise<string> => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app_user (username, display_name, role, organization_id, password_hash)
       VALUES ($1, $1, $2, $3, 'no password: the bench signs its own tokens')
       ON CONFLICT (lower(username)) DO UPDATE SET active = true RETURNING id`,
      [username, role, organizationId],
    );
    return rows[0]!.id;
  };
  return {
    leader: await upsert('bench_leader', 'leader', null),
    head: await upsert('bench_head', 'department_head', headOrganization),
    headOrganization,
  };
}
