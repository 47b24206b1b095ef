import { agencyAt } from './agencies.js';
import { fold } from './fold.js';
import type { FoundText } from './meeting.js';
import type { Paragraph } from './segment.js';

/**
 * The issuing body from an official letterhead, for texts that never say in a
 * sentence who held the meeting. The left column of the first lines names the
 * body in capitals, the parent above the unit: "UBND TỈNH LÂM ĐỒNG" / "SỞ NÔNG
 * NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN" is the Sở of that province; "SỞ TÀI NGUYÊN VÀ
 * MÔI TRƯỜNG" / "TỈNH NGHỆ AN" is one name on two lines. A "VĂN PHÒNG" under
 * its parent only issues the notice: the meeting is the parent's.
 */
const MOTTO = /^(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|ĐỘC\s+LẬP|ĐẢNG\s+CỘNG\s+SẢN|\*|[-–_]{2,}|Số\s*:|Số\s+\d)/u;
const CAPITALS = /^[\p{Lu}\s&-]+$/u;
const DOCUMENT_HEADING = /^(?:THÔNG\s+BÁO|KẾT\s+LUẬN|BIÊN\s+BẢN|BÁO\s+CÁO|TỜ\s+TRÌNH|QUYẾT\s+ĐỊNH)(?:\s|$)/u;
const LOCALITY_START = /^(?:TỈNH|HUYỆN|THÀNH\s+PHỐ|THỊ\s+XÃ|QUẬN|XÃ|PHƯỜNG)(?:\s|$)/u;
const LOCALITY_WORDS = new Set(['tỉnh', 'huyện', 'thành phố', 'thị xã', 'quận', 'xã', 'phường']);
const ISSUING_OFFICE = /^VĂN\s+PHÒNG$/u;
const KEPT_CAPITALS = new Set(['UBND', 'HĐND', 'MTTQ']);
const TWO_WORD_HEADS = new Set(['van phong', 'chi cuc', 'tong cuc', 'trung tam', 'uy ban', 'cong an', 'kho bac', 'thanh tra']);
const PLACE_HEADS = new Set(['tinh uy', 'huyen uy', 'thanh uy', 'dang uy']);

interface Line {
  text: string;
  start: number;
  end: number;
}

export function organizerFromLetterhead(paragraphs: Paragraph[]): FoundText | null {
  const units: Line[] = [];
  for (const paragraph of paragraphs.slice(0, 8)) {
    if (DOCUMENT_HEADING.test(paragraph.text)) break;
    // Two columns typed side by side: the body on the left, the national motto on the right.
    const left = paragraph.text.split(/\s{3,}|\t/u)[0].trim();
    if (left === '' || MOTTO.test(left)) continue;
    if (!CAPITALS.test(left) || !/\p{Lu}{2}/u.test(left)) break;
    const start = paragraph.start + paragraph.text.indexOf(left);
    const line = { text: left.replace(/\s+/gu, ' '), start, end: start + left.length };
    const previous = units[units.length - 1];
    if (previous && LOCALITY_START.test(line.text))
      units[units.length - 1] = { ...previous, text: `${previous.text} ${line.text}`, end: line.end };
    else units.push(line);
  }
  if (units.length === 0) return null;
  let unit = units[units.length - 1];
  const parent = units.length > 1 ? units[units.length - 2] : null;
  if (parent && ISSUING_OFFICE.test(unit.text)) unit = parent;
  else if (parent && !hasLocality(unit.text)) {
    const place = localityOf(parent.text);
    if (place) unit = { text: `${unit.text} ${place}`, start: parent.start, end: unit.end };
  }
  const value = sentenceCase(unit.text);
  // A headline typed in capitals is no letterhead: the line must name a body ("VĂN PHÒNG" alone names none).
  if (agencyAt(value, 0) === null) return null;
  return { value, span: { start: unit.start, end: unit.end } };
}

function hasLocality(text: string): boolean {
  return localityOf(text) !== null;
}

/** How many words of a locality ("TỈNH", "THÀNH PHỐ") start at `i`; 0 when none does. */
function localityAt(words: string[], i: number): number {
  if (LOCALITY_WORDS.has(`${words[i]} ${words[i + 1] ?? ''}`.toLowerCase())) return 2;
  return LOCALITY_WORDS.has(words[i].toLowerCase()) ? 1 : 0;
}

/** "UBND TỈNH LÂM ĐỒNG" → "TỈNH LÂM ĐỒNG": where the body sits. */
function localityOf(text: string): string | null {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const size = localityAt(words, i);
    if (size > 0 && i + size < words.length) return words.slice(i).join(' ');
  }
  return null;
}

/**
 * Capitals written the way agency names are: "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG" →
 * "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng". Each field after the head or "và" starts with a
 * capital, a place is capitalized throughout, abbreviations ("UBND", "PTNT") stay as written.
 */
export function sentenceCase(text: string): string {
  const words = text.split(' ');
  const firstTwo = fold(`${words[0]} ${words[1] ?? ''}`);
  const head = TWO_WORD_HEADS.has(firstTwo) ? 2 : 1;
  const out: string[] = [];
  let inPlace = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const lower = word.toLowerCase();
    if (KEPT_CAPITALS.has(word) || !/[aeiouy]/u.test(fold(word))) {
      out.push(word);
      continue;
    }
    if (i === 0) {
      out.push(capitalize(lower));
      // "TỈNH ỦY YÊN BÁI": the place follows the committee's name.
      if (PLACE_HEADS.has(firstTwo)) {
        out.push(words[1].toLowerCase());
        i++;
        inPlace = true;
      }
      continue;
    }
    const locality = inPlace ? 0 : localityAt(words, i);
    if (locality > 0) {
      out.push(...words.slice(i, i + locality).map((w) => w.toLowerCase()));
      i += locality - 1;
      inPlace = true;
      continue;
    }
    const fieldStart = (i === head && fold(word) !== 'nhan') || fold(words[i - 1]) === 'va';
    out.push(lower !== 'và' && (inPlace || fieldStart) ? capitalize(lower) : lower);
  }
  return out.join(' ');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
