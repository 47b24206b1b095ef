import type { SpeechKind } from '../../meetings/meeting-enums.js';
import type { ExtractedAttendee, ExtractedSpeech, ExtractionWarning, PersonMention } from './extraction-types.js';
import { type FoundPerson, personAt } from './people.js';
import type { Paragraph } from './segment.js';
import { matchAttendee, samePerson } from './speakers.js';
import { WarningCode, warning } from './warnings.js';

/**
 * The speeches in order. A paragraph opens a speech when it starts with a person
 * (by name or position, after an optional lead-in such as "Phát biểu tại hội
 * nghị," or "Về giải pháp,") followed by a speaking verb; the verb gives the
 * kind (báo cáo → report, nêu/tham gia/phát biểu ý kiến → opinion, chỉ đạo/yêu
 * cầu → direction, kết luận → conclusion). Photo captions open speeches too —
 * they are often the only place a speaker is named — but each caption counts
 * once and its words are not part of the speech. Paragraphs up to the next
 * speaker belong to the speech; the same speaker again continues it, its kind
 * rising to the strongest verb used (a conclusion that also directs stays a
 * conclusion).
 *
 * Speakers missing from the attendee list are added to it (the text shows they
 * were there) with a "speaker_unknown" warning, so the secretariat checks them.
 *
 * Confidence: 0.9 for a named attendee, 0.8 for an attendee found by position,
 * 0.7 for a named speaker added, 0.55 for a position only; 0.1 less when only
 * a caption names the speaker.
 */
const LEAD_IN =
  /^(?:(phát\s+biểu|kết\s+luận|báo\s+cáo|tham\s+gia\s+ý\s+kiến|chỉ\s+đạo|thay\s+mặt|về|trong|tại|đối\s+với|theo|trao\s+đổi|giải\s+trình|trả\s+lời|sau\s+khi)(?![\p{L}])[^,:;.]{0,120},\s*)/iu;
const VERB =
  /^\s*(?:\([^)]{1,120}\)\s*)?(?:cũng\s+|đã\s+|tiếp\s+tục\s+|thẳng\s+thắn\s+)*(có\s+ý\s+kiến\s+chỉ\s+đạo|ý\s+kiến\s+chỉ\s+đạo|chỉ\s+đạo|kết\s+luận|báo\s+cáo|trình\s+bày|yêu\s+cầu|đề\s+nghị|nêu\s+ý\s+kiến|tham\s+gia\s+ý\s+kiến|phát\s+biểu(?:\s+ý\s+kiến)?|có\s+ý\s+kiến|cho\s+rằng|nhấn\s+mạnh|đồng\s+ý|đồng\s+thuận|đề\s+xuất|giải\s+trình|trả\s+lời|nêu|đánh\s+giá|khẳng\s+định|lưu\s+ý|thông\s+tin|:)(?![\p{L}])/iu;
const CONCLUSION_HEADING =
  /^(?:[IVX]+\.|\d+\.|[-+•*])?\s*(?:ý\s+kiến\s+)?kết\s+luận\s+(?:của\s+)?(?:người\s+chủ\s+trì|chủ\s+trì|đồng\s+chí\s+chủ\s+trì|chủ\s+tọa|chủ\s+toạ)\s*:?/iu;

const RANK: Record<SpeechKind, number> = { opinion: 0, question: 1, answer: 2, report: 3, direction: 4, conclusion: 5 };

interface Boundary {
  speaker: PersonMention;
  kind: SpeechKind;
  fromCaption: boolean;
}

interface OpenSpeech {
  speaker: PersonMention;
  attendeeIndex: number | null;
  kind: SpeechKind;
  start: number;
  end: number;
  texts: string[];
  onlyCaptions: boolean;
}

