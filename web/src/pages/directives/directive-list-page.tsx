import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { problemOf } from '../../api/problem';
import { formatNumber } from '../../i18n/format';
import { problemMessage } from '../../i18n/problems';
import { downloadFile } from '../../lib/download';
import { DIRECTIVE_FILTER_KEYS, exportUrl, filtersFromSearch, listQuery, type DirectiveFilterKey } from '../../lib/directive-query';
import { useDirectivePages } from '../../lib/use-directive-pages';
import { DirectiveFilterPanel } from '../../ui/directive-filter-panel';
import { DirectiveTable } from '../../ui/directive-table';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';

/** Every directive the user may see, filtered by anything the API filters on; the filters live in the URL. */
export function Component() {
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const pages = useDirectivePages(listQuery(filters));
  const [exporting, setExporting] = useState(false);

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

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(exportUrl(filters), 'Danh sách nhiệm vụ.xlsx');
    } catch (error) {
      notifications.show({
        color: 'red',
        message: `Không xuất được tệp Excel: ${problemMessage(problemOf(error))}`,
        closeButtonProps: { 'aria-label': 'Đóng thông báo' },
      });
    } finally {
      setExporting(false);
    }
  };

  const directives = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <PageTitle
        actions={
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            loading={exporting}
            onClick={() => void exportExcel()}
          >
            Xuất Excel theo bộ lọc
          </Button>
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
