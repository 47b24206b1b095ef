import type { DirectiveListQuery } from '../../lib/directive-query';
import type { DirectiveCounts } from '../../lib/use-directive-counts';

export interface AgencyGroup {
  key: string;
  title: string;
  query: DirectiveListQuery;
  /** Mantine colour of the group's heading mark. */
  color: string;
}

/**
 * The agency's list, most pressing first: each group is its own server query (in the API's
 * deadline order), so nothing paged on the server is re-sorted here. Cancelled ones are left
 * out: no work remains on them.
 */
export const AGENCY_GROUPS: AgencyGroup[] = [
  { key: 'overdue', title: 'Quá hạn', query: { deadlineStatus: 'overdue' }, color: 'red' },
  { key: 'due_soon', title: 'Sắp đến hạn', query: { deadlineStatus: 'due_soon' }, color: 'orange' },
  { key: 'on_track', title: 'Trong hạn', query: { deadlineStatus: 'on_track' }, color: 'teal' },
  { key: 'no_deadline', title: 'Không thời hạn', query: { deadlineStatus: 'no_deadline' }, color: 'gray' },
  { key: 'paused', title: 'Tạm dừng', query: { status: 'paused' }, color: 'gray' },
  { key: 'completed', title: 'Đã hoàn thành', query: { status: 'completed' }, color: 'teal' },
];

/** The counts at the top, each also a filter of the list (?nhom=…). */
export const AGENCY_COUNTS: AgencyGroup[] = [
  AGENCY_GROUPS[0]!,
  AGENCY_GROUPS[1]!,
  { key: 'awaiting_confirmation', title: 'Chờ xác nhận', query: { status: 'awaiting_confirmation' }, color: 'grape' },
];

/** How many directives the group's list holds, from the API's counts (each group filters by one deadline status or one status). */
export function groupCount(group: AgencyGroup, counts: DirectiveCounts): number | undefined {
  if (group.query.deadlineStatus) return counts.byDeadlineStatus[group.query.deadlineStatus];
  if (group.query.status) return counts.byStatus[group.query.status];
  return undefined;
}
