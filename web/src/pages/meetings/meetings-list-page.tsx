import { Anchor, Badge, Button, Center, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../auth/session';
import { formatDate, formatTime } from '../../i18n/format';
import { MEETING_STATUS } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { MeetingFilters, filtersFromSearch } from './meeting-filters';
import { useMeetingList, type MeetingListFilters, type MeetingSummary } from './meeting-queries';

export function MeetingsListPage() {
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const list = useMeetingList(filters);

  function applyFilters(next: MeetingListFilters) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) if (value) params.set(name, String(value));
    setSearch(params);
  }

  return (
    <>
      <PageTitle
        actions={
          me.can('meetings:write') && (
            <Group>
              <Button component={Link} to="/cuoc-hop/nhap" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
                Nhập từ văn bản
              </Button>
              <Button component={Link} to="/cuoc-hop/moi" leftSection={<IconPlus size={16} aria-hidden />}>
                Ghi biên bản cuộc họp
              </Button>
            </Group>
          )
        }
      >
        Cuộc họp
      </PageTitle>
      {/* Keyed by the typed filters in the URL: the back button brings back what was typed for that URL. */}
      <MeetingFilters key={[filters.q, filters.from, filters.to].join('|')} filters={filters} onChange={applyFilters} />
      <QueryState query={list}>
        {(data) => {
          const meetings = data.pages.flatMap((page) => page.items);
          if (meetings.length === 0) return <Text c="dimmed">Không có cuộc họp nào phù hợp.</Text>;
          return (
            <Stack>
              <MeetingsTable meetings={meetings} />
              {list.isFetchNextPageError && <ProblemAlert error={list.error} title="Không tải thêm được" />}
              {list.hasNextPage && (
                <Center>
                  <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                    Xem thêm
                  </Button>
                </Center>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function MeetingsTable({ meetings }: { meetings: MeetingSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Thời gian</Table.Th>
            <Table.Th scope="col">Tên cuộc họp</Table.Th>
            <Table.Th scope="col">Cơ quan tổ chức</Table.Th>
            <Table.Th scope="col">Chủ trì</Table.Th>
            <Table.Th scope="col">Trạng thái</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDate(meeting.startsAt)}</Text>
                <Text size="xs" c="dimmed">
                  {formatTime(meeting.startsAt)}
                  {meeting.endsAt && ` – ${formatTime(meeting.endsAt)}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/cuoc-hop/${meeting.id}`} fw={500}>
                  {meeting.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{meeting.organizer?.name ?? '—'}</Table.Td>
              <Table.Td>{meeting.chair?.fullName ?? '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={meeting.status === 'published' ? 'teal' : 'gray'}>
                  {MEETING_STATUS[meeting.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
