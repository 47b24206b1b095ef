import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { vietnameseOptionsFilter } from '../lib/vietnamese-search';

export type Organization = components['schemas']['OrganizationResponseDto'];

/** A province has a few hundred agencies at most: loaded whole once, then searched in the browser. */
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

export function useAllOrganizations() {
  return useQuery({ queryKey: ['organizations', 'all'], queryFn: allOrganizations, staleTime: 5 * 60_000 });
}

/** "Ủy ban nhân dân huyện Bảo Thắng (UBND-BT)": found by its name or its short name. */
export function organizationLabel(organization: { name: string; shortName?: string | null }): string {
  return organization.shortName ? `${organization.name} (${organization.shortName})` : organization.name;
}

function useOptions(exclude: readonly string[] = []) {
  const organizations = useAllOrganizations();
  const data = useMemo(
    () =>
      (organizations.data ?? [])
        .filter((organization) => !exclude.includes(organization.id))
        .map((organization) => ({ value: organization.id, label: organizationLabel(organization) })),
    [organizations.data, exclude],
  );
  return { data, loading: organizations.isPending, failed: organizations.isError };
}

type PickerProps<P> = Omit<P, 'data' | 'filter' | 'searchable'> & { exclude?: readonly string[] };

/** One agency, searched by name or short name, with or without accents. */
export function OrganizationSelect({ exclude, placeholder, error, ...props }: PickerProps<SelectProps>) {
  const { data, loading, failed } = useOptions(exclude);
  return (
    <Select
      {...props}
      data={data}
      searchable
      filter={vietnameseOptionsFilter}
      nothingFoundMessage="Không tìm thấy cơ quan"
      placeholder={loading ? 'Đang tải danh sách cơ quan…' : placeholder}
      error={error ?? (failed ? 'Không tải được danh sách cơ quan.' : undefined)}
      limit={50}
    />
  );
}

/** Several agencies (the cooperating ones), never those in `exclude` (the lead). */
export function OrganizationMultiSelect({ exclude, placeholder, error, ...props }: PickerProps<MultiSelectProps>) {
  const { data, loading, failed } = useOptions(exclude);
  return (
    <MultiSelect
      {...props}
      data={data}
      searchable
      filter={vietnameseOptionsFilter}
      nothingFoundMessage="Không tìm thấy cơ quan"
      placeholder={loading ? 'Đang tải danh sách cơ quan…' : placeholder}
      error={error ?? (failed ? 'Không tải được danh sách cơ quan.' : undefined)}
      limit={50}
    />
  );
}
