import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';

export const UNREAD_COUNT_KEY = ['notifications', 'unread-count'] as const;

/** The unread count, refreshed every minute and whenever the window regains focus. */
export function NotificationBell() {
  const unread = useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
  const count = unread.data?.count ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red" offset={4}>
      <ActionIcon
        component={Link}
        to="/thong-bao"
        variant="subtle"
        color="dark"
        size="lg"
        aria-label={count > 0 ? `Thông báo: ${count} chưa đọc` : 'Thông báo'}
      >
        <IconBell size={20} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
