import type { FieldError } from '../../../api/problem';
import { officeInstant } from '../../../i18n/format';
import type { DraftDirective, DraftPerson, ImportDraft } from './import-api';

/** Below this the reader was guessing: the item is flagged for a second look. */
export const LOW_CONFIDENCE = 0.6;

export type Span = { start: number; end: number } | null;
export type Warning = ImportDraft['warnings'][number];

/**
 * Field errors keyed by what they are about rather than by position: `directives[2].lead`
 * becomes `<key of that directive>.lead`, so removing an item above does not move its error
 * onto its neighbour. Meeting fields keep their name (`meeting.startsAt`).
 */
export type FieldErrors = Record<string, string>;

const LISTS = ['attendees', 'speeches', 'directives'] as const;

export function errorsByKey(draft: ImportDraft, errors: FieldError[], say: (error: FieldError) => string): FieldErrors {
  const byKey: FieldErrors = {};
  for (const error of errors) {
    const match = /^(attendees|speeches|directives)\[(\d+)\](?:\.(.*))?$/.exec(error.field);
    const list = match && LISTS.find((name) => name === match[1]);
    const item = list ? draft[list][Number(match![2])] : undefined;
    const field = item ? `${item.key}.${match![3] ?? ''}` : error.field;
    byKey[field] ??= say(error);
  }
  return byKey;
}

