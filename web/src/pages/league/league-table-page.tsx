import { Button, Center, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { problemOf } from '../../api/problem';
import { formatDate } from '../../i18n/format';
import { problemMessage } from '../../i18n/problems';
import { downloadFile } from '../../lib/download';
import { PageTitle } from '../../ui/page-title';
import { QueryState } from '../../ui/query-state';
import { periodFromSearch, periodName, periodRange, periodToSearch, type Period } from './period';
import { PeriodChooser } from './period-chooser';
import { PerformanceTable, type AgencyPerformance } from './performance-table';

const OnTimeChart = lazy(() => import('./on-time-chart'));

/** Xếp hạng đơn vị: on-time completion by lead agency for a period, each figure opening its directives. */
export function Component() {
  const [search, setSearch] = useSearchParams();
  const period = periodFromSearch(search);
  const { from, to } = periodRange(period);
  const name = periodName(period, formatDate);
  const [exporting, setExporting] = useState(false);

  const report = useQuery({
    queryKey: ['reports', 'agency-performance', from, to],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/reports/agency-performance', { params: { query: { from, to } } })) as AgencyPerformance,
  });

  const choose = (next: Period) => setSearch(periodToSearch(next));
  const exportExcel = async () => {
    setExporting(true);
    try {
      const query = new URLSearchParams({ from, to, format: 'xlsx' });
      await downloadFile(`/api/v1/reports/agency-performance?${query.toString()}`, `Tỷ lệ hoàn thành đúng hạn ${from} đến ${to}.xlsx`);
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
            Xuất Excel
          </Button>
        }
      >
        Xếp hạng đơn vị
      </PageTitle>
      <Paper withBorder p="md">
        <PeriodChooser period={period} onChange={choose} />
      </Paper>
      <QueryState query={report}>
        {(data) =>
          data.rows.length === 0 ? (
            <Text role="status">Không có nhiệm vụ nào đến hạn hoặc được giao trong {name}.</Text>
          ) : (
            <Stack>
              <Text size="sm" c="dimmed">
                Nhiệm vụ có hạn từ {formatDate(data.from)} đến {formatDate(data.to)}; tình trạng tính đến ngày {formatDate(data.asOf)}. Bấm
                vào một số liệu để xem các nhiệm vụ tương ứng.
              </Text>
              <PerformanceTable report={data} caption={`Tỷ lệ hoàn thành đúng hạn theo đơn vị, ${name}`} />
              <Title order={2} size="h3">
                Biểu đồ tỷ lệ hoàn thành đúng hạn
              </Title>
              <Text size="sm" c="dimmed">
                Số liệu của biểu đồ có đầy đủ trong bảng phía trên.
              </Text>
              <Suspense
                fallback={
                  <Center py="md" role="status">
                    <Loader />
                    <VisuallyHidden>Đang tải biểu đồ</VisuallyHidden>
                  </Center>
                }
              >
                <OnTimeChart report={data} />
              </Suspense>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
