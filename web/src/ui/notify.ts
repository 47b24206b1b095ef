import { notifications } from '@mantine/notifications';

/**
 * A short confirmation that a save went through. Mantine's notification has a close button with
 * no name of its own; axe (and a screen reader) needs one.
 */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': 'Đóng thông báo' } });
}
