import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Role } from '../../i18n/labels';

export type User = components['schemas']['UserResponseDto'];

export const USERS_KEY = ['users'] as const;
const PAGE_SIZE = 50;

/** Roles that act for one agency: the API refuses them without an organization. */
export const AGENCY_ROLES: readonly Role[] = ['department_head', 'department_staff'];

export function isAgencyRole(role: Role | null): boolean {
  return role !== null && AGENCY_ROLES.includes(role);
}

export function useUserPages(filter: { role?: Role; organizationId?: string }) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, 'list', filter],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { ...filter, cursor: pageParam, limit: PAGE_SIZE } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: [...USERS_KEY, id], queryFn: () => fetchUser(id) });
}

export async function fetchUser(id: string): Promise<User> {
  return unwrap(await api.GET('/api/v1/users/{id}', { params: { path: { id } } }));
}
