import { Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { useDirectiveAction } from './use-directive-action';

/** The head of the lead agency asks a leader for a later deadline (gia hạn). */
export function RequestExtensionDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [idempotencyKey] = useState(newIdempotencyKey);
  const request = useDirectiveAction(directive, {
    request: async (proposedDueDate: string) =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/extension-requests', {
          params: { path: { id: directive.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { proposedDueDate, reason: reason.trim() },
        }),
      ),
    done: (_, proposedDueDate) => `Đã gửi đề nghị gia hạn đến ${formatDate(proposedDueDate)}.`,
    onClose,
  });
  const errors = { ...fieldErrorsOf(request.error), ...local };

  const submit = () => {
    const proposed = parseVietnameseDate(date);
    const problems: Record<string, string> = {};
    if (!proposed) problems.proposedDueDate = 'Nhập ngày theo dạng dd/mm/yyyy.';
    if (!reason.trim()) problems.reason = 'Bắt buộc nhập.';
    setLocal(problems);
    if (proposed && Object.keys(problems).length === 0) request.mutate(proposed);
  };

  return (
    <ActionModal title="Đề nghị gia hạn" submitLabel="Gửi đề nghị" onClose={onClose} onSubmit={submit} action={request}>
      <Text size="sm">Thời hạn hiện tại: {formatDate(directive.dueDate)}</Text>
      <TextInput
        label="Thời hạn đề nghị"
        description="Ngày/tháng/năm, ví dụ 30/06/2024"
        placeholder="dd/mm/yyyy"
        required
        inputMode="numeric"
        value={date}
        onChange={(event) => setDate(event.currentTarget.value)}
        error={errors.proposedDueDate}
        data-autofocus
      />
      <Textarea
        label="Lý do"
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.reason}
      />
    </ActionModal>
  );
}
