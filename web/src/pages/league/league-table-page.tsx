import { Center, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { ExportExcelButton } from '../../ui/export-excel-button';
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

  const report = useQuery({
    queryKey: ['reports', 'agency-performance', from, to],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/reports/agency-performance', { params: { query: { from, to } } })) as AgencyPerformance,
  });

  const choose = (next: Period) => setSearch(periodToSearch(next));

  return (
    <Stack>
      <PageTitle
        actions={
          <ExportExcelButton
            url={`/api/v1/reports/agency-performance?${new URLSearchParams({ from, to, format: 'xlsx' }).toString()}`}
            fileName={`Tỷ lệ hoàn thành đúng hạn ${from} đến ${to}.xlsx`}
          >
            Xuất Excel
          </ExportExcelButton>
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
