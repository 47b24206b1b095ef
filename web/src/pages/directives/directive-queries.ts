import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { useCallback } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { notifySuccess } from '../../ui/notify';

type Schemas = components['schemas'];
export type Directive = Schemas['DirectiveResponseDto'];

export type TimelineEvent = Schemas['DirectiveTimelineDto']['events'][number];
export interface Timeline {
  events: TimelineEvent[];
  truncated: boolean;
}
export type AttachmentSummary = Schemas['AttachmentSummaryDto'];
export type AuditEntry = Schemas['AuditEntryDto'];

/** Everything cached about one directive sits under one key, so one invalidation refreshes the page. */
export const directiveKeys = {
  all: (id: string) => ['directive', id] as const,
  detail: (id: string) => ['directive', id, 'detail'] as const,
  timeline: (id: string) => ['directive', id, 'timeline'] as const,
  history: (id: string) => ['directive', id, 'history'] as const,
};

export async function fetchDirective(id: string): Promise<Directive> {
  return unwrap(await api.GET('/api/v1/directives/{id}', { params: { path: { id } } }));
}

export function useDirective(id: string) {
  return useQuery({ queryKey: directiveKeys.detail(id), queryFn: () => fetchDirective(id) });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: directiveKeys.timeline(id),
    queryFn: async (): Promise<Timeline> => {
      const timeline = unwrap(await api.GET('/api/v1/directives/{id}/timeline', { params: { path: { id } } }));
      return { events: timeline.events, truncated: timeline.truncated };
    },
  });
}

/**
 * After an action: the directive, its timeline and its history are refetched, as are the lists
 * that show it (other areas' keys start with 'directives'), and the user is told it worked.
 */
export function useDirectiveChanged(id: string): (message: string) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (message: string) => {
      notifySuccess(message, 'Đã lưu');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: directiveKeys.all(id) }),
        queryClient.invalidateQueries({ queryKey: ['directives'] }),
      ]);
    },
    [queryClient, id],
  );
}

/**
 * A write refused because the directive moved on (412 someone saved meanwhile, 409 its status
 * changed): reload it, so that what is on screen, and the version the next try sends, are the latest.
 */
export function useReloadOnConflict(id: string): (error: unknown) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ProblemError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: directiveKeys.all(id) });
      }
    },
    [queryClient, id],
  );
}
