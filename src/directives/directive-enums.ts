export const DIRECTIVE_STATUSES = [
  'assigned', // Đã giao
  'in_progress', // Đang thực hiện
  'awaiting_confirmation', // Chờ xác nhận
  'completed', // Hoàn thành
  'reopened', // Thực hiện lại
  'paused', // Tạm dừng
  'cancelled', // Hủy
] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** How a confirmed directive counts in the official reports (followup/completion.ts judges it). */
export const COMPLETIONS = ['completed_on_time', 'completed_late', 'completed_without_deadline'] as const;
export type Completion = (typeof COMPLETIONS)[number];

export const DIRECTIVE_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type DirectivePriority = (typeof DIRECTIVE_PRIORITIES)[number];
