import { DIRECTIVE_STATUS_LABELS } from '../directives/directive-vocabulary.js';
import { type ExportColumn, type ExportTable, inOneBatch, vietnameseDate } from '../exports/export-table.js';
import type { AgencyPerformanceDto, PerformanceFiguresDto } from './dto/agency-performance.dto.js';
import type { OverdueDirectiveDto } from './dto/overdue-report.dto.js';
import type { OrganizationRefDto } from '../organizations/dto/organization.dto.js';

/** One line of the overdue report's file: the directive and the agency whose group it is in. */
export type OverdueLine = OverdueDirectiveDto & { leadOrganization: OrganizationRefDto };

const OVERDUE_COLUMNS: ExportColumn<OverdueLine>[] = [
  { header: 'Cơ quan chủ trì', kind: 'text', value: (d) => d.leadOrganization.name },
  { header: 'Tên nhiệm vụ', kind: 'text', value: (d) => d.title },
  { header: 'Trạng thái', kind: 'text', value: (d) => DIRECTIVE_STATUS_LABELS[d.status] },
  { header: 'Hạn hoàn thành', kind: 'date', value: (d) => d.dueDate },
  { header: 'Hạn ban đầu', kind: 'date', value: (d) => d.originalDueDate },
  { header: 'Số ngày quá hạn', kind: 'integer', value: (d) => d.daysOverdue },
  { header: 'Người phụ trách', kind: 'text', value: (d) => d.owner?.fullName ?? null },
  { header: 'Tiến độ (%)', kind: 'percent', value: (d) => d.progressPercent },
  { header: 'Báo cáo tiến độ lúc', kind: 'datetime', value: (d) => (d.lastReportedAt === null ? null : new Date(d.lastReportedAt)) },
  { header: 'Số lần đôn đốc', kind: 'integer', value: (d) => d.reminderCount },
  { header: 'Số lần gia hạn', kind: 'integer', value: (d) => d.extensionCount },
  { header: 'Cuộc họp', kind: 'text', value: (d) => d.meeting.title },
  { header: 'Ngày họp', kind: 'datetime', value: (d) => new Date(d.meeting.startsAt) },
];

/**
 * The overdue report as a file: one line per directive, most days overdue
 * first as the report pages run, the agency a column of its own (the file's
 * filter sorts or groups by it) rather than a heading between lines.
 */
export function overdueTable(
  batches: AsyncIterable<readonly OverdueLine[]>,
  { asOf, timeZone, leadOrganizationId }: { asOf: string; timeZone: string; leadOrganizationId?: string },
): ExportTable<OverdueLine> {
  const lead = leadOrganizationId === undefined ? '' : `; cơ quan chủ trì (mã): ${leadOrganizationId}`;
  return {
    title: 'Báo cáo nhiệm vụ quá hạn',
    details: [`Nhiệm vụ chưa hoàn thành đã quá hạn, quá hạn lâu nhất trước${lead}`],
    asOf,
    timeZone,
    columns: OVERDUE_COLUMNS,
    batches,
  };
}

/** A line of the league table: an agency's figures, or the totals (no agency). */
type LeagueLine = PerformanceFiguresDto & { leadOrganization?: OrganizationRefDto };

/** The official columns (issue 8) in the official order, then the figures the JSON answer adds. */
const LEAGUE_COLUMNS: ExportColumn<LeagueLine>[] = [
  { header: 'Cơ quan chủ trì', kind: 'text', value: (row) => row.leadOrganization?.name ?? 'Tổng cộng' },
  { header: 'Tổng số nhiệm vụ đến hạn', kind: 'integer', value: (row) => row.due },
  { header: 'Hoàn thành đúng hạn', kind: 'integer', value: (row) => row.completedOnTime },
  { header: 'Hoàn thành quá hạn', kind: 'integer', value: (row) => row.completedLate },
  { header: 'Chưa hoàn thành, trong hạn', kind: 'integer', value: (row) => row.openWithinDeadline },
  { header: 'Chưa hoàn thành, quá hạn', kind: 'integer', value: (row) => row.openOverdue },
  { header: 'Tỷ lệ hoàn thành đúng hạn (%)', kind: 'percent', decimals: 1, value: (row) => row.onTimeRate },
  { header: 'Trong đó tạm dừng', kind: 'integer', value: (row) => row.paused },
  { header: 'Số nhiệm vụ được giao', kind: 'integer', value: (row) => row.issued },
  { header: 'Không có thời hạn', kind: 'integer', value: (row) => row.withoutDeadline },
];

/** The league table as a file: the ranked rows, then the totals row; named after the period. */
export function leagueTable(report: AgencyPerformanceDto, timeZone: string): ExportTable<LeagueLine> {
  const title = 'Tỷ lệ hoàn thành đúng hạn';
  return {
    title,
    details: [`Nhiệm vụ đến hạn từ ngày ${vietnameseDate(report.from)} đến ngày ${vietnameseDate(report.to)}`],
    asOf: report.asOf,
    timeZone,
    columns: LEAGUE_COLUMNS,
    batches: inOneBatch(report.rows),
    footer: [report.totals],
    fileName: `${title} ${report.from} đến ${report.to}`,
  };
}
