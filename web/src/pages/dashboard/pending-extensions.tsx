import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ifMatch, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { directiveListLink } from '../../lib/directive-query';
import { DateTextInput } from '../../ui/date-text-input';
import type { DirectiveRow } from '../../ui/directive-table';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { useAfterDecision, useRefreshLists } from './use-after-decision';
import { usePendingExtensions } from './use-pending-extensions';

/** Requests for a later deadline, waiting for a leader: approve (up to the date asked) or refuse, in place. */
export function PendingExtensions() {
  const pending = usePendingExtensions();
  return (
    <Stack component="section" aria-labelledby="de-nghi-gia-han" gap="sm">
      <Title order={2} size="h3" id="de-nghi-gia-han">
        Đề nghị gia hạn chờ quyết định
      </Title>
      <QueryState query={pending}>
        {({ directives, complete }) => (
          <>
            {!complete && (
              <Alert color="orange" role="status">
                Còn nhiều đề nghị khác: đây là 100 đề nghị có hạn gần nhất.{' '}
                <Anchor component={Link} to={directiveListLink({ pendingExtension: 'true' })}>
                  Xem tất cả
                </Anchor>
              </Alert>
            )}
            {directives.length === 0 ? (
              <Text>Không có đề nghị gia hạn nào chờ quyết định.</Text>
            ) : (
              directives.map((directive) => <ExtensionItem key={directive.id} directive={directive} />)
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

type Decision = { decision: 'approved'; approvedDueDate: string; note?: string } | { decision: 'rejected'; note?: string };

function ExtensionItem({ directive }: { directive: DirectiveRow }) {
  const request = directive.pendingExtension!;
  const mayDecide = directive.allowedOperations.includes('decide_extension');
  const afterDecision = useAfterDecision();
  const refreshLists = useRefreshLists();
  const [approvedDueDate, setApprovedDueDate] = useState(request.proposedDueDate);
  const [note, setNote] = useState('');
  const beyondProposed = approvedDueDate > request.proposedDueDate;

  const decide = useMutation({
    mutationFn: async (decision: Decision) =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/extension-requests/{requestId}/decision', {
          params: { path: { id: directive.id, requestId: request.id }, header: ifMatch(directive.version) },
          body: decision,
        }),
      ),
    onSuccess: (_, decision) =>
      afterDecision(
        decision.decision === 'approved'
          ? `Đã đồng ý gia hạn đến ${formatDate(decision.approvedDueDate)}: ${directive.title}`
          : `Đã không đồng ý gia hạn: ${directive.title}`,
      ),
    onError: refreshLists,
  });
  const withNote = note.trim() ? { note: note.trim() } : {};
  const titleId = `gia-han-${directive.id}`;

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} fw={600} id={titleId}>
          {directive.title}
        </Anchor>
        <Text size="sm">
          {directive.leadOrganization.name} đề nghị gia hạn từ <strong>{formatDate(directive.dueDate)}</strong> đến{' '}
          <strong>{formatDate(request.proposedDueDate)}</strong> (gửi lúc {formatDateTime(request.requestedAt)}).
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Lý do:{' '}
          </Text>
          {request.reason}
        </Text>
        <ProblemAlert error={decide.error} />
        {mayDecide && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              decide.mutate({ decision: 'approved', approvedDueDate, ...withNote });
            }}
          >
            <Group align="flex-start" gap="sm" wrap="wrap">
              <DateTextInput label="Đồng ý gia hạn đến ngày" value={approvedDueDate} onChange={setApprovedDueDate} />
              <TextInput
                label="Ý kiến (không bắt buộc)"
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                style={{ flex: 1, minWidth: 220 }}
              />
            </Group>
            {beyondProposed && (
              <Text size="sm" c="red.8" mt={4} role="alert">
                Không được muộn hơn ngày đơn vị đề nghị ({formatDate(request.proposedDueDate)}).
              </Text>
            )}
            <Group gap="xs" mt="xs">
              <Button type="submit" loading={decide.isPending} disabled={beyondProposed || !approvedDueDate}>
                Đồng ý gia hạn
              </Button>
              <Button variant="default" disabled={decide.isPending} onClick={() => decide.mutate({ decision: 'rejected', ...withNote })}>
                Không đồng ý
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
