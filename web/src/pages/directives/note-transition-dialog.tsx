import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { TRANSITION_ACTION, type TransitionAction } from '../../i18n/labels';
import { ActionModal, fieldErrorsOf } from './action-modal';
import type { Directive } from './directive-queries';
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
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const transition = useDirectiveTransition(directive);
  const errors = fieldErrorsOf(transition.error);
  const { label, hint } = NOTE_LABEL[action];

  const submit = () => {
    if (!note.trim()) return setMissing(true);
    transition.mutate({ action, note: note.trim() }, { onSuccess: onClose });
  };

  return (
    <ActionModal
      title={TRANSITION_ACTION[action]}
      submitLabel={TRANSITION_ACTION[action]}
      onClose={onClose}
      onSubmit={submit}
      busy={transition.isPending}
      error={transition.error}
    >
      <Text size="sm">{hint}</Text>
      <Textarea
        label={label}
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
    </ActionModal>
  );
}
