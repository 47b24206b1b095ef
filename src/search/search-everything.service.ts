import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directiveScope } from '../access/directive-scope.js';
import { forbidden } from '../access/access-policy.js';
import type { Actor } from '../common/actor.js';
import { can } from '../common/roles.js';
import { DEFAULT_SEARCH_LIMIT, type SearchHitDto, type SearchPageDto, type SearchQueryDto } from './dto/search.dto.js';
import { KIND_PERMISSION, SEARCH_KINDS, type SearchKind } from './search-kinds.js';
import { FrequentWords } from './frequent-words.js';
import { type ParsedQuery, parseSearchQuery } from './search-query.js';
import { CANDIDATE_CAP, HIT_DETAILS, RANKED_MATCHES } from './search-sql.js';
import { searchCursorInvalid, searchQueryInvalid } from './search.errors.js';
import { buildSnippet, matchText } from './snippet.js';

interface RankedRow {
  kind: SearchKind;
  id: string;
  tier: number;
  rank: string;
  candidates: number;
}

interface DetailRow {
  id: string;
  title: string;
  body: string | null;
  parent_type: SearchKind | null;
  parent_id: string | null;
  parent_title: string | null;
}

/** The sort key of the last hit, and which search it belongs to. */
type Cursor = [fingerprint: string, tier: number, rank: string, id: string, kind: SearchKind];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

@Injectable()
export class SearchEverythingService {
  private readonly frequentWords: FrequentWords;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.frequentWords = new FrequentWords(dataSource);
  }

  /**
   * Finds meetings, speeches, directives, progress reports, people and
   * organizations by their words, ranked, as far as the caller may read them:
   * kinds their role cannot read are left out (asked for by name: 403), and
   * directives and their reports are limited in SQL to those the caller's
   * agency leads or cooperates on, as in every directive list.
   */
  async searchEverything(query: SearchQueryDto, actor: Actor): Promise<SearchPageDto> {
    const parsed = parseSearchQuery(query.q);
    if (typeof parsed === 'string') throw searchQueryInvalid(parsed);
    const kinds = this.readableKinds(query.types, actor);
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([parsed.matchQuery, parsed.exactQuery, kinds]))
      .digest('base64url')
      .slice(0, 12);
    const after = query.cursor === undefined ? null : readCursor(query.cursor, fingerprint);
    const scope = directiveScope(actor);
    const params: unknown[] = [
      parsed.matchQuery,
      parsed.exactQuery,
      parsed.phraseQuery,
      kinds,
      CANDIDATE_CAP,
      limit + 1,
      after?.[1] ?? null,
      after?.[2] ?? null,
      after?.[3] ?? null,
      after?.[4] ?? null,
    ];
    const rows = (await this.dataSource.query(
      scope ? RANKED_MATCHES.scoped : RANKED_MATCHES.all,
      scope
        ? [...params, scope]
        : [...params, await this.frequentWords.earlyScanBound([...new Set(parsed.words.map((word) => word.folded))], CANDIDATE_CAP)],
    )) as RankedRow[];
    const page = rows.slice(0, limit);
    const details = await this.details(page);
    const items = page.flatMap((row) => {
      const detail = details.get(`${row.kind}:${row.id}`);
      return detail ? [toHit(row, detail, parsed)] : [];
    });
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? writeCursor([fingerprint, last.tier, last.rank, last.id, last.kind]) : null,
      approximate: (rows[0]?.candidates ?? 0) >= CANDIDATE_CAP,
    };
  }

  private readableKinds(requested: SearchKind[] | undefined, actor: Actor): SearchKind[] {
    if (!requested) return SEARCH_KINDS.filter((kind) => can(actor.role, KIND_PERMISSION[kind]));
    const refused = requested.filter((kind) => !can(actor.role, KIND_PERMISSION[kind]));
    if (refused.length > 0) throw forbidden(`Your role may not read: ${refused.join(', ')}.`);
    return requested;
  }

  private async details(rows: RankedRow[]): Promise<Map<string, DetailRow>> {
    const byKind = new Map<SearchKind, string[]>();
    for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.id]);
    const found = new Map<string, DetailRow>();
    for (const [kind, ids] of byKind) {
      for (const detail of (await this.dataSource.query(HIT_DETAILS[kind], [ids])) as DetailRow[])
        found.set(`${kind}:${detail.id}`, detail);
    }
    return found;
  }
}

function toHit(row: RankedRow, detail: DetailRow, query: ParsedQuery): SearchHitDto {
  const title = matchText(detail.title, query);
  const body = detail.body ? matchText(detail.body, query) : null;
  const snippet =
    detail.body && body && (body.highlights.length > 0 || title.highlights.length === 0)
      ? buildSnippet(detail.body, body)
      : buildSnippet(detail.title, title);
  return {
    type: row.kind,
    id: row.id,
    title: detail.title,
    titleHighlights: title.highlights,
    snippet,
    parent:
      detail.parent_type && detail.parent_id && detail.parent_title !== null
        ? { type: detail.parent_type, id: detail.parent_id, title: detail.parent_title }
        : null,
    exact: row.tier >= 2,
  };
}

function writeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** A cursor is checked as strictly as any parameter: this search's, with a sort key it could have handed out, or 400. */
function readCursor(raw: string, fingerprint: string): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw searchCursorInvalid();
  }
  if (!Array.isArray(value) || value.length !== 5) throw searchCursorInvalid();
  const [print, tier, rank, id, kind] = value as unknown[];
  const valid =
    print === fingerprint &&
    Number.isInteger(tier) &&
    (tier as number) >= 0 &&
    (tier as number) <= 3 &&
    typeof rank === 'string' &&
    REAL.test(rank) &&
    Number.isFinite(Number(rank)) &&
    typeof id === 'string' &&
    UUID.test(id) &&
    SEARCH_KINDS.includes(kind as SearchKind);
  if (!valid) throw searchCursorInvalid();
  return value as Cursor;
}
