import { SimpleGrid } from '@mantine/core';
import { directiveListLink, type DirectiveFilters } from '../../lib/directive-query';
import { type DirectiveCounts, useDirectiveCounts } from '../../lib/use-directive-counts';
import { CountCard } from '../../ui/count-card';

const COUNTED: { label: string; filters: DirectiveFilters; color: string; count: (counts: DirectiveCounts) => number }[] = [
  { label: 'Quá hạn', filters: { deadlineStatus: 'overdue' }, color: 'red', count: (c) => c.byDeadlineStatus.overdue },
  { label: 'Sắp đến hạn', filters: { deadlineStatus: 'due_soon' }, color: 'orange', count: (c) => c.byDeadlineStatus.due_soon },
  { label: 'Trong hạn', filters: { deadlineStatus: 'on_track' }, color: 'teal', count: (c) => c.byDeadlineStatus.on_track },
  { label: 'Không thời hạn', filters: { deadlineStatus: 'no_deadline' }, color: 'gray', count: (c) => c.byDeadlineStatus.no_deadline },
  { label: 'Chờ xác nhận', filters: { status: 'awaiting_confirmation' }, color: 'grape', count: (c) => c.awaitingConfirmation },
];

/** The open directives by deadline status, each card opening the list it counts (one request counts them all). */
export function DeadlineCounts() {
  const counts = useDirectiveCounts();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="nav" aria-label="Nhiệm vụ theo tình trạng hạn">
      {COUNTED.map(({ label, filters, color, count }) => (
        <CountCard
          key={label}
          label={label}
          count={counts.data && count(counts.data)}
          loading={counts.isPending}
          failed={counts.isError}
          color={color}
          to={directiveListLink(filters)}
        />
      ))}
    </SimpleGrid>
  );
}
