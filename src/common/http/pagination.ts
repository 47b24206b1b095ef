import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';
import { IntQueryField } from '../validation/fields.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `?limit=&cursor=` shared by every list. */
export class PageQueryDto {
  @IntQueryField({ optional: true, min: 1, max: MAX_PAGE_SIZE, description: `Page size, ${DEFAULT_PAGE_SIZE} when absent.` })
  limit?: number;

  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsString()
  @MaxLength(500)
  @ApiProperty({ required: false, description: 'The `nextCursor` of the previous page.' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url JSON. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export type CursorKind = 'string' | 'uuid' | 'instant' | 'integer' | 'nullable-string';

export function decodeCursor(cursor: string, shape: readonly CursorKind[]): (string | null)[] {
  const invalid = new DomainError(CommonError.ValidationFailed, 'The cursor is not one this list handed out.', [
    { field: 'cursor', message: 'cursor is invalid; start again without it' },
  ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw invalid;
  return shape.map((kind, index) => {
    const value: unknown = parsed[index];
    if (kind === 'nullable-string' && value === null) return null;
    if (typeof value !== 'string' || value.length > 1000) throw invalid;
    if (kind === 'instant' && Number.isNaN(Date.parse(value))) throw invalid;
    if (kind === 'integer' && !/^\d{1,18}$/.test(value)) throw invalid;
    if (kind === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw invalid;
    return value;
  });
}

/** Fetch `limit + 1` rows; this cuts the extra one off and builds the next cursor from the last kept row. */
export function toPage<Row, T>(
  rows: Row[],
  limit: number,
  cursorKey: (row: Row) => (string | number | null)[],
  map: (row: Row) => T,
): Page<T> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return {
    items: kept.map(map),
    nextCursor: hasMore && last !== undefined ? encodeCursor(cursorKey(last)) : null,
  };
}

export function pageSize(query: PageQueryDto): number {
  return query.limit ?? DEFAULT_PAGE_SIZE;
}
