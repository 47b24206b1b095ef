import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { OrganizationKind } from '../../i18n/labels';
import { ORGANIZATIONS_KEY, type Organization } from '../../lib/organizations';

export type { Organization };

export type Person = components['schemas']['PersonResponseDto'];

export const PEOPLE_KEY = ['people'] as const;
const PAGE_SIZE = 50;

export function usePeoplePages(filter: { q?: string; organizationId?: string }) {
  return useInfiniteQuery({
    queryKey: [...PEOPLE_KEY, 'list', filter],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { ...filter, cursor: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: [...PEOPLE_KEY, id], queryFn: () => fetchPerson(id) });
}

export async function fetchPerson(id: string): Promise<Person> {
  return unwrap(await api.GET('/api/v1/people/{id}', { params: { path: { id } } }));
}

export function useOrganizationPages(filter: { q?: string; kind?: OrganizationKind; parentId?: string }) {
  return useInfiniteQuery({
    queryKey: [...ORGANIZATIONS_KEY, 'list', filter],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/organizations', { params: { query: { ...filter, cursor: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: [...ORGANIZATIONS_KEY, id], queryFn: () => fetchOrganization(id) });
}

export async function fetchOrganization(id: string): Promise<Organization> {
  return unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
}
