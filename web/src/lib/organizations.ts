import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Organization = components['schemas']['OrganizationResponseDto'];
type OrganizationRef = components['schemas']['OrganizationRefDto'];

/** The directory's lists and records of organizations are cached under this key; `all` below it. */
export const ORGANIZATIONS_KEY = ['organizations'] as const;

/** A province has a few hundred agencies at most: loaded whole once (pages of 200), then searched in the browser. */
const MAX_PAGES = 25;

async function allOrganizations(): Promise<Organization[]> {
  const organizations: Organization[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = unwrap(await api.GET('/api/v1/organizations', { params: { query: { limit: 200, cursor } } }));
    organizations.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return organizations.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Every organization, sorted by name, for pickers and for naming the ids an answer carries. */
export function useAllOrganizations() {
  return useQuery({ queryKey: [...ORGANIZATIONS_KEY, 'all'], queryFn: allOrganizations, staleTime: 5 * 60_000 });
}

/** "Ủy ban nhân dân huyện Bảo Thắng (UBND-BT)": found by its name or its short name; '' for none. */
export function organizationLabel(organization: Pick<OrganizationRef, 'name' | 'shortName'> | null | undefined): string {
  if (!organization) return '';
  return organization.shortName ? `${organization.name} (${organization.shortName})` : organization.name;
}
