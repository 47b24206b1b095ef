import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client';
import { formatDate, formatDateTime, parseVietnameseDate } from '../../i18n/format';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { useDirectiveAction } from './use-directive-action';

type Decision = 'approved' | 'rejected';

/** A leader approves the pending request for a later deadline (up to the date asked for) or rejects it. */
export function DecideExtensionDialog({
  directive,
  pending,
  onClose,
}: {
  directive: Directive;
  pending: NonNullable<Directive['pendingExtension']>;
  onClose(): void;
}) {
  const [decision, setDecision] = useState<Decision>('approved');
  const [date, setDate] = useState(formatDate(pending.proposedDueDate));
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const decide = useDirectiveAction(directive, {
    request: async (approvedDueDate: string | undefined) =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/extension-requests/{requestId}/decision', {
          params: { path: { id: directive.id, requestId: pending.id }, header: ifMatch(directive.version) },
          body: { decision, ...(approvedDueDate && { approvedDueDate }), ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    done: (_, approvedDueDate) => (approvedDueDate ? `Đã đồng ý gia hạn đến ${formatDate(approvedDueDate)}.` : 'Đã không đồng ý gia hạn.'),
    onClose,
  });
  const errors = { ...fieldErrorsOf(decide.error), ...local };

  const submit = () => {
    if (decision === 'rejected') return decide.mutate(undefined);
    const approved = parseVietnameseDate(date);
    if (!approved) return setLocal({ approvedDueDate: 'Nhập ngày theo dạng dd/mm/yyyy.' });
    if (approved > pending.proposedDueDate) {
      return setLocal({ approvedDueDate: `Không muộn hơn hạn đơn vị đề nghị (${formatDate(pending.proposedDueDate)}).` });
    }
    setLocal({});
    decide.mutate(approved);
  };

  return (
    <ActionModal
      title="Quyết định gia hạn"
      submitLabel={decision === 'approved' ? 'Đồng ý gia hạn' : 'Không đồng ý'}
      onClose={onClose}
      onSubmit={submit}
      action={decide}
    >
      <Stack gap={4}>
        <Text size="sm">
          Thời hạn hiện tại: <strong>{formatDate(directive.dueDate)}</strong> — đơn vị đề nghị đến{' '}
          <strong>{formatDate(pending.proposedDueDate)}</strong> (gửi lúc {formatDateTime(pending.requestedAt)}).
        </Text>
        <Text size="sm">Lý do: {pending.reason}</Text>
      </Stack>
      <SegmentedControl
        value={decision}
        onChange={(value) => setDecision(value as Decision)}
        data={[
          { value: 'approved', label: 'Đồng ý' },
          { value: 'rejected', label: 'Không đồng ý' },
        ]}
        aria-label="Quyết định"
      />
      {decision === 'approved' && (
        <TextInput
          label="Gia hạn đến ngày"
          description="Không muộn hơn ngày đơn vị đề nghị"
          placeholder="dd/mm/yyyy"
          required
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          error={errors.approvedDueDate}
        />
      )}
      <Textarea
        label="Ý kiến của lãnh đạo"
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.note}
      />
    </ActionModal>
  );
}
