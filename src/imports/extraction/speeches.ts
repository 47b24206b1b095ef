import type { SpeechKind } from '../../meetings/meeting-enums.js';
import type { ExtractedAttendee, ExtractedSpeech, ExtractionWarning, PersonMention } from './extraction-types.js';
import { agencyAt } from './agencies.js';
import { attributedToCaptioned, captionWords } from './caption-turns.js';
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
 * speaker belong to the speech, except that a turn only a caption names takes
 * only the paragraphs attributed to its speaker (caption-turns.ts), else the
 * caption's words; the same speaker again continues it, its kind
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
  /^\s*(?:\([^)]{1,120}\)\s*)?(?:cũng\s+|đã\s+|tiếp\s+tục\s+|thẳng\s+thắn\s+)*(phát\s+biểu\s+chỉ\s+đạo|phát\s+biểu\s+kết\s+luận|có\s+ý\s+kiến\s+chỉ\s+đạo|ý\s+kiến\s+chỉ\s+đạo|chỉ\s+đạo|kết\s+luận|báo\s+cáo|trình\s+bày|yêu\s+cầu|đề\s+nghị|nêu\s+ý\s+kiến|tham\s+gia\s+ý\s+kiến|phát\s+biểu(?:\s+ý\s+kiến)?|có\s+ý\s+kiến|cho\s+rằng|nhấn\s+mạnh|đồng\s+ý|đồng\s+thuận|đề\s+xuất|giải\s+trình|trả\s+lời|nêu|đánh\s+giá|khẳng\s+định|lưu\s+ý|thông\s+tin|cho\s+biết|kiến\s+nghị|phản\s+ánh|bày\s+tỏ|chia\s+sẻ|bc|:)(?![\p{L}])/iu;
const CONCLUSION_HEADING =
  /^(?:[IVX]+\.|\d+\.|[-+•*])?\s*(?:ý\s+kiến\s+)?kết\s+luận\s+(?:của\s+)?(?:người\s+chủ\s+trì|chủ\s+trì|đồng\s+chí\s+chủ\s+trì|chủ\s+tọa|chủ\s+toạ)\s*:?/iu;

const RANK: Record<SpeechKind, number> = { opinion: 0, question: 1, answer: 2, report: 3, direction: 4, conclusion: 5 };

interface Boundary {
  speaker: PersonMention;
  kind: SpeechKind;
  fromCaption: boolean;
  /** Where in the paragraph the turn starts: a notice's "Sau khi nghe A báo cáo…, B kết luận" holds two. */
  at: number;
  /** "Kết luận hội nghị, …": the turn is announced as the closing one. */
  announcedConclusion: boolean;
}

interface OpenSpeech {
  speaker: PersonMention;
  attendeeIndex: number | null;
  kind: SpeechKind;
  start: number;
  end: number;
  texts: string[];
  onlyCaptions: boolean;
  /** The caption that opened the turn, when one did. */
  caption: string | null;
  /** A paragraph after the caption was narration, not this speaker's: the turn ended with its caption. */
  closed: boolean;
}

