import { notifications } from '@mantine/notifications';

/** Mantine's notification has a close button with no name of its own; axe (and a screen reader) needs one. */
const CLOSE = { 'aria-label': 'Đóng thông báo' };

/** A short confirmation that a save went through. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, closeButtonProps: CLOSE });
}

/** Something the user asked for that did not happen (a download, an export), said where they look. */
export function notifyFailure(message: string, title?: string): void {
  notifications.show({ color: 'red', title, message, closeButtonProps: CLOSE });
}
