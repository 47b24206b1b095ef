import type { DraftContent, DraftWarning } from './draft-content.js';
import type { SourceSpan } from './extraction/extraction-types.js';

/** Warnings about a meeting field rather than an item: their `itemKey` is the field's name. */
const MEETING_FIELDS = { 'meeting.startsAt': 'startsAt', 'meeting.title': 'title' } as const;

/**
 * Which item of the draft a warning of the reader is about: the one read from
 * the same place in the text, or else the one whose place holds it; a missing
 * date is about the date. Null: the text as a whole (no chair, no directives).
 */
export function warningItemKey(content: DraftContent, code: string, span: SourceSpan | null): string | null {
  if (code === 'no_date') return 'meeting.startsAt';
  if (!span) return null;
  const items: { key: string; span: SourceSpan | null }[] = [
    { key: 'meeting.startsAt', span: content.meeting.startsAtSpan },
    { key: 'meeting.title', span: content.meeting.titleSpan },
    ...content.attendees,
    ...content.speeches,
    ...content.directives,
  ];
  const item =
    items.find((i) => i.span && i.span.start === span.start && i.span.end === span.end) ??
    items.find((i) => i.span && i.span.start <= span.start && span.end <= i.span.end);
  return item?.key ?? null;
}

/** A warning about the whole text that the draft as it stands has answered. */
function answered(warning: DraftWarning, content: DraftContent): boolean {
  switch (warning.code) {
    case 'no_chair':
      return content.attendees.some((a) => a.role === 'chair');
    case 'no_directives':
      return content.directives.length > 0;
    case 'no_meeting':
      return content.meeting.startsAt !== null && content.attendees.length + content.speeches.length + content.directives.length > 0;
    default:
      return false;
  }
}

/**
 * The warnings still open after an edit: one about an item the secretariat
 * corrected (`touched`) or removed is dealt with and dropped, and so is one
 * about the whole text that the draft now answers (a chair was chosen).
 */
export function openWarnings(content: DraftContent, touched: ReadonlySet<string>): DraftWarning[] {
  const present = new Set<string>([
    ...Object.keys(MEETING_FIELDS),
    ...content.attendees.map((a) => a.key),
    ...content.speeches.map((s) => s.key),
    ...content.directives.map((d) => d.key),
  ]);
  return content.warnings.filter((warning) => {
    const key = warning.itemKey ?? null;
    if (key !== null) return present.has(key) && !touched.has(key);
    return !answered(warning, content);
  });
}
