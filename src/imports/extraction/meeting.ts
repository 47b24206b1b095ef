import type { MeetingKind } from '../../meetings/meeting-enums.js';
import { findAgencies } from './agencies.js';
import type { SourceSpan } from './extraction-types.js';
import { fold, tidy } from './fold.js';
import { organizationFromPosition, personAt } from './people.js';
import type { Paragraph } from './segment.js';

/**
 * The meeting itself: its title (a news headline, or "THÔNG BÁO Kết luận của …
 * tại cuộc họp …" in an official notice), its kind, where it took place and the
 * body that convened it.
 */
export interface FoundText {
  value: string;
  span: SourceSpan;
}

const DOCUMENT_HEADING = /^(?:THÔNG\s+BÁO|KẾT\s+LUẬN|BIÊN\s+BẢN)(?:\s|$)/u;
const LETTERHEAD =
  /^(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN|Số\s*:|Số\s+\d|\*|[-–_]{2,})|^[\p{Lu}\p{N}\s,.\-–]+$|^[\p{L} .'-]{2,40},\s*ngày/u;

/** A letterhead line (the national motto, "Số: …", "Hà Giang, ngày …", a line all in capitals): not what the text is about. */
export function isLetterhead(line: string): boolean {
  return LETTERHEAD.test(line);
}

export function findTitle(paragraphs: Paragraph[]): { value: string; span: SourceSpan; confidence: number } | null {
  const head = paragraphs.slice(0, 15);
  const headingIndex = head.findIndex((p) => DOCUMENT_HEADING.test(p.text));
  if (headingIndex >= 0) {
    const heading = head[headingIndex];
    const parts = [heading];
    const next = head[headingIndex + 1];
    if (heading.text.length < 40 && next && !LETTERHEAD.test(next.text) && next.text.length <= 400) parts.push(next);
    const last = parts[parts.length - 1];
    return { value: tidy(parts.map((p) => p.text).join(' ')), span: { start: heading.start, end: last.end }, confidence: 0.9 };
  }
  const headline = head.find((p) => !LETTERHEAD.test(p.text) && !p.caption);
  if (!headline) return null;
  if (headline.text.length <= 250 && !/[.!?]$/u.test(headline.text)) {
    return { value: headline.text, span: { start: headline.start, end: headline.end }, confidence: 0.85 };
  }
  const firstSentence = /^[^.!?]{10,200}/u.exec(headline.text);
  if (!firstSentence) return null;
  return {
    value: firstSentence[0].trim(),
    span: { start: headline.start, end: headline.start + firstSentence[0].trimEnd().length },
    confidence: 0.4,
  };
}

export function meetingKind(title: string | null, opening: string): MeetingKind | null {
  const text = fold(`${title ?? ''} ${opening}`);
  if (/\bthuong truc\b|\bban thuong vu\b/.test(text)) return 'standing_committee';
  if (/\blam viec\b/.test(text)) return 'working_session';
  if (/\bhoi nghi\b/.test(text)) return 'conference';
  if (/\bchuyen de\b/.test(text)) return 'thematic';
  if (/\bgiao ban\b/.test(text)) return 'briefing';
  if (/\bhop\b|\bbien ban\b|\bket luan\b/.test(text)) return 'other';
  return null;
}

const LOCATION_LINE = /^(?:[-+•*]|[IVX]+\.|\d+\.)?\s*(?:địa\s+điểm|thời\s+gian\s+và\s+địa\s+điểm|thời\s+gian,\s*địa\s+điểm)\s*:\s*/iu;
const AT_PLACE =
  /(?<![\p{L}])tại\s+((?:trụ\s+sở|phòng\s+họp|hội\s+trường|nhà\s+khách|trung\s+tâm\s+hội\s+nghị|văn\s+phòng|nhà\s+văn\s+hóa|khu|công\s+trường|UBND|Ủy\s+ban|Tỉnh\s+ủy|Sở|Trung\s+tâm)[^,.;\n]{0,80}(?:,\s*(?:UBND|Ủy\s+ban|Tỉnh\s+ủy|Sở|Huyện\s+ủy|Thành\s+ủy|Trung\s+tâm|tỉnh|số)[^,.;\n]{0,60})?)/iu;

export function findLocation(paragraphs: Paragraph[]): FoundText | null {
  for (const paragraph of paragraphs.slice(0, 20)) {
    if (paragraph.caption) continue;
    const text = paragraph.text.slice(0, 2000);
    const line = LOCATION_LINE.exec(text);
    const place = AT_PLACE.exec(line ? text.slice(line[0].length) : text);
    if (place) {
      const offset = (line ? line[0].length : 0) + place.index + place[0].length - place[1].length;
      const value = place[1].replace(/\s+(?:đã|đồng\s+chí|và)$/u, '').trim();
      return { value, span: { start: paragraph.start + offset, end: paragraph.start + offset + value.length } };
    }
    if (line) {
      const value = text
        .slice(line[0].length)
        .replace(/[.;]\s*$/u, '')
        .trim();
      const after = value.replace(/^.*?(?:ngày\s+[\d/]+|\d{1,2}\/\d{1,2}\/\d{4})\s*,?\s*(?:tại\s+)?/iu, '');
      if (after) {
        const start =
          paragraph.start +
          line[0].length +
          (value.length - after.length) +
          (text.slice(line[0].length).length - text.slice(line[0].length).trimStart().length);
        return { value: after, span: { start, end: start + after.length } };
      }
    }
  }
  return null;
}

const CONVENED = /^\s*(?:đã\s+)?(?:có\s+buổi\s+làm\s+việc|làm\s+việc|họp|tổ\s+chức|tiến\s+hành|chủ\s+trì)/iu;
const CONCLUSION_OF = /(?:kết\s+luận|ý\s+kiến\s+chỉ\s+đạo)\s+của\s+/iu;

export function findOrganizer(paragraphs: Paragraph[], title: FoundText | null): FoundText | null {
  const sources: { text: string; start: number }[] = [];
  if (title) sources.push({ text: title.value, start: title.span.start });
  for (const p of paragraphs.slice(0, 8)) if (!p.caption) sources.push({ text: p.text.slice(0, 1500), start: p.start });
  for (const source of sources) {
    const of = CONCLUSION_OF.exec(source.text);
    if (of) {
      const at = of.index + of[0].length;
      const person = personAt(source.text, at);
      const organization = person && !person.fullName ? organizationFromPosition(person.position) : null;
      if (organization && person) return { value: organization, span: spanIn(source, title, at, person.end) };
      const agency = findAgencies(source.text.slice(at, at + 200))[0];
      if (agency && agency.start === 0) return { value: agency.name, span: spanIn(source, title, at, at + agency.end) };
    }
    for (const agency of findAgencies(source.text)) {
      if (CONVENED.test(source.text.slice(agency.end, agency.end + 40))) {
        return { value: agency.name, span: spanIn(source, title, agency.start, agency.end) };
      }
    }
  }
  return null;
}

/** A title joined from two lines has no offsets of its own; spans point into the paragraph or fall back to the title's. */
function spanIn(source: { text: string; start: number }, title: FoundText | null, start: number, end: number): SourceSpan {
  if (
    title &&
    source.start === title.span.start &&
    source.text === title.value &&
    title.span.end - title.span.start !== title.value.length
  ) {
    return title.span;
  }
  return { start: source.start + start, end: source.start + end };
}
