import { Anchor, Badge, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PRIORITY } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { CompletionBadge, DeadlineBadge, StatusBadge } from '../../ui/status-badges';
import { DirectiveActions } from './directive-actions';
import { DirectiveFacts } from './directive-facts';
import { useDirective, type Directive } from './directive-queries';
import { DirectiveTimeline } from './directive-timeline';

/** /nhiem-vu/:id — one directive: what it is, where it stands, its story, and what the user may do next. */
export function DirectivePage() {
  const { id = '' } = useParams();
  const directive = useDirective(id);
  return (
    <QueryState query={directive}>
      {(data) => (
        <Stack gap="md">
          <DirectiveHeader directive={data} />
          <DirectiveActions directive={data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <DirectiveFacts directive={data} />
            <DirectiveTimeline id={data.id} />
          </SimpleGrid>
        </Stack>
      )}
    </QueryState>
  );
}

function DirectiveHeader({ directive }: { directive: Directive }) {
  return (
    <div>
      <PageTitle>{directive.title}</PageTitle>
      <Group gap="xs" mt={-8} justify="space-between" wrap="wrap">
        <Group gap="xs">
          <StatusBadge status={directive.status} />
          {directive.deadlineStatus && <DeadlineBadge status={directive.deadlineStatus} />}
          {directive.completion && <CompletionBadge completion={directive.completion} />}
          {directive.priority !== 'normal' && (
            <Badge color="red" variant="outline">
              Ưu tiên: {PRIORITY[directive.priority]}
            </Badge>
          )}
        </Group>
        <Anchor component={Link} to={`/nhiem-vu/${directive.id}/lich-su`} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            <IconHistory size={16} aria-hidden />
            Lịch sử thay đổi
          </Group>
        </Anchor>
      </Group>
    </div>
  );
}
