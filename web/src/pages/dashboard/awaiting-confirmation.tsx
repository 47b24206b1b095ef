import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { TRANSITION_ACTION } from '../../i18n/labels';
import { useDirectivePages } from '../../lib/use-directive-pages';
import type { DirectiveRow } from '../../ui/directive-table';
import { ProblemAlert } from '../../ui/problem-alert';
import { QueryState } from '../../ui/query-state';
import { DeadlineBadge } from '../../ui/status-badges';
import { DirectiveItemCard } from './directive-item-card';
import { SubmissionSummary } from './submission-summary';
import { useAfterDecision, useRefreshLists } from './use-after-decision';

/** Directives their agencies reported done, waiting for a leader: confirm, or return with what is missing. */
export function AwaitingConfirmation() {
  const pages = useDirectivePages({ status: 'awaiting_confirmation' }, 20);
  return (
    <Stack component="section" aria-labelledby="cho-xac-nhan" gap="sm">
      <Title order={2} size="h3" id="cho-xac-nhan">
        Chờ xác nhận hoàn thành
      </Title>
      <QueryState query={pages}>
        {(data) => {
          const directives = data.pages.flatMap((page) => page.items);
          if (directives.length === 0) return <Text>Không có nhiệm vụ nào chờ xác nhận.</Text>;
          return (
            <>
              {directives.map((directive) => (
                <AwaitingItem key={directive.id} directive={directive} />
              ))}
              {pages.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void pages.fetchNextPage()}
                  loading={pages.isFetchingNextPage}
                  style={{ alignSelf: 'flex-start' }}
                >
                  Xem thêm nhiệm vụ chờ xác nhận
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

type Decision = { action: 'confirm' } | { action: 'reject'; note: string };

function AwaitingItem({ directive }: { directive: DirectiveRow }) {
  const afterDecision = useAfterDecision();
  const refreshLists = useRefreshLists();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: async (decision: Decision) =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/transitions', {
          params: { path: { id: directive.id }, header: ifMatch(directive.version) },
          body: decision,
        }),
      ),
    onSuccess: (_, decision) =>
      afterDecision(
        decision.action === 'confirm'
          ? `Đã xác nhận hoàn thành: ${directive.title}`
          : `Đã trả lại cho ${directive.leadOrganization.name}: ${directive.title}`,
      ),
    onError: refreshLists,
  });
  const may = (action: 'confirm' | 'reject') => directive.allowedActions.includes(action);

  return (
    <DirectiveItemCard directive={directive} idPrefix="cho-xac-nhan">
      <Group gap="xs">
        {directive.deadlineStatus && <DeadlineBadge status={directive.deadlineStatus} />}
        <Text size="sm">
          {directive.leadOrganization.name}
          {directive.submittedAt && ` · báo cáo hoàn thành lúc ${formatDateTime(directive.submittedAt)}`}
          {directive.dueDate && ` · hạn ${formatDate(directive.dueDate)}`}
        </Text>
      </Group>
      <SubmissionSummary directiveId={directive.id} />
      <ProblemAlert error={decide.error} />
      {returning ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate({ action: 'reject', note: note.trim() });
          }}
        >
          <Textarea
            label="Nội dung còn thiếu, cần làm tiếp"
            required
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group gap="xs" mt="xs">
            <Button type="submit" color="orange" loading={decide.isPending} disabled={note.trim() === ''}>
              Gửi trả lại
            </Button>
            <Button variant="default" onClick={() => setReturning(false)} disabled={decide.isPending}>
              Thôi
            </Button>
          </Group>
        </form>
      ) : (
        <Group gap="xs">
          {may('confirm') && (
            <Button loading={decide.isPending} onClick={() => decide.mutate({ action: 'confirm' })}>
              {TRANSITION_ACTION.confirm}
            </Button>
          )}
          {may('reject') && (
            <Button variant="default" onClick={() => setReturning(true)} disabled={decide.isPending}>
              {TRANSITION_ACTION.reject}
            </Button>
          )}
        </Group>
      )}
    </DirectiveItemCard>
  );
}
