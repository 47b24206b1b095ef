import { findPeople } from './attendees.js';
import { parseIsoDate } from './calendar.js';
import { findMeetingDate } from './dates.js';
import { findDocumentNumbers } from './document-numbers.js';
import type {
  ExtractedAttendee,
  ExtractedDirective,
  ExtractedSpeech,
  ExtractionOptions,
  ExtractionResult,
  ExtractionWarning,
  SourceSpan,
} from './extraction-types.js';
import { organizerFromLetterhead } from './letterhead.js';
import { findLocation, findOrganizer, findTitle, isLetterhead, meetingKind } from './meeting.js';
import { normalizeInput } from './normalize-input.js';
import { segment } from './segment.js';
import { findSpeeches } from './speeches.js';
import { findDirectives } from './directives.js';
import { WarningCode, warning } from './warnings.js';

/**
 * Reads a Vietnamese text (news article, Thông báo kết luận, Kết luận, biên bản)
 * into a draft meeting. Pure and total: any string gives a result, never an
 * exception; every span lies inside `text` and is never empty.
 */
export function extractMeetingDraft(text: string, options: ExtractionOptions): ExtractionResult {
  try {
    const input = normalizeInput(typeof text === 'string' ? text : '');
    const result = read(input.text, options);
    return mapSpans(result, input.toOriginal, text.length);
  } catch {
    // The rules are written not to throw; this is the promise to the API that a draft always comes back.
    return emptyResult([warning(WarningCode.NoMeeting, 'Không đọc được cuộc họp nào trong văn bản này.')]);
  }
}

function read(text: string, options: ExtractionOptions): ExtractionResult {
  const { bodyEnd, paragraphs } = segment(text);
  const warnings: ExtractionWarning[] = [];

  const title = findTitle(paragraphs);
  // The first paragraphs that say something: a notice's letterhead ("UBND TỈNH …", "Số: …", "THÔNG BÁO") takes
  // four lines before its first sentence, and a news item's opening sentence is its third or fourth paragraph at most.
  const opening = [
    title?.value ?? '',
    ...paragraphs
      .filter((p) => !p.caption && !isLetterhead(p.text))
      .slice(0, 4)
      .map((p) => p.text.slice(0, 1000)),
  ].join(' ');
  const date = findMeetingDate(text, bodyEnd, options);
  const location = findLocation(paragraphs);
  // A sentence that says who met outranks the letterhead, which names who issued the text.
  const organizer = findOrganizer(paragraphs, title) ?? organizerFromLetterhead(paragraphs);
  const people = findPeople(paragraphs);
  const attendees: ExtractedAttendee[] = people.attendees;
  const speeches: ExtractedSpeech[] = findSpeeches(paragraphs, attendees, warnings);
  const directives: ExtractedDirective[] = findDirectives(paragraphs, speeches, date?.date ?? parseIsoDate(options.today));

  // A meeting text says so early (or names a chair); advice, weather or travel news with a quoted official does not.
  const looksLikeMeeting =
    people.chairFound || /họp|hội nghị|làm việc|kết luận|biên bản|chủ trì|giao ban|thông báo|đoàn công tác|tọa đàm|toạ đàm/iu.test(opening);
  if (!looksLikeMeeting) {
    attendees.length = 0;
    speeches.length = 0;
    directives.length = 0;
    warnings.length = 0;
  }
  if (!looksLikeMeeting) {
    warnings.unshift(warning(WarningCode.NoMeeting, 'Văn bản không có vẻ là tin, thông báo hay biên bản về một cuộc họp.'));
  }
  // A forecast's or a festival's dates and places are not a meeting's.
  const meetingDate = looksLikeMeeting ? date : null;
  const meetingLocation = looksLikeMeeting ? location : null;
  if (!meetingDate) warnings.push(warning(WarningCode.NoDate, 'Không tìm thấy ngày họp; hãy nhập ngày họp.'));
  else warnings.push(...meetingDate.warnings);
  if (!people.chairFound) warnings.push(warning(WarningCode.NoChair, 'Không tìm thấy người chủ trì; hãy chọn người chủ trì.'));
  if (directives.length === 0) warnings.push(warning(WarningCode.NoDirectives, 'Không tìm thấy nội dung chỉ đạo, giao nhiệm vụ nào.'));

  return {
    meeting: {
      title: title?.value ?? null,
      titleSpan: title?.span ?? null,
      kind: looksLikeMeeting ? meetingKind(title?.value ?? null, opening) : null,
      startsAt: meetingDate?.startsAt ?? null,
      startsAtSpan: meetingDate?.span ?? null,
      startsAtConfidence: meetingDate?.confidence ?? 0,
      location: meetingLocation?.value ?? null,
      locationSpan: meetingLocation?.span ?? null,
      organizerName: organizer?.value ?? null,
      organizerSpan: organizer?.span ?? null,
      documentNumbers: findDocumentNumbers(text, bodyEnd),
    },
    attendees,
    speeches,
    directives,
    warnings,
  };
}

