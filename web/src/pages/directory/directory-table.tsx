import { Table, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '../../ui/query-state';
import { LoadMore } from './load-more';

export interface Column<T> {
  header: string;
  cell(item: T): ReactNode;
}

/** A directory list, page after page: progress while the first loads, a sentence when nothing matches, then a row each. */
export function DirectoryTable<T extends { id: string }>({
  pages,
  columns,
  empty,
  minWidth,
}: {
  pages: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  columns: Column<T>[];
  /** Said when nothing matches the filters. */
  empty: string;
  /** Below this width the table scrolls sideways (a phone) instead of squeezing its columns. */
  minWidth: number;
}) {
  return (
    <QueryState query={pages}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) return <Text>{empty}</Text>;
        return (
          <>
            <Table.ScrollContainer minWidth={minWidth}>
              <Table striped highlightOnHover withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column.header}>{column.header}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      {columns.map((column) => (
                        <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMore
              shown={items.length}
              hasMore={pages.hasNextPage}
              loading={pages.isFetchingNextPage}
              error={pages.isFetchNextPageError ? pages.error : null}
              onMore={() => void pages.fetchNextPage()}
            />
          </>
        );
      }}
    </QueryState>
  );
}
