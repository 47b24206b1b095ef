import type { ExportColumn, ExportTable } from '../exports/export-table.js';
import { vietnameseDate } from '../exports/export-table.js';
import type { Completion } from '../followup/completion.js';
import type { DeadlineStatus } from './deadline-status.js';
import type { DirectivePriority, DirectiveStatus } from './directive-enums.js';
import { COMPLETION_LABELS, DEADLINE_STATUS_LABELS, DIRECTIVE_STATUS_LABELS, PRIORITY_LABELS } from './directive-vocabulary.js';
import type { DirectiveResponseDto, ListDirectivesQueryDto } from './dto/directive-response.dto.js';

/** The columns of the directive list as a spreadsheet: one per field a reader of the periodic report looks for. */
export const DIRECTIVE_COLUMNS: ExportColumn<DirectiveResponseDto>[] = [
  { header: 'Tên nhiệm vụ', kind: 'text', value: (d) => d.title },
  { header: 'Cơ quan chủ trì', kind: 'text', value: (d) => d.leadOrganization.name },
  { header: 'Cơ quan phối hợp', kind: 'text', value: (d) => d.cooperatingOrganizations.map((o) => o.name).join('; ') || null },
  { header: 'Người phụ trách', kind: 'text', value: (d) => d.owner?.fullName ?? null },
  { header: 'Mức độ ưu tiên', kind: 'text', value: (d) => PRIORITY_LABELS[d.priority] },
  { header: 'Hạn hoàn thành', kind: 'date', value: (d) => d.dueDate },
  { header: 'Hạn ban đầu', kind: 'date', value: (d) => d.originalDueDate },
  { header: 'Trạng thái', kind: 'text', value: (d) => DIRECTIVE_STATUS_LABELS[d.status] },
  { header: 'Tình trạng hạn', kind: 'text', value: (d) => (d.deadlineStatus === null ? null : DEADLINE_STATUS_LABELS[d.deadlineStatus]) },
  { header: 'Kết quả', kind: 'text', value: (d) => (d.completion === null ? null : COMPLETION_LABELS[d.completion]) },
  { header: 'Tiến độ (%)', kind: 'percent', value: (d) => d.progressPercent },
  { header: 'Báo cáo tiến độ lúc', kind: 'datetime', value: (d) => (d.lastReportedAt === null ? null : new Date(d.lastReportedAt)) },
  { header: 'Số lần đôn đốc', kind: 'integer', value: (d) => d.reminderCount },
  { header: 'Số lần gia hạn', kind: 'integer', value: (d) => d.extensionCount },
  { header: 'Cuộc họp', kind: 'text', value: (d) => d.meeting.title },
  { header: 'Ngày họp', kind: 'datetime', value: (d) => new Date(d.meeting.startsAt) },
];

const FILTER_LABELS: { [K in keyof ListDirectivesQueryDto]?: (value: string) => string } = {
  leadOrganizationId: (v) => `Cơ quan chủ trì (mã): ${v}`,
  cooperatingOrganizationId: (v) => `Cơ quan phối hợp (mã): ${v}`,
  meetingId: (v) => `Cuộc họp (mã): ${v}`,
  ownerId: (v) => `Người phụ trách (mã): ${v}`,
  status: (v) => `Trạng thái: ${DIRECTIVE_STATUS_LABELS[v as DirectiveStatus]}`,
  priority: (v) => `Mức độ ưu tiên: ${PRIORITY_LABELS[v as DirectivePriority]}`,
  deadlineStatus: (v) => `Tình trạng hạn: ${DEADLINE_STATUS_LABELS[v as DeadlineStatus]}`,
  completion: (v) => `Kết quả: ${COMPLETION_LABELS[v as Completion]}`,
  dueAfter: (v) => `Hạn hoàn thành sau ngày: ${vietnameseDate(v)}`,
  dueBefore: (v) => `Hạn hoàn thành trước ngày: ${vietnameseDate(v)}`,
  q: (v) => `Tên có chứa: “${v}”`,
  pendingExtension: () => 'Có đề nghị gia hạn chờ quyết định',
};

/** The directive list, filtered as the query says, as a table to export. */
export function directiveListTable(
  query: ListDirectivesQueryDto,
  batches: AsyncIterable<readonly DirectiveResponseDto[]>,
  { asOf, timeZone }: { asOf: string; timeZone: string },
): ExportTable<DirectiveResponseDto> {
  const filters = Object.entries(FILTER_LABELS)
    .filter(([field]) => query[field as keyof ListDirectivesQueryDto] !== undefined)
    .map(([field, label]) => label(String(query[field as keyof ListDirectivesQueryDto])));
  return {
    title: 'Danh sách nhiệm vụ',
    details: [filters.length === 0 ? 'Tất cả nhiệm vụ' : `Lọc theo: ${filters.join('; ')}`],
    asOf,
    timeZone,
    columns: DIRECTIVE_COLUMNS,
    batches,
  };
}
