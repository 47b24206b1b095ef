/**
 * Cuts a text into paragraphs and sentences with their offsets, and sets apart
 * what is not the meeting's record: photo file names, their captions (kept,
 * marked, because a caption often names who spoke), and the tail of a news page
 * (the source URL, the "Theo …" byline, "Tin liên quan" and everything after).
 */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
  /** A photo caption: the short line after an image name, or a short line repeated verbatim. */
  caption: boolean;
  /** For a repeated line, the index of its first occurrence; else null. */
  repeatOf: number | null;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export interface Segments {
  /** Where the record ends: the start of the page's tail, or the text's length. */
  bodyEnd: number;
  paragraphs: Paragraph[];
}

const IMAGE_LINE = /^\S{1,200}\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)$/iu;
const RELATED_HEADING = /^(?:tin|bài viết|bài|tin bài)\s+(?:liên quan|cùng chuyên mục|khác)\b|^xem thêm\b|^đọc thêm\b/iu;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
const BYLINE = /^(?:theo|nguồn:?)\s+[^!?]{1,80}[^.!?]$/iu;
const MAX_CAPTION = 220;
/** A reporter's signature: two to four capitalized words, perhaps with the paper in brackets ("MỸ KHANH", "Lê Hợi", "Hoàng Vy (Báo Đắk Lắk)"). */
const AUTHOR_LINE = /^\p{Lu}[\p{L}.]*(?:\s+(?:-\s+)?\p{Lu}[\p{L}.]*){1,3}(?:\s*\([^()\n]{1,80}\))?$/u;
/** "Ảnh: Quang cảnh cuộc họp." or "… tại buổi làm việc. Ảnh: M.KHANH": a photo's caption and credit. */
const PHOTO_CREDIT = /^(?:ảnh|trong\s+ảnh)\s*:|[.!?]\s*\(?ảnh\s*:\s*[\p{L}\p{N} .,&/-]{1,40}\)?$/iu;

export function segment(text: string): Segments {
  const lines = splitLines(text);
  let bodyEnd = text.length;
  const paragraphs: Paragraph[] = [];
  const firstSeen = new Map<string, number>();
  let afterImage = false;
  for (const line of lines) {
    const value = line.text;
    if (paragraphs.length >= 2 && isTail(value)) {
      bodyEnd = line.start;
      break;
    }
    if (IMAGE_LINE.test(value)) {
      afterImage = true;
      continue;
    }
    const short = value.length <= MAX_CAPTION;
    const seen = short ? firstSeen.get(value) : undefined;
    const paragraph: Paragraph = {
      start: line.start,
      end: line.end,
      text: value,
      caption: (afterImage && short) || seen !== undefined || (short && PHOTO_CREDIT.test(value)),
      repeatOf: seen ?? null,
    };
    if (seen !== undefined) paragraphs[seen].caption = true;
    else if (short) firstSeen.set(value, paragraphs.length);
    paragraphs.push(paragraph);
    afterImage = false;
  }
  // "… kết luận buổi làm việc." then "MỸ KHANH": the reporter's name closes a news item; it is no one's speech.
  const last = paragraphs[paragraphs.length - 1];
  const before = paragraphs[paragraphs.length - 2];
  if (paragraphs.length >= 3 && AUTHOR_LINE.test(last.text) && /[.!?…"”]$/u.test(before.text)) {
    paragraphs.pop();
    bodyEnd = last.start;
  }
  return { bodyEnd, paragraphs };
}

function isTail(line: string): boolean {
  if (line.length <= 60 && RELATED_HEADING.test(line)) return true;
  if (URL_LINE.test(line)) return true;
  // A byline names a writer or a site, never ends a sentence and has few words.
  return BYLINE.test(line) && (line.includes('/') || /\.\p{L}{2,}$/u.test(line) || line.split(/\s+/).length <= 6);
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
    start = end + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0xfeff ||
    code === 11 ||
    code === 12
  );
}

/** Longest stretch the rules look at at once: keeps every regex fast on pathological input. */
export const MAX_SENTENCE = 1500;

/**
 * Sentences end at . ! ? … followed by white space (or a closing quote and white
 * space); "3.258 tỷ" stays whole. Overlong runs are cut so no rule sees more than
 * MAX_SENTENCE characters.
 */
export function sentences(paragraph: Paragraph, index: number): Sentence[] {
  const out: Sentence[] = [];
  const text = paragraph.text;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: paragraph.start + s, end: paragraph.start + e, text: text.slice(s, e), paragraph: index });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (i - start >= MAX_SENTENCE) {
      push(i);
      start = i;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '”' || text[j] === '"' || text[j] === '’' || text[j] === ')')) j++;
      // "P. Quy hoạch", "UBND h. Chương Mỹ", "TP. Hạ Long": a one- or two-letter abbreviation, not a sentence's end.
      const abbreviation = c === '.' && j === i + 1 && /(?:^|[\s(])\p{L}{1,2}$/u.test(text.slice(Math.max(0, i - 3), i));
      if (!abbreviation && (j >= text.length || isSpace(text.charCodeAt(j)))) {
        push(j);
        start = j;
        i = j - 1;
      }
    }
  }
  push(text.length);
  return out;
}
