import { Badge } from '@mantine/core';
import {
  COMPLETION,
  DEADLINE_COLOR,
  DEADLINE_STATUS,
  DIRECTIVE_STATUS,
  STATUS_COLOR,
  type Completion,
  type DeadlineStatus,
  type DirectiveStatus,
} from '../i18n/labels';

export function StatusBadge({ status }: { status: DirectiveStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-status={status}>
      {DIRECTIVE_STATUS[status]}
    </Badge>
  );
}

export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  return (
    <Badge color={DEADLINE_COLOR[status]} variant={status === 'overdue' ? 'filled' : 'light'} data-deadline={status}>
      {DEADLINE_STATUS[status]}
    </Badge>
  );
}

export function CompletionBadge({ completion }: { completion: Completion }) {
  return (
    <Badge color={completion === 'completed_late' ? 'orange' : 'teal'} variant="light">
      {COMPLETION[completion]}
    </Badge>
  );
}