/** A reading that found nothing: the text, if any, is all the secretariat gets, with the warnings that say why. */
export function emptyResult(warnings: ExtractionWarning[]): ExtractionResult {
  return {
    meeting: {
      title: null,
      titleSpan: null,
      kind: null,
      startsAt: null,
      startsAtSpan: null,
      startsAtConfidence: 0,
      location: null,
      locationSpan: null,
      organizerName: null,
      organizerSpan: null,
      documentNumbers: [],
    },
    attendees: [],
    speeches: [],
    directives: [],
    warnings,
  };
}

/**
 * Maps every span back to the caller's text and drops what cannot be shown there:
 * an item without a valid span is not offered, an optional span becomes null.
 */
function mapSpans(result: ExtractionResult, toOriginal: (span: SourceSpan) => SourceSpan, length: number): ExtractionResult {
  const map = (span: SourceSpan | null): SourceSpan | null => {
    if (!span) return null;
    const mapped = toOriginal(span);
    return mapped.start >= 0 && mapped.end <= length && mapped.end > mapped.start ? mapped : null;
  };
  const { meeting } = result;
  const titleSpan = map(meeting.titleSpan);
  const startsAtSpan = map(meeting.startsAtSpan);
  const locationSpan = map(meeting.locationSpan);
  const organizerSpan = map(meeting.organizerSpan);
  const attendees = result.attendees.flatMap((a) => {
    const span = map(a.span);
    return span ? [{ ...a, span }] : [];
  });
  const speeches = result.speeches.flatMap((s) => {
    const span = map(s.span);
    return span ? [{ ...s, span }] : [];
  });
  const directives = result.directives.flatMap((d) => {
    const span = map(d.span);
    if (!span) return [];
    const leadSpan = d.lead ? map(d.lead.span) : null;
    const dueSpan = map(d.dueSpan);
    return [
      {
        ...d,
        span,
        lead: d.lead && leadSpan ? { name: d.lead.name, span: leadSpan } : null,
        cooperating: d.cooperating.flatMap((c) => {
          const cspan = map(c.span);
          return cspan ? [{ name: c.name, span: cspan }] : [];
        }),
        dueSpan,
        dueText: dueSpan ? d.dueText : null,
        dueDate: dueSpan ? d.dueDate : null,
      },
    ];
  });
  return {
    meeting: {
      ...meeting,
      title: titleSpan ? meeting.title : null,
      titleSpan,
      startsAt: startsAtSpan ? meeting.startsAt : null,
      startsAtSpan,
      startsAtConfidence: startsAtSpan ? meeting.startsAtConfidence : 0,
      location: locationSpan ? meeting.location : null,
      locationSpan,
      organizerName: organizerSpan ? meeting.organizerName : null,
      organizerSpan,
      documentNumbers: meeting.documentNumbers.flatMap((n) => {
        const span = map(n.span);
        return span ? [{ value: n.value, span }] : [];
      }),
    },
    attendees,
    speeches,
    directives,
    warnings: result.warnings.map((w) => ({ ...w, span: map(w.span) })),
  };
}
