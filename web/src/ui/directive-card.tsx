import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format';
import { DEADLINE_COLOR } from '../i18n/labels';
import type { DirectiveRow } from './directive-table';
import { DeadlineOrCompletion, shownProgress } from './directive-standing';
import { StatusBadge } from './status-badges';

/** One directive as a card, for phone screens: what it is, by when, how far along. */
export function DirectiveCard({ directive, ownOrganizationId }: { directive: DirectiveRow; ownOrganizationId?: string | null }) {
  const cooperating = ownOrganizationId && directive.leadOrganization.id !== ownOrganizationId;
  const percent = shownProgress(directive);
  const edge = directive.deadlineStatus ? `var(--mantine-color-${DEADLINE_COLOR[directive.deadlineStatus]}-7)` : undefined;
  return (
    <Paper withBorder p="sm" component="article" style={edge ? { borderLeft: `4px solid ${edge}` } : undefined}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} fw={600} size="sm">
          {directive.title}
        </Anchor>
        <Group gap={6}>
          <DeadlineOrCompletion directive={directive} />
          <StatusBadge status={directive.status} />
          {cooperating && (
            <Badge color="gray" variant="outline">
              Phối hợp
            </Badge>
          )}
        </Group>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Hạn:{' '}
          </Text>
          {directive.dueDate ? formatDate(directive.dueDate) : 'Không thời hạn'}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Chủ trì:{' '}
          </Text>
          {directive.leadOrganization.shortName ?? directive.leadOrganization.name}
          {directive.owner && ` · ${directive.owner.fullName}`}
        </Text>
        {percent !== null && (
          <Group gap="xs" wrap="nowrap">
            <Progress value={percent} style={{ flex: 1 }} aria-label={`Tiến độ ${percent} %`} />
            <Text size="xs">{percent} %</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
