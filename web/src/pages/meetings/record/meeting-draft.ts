import type { components } from '../../../api/schema';
import { officeInstant, parseVietnameseDate } from '../../../i18n/format';
import type { AttendeeRole, MeetingKind, MeetingStatus, Priority, SpeechKind } from '../../../i18n/labels';
import { newIdempotencyKey } from '../../../lib/idempotency';

export type CreateMeetingBody = components['schemas']['CreateMeetingDto'];

export interface AttendeeDraft {
  key: string;
  personId: string;
  fullName: string;
  position: string | null;
  role: AttendeeRole;
}

export interface SpeechDraft {
  /** Stays with the speech when it is moved: directives name their speech by it. */
  key: string;
  speakerId: string;
  kind: SpeechKind;
  text: string;
}

export interface DirectiveDraft {
  key: string;
  title: string;
  description: string;
  leadOrganizationId: string | null;
  cooperatingOrganizationIds: string[];
  ownerId: string | null;
  /** As typed: dd/mm/yyyy. */
  dueDate: string;
  priority: Priority;
  /** The key of the speech it was given in. */
  sourceSpeechKey: string;
}

/** The meeting's own details as typed (dates dd/mm/yyyy, times hh:mm): recorded once, corrected later. */
export interface MeetingDetailsDraft {
  title: string;
  kind: MeetingKind | '';
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  location: string;
  organizerId: string | null;
  summary: string;
  sourceUrl: string;
}

/** Everything typed in the form, as kept in the browser until the meeting is saved. */
export interface MeetingDraft extends MeetingDetailsDraft {
  /** One per draft: a double click or a retry after a lost answer records the meeting once. */
  idempotencyKey: string;
  status: MeetingStatus;
  attendees: AttendeeDraft[];
  speeches: SpeechDraft[];
  directives: DirectiveDraft[];
}

export const newItemKey = (): string => crypto.randomUUID();

export function emptyDraft(): MeetingDraft {
  return {
    idempotencyKey: newIdempotencyKey(),
    title: '',
    kind: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    location: '',
    organizerId: null,
    summary: '',
    sourceUrl: '',
    status: 'draft',
    attendees: [],
    speeches: [],
    directives: [],
  };
}

export function emptySpeech(): SpeechDraft {
  return { key: newItemKey(), speakerId: '', kind: 'opinion', text: '' };
}

export function emptyDirective(): DirectiveDraft {
  return {
    key: newItemKey(),
    title: '',
    description: '',
    leadOrganizationId: null,
    cooperatingOrganizationIds: [],
    ownerId: null,
    dueDate: '',
    priority: 'normal',
    sourceSpeechKey: '',
  };
}

const TIME = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/;

/** "8:05" → "08:05"; null when it is not a 24-hour time. */
export function parseTime(text: string): string | null {
  const match = TIME.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

const DATE_ERROR = 'Ngày không hợp lệ (dd/mm/yyyy).';
const TIME_ERROR = 'Giờ không hợp lệ (hh:mm, 24 giờ).';

/**
 * What the browser can tell before sending: missing and unreadable fields. The rules about
 * the meeting as a whole (the end after the start, the owner in the lead agency…) are the API's,
 * and its answers land next to the same fields.
 */
export function validateDraft(draft: MeetingDraft): Record<string, string> {
  const errors = validateDetails(draft);
  const chairs = draft.attendees.filter((attendee) => attendee.role === 'chair').length;
  if (chairs !== 1) errors.attendees = chairs === 0 ? 'Chọn một người chủ trì cuộc họp.' : 'Cuộc họp chỉ có một người chủ trì.';
  draft.speeches.forEach((speech, i) => {
    if (!draft.attendees.some((attendee) => attendee.personId === speech.speakerId))
      errors[`speeches.${i}.speakerId`] = 'Chọn người phát biểu trong số người dự họp.';
  });
  draft.directives.forEach((directive, i) => Object.assign(errors, validateDirective(directive, `directives.${i}`)));
  return errors;
}

export function validateDetails(draft: MeetingDetailsDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'Nhập tên cuộc họp.';
  if (!draft.startDate.trim()) errors.startDate = 'Nhập ngày họp.';
  else if (!parseVietnameseDate(draft.startDate)) errors.startDate = DATE_ERROR;
  if (!draft.startTime.trim()) errors.startTime = 'Nhập giờ bắt đầu.';
  else if (!parseTime(draft.startTime)) errors.startTime = TIME_ERROR;
  if (draft.endDate.trim() && !parseVietnameseDate(draft.endDate)) errors.endDate = DATE_ERROR;
  if (draft.endTime.trim() && !parseTime(draft.endTime)) errors.endTime = TIME_ERROR;
  if (draft.endDate.trim() && !draft.endTime.trim()) errors.endTime = 'Nhập giờ kết thúc.';
  return errors;
}

/** The errors of one directive, under `path` (its place in the form). */
export function validateDirective(directive: DirectiveDraft, path: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!directive.title.trim()) errors[`${path}.title`] = 'Nhập nội dung nhiệm vụ.';
  if (!directive.leadOrganizationId) errors[`${path}.leadOrganizationId`] = 'Chọn cơ quan chủ trì.';
  if (directive.dueDate.trim() && !parseVietnameseDate(directive.dueDate)) errors[`${path}.dueDate`] = DATE_ERROR;
  return errors;
}

