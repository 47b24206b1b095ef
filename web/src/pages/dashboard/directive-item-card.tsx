import { Anchor, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DirectiveRow } from '../../ui/directive-table';

/** A directive waiting for the leader: an article named by its title (a link to its page), then what to decide. */
export function DirectiveItemCard({ directive, idPrefix, children }: { directive: DirectiveRow; idPrefix: string; children: ReactNode }) {
  const titleId = `${idPrefix}-${directive.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/nhiem-vu/${directive.id}`} fw={600} id={titleId}>
          {directive.title}
        </Anchor>
        {children}
      </Stack>
    </Paper>
  );
}
