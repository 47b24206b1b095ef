import { visibleDirectiveIdsSql } from '../access/directive-scope.js';

/**
 * At most this many matching records are ranked. Matching uses the GIN index
 * and stops after this many rows; ranking (tiers, ts_rank) reads only them,
 * so a common word costs about what a rare one does. A search matching more
 * says so (`approximate`), and the first candidates found are ranked.
 */
export const CANDIDATE_CAP = 1000;

/**
 * One page of ranked matches: exact-diacritic matches first (tier 2–3), then
 * whole-phrase ones (tier 1), then the rest (0), each by ts_rank (title words
 * weigh more than body words), ties by id. The keyset runs over
 * (-tier, -rank, id, kind) so that one row comparison continues after a cursor.
 *
 * $1 folded tsquery, $2 exact tsquery, $3 whole-phrase tsquery, $4 kinds,
 * $5 candidate cap, $6 rows to fetch, $7–$10 the cursor (or nulls), $11 the
 * early pass's block bound (unscoped) or the organization agency users are
 * limited to (scoped): a directive
 * or progress report is a candidate only when its directive is one the caller
 * may read, by the predicate every directive list uses.
 */
function rankedMatches(scoped: boolean): string {
  const columns = 's.kind, s.id, s.folded, s.exact';
  const matching = "s.folded @@ to_tsquery('simple', $1) AND s.kind = ANY($4::text[])";
  // Agency users: records of no directive from their own small GIN index (ix_search_document_folded_undirected);
  // those of a directive only through the directives the agency may read (a few hundred), one index probe each
  // (OFFSET 0 keeps the planner from turning it into a scan of every match: its estimate for a common word is far
  // too low), so that other agencies' matches are never read at all. The cost grows with the agency's directives.
  const candidates = scoped
    ? `(SELECT ${columns} FROM search_document s WHERE ${matching} AND s.directive_id IS NULL LIMIT $5)
       UNION ALL
       (SELECT ${columns} FROM ${visibleDirectiveIdsSql('$11::uuid')} v
          CROSS JOIN LATERAL (SELECT * FROM search_document s WHERE s.directive_id = v.id AND ${matching} OFFSET 0) s LIMIT $5)`
    : // $11: a block bound when every word is common (frequent-words.ts), else null. The early pass reads the
      // table in physical order up to it (coalesce() hides the GIN index from the planner); the bitmap of every
      // match runs only when that found fewer than the cap. Either way: the first matches in physical order.
      `(SELECT ${columns} FROM early s WHERE (SELECT count(*) FROM early) >= $5)
       UNION ALL
       (SELECT ${columns} FROM search_document s WHERE (SELECT count(*) FROM early) < $5 AND ${matching} LIMIT $5)`;
  const early = scoped
    ? ''
    : `early AS MATERIALIZED (SELECT ${columns} FROM search_document s
         WHERE $11::tid IS NOT NULL AND s.ctid < $11::tid
           AND coalesce(s.folded, s.folded) @@ to_tsquery('simple', $1) AND s.kind = ANY($4::text[]) LIMIT $5),`;
  return `WITH ${early} cand AS MATERIALIZED (SELECT * FROM (${candidates}) found LIMIT $5),
    ranked AS (
      SELECT c.kind, c.id,
             (CASE WHEN c.exact @@ to_tsquery('simple', $2) THEN 2 ELSE 0 END
              + CASE WHEN c.folded @@ to_tsquery('simple', $3) THEN 1 ELSE 0 END) AS tier,
             ts_rank(c.folded, to_tsquery('simple', $1)) AS rank
        FROM cand c)
    SELECT r.kind, r.id, r.tier, r.rank::text AS rank, (SELECT count(*) FROM cand)::int AS candidates
      FROM ranked r
     WHERE $7::int IS NULL OR (-r.tier, -r.rank, r.id, r.kind::text) > (-$7::int, -$8::real, $9::uuid, $10::text)
     ORDER BY r.tier DESC, r.rank DESC, r.id, r.kind
     LIMIT $6`;
}

export const RANKED_MATCHES = { all: rankedMatches(false), scoped: rankedMatches(true) };

/**
 * What the page shows of each record found: its original text and its
 * parent, by kind; $1 holds the ids of that kind. Read after ranking, for at
 * most one page, so long speech texts are never read for the candidates.
 */
export const HIT_DETAILS = {
  meeting: `SELECT m.id, m.title, m.summary AS body, NULL::text AS parent_type, NULL::uuid AS parent_id, NULL::text AS parent_title
      FROM meeting m WHERE m.id = ANY($1::uuid[])`,
  speech: `SELECT s.id, coalesce(s.title, 'Phát biểu của ' || p.full_name) AS title, concat_ws(' ', s.summary, s.text) AS body,
             'meeting' AS parent_type, m.id AS parent_id, m.title AS parent_title
      FROM speech s JOIN meeting m ON m.id = s.meeting_id JOIN person p ON p.id = s.speaker_id WHERE s.id = ANY($1::uuid[])`,
  directive: `SELECT d.id, d.title, d.description AS body, 'meeting' AS parent_type, m.id AS parent_id, m.title AS parent_title
      FROM directive d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ANY($1::uuid[])`,
  progress_report: `SELECT r.id,
             CASE r.kind WHEN 'contribution' THEN 'Đóng góp của ' ELSE 'Báo cáo tiến độ của ' END || o.name AS title,
             r.note AS body, 'directive' AS parent_type, d.id AS parent_id, d.title AS parent_title
      FROM directive_progress_report r JOIN directive d ON d.id = r.directive_id JOIN organization o ON o.id = r.organization_id
     WHERE r.id = ANY($1::uuid[])`,
  person: `SELECT p.id, p.full_name AS title, p.position AS body, 'organization' AS parent_type, o.id AS parent_id, o.name AS parent_title
      FROM person p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1::uuid[])`,
  organization: `SELECT o.id, o.name AS title, o.short_name AS body, 'organization' AS parent_type, parent.id AS parent_id, parent.name AS parent_title
      FROM organization o LEFT JOIN organization parent ON parent.id = o.parent_id WHERE o.id = ANY($1::uuid[])`,
} as const;