/** The element an error belongs to: its id is the field's key, so the page can scroll to it. */
export const fieldId = (field: string) => `import-field-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** What the confirm refuses (import_unresolved), said for the office: the API's wording is for developers. */
export function unresolvedMessage(error: FieldError): string {
  const field = error.field;
  if (field === 'meeting.title') return 'Nhập tên cuộc họp.';
  if (field === 'meeting.startsAt') return 'Nhập ngày họp.';
  if (field === 'meeting.organizer') return 'Chọn cơ quan tổ chức, hoặc tạo mới.';
  if (/\.lead$/.test(field)) return 'Chọn cơ quan chủ trì, hoặc tạo mới.';
  if (/\.cooperating\[\d+\]$/.test(field)) return 'Chọn cơ quan phối hợp, hoặc tạo mới.';
  if (/\.speaker$/.test(field)) return 'Chọn người phát biểu.';
  if (/\.(person|owner)$/.test(field)) return 'Chọn người, hoặc tạo mới.';
  if (/directives\[\d+\]\.title$/.test(field)) return 'Nhập nội dung nhiệm vụ.';
  return error.message;
}

/**
 * Which item each warning is about: the one the API names (`itemKey`), else the one read from
 * the same place in the text. Warnings about the whole text (no chair, no directives) belong to
 * none and are only in the summary.
 */
export function warningsByItem(draft: ImportDraft, warnings: Warning[] = draft.warnings): Map<string, Warning[]> {
  const items: { key: string; span: Span }[] = [
    { key: 'meeting.startsAt', span: draft.meeting.startsAtSpan },
    { key: 'meeting.title', span: draft.meeting.titleSpan },
    ...draft.attendees,
    ...draft.speeches,
    ...draft.directives,
  ];
  const byItem = new Map<string, Warning[]>();
  for (const warning of warnings) {
    const span = warning.span;
    const key =
      warning.itemKey ??
      (span &&
        (
          items.find((i) => i.span && i.span.start === span.start && i.span.end === span.end) ??
          items.find((i) => i.span && i.span.start <= span.start && span.end <= i.span.end)
        )?.key);
    if (key) byItem.set(key, [...(byItem.get(key) ?? []), warning]);
  }
  return byItem;
}

/**
 * The warnings still open while the secretariat edits, before anything is saved: one about an
 * item changed or removed since the last save is dealt with (the API drops it on save), and so
 * is one about the whole text that the draft now answers.
 */
export function openWarnings(draft: ImportDraft, saved: ImportDraft): Warning[] {
  const items = new Map<string, unknown>([
    ...[...draft.attendees, ...draft.speeches, ...draft.directives].map((i) => [i.key, i] as const),
    ['meeting.startsAt', draft.meeting.startsAt],
    ['meeting.title', draft.meeting.title],
  ]);
  const before = new Map<string, unknown>([
    ...[...saved.attendees, ...saved.speeches, ...saved.directives].map((i) => [i.key, i] as const),
    ['meeting.startsAt', saved.meeting.startsAt],
    ['meeting.title', saved.meeting.title],
  ]);
  return draft.warnings.filter((warning) => {
    if (warning.itemKey) return items.has(warning.itemKey) && items.get(warning.itemKey) === before.get(warning.itemKey);
    if (warning.code === 'no_chair') return !draft.attendees.some((a) => a.role === 'chair');
    if (warning.code === 'no_directives') return draft.directives.length === 0;
    return true;
  });
}

/** The value a field error is about (`<key>.lead`, `<key>.cooperating[1]`, `meeting.startsAt`), to tell when it was changed. */
function fieldValue(draft: ImportDraft, field: string): unknown {
  if (field.startsWith('meeting.')) return (draft.meeting as Record<string, unknown>)[field.slice('meeting.'.length)];
  const dot = field.indexOf('.');
  const key = dot < 0 ? field : field.slice(0, dot);
  const item: unknown = [...draft.attendees, ...draft.speeches, ...draft.directives].find((i) => i.key === key);
  if (item === undefined || dot < 0 || dot === field.length - 1) return item;
  let value: unknown = item;
  for (const part of field
    .slice(dot + 1)
    .split(/[.[\]]+/)
    .filter(Boolean))
    value = (value as Record<string, unknown> | null)?.[part];
  return value;
}

/** The errors of the last refusal whose field the user has not touched since: a corrected field loses its red at once. */
export function errorsStillStanding(errors: FieldErrors, before: ImportDraft, after: ImportDraft): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => fieldValue(before, field) === fieldValue(after, field)));
}

export function newDirective(): DraftDirective {
  return {
    key: crypto.randomUUID(),
    span: null,
    confidence: 1,
    title: '',
    description: null,
    lead: null,
    cooperating: [],
    owner: null,
    priority: 'normal',
    dueDate: null,
    dueText: null,
    dueSpan: null,
    sourceSpeechIndex: null,
  };
}

/** The attendee resolved to `person`, and with them each speech they gave: one choice, one person on confirmation. */
export function withAttendeePerson(draft: ImportDraft, key: string, person: DraftPerson): ImportDraft {
  return {
    ...draft,
    attendees: draft.attendees.map((a) => (a.key === key ? { ...a, person, confidence: 1 } : a)),
    speeches: draft.speeches.map((s) => (s.speakerAttendeeKey === key ? { ...s, speaker: person } : s)),
  };
}

/** The draft without an attendee: the speeches they gave keep their speaker, on their own. */
export function withoutAttendee(draft: ImportDraft, key: string): ImportDraft {
  return {
    ...draft,
    attendees: draft.attendees.filter((a) => a.key !== key),
    speeches: draft.speeches.map((s) => (s.speakerAttendeeKey === key ? { ...s, speakerAttendeeKey: null } : s)),
  };
}

/** The draft without speech `index`: directives that came from a later speech still point at it. */
export function withoutSpeech(draft: ImportDraft, index: number): ImportDraft {
  return {
    ...draft,
    speeches: draft.speeches.filter((_, i) => i !== index),
    directives: draft.directives.map((d) => ({
      ...d,
      sourceSpeechIndex:
        d.sourceSpeechIndex === null || d.sourceSpeechIndex < index
          ? d.sourceSpeechIndex
          : d.sourceSpeechIndex === index
            ? null
            : d.sourceSpeechIndex - 1,
    })),
  };
}

/** "2024-03-12T08:00:00+07:00" → the day and time as Hà Nội reads them. */
export function splitStartsAt(startsAt: string | null): { date: string; time: string } {
  if (!startsAt) return { date: '', time: '' };
  const local = new Date(new Date(startsAt).getTime() + 7 * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

export function joinStartsAt(date: string, time: string): string | null {
  return date ? officeInstant(date, time || '08:00') : null;
}