export function findSpeeches(paragraphs: Paragraph[], attendees: ExtractedAttendee[], warnings: ExtractionWarning[]): ExtractedSpeech[] {
  const speeches: OpenSpeech[] = [];
  let current: OpenSpeech | null = null;
  let lastSpeaker: number | null = null;
  const chair = attendees.findIndex((a) => a.role === 'chair');

  for (const paragraph of paragraphs) {
    const boundary = paragraph.repeatOf === null ? readBoundary(paragraph, chair >= 0 ? attendees[chair].person : null) : null;
    if (boundary) {
      const attendeeIndex = matchAttendee(boundary.speaker, attendees, lastSpeaker);
      const continues =
        current !== null &&
        (attendeeIndex !== null ? attendeeIndex === current.attendeeIndex : samePerson(boundary.speaker, current.speaker));
      if (continues && current) {
        if (RANK[boundary.kind] > RANK[current.kind]) current.kind = boundary.kind;
        if (!boundary.fromCaption) current.onlyCaptions = false;
      } else {
        current = {
          speaker: boundary.speaker,
          attendeeIndex,
          kind: boundary.kind,
          start: paragraph.start,
          end: paragraph.end,
          texts: [],
          onlyCaptions: boundary.fromCaption,
        };
        speeches.push(current);
        lastSpeaker = attendeeIndex;
      }
    }
    if (current) {
      current.end = paragraph.end;
      if (!paragraph.caption) current.texts.push(paragraph.text);
    }
  }
  return speeches.slice(0, 500).map((speech) => finish(speech, attendees, warnings));
}

function finish(speech: OpenSpeech, attendees: ExtractedAttendee[], warnings: ExtractionWarning[]): ExtractedSpeech {
  let index = speech.attendeeIndex;
  let confidence: number;
  if (index !== null) {
    confidence = speech.speaker.fullName ? 0.9 : 0.8;
    const attendee = attendees[index];
    // A speaker named by position tells who spoke; the attendee record knows the name.
    if (!speech.speaker.fullName) speech.speaker = { ...attendee.person };
    else if (!speech.speaker.position && attendee.person.position) speech.speaker = { ...attendee.person };
  } else {
    confidence = speech.speaker.fullName ? 0.7 : 0.55;
    const span = { start: speech.start, end: speech.end };
    index = attendees.length;
    attendees.push({ person: { ...speech.speaker }, role: speech.kind === 'report' ? 'reporter' : 'member', span, confidence });
    const who = speech.speaker.fullName ?? speech.speaker.position ?? 'người phát biểu';
    warnings.push(
      warning(
        WarningCode.SpeakerUnknown,
        `${who} phát biểu nhưng không có trong danh sách dự họp; đã thêm vào danh sách, hãy kiểm tra.`,
        span,
      ),
    );
  }
  if (speech.onlyCaptions) confidence -= 0.1;
  return {
    speaker: speech.speaker,
    speakerAttendeeIndex: index,
    kind: speech.kind,
    text: speech.texts.join('\n\n'),
    span: { start: speech.start, end: speech.end },
    confidence: Math.round(confidence * 100) / 100,
  };
}

function readBoundary(paragraph: Paragraph, chair: PersonMention | null): Boundary | null {
  const text = paragraph.text.slice(0, 600);
  if (chair && CONCLUSION_HEADING.test(text)) return { speaker: chair, kind: 'conclusion', fromCaption: paragraph.caption };
  const leadIn = LEAD_IN.exec(text);
  const starts = leadIn ? [leadIn[0].length, 0] : [0];
  for (const at of starts) {
    const person = personAt(text, skipBullet(text, at));
    if (!person || (!person.fullName && !person.position)) continue;
    const verb = VERB.exec(text.slice(person.end));
    if (!verb) continue;
    const kind = kindOf(verb[1], at > 0 ? leadIn?.[1] : undefined);
    return { speaker: mentionOf(person), kind, fromCaption: paragraph.caption };
  }
  return null;
}

function skipBullet(text: string, at: number): number {
  const bullet = /^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))?\s*/u.exec(text.slice(at));
  return at + (bullet?.[0].length ?? 0);
}

function mentionOf(person: FoundPerson): PersonMention {
  return { fullName: person.fullName, position: person.position, organizationName: person.organizationName };
}

function kindOf(verb: string, leadIn: string | undefined): SpeechKind {
  const lead = leadIn?.toLowerCase().replace(/\s+/g, ' ');
  if (lead === 'kết luận') return 'conclusion';
  if (lead === 'báo cáo') return 'report';
  if (lead === 'chỉ đạo') return 'direction';
  if (lead === 'giải trình' || lead === 'trả lời') return 'answer';
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (v === 'kết luận') return 'conclusion';
  if (v === 'báo cáo' || v === 'trình bày') return 'report';
  if (v.includes('chỉ đạo') || v === 'yêu cầu' || v === 'đề nghị') return 'direction';
  if (v === 'giải trình' || v === 'trả lời') return 'answer';
  return 'opinion';
}
