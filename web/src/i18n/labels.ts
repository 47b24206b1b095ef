import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type DirectiveStatus = Schemas['DirectiveResponseDto']['status'];
export type DeadlineStatus = NonNullable<Schemas['DirectiveResponseDto']['deadlineStatus']>;
export type Completion = NonNullable<Schemas['DirectiveResponseDto']['completion']>;
export type TransitionAction = Schemas['TransitionDto']['action'];
export type Priority = Schemas['MeetingDirectiveInputDto']['priority'] & string;
export type Role = Schemas['MeDto']['role'];
export type AttendeeRole = Schemas['AttendeeInputDto']['role'] & string;
export type SpeechKind = Schemas['AddSpeechDto']['kind'] & string;
export type MeetingKind = NonNullable<Schemas['CreateMeetingDto']['kind']>;
export type MeetingStatus = NonNullable<Schemas['CreateMeetingDto']['status']>;
export type OrganizationKind = NonNullable<Schemas['CreateOrganizationDto']['kind']>;
export type ReminderChannel = NonNullable<Schemas['RemindDto']['channel']>;
export type ExtensionStatus = Schemas['ExtensionRequestResponseDto']['status'];
export type NotificationKind = Schemas['NotificationResponseDto']['kind'];

// The vocabulary of ARCHITECTURE.md §6, written once for the service and the interface.
export {
  DIRECTIVE_STATUS_LABELS as DIRECTIVE_STATUS,
  DEADLINE_STATUS_LABELS as DEADLINE_STATUS,
  COMPLETION_LABELS as COMPLETION,
  PRIORITY_LABELS as PRIORITY,
} from '../../../src/directives/directive-vocabulary';

/** What the button says: the verb the user performs. */
export const TRANSITION_ACTION: Record<TransitionAction, string> = {
  start: 'Bắt đầu thực hiện',
  submit: 'Báo cáo hoàn thành',
  confirm: 'Xác nhận hoàn thành',
  reject: 'Trả lại',
  pause: 'Tạm dừng',
  resume: 'Tiếp tục thực hiện',
  cancel: 'Hủy nhiệm vụ',
  reopen: 'Yêu cầu thực hiện lại',
};

export const ROLE: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  secretariat: 'Văn phòng',
  leader: 'Lãnh đạo',
  department_head: 'Lãnh đạo đơn vị',
  department_staff: 'Chuyên viên đơn vị',
};

export const ATTENDEE_ROLE: Record<AttendeeRole, string> = {
  chair: 'Chủ trì',
  secretary: 'Thư ký',
  member: 'Thành viên',
  reporter: 'Báo cáo viên',
  invited: 'Khách mời',
};

export const SPEECH_KIND: Record<SpeechKind, string> = {
  report: 'Báo cáo',
  opinion: 'Ý kiến',
  question: 'Câu hỏi',
  answer: 'Trả lời',
  direction: 'Chỉ đạo',
  conclusion: 'Kết luận',
};

export const MEETING_KIND: Record<MeetingKind, string> = {
  standing_committee: 'Họp Ban Thường vụ / Thường trực',
  working_session: 'Buổi làm việc',
  conference: 'Hội nghị',
  thematic: 'Họp chuyên đề',
  briefing: 'Giao ban',
  other: 'Khác',
};

export const MEETING_STATUS: Record<MeetingStatus, string> = { draft: 'Bản nháp', published: 'Đã ban hành' };

export const ORGANIZATION_KIND: Record<OrganizationKind, string> = {
  party_committee: 'Cấp ủy Đảng',
  peoples_council: 'Hội đồng nhân dân',
  peoples_committee: 'Ủy ban nhân dân',
  department: 'Sở, ngành',
  district: 'Huyện, thị xã, thành phố',
  board: 'Ban quản lý',
  agency: 'Cơ quan, đơn vị',
  enterprise: 'Doanh nghiệp',
  other: 'Khác',
};

export const REMINDER_CHANNEL: Record<ReminderChannel, string> = {
  document: 'Văn bản',
  meeting: 'Tại cuộc họp',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  system: 'Trên hệ thống',
};

export const EXTENSION_STATUS: Record<ExtensionStatus, string> = {
  pending: 'Chờ quyết định',
  approved: 'Đã đồng ý',
  rejected: 'Không đồng ý',
};

export const NOTIFICATION_KIND: Record<NotificationKind, string> = {
  directive_issued: 'Nhiệm vụ mới được giao',
  cooperation_issued: 'Nhiệm vụ cần phối hợp',
  owner_assigned: 'Được phân công xử lý',
  awaiting_confirmation: 'Chờ xác nhận hoàn thành',
  rejected: 'Bị trả lại',
  reminded: 'Đôn đốc',
  extension_requested: 'Đề nghị gia hạn',
  extension_decided: 'Quyết định gia hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  escalated: 'Báo cáo lãnh đạo',
};

/** Mantine colour of each status, chosen so the text on it keeps AA contrast. */
export const DEADLINE_COLOR: Record<DeadlineStatus, string> = {
  on_track: 'teal',
  due_soon: 'orange',
  overdue: 'red',
  no_deadline: 'gray',
};

export const STATUS_COLOR: Record<DirectiveStatus, string> = {
  assigned: 'blue',
  in_progress: 'indigo',
  awaiting_confirmation: 'grape',
  completed: 'teal',
  reopened: 'orange',
  paused: 'gray',
  cancelled: 'dark',
};

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
