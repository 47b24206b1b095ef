import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A spinner that screen readers announce as "loading" (a label on the spinner itself is not allowed by ARIA). */
export function PageLoader() {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader />
      <VisuallyHidden>Đang tải…</VisuallyHidden>
    </Center>
  );
}
