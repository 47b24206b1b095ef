import type { DeadlineStatus } from './deadline-status.js';
import type { Completion, DirectivePriority, DirectiveStatus } from './directive-enums.js';

// The words of ARCHITECTURE.md §6, the ones the offices already use: one list for every reader of
// a directive (the interface, the spreadsheet, the morning mail, the calendar). Plain constants
// and type imports only: the interface's bundle takes this file as it is.

export const DIRECTIVE_STATUS_LABELS: Record<DirectiveStatus, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  awaiting_confirmation: 'Chờ xác nhận',
  completed: 'Hoàn thành',
  reopened: 'Thực hiện lại',
  paused: 'Tạm dừng',
  cancelled: 'Hủy',
};

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  on_track: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  no_deadline: 'Không thời hạn',
};

export const COMPLETION_LABELS: Record<Completion, string> = {
  completed_on_time: 'Hoàn thành đúng hạn',
  completed_late: 'Hoàn thành quá hạn',
  completed_without_deadline: 'Hoàn thành (không thời hạn)',
};

export const PRIORITY_LABELS: Record<DirectivePriority, string> = { normal: 'Bình thường', high: 'Cao', urgent: 'Khẩn' };
