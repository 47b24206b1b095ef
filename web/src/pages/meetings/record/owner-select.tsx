import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { vietnameseOptionsFilter } from '../../../lib/vietnamese-search';

/** The person who answers for a directive: someone of its lead agency (the API refuses anyone else). */
export function OwnerSelect({
  organizationId,
  value,
  onChange,
  error,
}: {
  organizationId: string | null;
  value: string | null;
  onChange(value: string | null): void;
  error?: React.ReactNode;
}) {
  const people = useQuery({
    queryKey: ['people', 'of-organization', organizationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { organizationId: organizationId!, limit: 200 } } })).items,
    enabled: organizationId !== null,
  });
  const data = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.position ? `${person.fullName} — ${person.position}` : person.fullName,
  }));
  return (
    <Select
      label="Người phụ trách"
      description={organizationId ? 'Cán bộ của cơ quan chủ trì; không bắt buộc' : 'Chọn cơ quan chủ trì trước'}
      placeholder={people.isFetching ? 'Đang tải…' : 'Chưa phân công'}
      disabled={organizationId === null}
      searchable
      clearable
      filter={vietnameseOptionsFilter}
      nothingFoundMessage="Cơ quan này chưa có cán bộ nào trong danh bạ"
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
