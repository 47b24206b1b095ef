import { SimpleGrid, Stack } from '@mantine/core';
import { PageTitle } from '../../ui/page-title';
import { AwaitingConfirmation } from './awaiting-confirmation';
import { DeadlineCounts } from './deadline-counts';
import { OverdueByAgency } from './overdue-by-agency';
import { PendingExtensions } from './pending-extensions';

/** The leader's morning: where things stand, what is late and where, and what waits on them. */
export function Component() {
  return (
    <Stack gap="lg">
      <PageTitle>Tổng quan</PageTitle>
      <DeadlineCounts />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <AwaitingConfirmation />
        <PendingExtensions />
      </SimpleGrid>
      <OverdueByAgency />
    </Stack>
  );
}
