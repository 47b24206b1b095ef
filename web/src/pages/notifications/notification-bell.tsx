import { ActionIcon, Anchor, Button, Divider, Indicator, Popover, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { NOTIFICATION_KIND } from '../../i18n/labels';
import { QueryState } from '../../ui/query-state';
import { useLatestUnread, useMarkRead, useUnreadCount } from './notification-queries';

export { UNREAD_COUNT_KEY } from './notification-queries';

const LATEST = 5;

/**
 * The unread count (refreshed every minute and when the window regains focus) on a button that
 * opens the latest unread notifications. The popover is a dialog: focus moves into it, stays there
 * until Escape or a choice, then returns to the bell.
 */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [opened, { close, toggle }] = useDisclosure(false);
  const count = unread.data?.count ?? 0;
  const headingId = useId();
  return (
    <Popover opened={opened} onDismiss={close} position="bottom-end" width={340} trapFocus returnFocus shadow="md">
      <Indicator label={<span aria-hidden>{count > 99 ? '99+' : count}</span>} size={18} disabled={count === 0} color="red.9" offset={4}>
        <Popover.Target>
          <ActionIcon
            onClick={toggle}
            variant="subtle"
            color="dark"
            size="lg"
            aria-label={count > 0 ? `Thông báo: ${count} chưa đọc` : 'Thông báo'}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown aria-labelledby={headingId} p="sm">
        <LatestUnread headingId={headingId} enabled={opened} onChoose={close} />
      </Popover.Dropdown>
    </Popover>
  );
}

function LatestUnread({ headingId, enabled, onChoose }: { headingId: string; enabled: boolean; onChoose(): void }) {
  const latest = useLatestUnread(LATEST, enabled);
  const markRead = useMarkRead();
  return (
    <Stack gap="xs">
      <Title order={2} size="h5" id={headingId}>
        Thông báo chưa đọc
      </Title>
      <QueryState query={latest}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm">Không có thông báo mới.</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {page.items.map((notification) => (
                <li key={notification.id}>
                  <Text size="xs" c="gray.7">
                    {NOTIFICATION_KIND[notification.kind]} ·{' '}
                    <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                  </Text>
                  <Anchor
                    component={Link}
                    to={`/nhiem-vu/${notification.directiveId}`}
                    size="sm"
                    fw={600}
                    lineClamp={2}
                    onClick={() => {
                      markRead.mutate(notification.id);
                      onChoose();
                    }}
                  >
                    {notification.title}
                  </Anchor>
                </li>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <Divider />
      <Button component={Link} to="/thong-bao" variant="light" size="xs" onClick={onChoose}>
        Xem tất cả thông báo
      </Button>
    </Stack>
  );
}