export function findSpeeches(paragraphs: Paragraph[], attendees: ExtractedAttendee[], warnings: ExtractionWarning[]): ExtractedSpeech[] {
  const speeches: OpenSpeech[] = [];
  let current: OpenSpeech | null = null;
  let lastSpeaker: number | null = null;
  const chair = attendees.findIndex((a) => a.role === 'chair');

  for (const paragraph of paragraphs) {
    const chairPerson = chair >= 0 ? attendees[chair].person : null;
    const boundaries = paragraph.repeatOf === null ? readBoundaries(paragraph, chairPerson) : [];
    let textFrom = 0;
    for (const boundary of boundaries) {
      // "Trưởng Ban X báo cáo." under a photo, then "Theo báo cáo của Ban Cán sự Đảng …": the report being presented.
      const agencyOnly = !boundary.speaker.fullName && !boundary.speaker.position;
      if (agencyOnly && boundary.kind === 'report' && current?.kind === 'report') continue;
      const attendeeIndex = matchAttendee(boundary.speaker, attendees, lastSpeaker);
      const same =
        current !== null &&
        (attendeeIndex !== null ? attendeeIndex === current.attendeeIndex : samePerson(boundary.speaker, current.speaker));
      // "Phát biểu chỉ đạo, …" then "Kết luận hội nghị, …" by the same leader are two turns; a photo caption
      // followed by the turn it illustrates is one.
      const newTurn = boundary.announcedConclusion && current !== null && current.kind !== 'conclusion' && !current.onlyCaptions;
      if (same && current && !newTurn) {
        if (RANK[boundary.kind] > RANK[current.kind]) current.kind = boundary.kind;
        if (!boundary.fromCaption) current.onlyCaptions = false;
        continue;
      }
      if (current && boundary.at > textFrom) {
        current.end = paragraph.start + boundary.at;
        if (!paragraph.caption) current.texts.push(paragraph.text.slice(textFrom, boundary.at).trim());
      }
      textFrom = boundary.at;
      current = {
        speaker: boundary.speaker,
        attendeeIndex,
        kind: boundary.kind,
        start: paragraph.start + boundary.at,
        end: paragraph.end,
        texts: [],
        onlyCaptions: boundary.fromCaption,
        caption: boundary.fromCaption ? captionWords(paragraph.text) : null,
        closed: false,
      };
      speeches.push(current);
      lastSpeaker = attendeeIndex;
    }
    if (current) {
      const rest = paragraph.text.slice(textFrom);
      const owned =
        !current.onlyCaptions || textFrom > 0 || (!current.closed && attributedToCaptioned(rest, current.speaker, current.kind));
      if (paragraph.caption) {
        if (!current.closed) current.end = paragraph.end;
      } else if (owned) {
        current.end = paragraph.end;
        current.texts.push(rest);
      } else current.closed = true;
    }
  }
  return speeches.slice(0, 500).map((speech) => finish(speech, attendees, warnings));
}

function finish(speech: OpenSpeech, attendees: ExtractedAttendee[], warnings: ExtractionWarning[]): ExtractedSpeech {
  let index = speech.attendeeIndex;
  let confidence: number;
  const span = { start: speech.start, end: speech.end };
  if (!speech.speaker.fullName && !speech.speaker.position) {
    // A report the text gives only to an agency: who presented it is for the secretariat to say.
    warnings.push(
      warning(
        WarningCode.SpeakerUnknown,
        `${speech.speaker.organizationName ?? 'Một cơ quan'} trình bày nhưng văn bản không nêu người trình bày; hãy chọn người.`,
        span,
      ),
    );
    return {
      speaker: speech.speaker,
      speakerAttendeeIndex: null,
      kind: speech.kind,
      text: textOf(speech),
      span,
      confidence: 0.5,
    };
  }
  if (index !== null) {
    confidence = speech.speaker.fullName ? 0.9 : 0.8;
    const attendee = attendees[index];
    // A speaker named by position tells who spoke; the attendee record knows the name.
    if (!speech.speaker.fullName) speech.speaker = { ...attendee.person };
    else if (!speech.speaker.position && attendee.person.position) speech.speaker = { ...attendee.person };
  } else {
    confidence = speech.speaker.fullName ? 0.7 : 0.55;
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
    text: textOf(speech),
    span: { start: speech.start, end: speech.end },
    confidence: Math.round(confidence * 100) / 100,
  };
}

function textOf(speech: OpenSpeech): string {
  const text = speech.texts.filter((t) => t.trim() !== '').join('\n\n');
  return text === '' && speech.caption !== null ? speech.caption : text;
}

const CAPTION_PREFIX = /^(?:ảnh|trong\s+ảnh)\s*:\s*/iu;
/** "Sau khi nghe …, ý kiến của …, <chair> kết luận (như sau):" — the opening of a Thông báo kết luận. */
const HEARING = /(?<=^|[.]\s+)(?:sau\s+khi|trên\s+cơ\s+sở)(?![\p{L}])[^:.]{0,400}?(?<![\p{L}])nghe\s+/iu;
const HEARD_REPORT = /^(?:báo\s+cáo|tờ\s+trình)\s+của\s+/iu;
const CLOSING_CLAUSE = /(?:^|,\s*)([^,]{2,200}?)\s+(?:đã\s+)?(kết\s+luận|chỉ\s+đạo)(?:\s+và\s+chỉ\s+đạo)?(?:\s+như\s+sau)?\s*:?\s*$/iu;
/** Words a lead-in uses for the act of speaking: after one, any verb may follow the speaker. */
const SPEAKING_LEAD_IN = /^(?:phát\s+biểu|kết\s+luận|báo\s+cáo|tham\s+gia\s+ý\s+kiến|chỉ\s+đạo|giải\s+trình|trả\s+lời)/iu;
/** "1. TP Quản lý DN (đ/c Quang) bc …": typed notes put the name in parentheses after a shorthand post. */
const PARENTHESIZED_NAME = /^([^()\n]{1,40}?)\s*\((?:đ\/c|đồng\s+chí|ông|bà)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\)\s*/u;

