import { Text } from '@mantine/core';
import { TRANSITION_ACTION, type TransitionAction } from '../../i18n/labels';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
import { RequiredNote, useRequiredNote } from './required-note';
import { useDirectiveTransition } from './use-directive-transition';

/** The steps whose note is their substance (TransitionDto: required for reject, pause, cancel, reopen). */
export type NoteAction = Extract<TransitionAction, 'reject' | 'pause' | 'cancel' | 'reopen'>;
export const NOTE_ACTIONS: readonly NoteAction[] = ['reject', 'pause', 'cancel', 'reopen'];

const NOTE_LABEL: Record<NoteAction, { label: string; hint: string }> = {
  reject: { label: 'Nội dung chưa đạt, cần bổ sung', hint: 'Nhiệm vụ sẽ trở lại trạng thái «Thực hiện lại».' },
  pause: { label: 'Lý do tạm dừng', hint: 'Đơn vị không báo cáo được cho đến khi nhiệm vụ được tiếp tục.' },
  cancel: { label: 'Lý do hủy', hint: 'Nhiệm vụ đã hủy không thể thực hiện tiếp.' },
  reopen: { label: 'Lý do yêu cầu thực hiện lại', hint: 'Nhiệm vụ sẽ trở lại trạng thái «Thực hiện lại».' },
};

export function NoteTransitionDialog({ directive, action, onClose }: { directive: Directive; action: NoteAction; onClose(): void }) {
  const note = useRequiredNote();
  const transition = useDirectiveTransition(directive);
  const errors = fieldErrorsOf(transition.error);
  const { label, hint } = NOTE_LABEL[action];

  const submit = () => {
    if (note.present()) transition.mutate({ action, note: note.trimmed }, { onSuccess: onClose });
  };

  return (
    <ActionModal
      title={TRANSITION_ACTION[action]}
      submitLabel={TRANSITION_ACTION[action]}
      onClose={onClose}
      onSubmit={submit}
      action={transition}
    >
      <Text size="sm">{hint}</Text>
      <RequiredNote label={label} note={note} error={errors.note} data-autofocus />
    </ActionModal>
  );
}
