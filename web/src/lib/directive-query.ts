import type { paths } from '../api/schema';

/** The query of GET /api/v1/directives, as the typed client takes it. */
export type DirectiveListQuery = NonNullable<paths['/api/v1/directives']['get']['parameters']['query']>;

/**
 * The filters a directive list keeps in its URL. They carry the API's own names and values
 * (dates as yyyy-mm-dd), so a link built from a report's query string (the league table's
 * `lists`) opens the very list the figure counts, and a deep link reads the same to both.
 */
export const DIRECTIVE_FILTER_KEYS = [
  'q',
  'status',
  'deadlineStatus',
  'completion',
  'priority',
  'leadOrganizationId',
  'cooperatingOrganizationId',
  'meetingId',
  'ownerId',
  'dueAfter',
  'dueBefore',
  'asOf',
] as const;

export type DirectiveFilterKey = (typeof DIRECTIVE_FILTER_KEYS)[number];
export type DirectiveFilters = Partial<Record<DirectiveFilterKey, string>>;

export function filtersFromSearch(search: URLSearchParams): DirectiveFilters {
  const filters: DirectiveFilters = {};
  for (const key of DIRECTIVE_FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/**
 * Values arrive from the address bar, so they are passed on unchecked: a value the API does
 * not accept comes back as its 400 problem, shown with the field it concerns.
 */
export function listQuery(filters: DirectiveFilters): DirectiveListQuery {
  return { ...filters } as DirectiveListQuery;
}

/** The same list as a file: every page of it, in the format the API writes (`limit` and `cursor` ignored). */
export function exportUrl(filters: DirectiveFilters, format: 'xlsx' | 'csv' = 'xlsx'): string {
  const search = new URLSearchParams(filters as Record<string, string>);
  search.set('format', format);
  return `/api/v1/directives?${search.toString()}`;
}

/** A link to the all-directives list with these filters (a report's query string, plus a lead agency for its row). */
export function directiveListLink(query: string | DirectiveFilters, extra: DirectiveFilters = {}): string {
  const search = new URLSearchParams(typeof query === 'string' ? query : (query as Record<string, string>));
  for (const [key, value] of Object.entries(extra)) if (value) search.set(key, value);
  return `/nhiem-vu?${search.toString()}`;
}
