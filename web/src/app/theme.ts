import { createTheme, Notification, TableScrollContainer } from '@mantine/core';
import { accessibleVariantColors } from '../ui/accessible-variant-colors';

export const theme = createTheme({
  primaryColor: 'blue',
  // Darker shades by default keep white text on filled buttons and badges above AA contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
  // People who ask their system for less motion get no fading or sliding (WCAG 2.3.3); Mantine's default ignores it.
  respectReducedMotion: true,
  variantColorResolver: accessibleVariantColors,
  components: {
    // Every notification's close button is named for screen readers.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Đóng thông báo' } } }),
    // A table wider than a phone scrolls sideways: keyboard users must be able to focus it to scroll it.
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { type: 'native', tabIndex: 0 } }),
  },
});
