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

/**
 * How many directives match, counted from one page of up to `cap`: the API's list has no
 * total, so beyond the cap the count says "at least" rather than guessing.
 */
export function useDirectiveCount(query: DirectiveListQuery, cap = 200) {
  return useInfiniteQuery({
    queryKey: ['directives', 'list', query, cap],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/directives', { params: { query: { ...query, limit: cap, cursor: pageParam } } })) as DirectivePage,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    select: (data) => {
      const first = data.pages[0]!;
      return { count: first.items.length, more: first.nextCursor !== null };
    },
  });
}
