import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { CommonError } from '../errors/common-errors.js';
import { hasControlCharacter } from '../validation/control-characters.js';
import { isDateOnly } from '../validation/date-only.js';
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

export type CursorKind = 'string' | 'uuid' | 'instant' | 'integer' | 'nullable-string' | 'nullable-date';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// What Date.toISOString writes for years 0001–9999: the only instants a list hands out, all within PostgreSQL's range.
const ISO_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether a value that came back in a cursor is one a list of this shape could have handed out. */
function isCursorValue(kind: CursorKind, value: unknown): boolean {
  if ((kind === 'nullable-string' || kind === 'nullable-date') && value === null) return true;
  if (typeof value !== 'string' || value.length > 1000 || hasControlCharacter(value)) return false;
  switch (kind) {
    case 'string':
    case 'nullable-string':
      return true;
    case 'uuid':
      return UUID.test(value);
    case 'integer':
      return /^\d{1,18}$/.test(value);
    case 'nullable-date':
      return isDateOnly(value);
    case 'instant':
      return ISO_INSTANT.test(value) && new Date(value).toISOString() === value;
  }
}

/**
 * Reads a cursor back as strictly as any query parameter: every value must be
 * one the list could have handed out (a real instant in PostgreSQL's range, a
 * UUID, no NUL), or the answer is 400 naming `cursor`, never a database error.
 */
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
    if (!isCursorValue(kind, value)) throw invalid;
    return value as string | null;
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
