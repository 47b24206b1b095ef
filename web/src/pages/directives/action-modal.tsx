import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { FormEvent, ReactNode } from 'react';
import { applyFieldErrors } from '../../ui/form-errors';
import { ProblemAlert } from '../../ui/problem-alert';

/**
 * One action on the directive, in a dialog that fills a phone's screen. It stays open when
 * the save fails, with the problem above the buttons and everything typed still in place.
 */
export function ActionModal({
  title,
  submitLabel,
  onClose,
  onSubmit,
  action,
  submitDisabled,
  children,
}: {
  title: string;
  submitLabel: string;
  onClose(): void;
  onSubmit(): void;
  /** The write the dialog makes: busy while it runs, its refusal shown above the buttons. */
  action: { isPending: boolean; error: unknown };
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const phone = useMediaQuery('(max-width: 36em)');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} fullScreen={phone} size="lg" closeButtonProps={{ 'aria-label': 'Đóng hộp thoại' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {children}
          <ProblemAlert error={action.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Đóng
            </Button>
            <Button type="submit" loading={action.isPending} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The API's field errors of a failed save, by the form's field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  applyFieldErrors(error, (path, message) => {
    errors[path] = message;
  });
  return errors;
}
