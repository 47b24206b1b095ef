import { type InfiniteData, type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type AppNotification = components['schemas']['NotificationResponseDto'];

/** Every notification query starts with this key, so one invalidation refreshes the list, the bell and its count. */
const NOTIFICATIONS_KEY = ['notifications'] as const;
export const UNREAD_COUNT_KEY = [...NOTIFICATIONS_KEY, 'unread-count'] as const;
const PAGE_SIZE = 20;

export function useUnreadCount() {
  return useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
}

/** The latest few unread notifications, for the bell's popover. */
export function useLatestUnread(limit: number, enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest-unread', limit],
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications', { params: { query: { unread: 'true', limit } } })),
    enabled,
  });
}

/** Newest first, a page at a time (keyset: the next page starts after the last one shown). */
export function useNotificationPages(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', { unreadOnly }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/notifications', {
          params: { query: { unread: unreadOnly ? 'true' : undefined, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

type NotificationPages = InfiniteData<components['schemas']['NotificationPageDto']>;

/**
 * What the server now holds, written into the cached lists at once: a list shown again (the back
 * button) never shows a read notification as unread while its refetch is on the way.
 */
function markReadInCache(queryClient: QueryClient, isRead: (notification: AppNotification) => boolean): void {
  const readAt = new Date().toISOString();
  for (const [key, data] of queryClient.getQueriesData<NotificationPages>({ queryKey: [...NOTIFICATIONS_KEY, 'list'] })) {
    if (!data) continue;
    const unreadOnly = (key[2] as { unreadOnly: boolean }).unreadOnly;
    queryClient.setQueryData<NotificationPages>(key, {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items
          .filter((notification) => !(unreadOnly && isRead(notification)))
          .map((notification) => (isRead(notification) && !notification.readAt ? { ...notification, readAt } : notification)),
      })),
    });
  }
}

/**
 * Marking read updates the cached lists and then refreshes every notification query. Both live in
 * the mutation's own options so that they still happen when the user has already left the page
 * (opening a notification's directive).
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: (_answer, id) => markReadInCache(queryClient, (notification) => notification.id === id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => markReadInCache(queryClient, () => true),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
