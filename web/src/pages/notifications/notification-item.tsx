import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { NotificationKindBadge } from './notification-kind-badge';
import { useMarkRead, type AppNotification } from './notification-queries';

/** One notification: what happened to which directive, when; opening the directive marks it read. */
export function NotificationItem({ notification }: { notification: AppNotification }) {
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  return (
    <Paper component="li" withBorder p="sm" bg={unread ? 'blue.0' : undefined} data-unread={unread}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Group gap="xs">
            <NotificationKindBadge kind={notification.kind} />
            {unread && (
              <Badge color="red.9" variant="filled">
                Chưa đọc
              </Badge>
            )}
          </Group>
          <Anchor
            component={Link}
            to={`/nhiem-vu/${notification.directiveId}`}
            fw={unread ? 700 : 500}
            onClick={() => unread && markRead.mutate(notification.id)}
          >
            {notification.title}
          </Anchor>
          <Text size="sm">{notification.message}</Text>
          <Text size="xs" c="gray.7">
            <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
          </Text>
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="default"
            loading={markRead.isPending}
            onClick={() => markRead.mutate(notification.id)}
            aria-label={`Đánh dấu đã đọc: ${notification.title}`}
          >
            Đánh dấu đã đọc
          </Button>
        )}
      </Group>
    </Paper>
  );
}