function readBoundaries(paragraph: Paragraph, chair: PersonMention | null): Boundary[] {
  const text = paragraph.text.slice(0, 1200);
  const hearing = readHearing(text, paragraph.caption, chair);
  if (hearing.length) return hearing;
  const one = readBoundary(text, paragraph.caption, chair);
  return one ? [one] : [];
}

const REPORT_OF = /^theo\s+báo\s+cáo\s+của\s+/iu;
const HONORIFIC = /^(?:đồng\s+chí|đ\/c|ông|bà|anh|chị)\s/iu;

function readBoundary(full: string, caption: boolean, chair: PersonMention | null): Boundary | null {
  const prefix = caption ? (CAPTION_PREFIX.exec(full)?.[0].length ?? 0) : 0;
  const text = full.slice(prefix, prefix + 600);
  const base = { fromCaption: caption, at: 0 };
  // "Theo báo cáo của Trạm Thú y huyện, …": the agency reported; who presented it the text does not say.
  const reportOf = caption ? null : REPORT_OF.exec(text);
  const reporting = reportOf ? agencyAt(text, reportOf[0].length) : null;
  if (reporting) {
    const speaker = { fullName: null, position: null, organizationName: reporting.name };
    return { ...base, speaker, kind: 'report', announcedConclusion: false };
  }
  const envoy = caption ? null : envoyAt(text, skipBullet(text, 0));
  if (envoy) return { ...base, ...envoy, announcedConclusion: false };
  if (chair && CONCLUSION_HEADING.test(text)) return { ...base, speaker: chair, kind: 'conclusion', announcedConclusion: true };
  const leadIn = LEAD_IN.exec(text);
  const starts = leadIn ? [leadIn[0].length, 0] : [0];
  for (const at of starts) {
    const from = skipBullet(text, at);
    const person = personAt(text, from) ?? parenthesized(text, from);
    if (!person || (!person.fullName && !person.position)) continue;
    // "lãnh đạo các ngành", "đại biểu", "Thư ký:": without a name, a speaker must hold a post in a named body.
    if (!person.fullName && !person.organizationName) continue;
    const after = text.slice(person.end);
    const verb = VERB.exec(after);
    // "Kết luận buổi làm việc, đồng chí X chỉ rõ…": the lead-in already says X is speaking.
    const spoken = at > 0 && leadIn && SPEAKING_LEAD_IN.test(leadIn[0]) && /^\s+(?:đã\s+|cũng\s+)*\p{Ll}/u.test(after);
    if (!verb && !spoken) continue;
    // "Thư ký: Bà …" labels a line of a list; it is not someone speaking.
    if (verb?.[1] === ':' && !person.fullName && !/\s/u.test(person.position?.trim() ?? '')) continue;
    if (verb?.[1] === ':' && !person.fullName && /^(?:thư\s+ký|chủ\s+trì)$/iu.test(person.position ?? '')) continue;
    // "Lục Ngạn: Tập trung …" heads a local news item: a place, not a speaker. A person's turn after a colon
    // is written with an honorific or a post ("Ông Lò Văn A:", "Bà B, Trưởng phòng …:").
    if (verb?.[1] === ':' && !person.position && !HONORIFIC.test(text.slice(from, person.end))) continue;
    const kind = kindOf(verb?.[1] ?? '', at > 0 ? leadIn?.[1] : undefined, at > 0 ? leadIn?.[0] : undefined);
    return { ...base, speaker: mentionOf(person), kind, announcedConclusion: at > 0 && /kết\s+luận/iu.test(leadIn?.[0] ?? '') };
  }
  return null;
}

/** "- Ý kiến của đại diện Công ty …:", "- Đại diện Sở Tài chính:": in minutes, a body spoke through someone unnamed. */
const ENVOY = /^(?:ý\s+kiến\s+(?:của\s+)?)?(?:đại\s+diện|lãnh\s+đạo)\s+/iu;

