import { Badge } from '@mantine/core';
import { NOTIFICATION_KIND, type NotificationKind } from '../../i18n/labels';

/** What needs acting on stands out: deadlines in the deadline colours, refusals in orange. */
const KIND_COLOR: Partial<Record<NotificationKind, string>> = {
  overdue: 'red',
  escalated: 'red',
  due_soon: 'orange',
  rejected: 'orange',
  reminded: 'orange',
  awaiting_confirmation: 'grape',
  extension_requested: 'grape',
};

export function NotificationKindBadge({ kind }: { kind: NotificationKind }) {
  return (
    <Badge color={KIND_COLOR[kind] ?? 'blue'} variant="light" data-kind={kind}>
      {NOTIFICATION_KIND[kind]}
    </Badge>
  );
}
