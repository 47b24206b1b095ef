import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { TRANSITION_ACTION } from '../../i18n/labels';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { EvidenceDropzone } from './evidence-dropzone';
import { useDirectiveTransition } from './use-directive-transition';
import { useEvidenceUploads } from './use-evidence-uploads';

/** The lead agency reports the work done (submit): the result, with its evidence; a leader then confirms it. */
export function SubmitCompletionDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const uploads = useEvidenceUploads();
  const transition = useDirectiveTransition(directive);
  const errors = fieldErrorsOf(transition.error);

  const submit = () => {
    if (!note.trim()) return setMissing(true);
    transition.mutate({ action: 'submit', note: note.trim(), attachmentIds: uploads.attachmentIds }, { onSuccess: onClose });
  };

  return (
    <ActionModal
      title={TRANSITION_ACTION.submit}
      submitLabel="Gửi báo cáo hoàn thành"
      onClose={onClose}
      onSubmit={submit}
      busy={transition.isPending}
      error={transition.error}
      submitDisabled={uploads.uploading}
    >
      <Text size="sm">Nhiệm vụ sẽ chuyển sang «Chờ xác nhận» cho đến khi lãnh đạo xác nhận hoàn thành.</Text>
      <Textarea
        label="Kết quả thực hiện"
        required
        autosize
        minRows={3}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          setMissing(false);
        }}
        error={missing ? 'Bắt buộc nhập.' : errors.note}
        data-autofocus
      />
      <EvidenceDropzone uploads={uploads} />
    </ActionModal>
  );
}
