import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { NotificationItem } from './notification-item';
import { useMarkAllRead, useNotificationPages, useUnreadCount } from './notification-queries';

/** The user's notifications, newest first; `?unread=true` keeps only those not read yet. */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const pages = useNotificationPages(unreadOnly);
  const unread = useUnreadCount();
  const markAll = useMarkAllRead();
  const unreadCount = unread.data?.count ?? 0;

  const showUnreadOnly = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'unread') next.set('unread', 'true');
    else next.delete('unread');
    setParams(next);
  };

  return (
    <>
      <PageTitle
        actions={
          <Button variant="light" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unreadCount === 0}>
            Đánh dấu tất cả đã đọc
          </Button>
        }
      >
        Thông báo
      </PageTitle>
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            aria-label="Thông báo hiển thị"
            value={unreadOnly ? 'unread' : 'all'}
            onChange={showUnreadOnly}
            data={[
              { value: 'all', label: 'Tất cả' },
              { value: 'unread', label: `Chưa đọc (${unreadCount})` },
            ]}
          />
        </Group>
        <ProblemAlert error={markAll.error} />
        <QueryState query={pages}>
          {(data) => {
            const items = data.pages.flatMap((page) => page.items);
            if (items.length === 0) {
              return <Text>{unreadOnly ? 'Bạn đã đọc hết thông báo.' : 'Chưa có thông báo nào.'}</Text>;
            }
            return (
              <>
                <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Danh sách thông báo">
                  {items.map((notification) => (
                    <NotificationItem key={notification.id} notification={notification} />
                  ))}
                </Stack>
                {pages.hasNextPage && (
                  <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} mx="auto">
                    Xem thêm thông báo cũ hơn
                  </Button>
                )}
                {pages.isFetchNextPageError && <ProblemAlert error={pages.error} title="Không tải thêm được" />}
              </>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
