import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { AgencyPerformance } from './performance-table';
import { ratePercent } from './performance-table';

/**
 * On-time rates by agency as bars. Loaded on its own (the chart library is most of this
 * screen's weight); hidden from assistive technology because the table beside it says the same.
 */
export default function OnTimeChart({ report }: { report: AgencyPerformance }) {
  const data = report.rows
    .filter((row) => row.onTimeRate !== null)
    .map((row) => ({ agency: row.leadOrganization.shortName ?? row.leadOrganization.name, rate: row.onTimeRate }));
  return (
    <div aria-hidden="true">
      <BarChart
        h={Math.max(160, data.length * 36 + 40)}
        data={data}
        dataKey="agency"
        orientation="vertical"
        series={[{ name: 'rate', label: 'Tỷ lệ hoàn thành đúng hạn', color: 'teal.8' }]}
        valueFormatter={(value) => ratePercent(value)}
        xAxisProps={{ domain: [0, 100] }}
        yAxisProps={{ width: 110 }}
        withBarValueLabel
        accessibilityLayer={false}
        gridAxis="x"
        textColor="dark.6"
      />
    </div>
  );
}
