import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

export type Meeting = components['schemas']['MeetingResponseDto'];
export type MeetingSummary = components['schemas']['MeetingSummaryDto'];
export type MeetingProgress = components['schemas']['MeetingProgressDto'];
export type MeetingListFilters = Omit<NonNullable<operations['MeetingsController_list']['parameters']['query']>, 'cursor' | 'limit'>;

export const MEETINGS_KEY = ['meetings'] as const;
const PAGE_SIZE = 25;

export function useMeetingList(filters: MeetingListFilters) {
  return useInfiniteQuery({
    queryKey: [...MEETINGS_KEY, 'list', filters],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/meetings', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export const meetingKey = (id: string) => [...MEETINGS_KEY, id] as const;

export async function fetchMeeting(id: string): Promise<Meeting> {
  return unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => fetchMeeting(id) });
}

export function useMeetingProgress(id: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, id, 'progress'],
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}/progress', { params: { path: { id } } })),
  });
}
