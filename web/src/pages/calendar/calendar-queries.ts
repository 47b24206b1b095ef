import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type CalendarFeed = components['schemas']['CalendarFeedDto'];
export type CreatedCalendarFeed = components['schemas']['CreatedCalendarFeedDto'];
export type CalendarScope = CalendarFeed['scope'];

const FEEDS_KEY = ['calendar-feeds'] as const;

export const CALENDAR_SCOPE: Record<CalendarScope, { label: string; description: string }> = {
  me: {
    label: 'Việc của tôi',
    description: 'Nhiệm vụ tôi được phân công xử lý và các cuộc họp tôi dự hoặc chủ trì.',
  },
  organization: {
    label: 'Tất cả việc tôi được xem',
    description: 'Mọi nhiệm vụ tôi được xem (với cán bộ đơn vị: nhiệm vụ đơn vị chủ trì hoặc phối hợp) và các cuộc họp của chúng.',
  },
};

export function useCalendarFeeds() {
  return useQuery({
    queryKey: FEEDS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/calendar-feeds')),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (scope: CalendarScope) => unwrap(await api.POST('/api/v1/calendar-feeds', { body: { scope } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEEDS_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/calendar-feeds/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: FEEDS_KEY }),
  });
}
