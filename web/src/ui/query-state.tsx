import { Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoader } from './page-loader';
import { ProblemAlert } from './problem-alert';

/** Progress while loading, the problem when it failed (with a retry), the content when it is there. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return (
      <PageLoader />
    );
  }
  if (query.isError) {
    return (
      <Stack align="flex-start">
        <ProblemAlert error={query.error} title="Không tải được dữ liệu" />
        <Button variant="light" onClick={() => void query.refetch()}>
          Thử lại
        </Button>
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}
