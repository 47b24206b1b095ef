import { Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../i18n/format';
import { QueryState } from '../../ui/query-state';
import { CALENDAR_SCOPE, useCalendarFeeds } from './calendar-queries';
import { RevokeFeedButton } from './revoke-feed-button';

/** The feeds still in force; their addresses are not shown (the service no longer knows them). */
export function FeedList({ onRevoked }: { onRevoked(id: string): void }) {
  const feeds = useCalendarFeeds();
  return (
    <section aria-labelledby="feeds-heading">
      <Title order={2} size="h4" mb="sm" id="feeds-heading">
        Đường dẫn lịch đang dùng
      </Title>
      <QueryState query={feeds}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>Bạn chưa có đường dẫn lịch nào.</Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Lịch gồm</Table.Th>
                    <Table.Th>Tạo lúc</Table.Th>
                    <Table.Th>Ứng dụng lịch đọc lần cuối</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Thao tác</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((feed) => (
                    <Table.Tr key={feed.id}>
                      <Table.Td>{CALENDAR_SCOPE[feed.scope].label}</Table.Td>
                      <Table.Td>{formatDateTime(feed.createdAt)}</Table.Td>
                      <Table.Td>{feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : 'Chưa dùng'}</Table.Td>
                      <Table.Td>
                        <RevokeFeedButton feed={feed} onRevoked={onRevoked} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </section>
  );
}
