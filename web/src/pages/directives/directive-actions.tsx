import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useMe } from '../../auth/session';
import { TRANSITION_ACTION, type TransitionAction } from '../../i18n/labels';
import { ProblemAlert } from '../../ui/problem-alert';
import { AssignOwnerDialog } from './assign-owner-dialog';
import { DecideExtensionDialog } from './decide-extension-dialog';
import type { Directive } from './directive-queries';
import { EditDirectiveDialog } from './edit-directive-dialog';
import { NOTE_ACTIONS, NoteTransitionDialog, type NoteAction } from './note-transition-dialog';
import { offeredActions, reportsContribution } from './offered-actions';
import { RemindDialog } from './remind-dialog';
import { ReportProgressDialog } from './report-progress-dialog';
import { RequestExtensionDialog } from './request-extension-dialog';
import { SubmitCompletionDialog } from './submit-completion-dialog';
import { useDirectiveTransition } from './use-directive-transition';

type Dialog = { kind: 'report' | 'submit' | 'extension' | 'decide' | 'owner' | 'edit' | 'remind' } | { kind: 'note'; action: NoteAction };

const isNoteAction = (action: TransitionAction): action is NoteAction => (NOTE_ACTIONS as readonly string[]).includes(action);

/** What this user may do to the directive now, and nothing else. */
export function DirectiveActions({ directive }: { directive: Directive }) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const transition = useDirectiveTransition(directive);
  const me = useMe();
  const offered = offeredActions(directive);
  const close = () => setDialog(null);

  const transitionButton = (action: TransitionAction) => {
    const open = (next: Dialog) => () => {
      transition.reset();
      setDialog(next);
    };
    if (action === 'submit') {
      return (
        <Button key={action} onClick={open({ kind: 'submit' })}>
          {TRANSITION_ACTION.submit}
        </Button>
      );
    }
    if (isNoteAction(action)) {
      return (
        <Button
          key={action}
          variant={action === 'cancel' ? 'outline' : 'default'}
          color={action === 'cancel' ? 'red' : undefined}
          onClick={open({ kind: 'note', action })}
        >
          {TRANSITION_ACTION[action]}
        </Button>
      );
    }
    return (
      <Button
        key={action}
        variant={action === 'confirm' ? 'filled' : 'light'}
        loading={transition.isPending && transition.variables?.action === action}
        onClick={() => transition.mutate({ action })}
      >
        {TRANSITION_ACTION[action]}
      </Button>
    );
  };

  const buttons = [
    offered.reportProgress && (
      <Button key="report" onClick={() => setDialog({ kind: 'report' })}>
        {reportsContribution(directive, me.organizationId) ? 'Báo cáo phối hợp' : 'Báo cáo tiến độ'}
      </Button>
    ),
    ...directive.allowedActions.map(transitionButton),
    offered.decideExtension && (
      <Button key="decide" onClick={() => setDialog({ kind: 'decide' })}>
        Quyết định gia hạn
      </Button>
    ),
    offered.requestExtension && (
      <Button key="extension" variant="default" onClick={() => setDialog({ kind: 'extension' })}>
        Đề nghị gia hạn
      </Button>
    ),
    offered.assignOwner && (
      <Button key="owner" variant="default" onClick={() => setDialog({ kind: 'owner' })}>
        Phân công người xử lý
      </Button>
    ),
    offered.remind && (
      <Button key="remind" variant="default" onClick={() => setDialog({ kind: 'remind' })}>
        Đôn đốc
      </Button>
    ),
    offered.edit && (
      <Button key="edit" variant="default" onClick={() => setDialog({ kind: 'edit' })}>
        Sửa nhiệm vụ
      </Button>
    ),
  ].filter(Boolean);

  if (buttons.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Thao tác">
      <Group gap="xs">{buttons}</Group>
      {dialog === null && <ProblemAlert error={transition.error} />}
      {dialog && <ActionDialog dialog={dialog} directive={directive} onClose={close} />}
    </Stack>
  );
}

function ActionDialog({ dialog, directive, onClose }: { dialog: Dialog; directive: Directive; onClose(): void }) {
  switch (dialog.kind) {
    case 'report':
      return <ReportProgressDialog directive={directive} onClose={onClose} />;
    case 'submit':
      return <SubmitCompletionDialog directive={directive} onClose={onClose} />;
    case 'note':
      return <NoteTransitionDialog directive={directive} action={dialog.action} onClose={onClose} />;
    case 'extension':
      return <RequestExtensionDialog directive={directive} onClose={onClose} />;
    case 'decide':
      return (
        directive.pendingExtension && <DecideExtensionDialog directive={directive} pending={directive.pendingExtension} onClose={onClose} />
      );
    case 'owner':
      return <AssignOwnerDialog directive={directive} onClose={onClose} />;
    case 'edit':
      return <EditDirectiveDialog directive={directive} onClose={onClose} />;
    case 'remind':
      return <RemindDialog directive={directive} onClose={onClose} />;
  }
}
