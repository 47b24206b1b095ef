import { Table, Text } from '@mantine/core';
import type { components } from '../../api/schema';
import { formatRate } from '../../i18n/format';
import { FigureLink } from './figure-link';

export type AgencyPerformance = components['schemas']['AgencyPerformanceDto'];
type Figures = components['schemas']['PerformanceFiguresDto'];
type Lists = AgencyPerformance['lists'];

/** The columns of the official table; `due` is the four columns after it together. */
const COLUMNS: { key: 'due' | keyof Lists; label: string }[] = [
  { key: 'due', label: 'Tổng số nhiệm vụ đến hạn' },
  { key: 'completedOnTime', label: 'Hoàn thành đúng hạn' },
  { key: 'completedLate', label: 'Hoàn thành quá hạn' },
  { key: 'openWithinDeadline', label: 'Chưa hoàn thành, trong hạn' },
  { key: 'openOverdue', label: 'Chưa hoàn thành, quá hạn' },
];

function queriesOf(lists: Lists, key: 'due' | keyof Lists): string[] {
  if (key === 'due') return [...lists.completedOnTime, ...lists.completedLate, ...lists.openWithinDeadline, ...lists.openOverdue];
  return lists[key];
}

/** The API gives the rate in percent with one decimal (87.5); shown the Vietnamese way (87,5 %). */
export const ratePercent = (rate: number | null) => formatRate(rate === null ? null : rate / 100);

/** The league table: one row per lead agency, each figure opening the directives behind it. It is also the chart's text alternative. */
export function PerformanceTable({ report, caption }: { report: AgencyPerformance; caption: string }) {
  const cells = (figures: Figures, agency?: { id: string; name: string }) => (
    <>
      {COLUMNS.map((column) => (
        <Table.Td key={column.key} ta="right">
          <FigureLink
            value={figures[column.key]}
            queries={queriesOf(report.lists, column.key)}
            leadOrganizationId={agency?.id}
            description={`${column.label}, ${agency?.name ?? 'tất cả đơn vị'}`}
          />
        </Table.Td>
      ))}
      <Table.Td ta="right" fw={600}>
        {ratePercent(figures.onTimeRate)}
      </Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">STT</Table.Th>
            <Table.Th scope="col">Cơ quan chủ trì</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column.key} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              Tỷ lệ hoàn thành đúng hạn
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row, index) => (
            <Table.Tr key={row.leadOrganization.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={500}>
                  {row.leadOrganization.name}
                </Text>
              </Table.Th>
              {cells(row, row.leadOrganization)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td />
            <Table.Th scope="row">Tổng cộng</Table.Th>
            {cells(report.totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
