/**
 * The SQL of a Popolo document over a set of meetings ($1, a uuid[] in the
 * document's order). Every statement re-checks that a meeting is still
 * published, so one withdrawn while the document streams leaves it from then on.
 * Pages are keyset pages: a large period never sits in memory whole.
 */

const PUBLISHED = `SELECT id, chair_id, organizer_id FROM meeting WHERE id = ANY($1::uuid[]) AND status = 'published'`;

/** Everyone the document names: chairs, those who attended, speakers. Absent invitees are not in the open data. */
const PEOPLE = `SELECT chair_id AS id FROM pub WHERE chair_id IS NOT NULL
  UNION SELECT a.person_id FROM meeting_attendee a JOIN pub ON pub.id = a.meeting_id WHERE a.attended
  UNION SELECT s.speaker_id FROM speech s JOIN pub ON pub.id = s.meeting_id`;

const ORGANIZATIONS = `SELECT organizer_id AS id FROM pub WHERE organizer_id IS NOT NULL
  UNION SELECT p.organization_id FROM person p JOIN people ON people.id = p.id WHERE p.organization_id IS NOT NULL`;

/** Meetings published between two calendar days of the office ($1, $2 inclusive, zone $3), in the order they were held. */
export const PUBLISHED_IN_PERIOD = `SELECT id FROM meeting
  WHERE status = 'published'
    AND starts_at >= ($1::date)::timestamp AT TIME ZONE $3
    AND starts_at < ($2::date + 1)::timestamp AT TIME ZONE $3
  ORDER BY starts_at, id`;

export const MEETING_STATUS = `SELECT status FROM meeting WHERE id = $1`;

/** The events of a slice of the meetings, in their order; attendees chair first, then as recorded. */
export const EVENTS = `WITH pub AS (${PUBLISHED})
SELECT m.id, m.title, m.kind, m.starts_at, m.ends_at, m.location, m.summary, m.source_url, m.organizer_id,
       (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.full_name)
                        ORDER BY a.role = 'chair' DESC, a.created_at, a.id), '[]'::json)
          FROM meeting_attendee a JOIN person p ON p.id = a.person_id
         WHERE a.meeting_id = m.id AND a.attended) AS attendees
  FROM meeting m JOIN pub ON pub.id = m.id
 ORDER BY array_position($1::uuid[], m.id)`;

/** A page of the speeches of a slice of the meetings: meeting by meeting, in the order they were given. After ($2, $3). */
export const SPEECHES = `WITH pub AS (${PUBLISHED})
SELECT s.id, s.meeting_id, s.speaker_id, p.full_name AS speaker_name, p.position AS speaker_position,
       s.position, s.kind, s.title, s.summary, s.text,
       coalesce(pub.chair_id = s.speaker_id, false) AS by_chair,
       array_position($1::uuid[], s.meeting_id) AS meeting_order
  FROM speech s JOIN pub ON pub.id = s.meeting_id
  JOIN person p ON p.id = s.speaker_id
 WHERE (array_position($1::uuid[], s.meeting_id), s.position) > ($2::int, $3::int)
 ORDER BY array_position($1::uuid[], s.meeting_id), s.position
 LIMIT $4`;

/** A page of the people, by id after $2. */
export const PERSONS = `WITH pub AS (${PUBLISHED}), people AS (${PEOPLE})
SELECT p.id, p.full_name FROM person p JOIN people ON people.id = p.id
 WHERE p.id > $2::uuid ORDER BY p.id LIMIT $3`;

/** A page of the organizations: the organizers and the people's own, by id after $2. */
export const ORGANIZATIONS_PAGE = `WITH pub AS (${PUBLISHED}), people AS (${PEOPLE}), orgs AS (${ORGANIZATIONS})
SELECT o.id, o.name, o.short_name, o.kind,
       CASE WHEN o.parent_id IN (SELECT id FROM orgs) THEN o.parent_id END AS parent_id
  FROM organization o JOIN orgs ON orgs.id = o.id
 WHERE o.id > $2::uuid ORDER BY o.id LIMIT $3`;

/** A page of the people's memberships of their organizations, by person after $2. */
export const MEMBERSHIPS = `WITH pub AS (${PUBLISHED}), people AS (${PEOPLE})
SELECT p.id AS person_id, p.organization_id, p.position
  FROM person p JOIN people ON people.id = p.id
 WHERE p.organization_id IS NOT NULL AND p.id > $2::uuid ORDER BY p.id LIMIT $3`;
