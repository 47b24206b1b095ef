import type { ExtractedAttendee } from './extraction-types.js';
import { type FoundPerson, parsePersonItem, personAt } from './people.js';
import type { Paragraph } from './segment.js';

/**
 * Who chaired, who was the secretary and who attended, from the sentences that
 * say so: "dưới sự chủ trì của đồng chí …", "Chủ trì: …", "Thư ký: …",
 * "Dự buổi làm việc có các đồng chí: A, chức vụ; B, chức vụ", "Thành phần: …".
 *
 * Confidence: 0.95 for a name read after an unmistakable marker ("Chủ trì:",
 * "dưới sự chủ trì của"), 0.9 for a named person in an attendee list, 0.6 for
 * someone named only by position, 0.7 for a chair read from "X … chủ trì".
 */
const CHAIR_OF = /dưới\s+sự\s+chủ\s+trì\s+của\s+/iu;
const CHAIR_LINE = /^(?:[-+•*]\s*)?(?:chủ\s+trì|người\s+chủ\s+trì|chủ\s+tọa|chủ\s+toạ)(?:\s+(?:cuộc\s+họp|hội\s+nghị))?\s*:\s*/iu;
const SECRETARY_LINE =
  /^(?:[-+•*]\s*)?(?:thư\s+ký|người\s+ghi\s+biên\s+bản|người\s+ghi|ghi\s+biên\s+bản|ghi)(?:\s+(?:cuộc\s+họp|hội\s+nghị))?\s*:\s*/iu;
// A field visit has a head of delegation where a meeting has a chair.
const CHAIRED = /\s(?:đã\s+)?(?:chủ\s+trì(?!\s*,?\s*phối)|làm\s+trưởng\s+đoàn|dẫn\s+đầu)/iu;
// "đồng chí X, <chức vụ> làm việc với …", "X … đã có buổi làm việc với …": who holds a working session leads it.
const HOLDS_SESSION = /^\s*(?:(?:đã|vừa|đang|sẽ)\s+)*(?:có\s+(?:buổi|cuộc)\s+)?(?:làm\s+việc|họp)\s+(?:với|tại)(?![\p{L}])/iu;
const LIST_TRIGGER =
  /(?:^|[.;]\s+|,\s*)(?:cùng\s+)?(?:tham\s+dự|dự|tham\s+gia|có\s+mặt|đi|đi\s+cùng|tháp\s+tùng)[^:;.]{0,80}?(?:có|gồm|với\s+sự\s+tham\s+dự\s+của)\s+(?:các\s+)?(?:đồng\s+chí|ông,?\s*bà|ông\/bà|đại\s+biểu)?\s*:?\s*|với\s+sự\s+tham\s+dự\s+của\s+(?:các\s+)?(?:đồng\s+chí)?\s*:?\s*/iu;
const MEMBERS_HEADING =
  /^(?:[IVX]+\.|\d+\.|[-+•*])?\s*(?:thành\s+phần\s+tham\s+dự|thành\s+phần|đại\s+biểu\s+tham\s+dự|tham\s+dự|có\s+mặt|dự)(?:\s+(?:gồm|có))?\s*(?::\s*|$)/iu;
const LIST_LINE = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s*|^(?:ông|bà|đồng\s+chí|đ\/c)\s/iu;

export interface PeopleFound {
  attendees: ExtractedAttendee[];
  chairFound: boolean;
}

export function findPeople(paragraphs: Paragraph[]): PeopleFound {
  const attendees: ExtractedAttendee[] = [];
  const add = (paragraph: Paragraph, offset: number, person: FoundPerson, role: ExtractedAttendee['role'], confidence: number) => {
    attendees.push({
      person: { fullName: person.fullName, position: person.position, organizationName: person.organizationName },
      role,
      span: { start: paragraph.start + offset + person.start, end: paragraph.start + offset + person.end },
      confidence: person.fullName ? confidence : Math.min(confidence, 0.6),
    });
  };
  let chairFound = false;
  let inMembers = false;
  const limit = Math.min(paragraphs.length, 400);
  for (let index = 0; index < limit; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.caption) continue;
    const text = paragraph.text.slice(0, 3000);

    const chairLine = CHAIR_LINE.exec(text);
    if (chairLine) {
      const person = parsePersonItem(text.slice(chairLine[0].length));
      if (person && !chairFound) {
        add(paragraph, chairLine[0].length, person, 'chair', 0.95);
        chairFound = true;
      }
      continue;
    }
    const secretaryLine = SECRETARY_LINE.exec(text);
    if (secretaryLine) {
      const person = parsePersonItem(text.slice(secretaryLine[0].length), true);
      if (person) add(paragraph, secretaryLine[0].length, person, 'secretary', 0.95);
      continue;
    }
    const heading = MEMBERS_HEADING.exec(text);
    if (heading) {
      inMembers = true;
      readList(text, heading[0].length, (offset, person) => add(paragraph, offset, person, 'member', 0.9));
      continue;
    }
    if (inMembers && LIST_LINE.test(text)) {
      readList(text, 0, (offset, person) => add(paragraph, offset, person, 'member', 0.85));
      continue;
    }
    inMembers = false;

    if (!chairFound) {
      const of = CHAIR_OF.exec(text);
      if (of) {
        const person = personAt(text, of.index + of[0].length);
        if (person?.fullName) {
          add(paragraph, 0, person, 'chair', 0.95);
          chairFound = true;
        }
      } else if (index < 12) {
        const chaired = CHAIRED.exec(text);
        const person = chaired ? lastPersonBefore(text, chaired.index) : null;
        if (person) {
          add(paragraph, 0, person, 'chair', 0.7);
          chairFound = true;
        }
      }
    }
    const trigger = LIST_TRIGGER.exec(text);
    if (trigger) {
      readList(text, trigger.index + trigger[0].length, (offset, person) => add(paragraph, offset, person, 'member', 0.9));
    }
  }
  if (!chairFound) chairFound = sessionHolder(paragraphs.slice(0, 12), attendees);
  return { attendees: dedupe(attendees), chairFound };
}

