import { formatDate, formatDateTime } from '../../i18n/format';
import {
  COMPLETION,
  DIRECTIVE_STATUS,
  EXTENSION_STATUS,
  PRIORITY,
  REMINDER_CHANNEL,
  TRANSITION_ACTION,
  type TransitionAction,
} from '../../i18n/labels';

/**
 * Every field an audit entry about a directive can hold, in the words of the directive page:
 * the directive's columns (its snapshot), what a step records with it (`note`, `attachmentIds`,
 * `progressReportId`, `extensionRequestId`), and the columns of its follow-up rows (progress
 * reports, extension requests, reminders), which the trail keeps as entries of their own.
 */
const FIELD_LABEL: Record<string, string> = {
  // The directive
  title: 'Nội dung nhiệm vụ',
  description: 'Mô tả chi tiết',
  leadOrganizationId: 'Cơ quan chủ trì',
  cooperatingOrganizationIds: 'Cơ quan phối hợp',
  ownerId: 'Người xử lý',
  issuedById: 'Người chỉ đạo',
  sourceSpeechId: 'Phát biểu nguồn',
  meetingId: 'Cuộc họp',
  dueDate: 'Thời hạn',
  originalDueDate: 'Thời hạn ban đầu',
  submittedDueDate: 'Thời hạn khi báo cáo hoàn thành',
  priority: 'Mức độ ưu tiên',
  status: 'Trạng thái',
  statusBeforePause: 'Trạng thái trước khi tạm dừng',
  submittedAt: 'Báo cáo hoàn thành lúc',
  completedAt: 'Xác nhận hoàn thành lúc',
  completion: 'Kết quả',
  ordinal: 'Số thứ tự kết luận',
  // What a workflow step records with it
  note: 'Ghi chú',
  attachmentIds: 'Tệp minh chứng',
  progressReportId: 'Theo báo cáo tiến độ',
  extensionRequestId: 'Theo đề nghị gia hạn',
  // Progress reports
  directiveId: 'Nhiệm vụ',
  kind: 'Loại báo cáo',
  percent: 'Tỷ lệ hoàn thành',
  organizationId: 'Đơn vị báo cáo',
  reportedByUserId: 'Người báo cáo',
  reportedAt: 'Báo cáo lúc',
  // Extension requests
  proposedDueDate: 'Thời hạn đề nghị',
  currentDueDate: 'Thời hạn lúc đề nghị',
  reason: 'Lý do',
  requestedByUserId: 'Người đề nghị',
  requestedAt: 'Đề nghị lúc',
  decidedByUserId: 'Người quyết định',
  decidedAt: 'Quyết định lúc',
  decisionNote: 'Ý kiến khi quyết định',
  approvedDueDate: 'Thời hạn được gia hạn',
  // Reminders
  channel: 'Hình thức đôn đốc',
  documentNumber: 'Số văn bản',
  remindedByUserId: 'Người đôn đốc',
  remindedAt: 'Đôn đốc lúc',
};

/** Keys that tell a reader nothing the page does not already say (the record's own id, its meeting, its directive). */
const UNTOLD = new Set(['id', 'meetingId', 'directiveId', 'sourceSpeechId']);

/** Recorded with a step rather than stored on the directive: they have no "before", only what the step carried. */
const STEP_DETAILS = new Set(['note', 'attachmentIds', 'progressReportId', 'extensionRequestId']);

/** Writes that create a record: their entries have no "before". */
const CREATIONS = new Set(['directive.issue', 'directive.report_progress', 'directive.request_extension', 'directive.remind']);

/** The directive's own audited writes, and those of its follow-up rows (workflow steps are named by TRANSITION_ACTION). */
const ACTION_LABEL: Record<string, string> = {
  'directive.issue': 'Giao nhiệm vụ',
  'directive.update': 'Sửa nhiệm vụ',
  'directive.assign_owner': 'Phân công người xử lý',
  'directive.extend': 'Gia hạn',
  'directive.report_progress': 'Báo cáo tiến độ',
  'directive.request_extension': 'Đề nghị gia hạn',
  'directive.approve_extension': 'Đồng ý gia hạn',
  'directive.reject_extension': 'Không đồng ý gia hạn',
  'directive.remind': 'Đôn đốc',
};

