import { agencyAt, agencyTailAt } from './agencies.js';
import type { PersonMention } from './extraction-types.js';
import { fold, tidy } from './fold.js';
import { HONORIFIC_SOURCE, MEMBERSHIP_TITLES, NOT_NAME_START, SURNAMES, TITLE_ORGANIZATION_PREFIX, TITLE_SOURCE } from './vocabulary.js';

/**
 * People as Vietnamese texts name them: "đồng chí Đặng Xuân Phong, Bí thư Tỉnh
 * ủy", "Phó Chủ tịch UBND tỉnh Nguyễn Trọng Hài", "Cục trưởng Hải quan tỉnh", and
 * lists "A, chức vụ; B, chức vụ". A name is 2–5 capitalized syllables; a
 * position starts with a title word (vocabulary.ts) and runs over the agency
 * name that follows it.
 */
export interface FoundPerson extends PersonMention {
  /** Offsets relative to the string searched. */
  start: number;
  end: number;
}

// Central Highlands names join a prefix to a syllable with an apostrophe: "K'Brăk", "H'Hen Niê", "Y'Điêng".
const SYLLABLE = "\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}?\\p{Ll}+)?(?![\\p{L}\\p{N}'’])";
const NAME_AT_START = new RegExp(`^${SYLLABLE}(?:[ \\t]+${SYLLABLE}){1,4}`, 'u');
const ONE_SYLLABLE_NAME = new RegExp(`^${SYLLABLE}`, 'u');
const TITLE_AT_START = new RegExp(`^${TITLE_SOURCE}(?![\\p{L}])`, 'iu');
const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC_SOURCE}(?![\\p{L}])\\s*`, 'iu');
const ITEM_PREFIX = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])?\s*/u;

/** A name at the very start of `text`, checked against institution words; null if none. */
export function nameAt(text: string, afterHonorific = false): string | null {
  const match = NAME_AT_START.exec(text) ?? (afterHonorific ? ONE_SYLLABLE_NAME.exec(text) : null);
  if (!match) return null;
  const syllables = match[0].split(/\s+/);
  if (NOT_NAME_START.has(syllables[0].toLowerCase())) return null;
  return syllables.join(' ');
}

/** The position at the start of `text`: a title and the agency after it; its end offset. */
export function positionAt(text: string): { position: string; end: number } | null {
  const title = TITLE_AT_START.exec(text);
  if (!title) return null;
  let end = title[0].length;
  const rest = text.slice(end);
  const gap = /^\s+/u.exec(rest)?.[0].length ?? 0;
  const agency = agencyAt(text, end + gap);
  if (agency) end = agency.end;
  else {
    // "Trưởng phòng Kinh tế", "Lãnh đạo ngành Công thương tỉnh", "Cục trưởng Hải quan tỉnh".
    const kind = /^\s+(?:phòng|ban|ngành|sở|đoàn|khoa|cơ\s+quan|bộ\s+phận)(?![\p{L}])/u.exec(rest)?.[0].length ?? 0;
    const spaces = /^\s+/u.exec(rest.slice(kind))?.[0].length ?? 0;
    const tail = agencyTailAt(text, end + kind + spaces);
    if (tail) end = tail.end;
    else if (kind > 0) end += kind;
  }
  return { position: tidy(text.slice(0, end)), end };
}

const BODY_MEETS =
  /^\s*(?:(?:đã|đang|vừa|sẽ|cũng)\s+)*(?:có\s+(?:buổi|cuộc)|làm\s+việc|họp|tổ\s+chức|tiến\s+hành|tiếp\s+(?:và\s+)?làm\s+việc|kiểm\s+tra|thăm|gặp\s+mặt)(?![\p{L}])/iu;

/**
 * Positions separated by commas after a name: each part must start with a title.
 * "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Thường trực Tỉnh ủy đã…" stops before "Thường trực".
 */
export function positionsAt(text: string): { position: string; end: number } | null {
  let offset = 0;
  const parts: string[] = [];
  let end = 0;
  for (let guard = 0; guard < 8; guard++) {
    const part = positionAt(text.slice(offset));
    if (!part) break;
    parts.push(part.position);
    end = offset + part.end;
    const separator = /^\s*(?:,|và|kiêm)\s*/u.exec(text.slice(end));
    if (!separator) break;
    offset = end + separator[0].length;
    // "Trưởng phòng Quản lý môi trường, Sở Công Thương": the agency the unit belongs to.
    const parent = /^,/u.test(separator[0].trim()) ? agencyAt(text, offset) : null;
    // "…, Trưởng Đoàn đại biểu Quốc hội tỉnh, Thường trực Tỉnh ủy đã có buổi làm việc…": a body that holds the
    // meeting is the sentence's subject, not the unit's parent.
    if (parent && !positionAt(text.slice(offset)) && !BODY_MEETS.test(text.slice(parent.end, parent.end + 40))) {
      parts[parts.length - 1] += `, ${tidy(parent.name)}`;
      end = parent.end;
      break;
    }
  }
  return parts.length ? { position: parts.join(', '), end } : null;
}

/** The agency a position belongs to: "Giám đốc Sở Xây dựng" → "Sở Xây dựng". Leadership titles first. */
export function organizationFromPosition(position: string | null): string | null {
  if (!position) return null;
  const parts = position.split(/\s*,\s*/u);
  const ordered = [...parts.filter((p) => !MEMBERSHIP_TITLES.test(p)), ...parts.filter((p) => MEMBERSHIP_TITLES.test(p))];
  for (const part of ordered) {
    const title = TITLE_AT_START.exec(part);
    if (!title) continue;
    const rest = part.slice(title[0].length).trim();
    if (!rest) continue;
    const prefix = TITLE_ORGANIZATION_PREFIX[fold(title[0].replace(/^phó\s+/iu, ''))];
    if (prefix) return `${prefix} ${rest}`;
    const agency = agencyAt(rest, 0);
    if (agency) return agency.name;
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return null;
}

/**
 * One item of a list of people: "Vũ Xuân Cường, Phó Bí thư Tỉnh ủy", "Ông Nguyễn
 * Văn A - Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng Nguyễn Văn B".
 */
export function parsePersonItem(item: string, labelled = false): FoundPerson | null {
  const prefix = ITEM_PREFIX.exec(item)?.[0].length ?? 0;
  let at = prefix;
  const honorific = HONORIFIC_AT_START.exec(item.slice(at));
  if (honorific) at += honorific[0].length;
  const rest = item.slice(at);
  // After "Ghi:" or "Thư ký:" a typed note may give a first name alone: "Ghi: Nga (VP)".
  const name = nameAt(rest, honorific !== null || labelled);
  if (name) {
    const nameEnd = at + name.length;
    const separator = /^\s*(?:,|-|–|\(|:)\s*/u.exec(item.slice(nameEnd));
    let positions = separator ? positionsAt(item.slice(nameEnd + separator[0].length)) : null;
    if (separator && !positions) positions = writtenPosition(item.slice(nameEnd + separator[0].length));
    const end = positions ? nameEnd + separator![0].length + positions.end : nameEnd;
    const position = positions?.position ?? null;
    return { fullName: name, position, organizationName: organizationFromPosition(position), start: at, end };
  }
  return personByPositionAt(item, at);
}

/**
 * "Phó Chủ tịch UBND tỉnh Nguyễn Trọng Hài", "Bí thư Tỉnh ủy Đặng Xuân Phong",
 * "Cục trưởng Hải quan tỉnh": a position, perhaps followed by the name.
 */
export function personByPositionAt(text: string, at: number): FoundPerson | null {
  const found = positionAt(text.slice(at));
  if (!found) return null;
  let position = found.position;
  let end = at + found.end;
  let fullName: string | null = null;
  const split = splitTrailingName(position);
  if (split) {
    position = split.position;
    fullName = split.name;
  } else {
    const after = /^\s+/u.exec(text.slice(end));
    const name = after ? nameAt(text.slice(end + after[0].length)) : null;
    if (name && acceptName(name.split(' '))) {
      fullName = name;
      end += after![0].length + name.length;
    }
  }
  if (!fullName) {
    const more = /^\s*,\s*/u.exec(text.slice(end));
    const positions = more ? positionsAt(text.slice(end + more[0].length)) : null;
    if (positions) {
      position = `${position}, ${positions.position}`;
      end += more![0].length + positions.end;
    }
  }
  return { fullName, position, organizationName: organizationFromPosition(position), start: at, end };
}

/** The name an agency's capitalized words ran into: "UBND tỉnh Nguyễn Trọng Hài". */
function splitTrailingName(position: string): { position: string; name: string } | null {
  const words = position.split(' ');
  let run = 0;
  while (run < words.length && /^\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+)?$/u.test(words[words.length - 1 - run])) run++;
  if (run < 2 || run >= words.length - 1) return null;
  let take = Math.min(run, 4);
  if (run >= 5) take = 3;
  let name = words.slice(words.length - take);
  if (!acceptName(name) && take > 3) name = words.slice(words.length - 3);
  if (!acceptName(name)) return null;
  return { position: words.slice(0, words.length - name.length).join(' '), name: name.join(' ') };
}

function acceptName(syllables: string[]): boolean {
  if (NOT_NAME_START.has(syllables[0].toLowerCase())) return false;
  return syllables.length >= 3 || SURNAMES.has(fold(syllables[0]));
}

/**
 * A person named where a speech or a chair is announced: "đồng chí Hoàng Giang,
 * Phó Bí thư Tỉnh ủy", "đồng chí Bí thư Tỉnh ủy Đặng Xuân Phong", "Cục trưởng
 * Hải quan tỉnh". `at` is where the mention starts (honorific included).
 */
export function personAt(text: string, at: number): FoundPerson | null {
  const honorific = HONORIFIC_AT_START.exec(text.slice(at));
  const from = at + (honorific?.[0].length ?? 0);
  const rest = text.slice(from);
  const name = honorific ? nameAt(rest, true) : nameAt(rest) && acceptName(nameAt(rest)!.split(' ')) ? nameAt(rest) : null;
  if (name) {
    const nameEnd = from + name.length;
    const separator = /^\s*(?:,|-|–|\()\s*/u.exec(text.slice(nameEnd));
    let positions = separator ? positionsAt(text.slice(nameEnd + separator[0].length)) : null;
    if (separator?.[0].includes('(') && !positions) positions = writtenPosition(text.slice(nameEnd + separator[0].length));
    const end = positions ? nameEnd + separator![0].length + positions.end : nameEnd;
    const position = positions?.position ?? null;
    return { fullName: name, position, organizationName: organizationFromPosition(position), start: at, end };
  }
  const byPosition = personByPositionAt(text, from);
  return byPosition ? { ...byPosition, start: at } : null;
}

/**
 * A position written in shorthand, as typed notes do: "(PTB)", "- TP Quản lý DN".
 * Kept as written, up to the closing parenthesis, a comma or 40 characters.
 */
function writtenPosition(text: string): { position: string; end: number } | null {
  const match = /^([^(),;:]{1,40}?)\s*(?:\)|(?=[,;:]|$))/u.exec(text);
  if (!match || !/^\p{Lu}/u.test(match[1])) return null;
  return { position: tidy(match[1]), end: match[0].length };
}
