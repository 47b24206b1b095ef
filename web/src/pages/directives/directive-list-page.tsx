import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { DIRECTIVE_FILTER_KEYS, exportUrl, filtersFromSearch, listQuery, type DirectiveFilterKey } from '../../lib/directive-query';
import { useDirectivePages } from '../../lib/use-directive-pages';
import { DirectiveFilterPanel } from '../../ui/directive-filter-panel';
import { DirectiveTable } from '../../ui/directive-table';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { ExportExcelButton } from '../../ui/export-excel-button';

/** Every directive the user may see, filtered by anything the API filters on; the filters live in the URL. */
export function Component() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const pages = useDirectivePages(listQuery(filters));

  const change = (key: DirectiveFilterKey, value: string) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const reset = () =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const key of DIRECTIVE_FILTER_KEYS) next.delete(key);
      return next;
    });

  const directives = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <PageTitle
        actions={
          <ExportExcelButton url={exportUrl(filters)} fileName="Danh sách nhiệm vụ.xlsx">
            Xuất Excel theo bộ lọc
          </ExportExcelButton>
        }
      >
        Nhiệm vụ
      </PageTitle>
      <Paper withBorder p="md">
        <DirectiveFilterPanel filters={filters} onChange={change} onReset={reset} meetingTitle={directives[0]?.meeting.title} />
      </Paper>
      <QueryState query={pages}>
        {() =>
          directives.length === 0 ? (
            <Text role="status">Không có nhiệm vụ nào khớp với bộ lọc.</Text>
          ) : (
            <Stack>
              <DirectiveTable directives={directives} caption="Danh sách nhiệm vụ theo bộ lọc" />
              <Group justify="space-between">
                <Text size="sm" c="dimmed" role="status">
                  Đang hiển thị {formatNumber(directives.length)} nhiệm vụ{pages.hasNextPage ? ', còn nữa' : ''}
                </Text>
                {pages.hasNextPage && (
                  <Button variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
                    Xem thêm
                  </Button>
                )}
              </Group>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