/**
 * A text that never says "chủ trì" names its chair as the subject of the opening sentence: "đồng chí X, <chức
 * vụ> làm việc với các sở, ngành". Read only when no sentence says who chaired, and the person then leads the list.
 */
function sessionHolder(paragraphs: Paragraph[], attendees: ExtractedAttendee[]): boolean {
  for (const paragraph of paragraphs) {
    if (paragraph.caption) continue;
    const text = paragraph.text.slice(0, 3000);
    const verb = /\s(?:(?:đã|vừa|đang|sẽ)\s+)*(?:có\s+(?:buổi|cuộc)\s+)?(?:làm\s+việc|họp)\s+(?:với|tại)(?![\p{L}])/iu.exec(text);
    if (!verb) continue;
    const person = lastPersonBefore(text, verb.index);
    if (!person?.fullName || !HOLDS_SESSION.test(text.slice(person.end))) continue;
    const same = attendees.findIndex((a) => a.person.fullName?.toLowerCase() === person.fullName?.toLowerCase());
    if (same >= 0) attendees.splice(same, 1);
    attendees.unshift({
      person: { fullName: person.fullName, position: person.position, organizationName: person.organizationName },
      role: 'chair',
      span: { start: paragraph.start + person.start, end: paragraph.start + person.end },
      confidence: 0.7,
    });
    return true;
  }
  return false;
}

/** Items separated by ";" (or the end of the line), each one person. */
function readList(text: string, from: number, found: (offset: number, person: FoundPerson) => void): void {
  let start = from;
  // Typed notes separate people with commas: "đ/c Hạnh (PTB), đ/c Lộc (PTB)".
  const byComma = !text.includes(';', from) && /,\s*(?:đ\/c|đồng\s+chí|ông|bà)\s/iu.test(text.slice(from));
  for (let guard = 0; guard < 100 && start < text.length; guard++) {
    let end = byComma ? nextHonorificComma(text, start) : text.indexOf(';', start);
    if (end < 0) end = text.length;
    const item = text.slice(start, end);
    const person = parsePersonItem(item.replace(/[.]\s*$/u, ''));
    // "đại diện Sở Xây dựng", "lãnh đạo các sở": an agency sent someone unnamed; if they speak, the speech adds them.
    // "Chủ tịch UBND các huyện": the holders of a post in many bodies are a group, not one attendee.
    const unnamedEnvoy = person && !person.fullName && /^(?:đại\s+diện|lãnh\s+đạo)|(?<![\p{L}])các\s/iu.test(person.position ?? '');
    if (person && (person.fullName || person.organizationName) && !unnamedEnvoy) found(start, person);
    start = end + 1;
  }
}

function nextHonorificComma(text: string, from: number): number {
  const match = /,\s*(?=(?:đ\/c|đồng\s+chí|ông|bà)\s)/iu.exec(text.slice(from));
  return match ? from + match.index : -1;
}

/** The person named closest before "chủ trì" in a sentence: "Phó Thủ tướng Trần Lưu Quang … đã chủ trì". */
function lastPersonBefore(text: string, index: number): FoundPerson | null {
  const sentenceStart = Math.max(text.lastIndexOf('. ', index) + 1, 0);
  const head = text.slice(sentenceStart, index);
  const starts = [0];
  const marker = /(?:(?:^|\s)(?:do|của|đồng\s+chí|ông|bà)|,)\s/giu;
  let match: RegExpExecArray | null;
  while ((match = marker.exec(head)) !== null && starts.length < 20) starts.push(match.index + match[0].length);
  for (const at of starts) {
    const leading = /^\s*/u.exec(head.slice(at))?.[0].length ?? 0;
    const person = personAt(head, at + leading);
    if (person?.fullName) return { ...person, start: sentenceStart + person.start, end: sentenceStart + person.end };
    // "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực nông nghiệp chủ trì": a chair named only by office.
    if (person?.position && /^[\p{Ll}\s]{0,60}$/u.test(head.slice(person.end))) {
      return { ...person, start: sentenceStart + person.start, end: sentenceStart + person.end };
    }
  }
  return null;
}

/** One entry per person: a later mention fills in a missing position; the first role wins. */
function dedupe(attendees: ExtractedAttendee[]): ExtractedAttendee[] {
  const out: ExtractedAttendee[] = [];
  for (const attendee of attendees) {
    const key = attendee.person.fullName?.toLowerCase() ?? `position:${attendee.person.position?.toLowerCase()}`;
    const existing = out.find((a) => (a.person.fullName?.toLowerCase() ?? `position:${a.person.position?.toLowerCase()}`) === key);
    if (!existing) out.push(attendee);
    else if (!existing.person.position && attendee.person.position) existing.person = attendee.person;
  }
  return out;
}
