import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { DirectiveListQuery } from './directive-query';

/** The JSON answer (the endpoint also serves the list as xlsx or csv, which the typed client adds to the union). */
export type DirectivePage = components['schemas']['DirectivePageDto'];

/**
 * A directive list read a page at a time (the API's keyset paging: `nextCursor` of the
 * previous page), in the API's order: deadline first, none last. Writes elsewhere
 * invalidate ['directives'], which refreshes every list.
 */
export function useDirectivePages(query: DirectiveListQuery, pageSize = 50, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['directives', 'list', query, pageSize],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/directives', { params: { query: { ...query, limit: pageSize, cursor: pageParam } } })) as DirectivePage,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
