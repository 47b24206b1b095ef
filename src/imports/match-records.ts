import type { EntityManager } from 'typeorm';
import type { OrganizationCandidate, PersonCandidate } from './draft-content.js';
import { nameVariants } from './organization-names.js';

/** At most this many existing records are offered for one name. */
const CANDIDATES = 5;
/** A record is chosen by itself only when it scores this well and clearly better than the next one. */
const CHOOSE_AT = 0.85;
const CLEAR_LEAD = 0.05;
/** Below this, a record is not worth offering. */
const OFFER_AT = 0.45;

export interface Matched<C> {
  chosen: C | null;
  candidates: C[];
}

interface Scored {
  ord: number;
  id: string;
  score: number;
}

function pick<C extends { id: string }>(rows: (C & Scored)[], count: number): Matched<C>[] {
  const byOrd = Array.from({ length: count }, () => [] as (C & Scored)[]);
  for (const row of rows) byOrd[row.ord - 1]!.push(row);
  return byOrd.map((scored) => {
    const [first, second] = scored;
    const candidates = scored.map(({ ord: _ord, score: _score, ...candidate }) => candidate as unknown as C);
    const clear = first !== undefined && first.score >= CHOOSE_AT && (second === undefined || second.score <= first.score - CLEAR_LEAD);
    return { chosen: clear ? candidates[0]! : null, candidates };
  });
}

/**
 * The existing organizations each name may be, in one query: equal ignoring
 * case and accents (name or short name, also with abbreviations such as UBND
 * spelled out or made), the name with the province left off ("Cục Hải quan
 * tỉnh" for "Cục Hải quan tỉnh Lào Cai"), or close by trigrams.
 */
export async function matchOrganizations(em: EntityManager, names: string[]): Promise<Matched<OrganizationCandidate>[]> {
  if (names.length === 0) return [];
  const ords: number[] = [];
  const variants: string[] = [];
  names.forEach((name, index) =>
    nameVariants(name).forEach((variant) => {
      ords.push(index + 1);
      variants.push(variant);
    }),
  );
  const rows: (OrganizationCandidate & Scored)[] = await em.query(
    `WITH wanted AS (
       SELECT w.ord, unaccent(lower(w.variant)) AS k FROM unnest($1::int[], $2::text[]) AS w(ord, variant)
     ), folded AS (
       SELECT o.id, o.name, o.short_name, unaccent(lower(o.name)) AS n, unaccent(lower(coalesce(o.short_name, ''))) AS s FROM organization o
     ), scored AS (
       SELECT wanted.ord, f.id, f.name, f.short_name,
              max(CASE WHEN f.n = wanted.k OR f.s = wanted.k THEN 1.0
                       WHEN starts_with(f.n, wanted.k || ' ') THEN 0.9
                       ELSE similarity(f.n, wanted.k) END) AS score
         FROM wanted CROSS JOIN folded f
        GROUP BY wanted.ord, f.id, f.name, f.short_name
     )
     SELECT ord::int AS ord, id, name, short_name AS "shortName", score::float8 AS score FROM (
       SELECT scored.*, row_number() OVER (PARTITION BY ord ORDER BY score DESC, name, id) AS rank FROM scored WHERE score >= $3
     ) ranked WHERE rank <= $4 ORDER BY ord, rank`,
    [ords, variants, OFFER_AT, CANDIDATES],
  );
  return pick(rows, names.length);
}

export interface PersonWanted {
  fullName: string | null;
  position: string | null;
  organizationName: string | null;
}

/**
 * The existing people each mention may be, in one query. By name: equal
 * ignoring case and accents, the one whose position also fits first. Named
 * only by position ("Cục trưởng Hải quan tỉnh"): people whose position (with
 * their organization's name) or recorded name fits it.
 */
export async function matchPeople(em: EntityManager, wanted: PersonWanted[]): Promise<Matched<PersonCandidate>[]> {
  if (wanted.length === 0) return [];
  const rows: (PersonCandidate & Scored)[] = await em.query(
    `WITH wanted AS (
       SELECT w.ord,
              unaccent(lower(nullif(w.full_name, ''))) AS name,
              unaccent(lower(nullif(w.position, ''))) AS position,
              unaccent(lower(concat_ws(' ', nullif(w.position, ''), nullif(w.organization_name, '')))) AS office
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS w(full_name, position, organization_name, ord)
     ), folded AS (
       SELECT p.id, p.full_name, p.position, o.name AS organization_name,
              unaccent(lower(p.full_name)) AS folded_name,
              unaccent(lower(coalesce(p.position, ''))) AS folded_position,
              unaccent(lower(concat_ws(' ', p.position, o.name))) AS folded_office
         FROM person p LEFT JOIN organization o ON o.id = p.organization_id
     ), scored AS (
       SELECT wanted.ord, f.id, f.full_name, f.position, f.organization_name,
              CASE WHEN wanted.name IS NOT NULL THEN
                     CASE WHEN f.folded_name = wanted.name
                          THEN 0.9 + 0.1 * coalesce(greatest(similarity(f.folded_position, wanted.position), similarity(f.folded_office, wanted.office)), 0)
                          ELSE 0.8 * similarity(f.folded_name, wanted.name) END
                   WHEN wanted.position IS NOT NULL THEN
                     CASE WHEN f.folded_position = wanted.position OR f.folded_name = wanted.position THEN 0.95
                          ELSE greatest(similarity(f.folded_name, wanted.position), similarity(f.folded_office, wanted.office), similarity(f.folded_name, wanted.office)) END
                   ELSE 0 END AS score
         FROM wanted CROSS JOIN folded f
     )
     SELECT ord::int AS ord, id, full_name AS "fullName", position, organization_name AS "organizationName", score::float8 AS score FROM (
       SELECT scored.*, row_number() OVER (PARTITION BY ord ORDER BY score DESC, full_name, id) AS rank FROM scored WHERE score >= $4
     ) ranked WHERE rank <= $5 ORDER BY ord, rank`,
    [
      wanted.map((w) => w.fullName ?? ''),
      wanted.map((w) => w.position ?? ''),
      wanted.map((w) => w.organizationName ?? ''),
      OFFER_AT,
      CANDIDATES,
    ],
  );
  return pick(rows, wanted.length);
}
