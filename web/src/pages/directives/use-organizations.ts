import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Organization = components['schemas']['OrganizationResponseDto'];

/** Every organization, for choosing a directive's agencies (a province has tens of them, not thousands). */
export function useOrganizations() {
  return useQuery({
    queryKey: ['organizations', 'all'],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const all: Organization[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(await api.GET('/api/v1/organizations', { params: { query: { limit: 200, cursor } } }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    },
  });
}
