import { SimpleGrid } from '@mantine/core';
import { directiveListLink, listQuery, type DirectiveFilters } from '../../lib/directive-query';
import { useDirectiveCount } from '../../lib/use-directive-pages';
import { CountCard } from '../../ui/count-card';
import { useOverdueReport } from './use-overdue-report';

const COUNTED: { label: string; filters: DirectiveFilters; color: string }[] = [
  { label: 'Sắp đến hạn', filters: { deadlineStatus: 'due_soon' }, color: 'orange' },
  { label: 'Trong hạn', filters: { deadlineStatus: 'on_track' }, color: 'teal' },
  { label: 'Không thời hạn', filters: { deadlineStatus: 'no_deadline' }, color: 'gray' },
  { label: 'Chờ xác nhận', filters: { status: 'awaiting_confirmation' }, color: 'grape' },
];

/**
 * The open directives by deadline status, each card opening the list behind it. Overdue is the
 * overdue report's exact total; the others are counted from a page of the list (it has no total).
 */
export function DeadlineCounts() {
  const overdue = useOverdueReport();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="nav" aria-label="Nhiệm vụ theo tình trạng hạn">
      <CountCard
        label="Quá hạn"
        count={overdue.data?.pages[0]?.total}
        loading={overdue.isPending}
        failed={overdue.isError}
        color="red"
        to={directiveListLink({ deadlineStatus: 'overdue' })}
      />
      {COUNTED.map((item) => (
        <ListCount key={item.label} {...item} />
      ))}
    </SimpleGrid>
  );
}

function ListCount({ label, filters, color }: { label: string; filters: DirectiveFilters; color: string }) {
  const counted = useDirectiveCount(listQuery(filters));
  return (
    <CountCard
      label={label}
      count={counted.data?.count}
      more={counted.data?.more}
      loading={counted.isPending}
      failed={counted.isError}
      color={color}
      to={directiveListLink(filters)}
    />
  );
}