function envoyAt(text: string, at: number): Pick<Boundary, 'speaker' | 'kind'> | null {
  const envoy = ENVOY.exec(text.slice(at));
  if (!envoy) return null;
  const from = at + envoy[0].length;
  // A minutes line names the body in full up to its colon ("Công ty TNHH Xuất nhập khẩu Nông sản Lâm Viên:",
  // "Hợp tác xã …:"), lowercase words and all. "Đại diện Sở X đề nghị …" in prose is read as a person holding that post.
  const colon = /^(\p{Lu}[^:;.\n]{2,100}?)\s*:/u.exec(text.slice(from));
  if (!colon) return null;
  return { speaker: { fullName: null, position: null, organizationName: colon[1] }, kind: 'opinion' };
}

function parenthesized(text: string, at: number): FoundPerson | null {
  const match = PARENTHESIZED_NAME.exec(text.slice(at));
  if (!match) return null;
  return { fullName: match[2], position: match[1].trim(), organizationName: null, start: at, end: at + match[0].trimEnd().length };
}

/**
 * The opening of a notice: who reported ("nghe Giám đốc Sở X báo cáo", "nghe báo cáo của Ban Y") and
 * who concluded ("…, Chủ tịch UBND tỉnh kết luận như sau:"). A body that concludes ("Thường trực Tỉnh
 * ủy kết luận") speaks through the chair.
 */
function readHearing(text: string, caption: boolean, chair: PersonMention | null): Boundary[] {
  if (caption) return [];
  const hearing = HEARING.exec(text);
  if (!hearing) return [];
  const sentenceEnd = text.indexOf(':', hearing.index + hearing[0].length);
  const sentence = text.slice(0, sentenceEnd >= 0 ? sentenceEnd + 1 : text.length);
  CLOSING_CLAUSE.lastIndex = 0;
  const closing = CLOSING_CLAUSE.exec(sentence);
  if (!closing) return [];
  const out: Boundary[] = [];
  let at = hearing.index + hearing[0].length;
  const ofReport = HEARD_REPORT.exec(text.slice(at));
  if (ofReport) at += ofReport[0].length;
  const reporter = personAt(text, at);
  if (reporter && (reporter.fullName || reporter.position)) {
    out.push({ speaker: mentionOf(reporter), kind: 'report', fromCaption: false, at: hearing.index, announcedConclusion: false });
  } else {
    const agency = agencyAt(text, at);
    if (agency) {
      out.push({
        speaker: { fullName: null, position: null, organizationName: agency.name },
        kind: 'report',
        fromCaption: false,
        at: hearing.index,
        announcedConclusion: false,
      });
    }
  }
  const closingStart = closing.index + closing[0].indexOf(closing[1]);
  const concluder = personAt(text, closingStart);
  const speaker =
    concluder && (concluder.fullName || concluder.position) ? mentionOf(concluder) : agencyAt(text, closingStart) ? chair : null;
  if (speaker) {
    const kind: SpeechKind = /kết/iu.test(closing[2]) ? 'conclusion' : 'direction';
    out.push({ speaker, kind, fromCaption: false, at: closingStart, announcedConclusion: kind === 'conclusion' });
  }
  return out;
}

function skipBullet(text: string, at: number): number {
  const bullet = /^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))?\s*/u.exec(text.slice(at));
  return at + (bullet?.[0].length ?? 0);
}

function mentionOf(person: FoundPerson): PersonMention {
  return { fullName: person.fullName, position: person.position, organizationName: person.organizationName };
}

function kindOf(verb: string, leadIn: string | undefined, leadInText?: string): SpeechKind {
  const lead = leadIn?.toLowerCase().replace(/\s+/g, ' ');
  // "Phát biểu kết luận, …", "Phát biểu chỉ đạo, …": the words after the lead-in verb tell the kind.
  if (leadInText && /^phát\s+biểu\s+kết\s+luận/iu.test(leadInText)) return 'conclusion';
  if (leadInText && /^phát\s+biểu\s+chỉ\s+đạo/iu.test(leadInText)) return 'direction';
  if (lead === 'kết luận') return 'conclusion';
  if (lead === 'báo cáo') return 'report';
  if (lead === 'chỉ đạo') return 'direction';
  if (lead === 'giải trình' || lead === 'trả lời') return 'answer';
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (v === 'kết luận' || v === 'phát biểu kết luận') return 'conclusion';
  if (v === 'báo cáo' || v === 'trình bày' || v === 'bc') return 'report';
  if (v.includes('chỉ đạo') || v === 'yêu cầu' || v === 'đề nghị') return 'direction';
  if (v === 'giải trình' || v === 'trả lời') return 'answer';
  return 'opinion';
}
