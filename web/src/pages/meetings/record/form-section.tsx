import { Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One part of the meeting form, named for screen readers by its heading. */
export function FormSection({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
      {actions}
    </Paper>
  );
}