export function actionLabel(action: string): string {
  if (action in ACTION_LABEL) return ACTION_LABEL[action]!;
  const step = action.replace(/^directive\./, '');
  if (step in TRANSITION_ACTION) return TRANSITION_ACTION[step as TransitionAction];
  return 'Thay đổi khác';
}

/** What the page knows to name; undefined for an id it cannot. */
export interface Names {
  organization(id: string): string | undefined;
  person(id: string): string | undefined;
  attachment(id: string): string | undefined;
  progressReport(id: string): string | undefined;
  extensionRequest(id: string): string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BLANK = '(trống)';

/**
 * One value as the page would show it: dates as dd/mm/yyyy, statuses in words, ids by name.
 * null when it is an id the page cannot name: a reader is never shown an id.
 */
export function displayValue(field: string, value: unknown, names: Names): string | null {
  if (value === null || value === undefined || value === '') return BLANK;
  if (Array.isArray(value)) {
    const shown = value.map((item) => displayValue(field, item, names));
    if (shown.some((item) => item === null)) return null;
    return shown.join('; ') || BLANK;
  }
  if (typeof value === 'number') return field === 'percent' ? `${value} %` : String(value);
  if (typeof value !== 'string') return typeof value === 'boolean' ? (value ? 'Có' : 'Không') : null;
  const named = nameOf(field, value, names);
  if (named !== undefined) return named;
  return UUID.test(value) ? null : value;
}

function nameOf(field: string, value: string, names: Names): string | null | undefined {
  switch (field) {
    case 'dueDate':
    case 'originalDueDate':
    case 'submittedDueDate':
    case 'proposedDueDate':
    case 'currentDueDate':
    case 'approvedDueDate':
      return formatDate(value);
    case 'submittedAt':
    case 'completedAt':
    case 'reportedAt':
    case 'requestedAt':
    case 'decidedAt':
    case 'remindedAt':
      return formatDateTime(value);
    case 'status':
    case 'statusBeforePause':
      return DIRECTIVE_STATUS[value as keyof typeof DIRECTIVE_STATUS] ?? EXTENSION_STATUS[value as keyof typeof EXTENSION_STATUS];
    case 'priority':
      return PRIORITY[value as keyof typeof PRIORITY];
    case 'completion':
      return COMPLETION[value as keyof typeof COMPLETION];
    case 'channel':
      return REMINDER_CHANNEL[value as keyof typeof REMINDER_CHANNEL];
    case 'kind':
      return value === 'progress' ? 'Báo cáo tiến độ' : value === 'contribution' ? 'Báo cáo phối hợp' : undefined;
    case 'leadOrganizationId':
    case 'cooperatingOrganizationIds':
    case 'organizationId':
      return names.organization(value) ?? null;
    case 'ownerId':
    case 'issuedById':
      return names.person(value) ?? null;
    case 'attachmentIds':
      return names.attachment(value) ?? null;
    case 'progressReportId':
      return names.progressReport(value) ?? null;
    case 'extensionRequestId':
      return names.extensionRequest(value) ?? null;
    default:
      return undefined;
  }
}

export interface ToldChange {
  field: string;
  label: string;
  text: string;
}

/**
 * The lines an entry shows: each change labelled in Vietnamese, as "before → after", or as the
 * value alone for a creation and for what a step carried; a line whose value the page cannot name is left out.
 */
export function toldChanges(
  entry: { action: string; changes: { field: string; from: unknown; to: unknown }[] },
  names: Names,
): ToldChange[] {
  const created = CREATIONS.has(entry.action);
  return entry.changes.flatMap((change) => {
    if (UNTOLD.has(change.field) || !(change.field in FIELD_LABEL)) return [];
    const to = displayValue(change.field, change.to, names);
    if (to === null || (STEP_DETAILS.has(change.field) && to === BLANK)) return [];
    if (created || STEP_DETAILS.has(change.field)) return [{ field: change.field, label: FIELD_LABEL[change.field]!, text: to }];
    const from = displayValue(change.field, change.from, names);
    if (from === null) return [];
    return [{ field: change.field, label: FIELD_LABEL[change.field]!, text: `${from} → ${to}` }];
  });
}
