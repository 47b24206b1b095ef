import type { ExtractedAttendee, PersonMention } from './extraction-types.js';
import { fold } from './fold.js';

/**
 * Which attendee a speaker is: the same name (accents and case aside), or, for a
 * speaker named only by position, the attendee holding exactly that position
 * ("Chủ tịch UBND tỉnh" is one of "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", but
 * not "Phó Chủ tịch UBND tỉnh"). When several hold it, the one who spoke last.
 */
export function matchAttendee(speaker: PersonMention, attendees: ExtractedAttendee[], lastSpeaker: number | null): number | null {
  if (speaker.fullName) {
    const name = fold(speaker.fullName);
    const index = attendees.findIndex((a) => a.person.fullName !== null && fold(a.person.fullName) === name);
    return index >= 0 ? index : null;
  }
  if (!speaker.position) return null;
  const wanted = positionParts(speaker.position);
  const candidates: number[] = [];
  attendees.forEach((attendee, index) => {
    if (!attendee.person.position) return;
    const held = positionParts(attendee.person.position);
    if (wanted.every((part) => held.some((h) => h === part || placeAfter(h, part, attendee.person.position!)))) candidates.push(index);
  });
  if (candidates.length === 0) return null;
  if (lastSpeaker !== null && candidates.includes(lastSpeaker)) return lastSpeaker;
  return candidates[0];
}

/** "Chủ tịch UBND tỉnh Quảng Ninh" holds "Chủ tịch UBND tỉnh": the same post with the province named. */
function placeAfter(held: string, wanted: string, original: string): boolean {
  if (!held.startsWith(`${wanted} `) || !/(?:tinh|thanh pho|huyen|quan|thi xa)$/u.test(wanted)) return false;
  const words = held.slice(wanted.length + 1).split(' ').length;
  return words <= 3 && new RegExp(`(?:tỉnh|thành phố|huyện|quận|thị xã)\\s+\\p{Lu}`, 'u').test(original);
}

function positionParts(position: string): string[] {
  return position
    .split(/\s*(?:,|;|\bkiêm\b)\s*/u)
    .map((part) => fold(part))
    .filter((part) => part.length > 0);
}

export function samePerson(a: PersonMention, b: PersonMention): boolean {
  if (a.fullName && b.fullName) return fold(a.fullName) === fold(b.fullName);
  if (!a.fullName && !b.fullName && a.position && b.position) return fold(a.position) === fold(b.position);
  return false;
}