const orNull = (text: string): string | null => text.trim() || null;

/** The one request that records the whole meeting; call after validateDraft found nothing. */
export function toCreateMeetingBody(draft: MeetingDraft): CreateMeetingBody {
  const speechIndex = new Map(draft.speeches.map((speech, index) => [speech.key, index]));
  return {
    ...toDetailsBody(draft),
    status: draft.status,
    attendees: draft.attendees.map((attendee) => ({ personId: attendee.personId, role: attendee.role })),
    speeches: draft.speeches.map((speech) => ({ speakerId: speech.speakerId, kind: speech.kind, text: orNull(speech.text) })),
    directives: draft.directives.map((directive) => ({
      ...toDirectiveBody(directive),
      sourceSpeechIndex: speechIndex.get(directive.sourceSpeechKey) ?? null,
    })),
  };
}

/** The meeting's own details as the API writes them; call after validateDetails found nothing. */
export function toDetailsBody(draft: MeetingDetailsDraft) {
  const startDate = parseVietnameseDate(draft.startDate)!;
  const endTime = parseTime(draft.endTime);
  return {
    title: draft.title.trim(),
    kind: draft.kind || null,
    startsAt: officeInstant(startDate, parseTime(draft.startTime)!),
    endsAt: endTime ? officeInstant(parseVietnameseDate(draft.endDate) ?? startDate, endTime) : null,
    location: orNull(draft.location),
    organizerId: draft.organizerId,
    summary: orNull(draft.summary),
    sourceUrl: orNull(draft.sourceUrl),
  } satisfies Partial<CreateMeetingBody>;
}

/** One directive as the API writes it, without its speech (named by index or by id, depending on the request). */
export function toDirectiveBody(directive: DirectiveDraft) {
  return {
    title: directive.title.trim(),
    description: orNull(directive.description),
    leadOrganizationId: directive.leadOrganizationId!,
    cooperatingOrganizationIds: directive.cooperatingOrganizationIds,
    ownerId: directive.ownerId,
    dueDate: directive.dueDate.trim() ? parseVietnameseDate(directive.dueDate) : null,
    priority: directive.priority,
  };
}

/**
 * Where the API's field errors show in this form. The API names fields by their path in the
 * request body (`directives[2].dueDate`), which is the form's path (`directives.2.dueDate`)
 * except for the fields the form splits or names differently.
 */
export function formPathOf(apiField: string): string {
  const path = apiField.replace(/\[(\d+)\]/g, '.$1');
  if (path === 'startsAt') return 'startDate';
  if (path === 'endsAt') return 'endTime';
  if (path === 'chairId' || path === 'reviewedDirectiveIds') return 'attendees';
  if (/^attendees\.\d+\.role$/.test(path)) return path.replace(/\.role$/, '.personId');
  const speech = /^(directives\.\d+)\.sourceSpeechIndex$/.exec(path);
  if (speech) return `${speech[1]}.sourceSpeechKey`;
  // An error on one of the cooperating agencies belongs to the list as a whole.
  return path.replace(/^(directives\.\d+\.cooperatingOrganizationIds)\.\d+$/, '$1');
}

/** Whether anything was typed: an untouched form is not worth keeping as a draft. */
export function hasContent(draft: MeetingDraft): boolean {
  const { idempotencyKey: _key, status: _status, attendees, speeches, directives, organizerId, ...texts } = draft;
  return (
    attendees.length + speeches.length + directives.length > 0 ||
    organizerId !== null ||
    Object.values(texts).some((text) => text.trim() !== '')
  );
}
