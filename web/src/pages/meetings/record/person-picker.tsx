import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';

export type Person = components['schemas']['PersonResponseDto'];

/**
 * Finds a person by name or position (the API ignores accents) and hands them over; the field
 * empties itself for the next one. People already chosen are not offered again.
 */
export function PersonPicker({ label, exclude, onPick }: { label: string; exclude: readonly string[]; onPick(person: Person): void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({
    queryKey: ['people', 'search', q],
    queryFn: async () => unwrap(await api.GET('/api/v1/people', { params: { query: { q: q || undefined, limit: 30 } } })).items,
    placeholderData: (previous) => previous,
  });
  const byId = useMemo(() => new Map((people.data ?? []).map((person) => [person.id, person])), [people.data]);
  const data = (people.data ?? [])
    .filter((person) => !exclude.includes(person.id))
    .map((person) => ({ value: person.id, label: person.fullName }));

  return (
    <Select
      label={label}
      placeholder="Gõ tên hoặc chức vụ (có dấu hoặc không dấu)"
      searchable
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The API has already matched the search, accents ignored: keep every option it returned.
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? 'Đang tìm…' : 'Không tìm thấy. Có thể tạo cán bộ mới.'}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        return (
          <Group gap={0} wrap="nowrap">
            <div>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed">
                {[person?.position, person?.organization?.shortName].filter(Boolean).join(' · ')}
              </Text>
            </div>
          </Group>
        );
      }}
      onChange={(id) => {
        const person = id ? byId.get(id) : undefined;
        if (person) onPick(person);
        setSearch('');
      }}
    />
  );
}
