import type { FieldError } from '../../../api/problem';
import { officeInstant } from '../../../i18n/format';
import type { DraftDirective, ImportDraft } from './import-api';

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
 * Which item each warning is about: the one read from the same place in the text (a speaker
 * added to the attendees, the date whose year was guessed). Warnings about the whole text
 * (no chair, no directives) belong to none and are only in the summary.
 */
export function warningsByItem(draft: ImportDraft): Map<string, Warning[]> {
  const items: { key: string; span: Span }[] = [
    { key: 'meeting.startsAt', span: draft.meeting.startsAtSpan },
    { key: 'meeting.title', span: draft.meeting.titleSpan },
    ...draft.attendees,
    ...draft.speeches,
    ...draft.directives,
  ];
  const byItem = new Map<string, Warning[]>();
  for (const warning of draft.warnings) {
    const span = warning.span;
    if (!span) continue;
    const item =
      items.find((i) => i.span && i.span.start === span.start && i.span.end === span.end) ??
      items.find((i) => i.span && i.span.start <= span.start && span.end <= i.span.end);
    if (item) byItem.set(item.key, [...(byItem.get(item.key) ?? []), warning]);
  }
  return byItem;
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
