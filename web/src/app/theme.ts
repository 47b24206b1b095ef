import { createTheme, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades by default keep white text on filled buttons and badges above AA contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  components: {
    // Every notification's close button is named for screen readers.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Đóng thông báo' } } }),
  },
});
