import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import pg from 'pg';
import { loadConfig } from '../../src/config/app-config.js';

/** A request as both targets receive it. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface Fixtures {
  tokens: { leader: string; secretariat: string; head: string };
  /** Directives and meetings to read (the same sample for both targets). */
  directiveIds: string[];
  meetingIds: string[];
  /** In-progress directives of the head's agency: progress reports leave them in progress, so they can take any number. */
  headDirectiveIds: string[];
  /** In-progress directives of other agencies, with their version: each takes one pause. */
  pausable: { id: string; version: number }[];
  meetingBody: unknown;
}

// The generator stamps its ids as version 4 since issue 11; a database filled before has bare md5 ids, which the
// service's body validation refuses: keep to the ids it accepts.
const VALID_UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab]'`;

/** Signs in as the generator's users (bench/data): a session row and an access token of 3 hours, as the service would issue. */
export async function loadFixtures(databaseUrl: string, jwtSecret: string, sample: number): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const key = new TextEncoder().encode(jwtSecret);
    // The issuer and audience the service checks, from its own configuration.
    const { issuer, audience } = loadConfig({ NODE_ENV: 'production', JWT_SECRET: jwtSecret, DATABASE_URL: databaseUrl }).auth;
    const user = async (username: string) => {
      const { rows } = await client.query<{ id: string; organization_id: string | null }>(
        'SELECT id, organization_id FROM app_user WHERE username = $1',
        [username],
      );
      if (!rows[0]) throw new Error(`No user ${username}: fill the database with npm run bench:data first`);
      return rows[0];
    };
    const token = async (userId: string): Promise<string> => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO auth_session (user_id, expires_at, ip) VALUES ($1, now() + interval '3 hours', 'bench-load') RETURNING id`,
        [userId],
      );
      return new SignJWT({ sid: rows[0]!.id })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('3h')
        .setJti(randomUUID())
        .sign(key);
    };
    const [leader, secretariat, head] = [await user('bench_leader'), await user('bench_secretariat'), await user('head_0002')];
    const ids = async (sql: string, values: unknown[] = []) => (await client.query<{ id: string }>(sql, values)).rows.map((row) => row.id);
    const people = await ids(`SELECT id FROM person WHERE id::text ~ ${VALID_UUID} ORDER BY id LIMIT 8`);
    const agencies = await ids(`SELECT id FROM organization WHERE id::text ~ ${VALID_UUID} ORDER BY id LIMIT 6`);
    if (people.length < 8 || agencies.length < 6) throw new Error('Too few people or agencies with RFC 4122 ids for POST /meetings');
    const pausable = await client.query<{ id: string; version: number }>(
      `SELECT id, version FROM directive WHERE status = 'in_progress' AND lead_organization_id <> $1 ORDER BY id`,
      [head.organization_id],
    );
    return {
      tokens: { leader: await token(leader.id), secretariat: await token(secretariat.id), head: await token(head.id) },
      directiveIds: await ids(`SELECT id FROM directive ORDER BY md5(id::text) LIMIT $1`, [sample]),
      meetingIds: await ids(`SELECT id FROM meeting ORDER BY md5(id::text) LIMIT $1`, [sample]),
      headDirectiveIds: await ids(
        `SELECT id FROM directive WHERE status = 'in_progress' AND lead_organization_id = $1 ORDER BY id LIMIT 100`,
        [head.organization_id],
      ),
      pausable: pausable.rows,
      meetingBody: meetingBody(people, agencies),
    };
  } finally {
    await client.end();
  }
}

/** A published meeting with 8 attendees, 20 speeches and 10 directives, as the secretariat records one. */
function meetingBody(people: string[], agencies: string[]): unknown {
  const kinds = ['report', 'opinion', 'opinion', 'question', 'answer'] as const;
  return {
    title: 'Hội nghị giao ban kinh tế - xã hội tháng 11',
    kind: 'standing_committee',
    startsAt: '2026-11-20T08:00:00+07:00',
    endsAt: '2026-11-20T11:30:00+07:00',
    location: 'Phòng họp số 1, trụ sở Ủy ban nhân dân tỉnh',
    organizerId: agencies[0],
    chairId: people[0],
    summary: 'Đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 11 và triển khai nhiệm vụ tháng 12.',
    status: 'published',
    attendees: people.map((personId, i) => ({ personId, role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member' })),
    speeches: Array.from({ length: 20 }, (_, i) => ({
      speakerId: people[i % people.length],
      kind: i === 19 ? 'conclusion' : kinds[i % kinds.length],
      title: `Ý kiến số ${i + 1} về tiến độ giải ngân vốn đầu tư công`,
      summary: 'Báo cáo tiến độ, khó khăn vướng mắc trong giải phóng mặt bằng và đề xuất giải pháp tháo gỡ.',
      text: 'Đề nghị các sở, ngành và địa phương khẩn trương rà soát, hoàn thiện hồ sơ, đẩy nhanh tiến độ thực hiện. '.repeat(8),
    })),
    directives: Array.from({ length: 10 }, (_, i) => ({
      title: `Khẩn trương hoàn thành nhiệm vụ số ${i + 1} về giải ngân vốn đầu tư công`,
      description: 'Báo cáo kết quả về Ủy ban nhân dân tỉnh qua Văn phòng.',
      leadOrganizationId: agencies[1 + (i % 5)],
      cooperatingOrganizationIds: [agencies[1 + ((i + 1) % 5)]],
      issuedById: people[0],
      dueDate: '2027-03-31',
    })),
  };
}
