import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each searchable record contributes: its kind, the directive whose
 * visibility scopes it (directives and their progress reports), a title
 * (weight A) and a body (weight B). The trigger and the backfill both read
 * this table, so they can never index a record differently.
 */
const SOURCES = {
  meeting: { table: 'meeting', columns: ['title', 'summary'], directive: 'NULL', title: 't.title', body: 't.summary' },
  speech: {
    table: 'speech',
    columns: ['title', 'summary', 'text'],
    directive: 'NULL',
    title: 't.title',
    body: "concat_ws(' ', t.summary, t.text)",
  },
  directive: { table: 'directive', columns: ['title', 'description'], directive: 't.id', title: 't.title', body: 't.description' },
  progress_report: { table: 'directive_progress_report', columns: ['note'], directive: 't.directive_id', title: 'NULL', body: 't.note' },
  person: { table: 'person', columns: ['full_name', 'position'], directive: 'NULL', title: 't.full_name', body: 't.position' },
  organization: { table: 'organization', columns: ['name', 'short_name'], directive: 'NULL', title: 't.name', body: 't.short_name' },
} as const;

type Kind = keyof typeof SOURCES;
const KINDS = Object.keys(SOURCES) as Kind[];

const vectors = (title: string, body: string): string =>
  `chidao_search_vector(${title}, ${body}, true), chidao_search_vector(${title}, ${body}, false)`;

/**
 * Indexes every existing record of one kind (or all): the migration runs it
 * once, and bench/search.bench.ts runs it after its set-based fill, with the
 * triggers off, so that it measures this very backfill. With `part`, each
 * statement indexes only its share of the rows (`index` of `of`, by a hash of
 * the id): the parts together index each record once, and can run side by side
 * on as many connections (bench:data).
 */
export function searchBackfillSql(kinds: readonly Kind[] = KINDS, part?: { index: number; of: number }): string[] {
  const share = part ? ` WHERE (hashtext(t.id::text) & 2147483647) % ${part.of} = ${part.index}` : '';
  return kinds.map((kind) => {
    const s = SOURCES[kind];
    return `INSERT INTO search_document (kind, id, directive_id, folded, exact)
      SELECT '${kind}', t.id, ${s.directive}, ${vectors(s.title, s.body)} FROM ${s.table} t${share}`;
  });
}

/** The tables whose rows the search indexes, for tools that fill them in bulk with the triggers off. */
export const SEARCHED_TABLES: readonly string[] = KINDS.map((kind) => SOURCES[kind].table);

/**
 * Search in Vietnamese with or without diacritics (issue 10): one row per
 * searchable record in `search_document`, with two tsvectors — `folded`
 * (lower case, no diacritics, đ → d: what matching uses, under a GIN index)
 * and `exact` (lower case, diacritics kept: only checked on candidates, to rank
 * exact-diacritic matches first) — kept by triggers on the six source tables.
 *
 * A table of its own rather than generated columns on the entities: one GIN
 * index answers a ranked query across every kind, `migration:check` sees no
 * drift (no entity has a column it does not know), and the original text stays
 * where it is — snippets are cut from it for the one page shown.
 */
export class AddSearchDocuments1796140000000 implements MigrationInterface {
  name = 'AddSearchDocuments1796140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // unaccent() is only STABLE (its dictionary could change); with the dictionary named, the fold is a pure function of its input.
    await queryRunner.query(`CREATE FUNCTION public.chidao_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$`);
    await queryRunner.query(`CREATE FUNCTION public.chidao_search_vector(title text, body text, folded boolean) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('simple'::regconfig,
                     CASE WHEN folded THEN public.chidao_fold(coalesce(title, '')) ELSE lower(normalize(coalesce(title, ''), NFC)) END), 'A')
                || setweight(to_tsvector('simple'::regconfig,
                     CASE WHEN folded THEN public.chidao_fold(coalesce(body, '')) ELSE lower(normalize(coalesce(body, ''), NFC)) END), 'B') $$`);
    await queryRunner.query(`CREATE TABLE "search_document" (
      "kind" character varying(20) NOT NULL,
      "id" uuid NOT NULL,
      "directive_id" uuid,
      "folded" tsvector NOT NULL,
      "exact" tsvector NOT NULL,
      CONSTRAINT "pk_search_document" PRIMARY KEY ("id", "kind"),
      CONSTRAINT "ck_search_document_kind" CHECK ("kind" IN (${KINDS.map((k) => `'${k}'`).join(',')})))`);
    const cases = KINDS.map((kind) => {
      const s = SOURCES[kind];
      const row = (expression: string): string => expression.replace(/\bt\./g, 'NEW.');
      return `WHEN '${s.table}' THEN
          INSERT INTO search_document (kind, id, directive_id, folded, exact)
          VALUES ('${kind}', NEW.id, ${row(s.directive)}, ${vectors(row(s.title), row(s.body))})
          ON CONFLICT (id, kind) DO UPDATE SET directive_id = EXCLUDED.directive_id, folded = EXCLUDED.folded, exact = EXCLUDED.exact;`;
    }).join('\n        ');
    await queryRunner.query(`CREATE FUNCTION public.chidao_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_document WHERE id = OLD.id AND kind = TG_ARGV[0];
          RETURN OLD;
        END IF;
        CASE TG_TABLE_NAME
        ${cases}
        END CASE;
        RETURN NEW;
      END $$`);
    for (const kind of KINDS) {
      const s = SOURCES[kind];
      // Only a change of the searched text re-indexes: status changes and version bumps cost nothing.
      await queryRunner.query(`CREATE TRIGGER "tr_${s.table}_search" AFTER INSERT OR DELETE OR UPDATE OF ${s.columns.map((c) => `"${c}"`).join(', ')}
        ON "${s.table}" FOR EACH ROW EXECUTE FUNCTION public.chidao_search_index('${kind}')`);
    }
    await this.backfill(queryRunner);
    await queryRunner.query('CREATE INDEX "ix_search_document_folded" ON "search_document" USING gin ("folded")');
    await queryRunner.query('CREATE INDEX "ix_search_document_directive_id" ON "search_document" ("directive_id") WHERE "directive_id" IS NOT NULL');
    // Agency users' searches read the records of no directive (meetings, speeches, the directory: 1 % of the rows) apart.
    await queryRunner.query('CREATE INDEX "ix_search_document_folded_undirected" ON "search_document" USING gin ("folded") WHERE "directive_id" IS NULL');
  }

  /** Indexes the records that exist (before the GIN indexes: building them once is cheaper than growing them row by row). */
  protected async backfill(queryRunner: QueryRunner): Promise<void> {
    for (const statement of searchBackfillSql()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const kind of [...KINDS].reverse()) {
      await queryRunner.query(`DROP TRIGGER "tr_${SOURCES[kind].table}_search" ON "${SOURCES[kind].table}"`);
    }
    await queryRunner.query('DROP FUNCTION public.chidao_search_index()');
    await queryRunner.query('DROP TABLE "search_document"');
    await queryRunner.query('DROP FUNCTION public.chidao_search_vector(text, text, boolean)');
    await queryRunner.query('DROP FUNCTION public.chidao_fold(text)');
  }
}
