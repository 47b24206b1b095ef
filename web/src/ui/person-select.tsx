import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { vietnameseOptionsFilter } from '../lib/vietnamese-search';

/** The people of one agency (an agency has tens of them): none asked for while no agency is chosen. */
function usePeopleOf(organizationId: string | null) {
  return useQuery({
    queryKey: ['people', 'of-organization', organizationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { organizationId: organizationId!, limit: 200 } } })).items,
    enabled: organizationId !== null,
  });
}

/** Someone of one agency (who answers for a directive must belong to its lead agency), searched with or without accents. */
export function PersonOfOrganizationSelect({
  organizationId,
  placeholder,
  error,
  ...props
}: Omit<SelectProps, 'data' | 'filter' | 'searchable'> & { organizationId: string | null }) {
  const people = usePeopleOf(organizationId);
  const data = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.position ? `${person.fullName} — ${person.position}` : person.fullName,
  }));
  return (
    <Select
      {...props}
      data={data}
      searchable
      filter={vietnameseOptionsFilter}
      placeholder={people.isFetching ? 'Đang tải danh sách cán bộ…' : placeholder}
      error={error ?? (people.isError ? 'Không tải được danh sách cán bộ.' : undefined)}
    />
  );
}
