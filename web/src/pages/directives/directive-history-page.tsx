import { Anchor, Button, List, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { ROLE, type Role } from '../../i18n/labels';
import { PageTitle } from '../../ui/page-title';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { useDirective, type AuditEntry } from './directive-queries';
import { actionLabel, toldChanges, type Names } from './history-values';
import { useHistory, useHistoryNames } from './use-history';

/** /nhiem-vu/:id/lich-su — every recorded change of the directive, oldest first: who, when, from what to what. */
export function DirectiveHistoryPage() {
  const { id = '' } = useParams();
  const directive = useDirective(id);
  const history = useHistory(id);
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  const names = useHistoryNames(id, entries);

  return (
    <Stack gap="md">
      <div>
        <PageTitle>Lịch sử thay đổi</PageTitle>
        {directive.data && (
          <Text size="sm" mt={-8}>
            Nhiệm vụ:{' '}
            <Anchor component={Link} to={`/nhiem-vu/${id}`}>
              {directive.data.title}
            </Anchor>
          </Text>
        )}
      </div>
      <QueryState query={history}>
        {() =>
          entries.length === 0 ? (
            <Text c="dimmed">Chưa có thay đổi nào được ghi lại.</Text>
          ) : (
            <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Các thay đổi">
              {entries.map((entry) => (
                <HistoryEntry key={entry.seq} entry={entry} names={names} />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {history.hasNextPage && (
        <Button variant="default" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage} w="fit-content">
          Xem thêm
        </Button>
      )}
      {history.isFetchNextPageError && <ProblemAlert error={history.error} />}
    </Stack>
  );
}

function HistoryEntry({ entry, names }: { entry: AuditEntry; names: Names }) {
  const role = entry.actor.role && entry.actor.role in ROLE ? ROLE[entry.actor.role as Role] : null;
  const changes = toldChanges(entry, names);
  return (
    <Paper withBorder p="sm" component="li">
      <Text fw={600} size="sm">
        {actionLabel(entry.action)}
      </Text>
      <Text size="xs" c="dimmed" mb={changes.length > 0 ? 6 : 0}>
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> ·{' '}
        {entry.actor.userId ? (entry.actor.displayName ?? entry.actor.username) : 'Hệ thống'}
        {role && ` (${role})`}
      </Text>
      {changes.length > 0 && (
        <List size="sm" spacing={2}>
          {changes.map((change) => (
            <List.Item key={change.field} style={{ wordBreak: 'break-word' }}>
              <strong>{change.label}</strong>: {change.text}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
