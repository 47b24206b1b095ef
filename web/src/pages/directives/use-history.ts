import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { directiveKeys, type AuditEntry, type TimelineEvent, useTimeline } from './directive-queries';
import type { Names } from './history-values';
import { useAllOrganizations } from '../../lib/organizations';

export function useHistory(id: string) {
  return useInfiniteQuery({
    queryKey: directiveKeys.history(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/directives/{id}/history', { params: { path: { id }, query: { limit: 100, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

const PERSON_FIELDS = new Set(['ownerId', 'issuedById']);

/**
 * Names for the ids the history mentions: organizations from their list, people one by one, and
 * evidence files, progress reports and extension requests from the directive's timeline.
 */
export function useHistoryNames(id: string, entries: AuditEntry[]): Names {
  const organizations = useAllOrganizations();
  const timeline = useTimeline(id);
  const personIds = [
    ...new Set(
      entries.flatMap((entry) =>
        entry.changes
          .filter((change) => PERSON_FIELDS.has(change.field))
          .flatMap((change): unknown[] => [change.from, change.to])
          .filter((value): value is string => typeof value === 'string'),
      ),
    ),
  ];
  const people = useQueries({
    queries: personIds.map((personId) => ({
      queryKey: ['people', personId],
      queryFn: async () => unwrap(await api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const personName = new Map(people.flatMap((query) => (query.data ? [[query.data.id, query.data.fullName] as const] : [])));
  const organizationName = new Map((organizations.data ?? []).map((organization) => [organization.id, organization.name]));
  const told = timelineNames(timeline.data?.events ?? []);
  return {
    organization: (key) => organizationName.get(key),
    person: (key) => personName.get(key),
    attachment: (key) => told.attachments.get(key),
    progressReport: (key) => told.reports.get(key),
    extensionRequest: (key) => told.requests.get(key),
  };
}

/** What the timeline says of the records a step refers to by id. */
function timelineNames(events: TimelineEvent[]) {
  const attachments = new Map<string, string>();
  const reports = new Map<string, string>();
  const requests = new Map<string, string>();
  for (const event of events) {
    if (event.kind === 'transitioned' || event.kind === 'progress_reported') {
      for (const attachment of event.attachments) attachments.set(attachment.id, attachment.fileName);
    }
    if (event.kind === 'progress_reported') reports.set(event.reportId, `${event.percent} %, lúc ${formatDateTime(event.at)}`);
    if (event.kind === 'extension_requested') {
      requests.set(event.requestId, `đến ${formatDate(event.proposedDueDate)}, gửi lúc ${formatDateTime(event.at)}`);
    }
  }
  return { attachments, reports, requests };
}
