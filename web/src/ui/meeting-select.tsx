import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { formatDate } from '../i18n/format';

/**
 * Picks a meeting among the latest 200 (the meeting list has no text search); a meeting
 * chosen elsewhere (a link from its page) keeps the name the caller knows it by.
 */
export function MeetingSelect({ value, onChange, knownTitle }: { value: string; onChange(value: string): void; knownTitle?: string }) {
  const meetings = useQuery({
    queryKey: ['meetings', 'latest-200'],
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings', { params: { query: { limit: 200 } } })).items,
  });
  const data = (meetings.data ?? []).map((meeting) => ({
    value: meeting.id,
    label: `${formatDate(meeting.startsAt)} — ${meeting.title}`,
  }));
  if (value && !data.some((item) => item.value === value)) data.push({ value, label: knownTitle ?? 'Cuộc họp đã chọn' });
  return (
    <Select
      label="Cuộc họp"
      placeholder="Tất cả"
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      nothingFoundMessage="Không có cuộc họp phù hợp"
      error={meetings.isError ? 'Không tải được danh sách cuộc họp.' : undefined}
    />
  );
}
