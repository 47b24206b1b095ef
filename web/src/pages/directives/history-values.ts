import { formatDate, formatDateTime } from '../../i18n/format';
import { COMPLETION, DIRECTIVE_STATUS, PRIORITY, TRANSITION_ACTION, type TransitionAction } from '../../i18n/labels';

/** The directive's columns, as the audit trail names them, in the words of the directive page. */
const FIELD_LABEL: Record<string, string> = {
  title: 'Nội dung nhiệm vụ',
  description: 'Mô tả chi tiết',
  leadOrganizationId: 'Cơ quan chủ trì',
  cooperatingOrganizationIds: 'Cơ quan phối hợp',
  ownerId: 'Người xử lý',
  issuedById: 'Người chỉ đạo',
  sourceSpeechId: 'Phát biểu nguồn',
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
};

/** Keys that tell a reader nothing the page does not already say (the record's own id, its meeting). */
const UNTOLD = new Set(['id', 'meetingId', 'sourceSpeechId']);

export function toldChanges<T extends { field: string }>(changes: T[]): T[] {
  return changes.filter((change) => !UNTOLD.has(change.field));
}

/** The directive's own audited writes (reports, reminders and requests are rows of their own, on the timeline). */
const ACTION_LABEL: Record<string, string> = {
  'directive.issue': 'Giao nhiệm vụ',
  'directive.update': 'Sửa nhiệm vụ',
  'directive.assign_owner': 'Phân công người xử lý',
  'directive.extend': 'Gia hạn',
};

export function actionLabel(action: string): string {
  const step = action.replace(/^directive\./, '');
  if (step in TRANSITION_ACTION) return TRANSITION_ACTION[step as TransitionAction];
  return ACTION_LABEL[action] ?? action;
}

export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field;
}

export interface Names {
  organization(id: string): string | undefined;
  person(id: string): string | undefined;
}

/** A value of the audit trail as the page would show it: dates as dd/mm/yyyy, statuses in words, ids by name. */
export function displayValue(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (Array.isArray(value)) return value.map((item) => displayValue(field, item, names)).join('; ') || '(trống)';
  if (typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value as number | boolean);
  switch (field) {
    case 'dueDate':
    case 'originalDueDate':
    case 'submittedDueDate':
      return formatDate(value);
    case 'submittedAt':
    case 'completedAt':
      return formatDateTime(value);
    case 'status':
    case 'statusBeforePause':
      return DIRECTIVE_STATUS[value as keyof typeof DIRECTIVE_STATUS] ?? value;
    case 'priority':
      return PRIORITY[value as keyof typeof PRIORITY] ?? value;
    case 'completion':
      return COMPLETION[value as keyof typeof COMPLETION] ?? value;
    case 'leadOrganizationId':
    case 'cooperatingOrganizationIds':
      return names.organization(value) ?? value;
    case 'ownerId':
    case 'issuedById':
      return names.person(value) ?? value;
    default:
      return value;
  }
}
