import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

type Organization = components['schemas']['OrganizationResponseDto'];

/** Every organization, a page of 200 at a time: a province has dozens, not thousands. */
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

/** Picks one organization (searchable by name or short name), or none. */
export function OrganizationSelect({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const organizations = useOrganizations();
  const data = (organizations.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.shortName ? `${organization.name} (${organization.shortName})` : organization.name,
  }));
  if (value && !data.some((item) => item.value === value)) data.push({ value, label: 'Cơ quan đã chọn' });
  return (
    <Select
      label={label}
      placeholder="Tất cả"
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      nothingFoundMessage="Không có cơ quan phù hợp"
      error={organizations.isError ? 'Không tải được danh sách cơ quan.' : undefined}
    />
  );
}
