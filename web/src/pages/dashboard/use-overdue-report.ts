import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type OverdueReport = components['schemas']['OverdueReportDto'];
export type OverdueGroup = components['schemas']['OverdueGroupDto'];

/** GET /reports/overdue a page at a time: its `total` is exact, its groups are by lead agency. */
export function useOverdueReport() {
  return useInfiniteQuery({
    queryKey: ['reports', 'overdue'],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/reports/overdue', { params: { query: { limit: 50, cursor: pageParam } } })) as OverdueReport,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A page boundary can split an agency's directives: the pages' groups joined again, in the report's order. */
export function mergeGroups(pages: OverdueReport[]): OverdueGroup[] {
  const byAgency = new Map<string, OverdueGroup>();
  for (const group of pages.flatMap((page) => page.groups)) {
    const seen = byAgency.get(group.leadOrganization.id);
    if (seen) seen.directives = [...seen.directives, ...group.directives];
    else byAgency.set(group.leadOrganization.id, { ...group, directives: [...group.directives] });
  }
  return [...byAgency.values()];
}
