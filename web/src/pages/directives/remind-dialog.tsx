import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { optionsOf, REMINDER_CHANNEL, type ReminderChannel } from '../../i18n/labels';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { RequiredNote, useRequiredNote } from './required-note';
import { useDirectiveAction } from './use-directive-action';

/** The secretariat or a leader records a reminder (đôn đốc) given to the lead agency. */
export function RemindDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [channel, setChannel] = useState<ReminderChannel>('document');
  const [documentNumber, setDocumentNumber] = useState('');
  const note = useRequiredNote();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const remind = useDirectiveAction(directive, {
    request: async () =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/reminders', {
          params: { path: { id: directive.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { channel, note: note.trimmed, ...(documentNumber.trim() && { documentNumber: documentNumber.trim() }) },
        }),
      ),
    done: () => `Đã ghi nhận việc đôn đốc ${directive.leadOrganization.name}.`,
    onClose,
  });
  const errors = fieldErrorsOf(remind.error);

  const submit = () => {
    if (note.present()) remind.mutate();
  };

  return (
    <ActionModal title="Đôn đốc thực hiện" submitLabel="Ghi nhận đôn đốc" onClose={onClose} onSubmit={submit} action={remind}>
      <Select
        label="Hình thức"
        data={optionsOf(REMINDER_CHANNEL)}
        value={channel}
        onChange={(value) => value && setChannel(value as ReminderChannel)}
        allowDeselect={false}
        error={errors.channel}
      />
      {channel === 'document' && (
        <TextInput
          label="Số văn bản"
          placeholder="Ví dụ: 123/VP-TH"
          value={documentNumber}
          onChange={(event) => setDocumentNumber(event.currentTarget.value)}
          error={errors.documentNumber}
        />
      )}
      <RequiredNote label="Nội dung đôn đốc" note={note} error={errors.note} />
    </ActionModal>
  );
}
