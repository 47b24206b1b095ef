import { Group, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The page's heading, also the browser tab's title (what a screen reader announces on navigation). */
export function PageTitle({ children, actions }: { children: string; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${children} — Chỉ Đạo`;
  }, [children]);
  return (
    <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {children}
      </Title>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
