import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type CursorKind, decodeCursor, type Page, pageSize, type PageQueryDto, toPage } from '../common/http/pagination.js';

export interface KeysetOrder<Row> {
  /** Sort columns, last one unique (the id): e.g. ['o.name', 'o.id']. Written in code, never from a request. */
  columns: string[];
  /** How each cursor value is checked when it comes back. */
  shape: CursorKind[];
  direction: 'ASC' | 'DESC';
  /** The sort key of a row, in the order of `columns`. */
  key: (row: Row) => string[];
  /** SQL cast for each column's cursor parameter, where the driver needs one (e.g. timestamptz). */
  casts?: (string | undefined)[];
}

/**
 * One page of a keyset-paginated list: orders by the key, continues after the
 * cursor with a row comparison, fetches one row more than the page to know
 * whether another page follows.
 */
export async function keysetPage<Row extends ObjectLiteral, T>(
  qb: SelectQueryBuilder<Row>,
  query: PageQueryDto,
  order: KeysetOrder<Row>,
  map: (row: Row) => T,
): Promise<Page<T>> {
  const limit = pageSize(query);
  order.columns.forEach((column, index) => (index === 0 ? qb.orderBy(column, order.direction) : qb.addOrderBy(column, order.direction)));
  qb.limit(limit + 1);
  if (query.cursor) {
    const values = decodeCursor(query.cursor, order.shape);
    const params = Object.fromEntries(values.map((value, index) => [`keyset${index}`, value]));
    const placeholders = values.map((_, index) =>
      order.casts?.[index] ? `CAST(:keyset${index} AS ${order.casts[index]})` : `:keyset${index}`,
    );
    qb.andWhere(`(${order.columns.join(', ')}) ${order.direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`, params);
  }
  return toPage(await qb.getMany(), limit, order.key, map);
}
