import { Text } from '@mantine/core';
import { TRANSITION_ACTION } from '../../i18n/labels';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { EvidenceDropzone } from './evidence-dropzone';
import { RequiredNote, useRequiredNote } from './required-note';
import { useDirectiveTransition } from './use-directive-transition';
import { useEvidenceUploads } from './use-evidence-uploads';

/** The lead agency reports the work done (submit): the result, with its evidence; a leader then confirms it. */
export function SubmitCompletionDialog({ directive, onClose }: { directive: Directive; onClose(): void }) {
  const note = useRequiredNote();
  const uploads = useEvidenceUploads();
  const transition = useDirectiveTransition(directive);
  const errors = fieldErrorsOf(transition.error);

  const submit = () => {
    if (note.present())
      transition.mutate({ action: 'submit', note: note.trimmed, attachmentIds: uploads.attachmentIds }, { onSuccess: onClose });
  };

  return (
    <ActionModal
      title={TRANSITION_ACTION.submit}
      submitLabel="Gửi báo cáo hoàn thành"
      onClose={onClose}
      onSubmit={submit}
      action={transition}
      submitDisabled={uploads.uploading}
    >
      <Text size="sm">Nhiệm vụ sẽ chuyển sang «Chờ xác nhận» cho đến khi lãnh đạo xác nhận hoàn thành.</Text>
      <RequiredNote label="Kết quả thực hiện" note={note} error={errors.note} data-autofocus />
      <EvidenceDropzone uploads={uploads} />
    </ActionModal>
  );
}
