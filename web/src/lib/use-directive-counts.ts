import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';

export type DirectiveCounts = components['schemas']['DirectiveCountsDto'];
export type DirectiveCountsQuery = NonNullable<paths['/api/v1/directives/counts']['get']['parameters']['query']>;

/**
 * How many directives each status list holds (GET /directives/counts: the API counts them, scoped to
 * the user, without sending them). Under ['directives'], so a write that refreshes the lists
 * refreshes the counts too.
 */
export function useDirectiveCounts(query: DirectiveCountsQuery = {}) {
  return useQuery({
    queryKey: ['directives', 'counts', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/directives/counts', { params: { query } })),
  });
}
