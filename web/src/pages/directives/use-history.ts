import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { directiveKeys, type AuditEntry } from './directive-queries';
import type { Names } from './history-values';
import { useAllOrganizations } from '../../lib/organizations';

export function useHistory(id: string) {
  return useInfiniteQuery({
    queryKey: directiveKeys.history(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/directives/{id}/history', { params: { path: { id }, query: { limit: 100, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

const PERSON_FIELDS = new Set(['ownerId', 'issuedById']);

/** Names for the ids the history mentions: organizations from their list, people one by one. */
export function useHistoryNames(entries: AuditEntry[]): Names {
  const organizations = useAllOrganizations();
  const personIds = [
    ...new Set(
      entries.flatMap((entry) =>
        entry.changes
          .filter((change) => PERSON_FIELDS.has(change.field))
          .flatMap((change): unknown[] => [change.from, change.to])
          .filter((value): value is string => typeof value === 'string'),
      ),
    ),
  ];
  const people = useQueries({
    queries: personIds.map((personId) => ({
      queryKey: ['people', personId],
      queryFn: async () => unwrap(await api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const personName = new Map(people.flatMap((query) => (query.data ? [[query.data.id, query.data.fullName] as const] : [])));
  const organizationName = new Map((organizations.data ?? []).map((organization) => [organization.id, organization.name]));
  return { organization: (id) => organizationName.get(id), person: (id) => personName.get(id) };
}
