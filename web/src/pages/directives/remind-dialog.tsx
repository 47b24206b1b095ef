import { Select, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { optionsOf, REMINDER_CHANNEL, type ReminderChannel } from '../../i18n/labels';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionModal, fieldErrorsOf } from './action-modal';
import { useDirectiveChanged, type Directive } from './directive-queries';

/** The secretariat or a leader records a reminder (đôn đốc) given to the lead agency. */
export function RemindDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [channel, setChannel] = useState<ReminderChannel>('document');
  const [documentNumber, setDocumentNumber] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const changed = useDirectiveChanged(directive.id);
  const remind = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/reminders', {
          params: { path: { id: directive.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { channel, note: note.trim(), ...(documentNumber.trim() && { documentNumber: documentNumber.trim() }) },
        }),
      ),
    onSuccess: async () => {
      onClose();
      await changed(`Đã ghi nhận việc đôn đốc ${directive.leadOrganization.name}.`);
    },
  });
  const errors = fieldErrorsOf(remind.error);

  const submit = () => {
    if (!note.trim()) return setMissing(true);
    remind.mutate();
  };

  return (
    <ActionModal
      title="Đôn đốc thực hiện"
      submitLabel="Ghi nhận đôn đốc"
      onClose={onClose}
      onSubmit={submit}
      busy={remind.isPending}
      error={remind.error}
    >
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
      <Textarea
        label="Nội dung đôn đốc"
        required
        autosize
        minRows={3}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? 'Bắt buộc nhập.' : errors.note}
      />
    </ActionModal>
  );
}
