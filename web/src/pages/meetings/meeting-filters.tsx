import { Button, Grid, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { MEETING_STATUS, optionsOf, type MeetingStatus } from '../../i18n/labels';
import { OrganizationSelect } from '../../ui/organization-pickers';
import type { MeetingListFilters } from './meeting-queries';

/** The filters as the URL holds them: dates as yyyy-mm-dd, shown and typed as dd/mm/yyyy. */
export function filtersFromSearch(search: URLSearchParams): MeetingListFilters {
  const status = search.get('status');
  return {
    q: search.get('q') || undefined,
    from: search.get('from') || undefined,
    to: search.get('to') || undefined,
    organizerId: search.get('organizerId') || undefined,
    status: status === 'draft' || status === 'published' ? status : undefined,
  };
}

export function MeetingFilters({ filters, onChange }: { filters: MeetingListFilters; onChange(filters: MeetingListFilters): void }) {
  const [q, setQ] = useState(filters.q ?? '');
  const [from, setFrom] = useState(formatDate(filters.from));
  const [to, setTo] = useState(formatDate(filters.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsedFrom = from.trim() ? parseVietnameseDate(from) : undefined;
    const parsedTo = to.trim() ? parseVietnameseDate(to) : undefined;
    const found = {
      from: parsedFrom === null ? 'Ngày không hợp lệ (dd/mm/yyyy).' : undefined,
      to: parsedTo === null ? 'Ngày không hợp lệ (dd/mm/yyyy).' : undefined,
    };
    if (!found.to && parsedFrom && parsedTo && parsedTo < parsedFrom) found.to = 'Ngày kết thúc phải sau ngày bắt đầu.';
    setErrors(found);
    if (found.from || found.to) return;
    onChange({ ...filters, q: q.trim() || undefined, from: parsedFrom ?? undefined, to: parsedTo ?? undefined });
  }

  return (
    <form onSubmit={submit} role="search" aria-label="Lọc cuộc họp">
      <Grid align="flex-end" mb="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextInput
            label="Tìm theo tên, nội dung"
            placeholder="Ví dụ: tang loong"
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput
            label="Từ ngày"
            placeholder="dd/mm/yyyy"
            value={from}
            error={errors.from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <TextInput
            label="Đến ngày"
            placeholder="dd/mm/yyyy"
            value={to}
            error={errors.to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Button type="submit" variant="filled">
            Lọc
          </Button>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <OrganizationSelect
            label="Cơ quan tổ chức"
            placeholder="Tất cả"
            clearable
            value={filters.organizerId ?? null}
            onChange={(organizerId) => onChange({ ...filters, organizerId: organizerId ?? undefined })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <NativeSelect
            label="Trạng thái"
            value={filters.status ?? ''}
            data={[{ value: '', label: 'Tất cả' }, ...optionsOf(MEETING_STATUS)]}
            onChange={(event) => onChange({ ...filters, status: (event.currentTarget.value || undefined) as MeetingStatus | undefined })}
          />
        </Grid.Col>
      </Grid>
    </form>
  );
}
