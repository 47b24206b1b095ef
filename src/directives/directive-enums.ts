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

export const DIRECTIVE_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type DirectivePriority = (typeof DIRECTIVE_PRIORITIES)[number];
