import { type CalendarDate, compareDates, formatDate, isValidDate, parseIsoDate } from './calendar.js';
import type { ExtractionWarning, SourceSpan } from './extraction-types.js';

/**
 * The meeting's date and time. Every date in the record is a candidate; the one
 * written like a meeting's ("Sáng 12/3", "Thời gian: 8 giờ 30 phút ngày …",
 * "tại cuộc họp ngày …") wins, deadlines ("trước ngày …") never do. A date
 * without a year takes it from the text ("so với cùng kỳ năm 2023" → 2024), then
 * from the publication date, then from today, and says so in a warning.
 *
 * Confidence: 0.5 to start, +0.2 when the date is written as a meeting's, +0.2
 * when the year is written, +0.1 when the year comes from the publication date;
 * capped at 0.95.
 */
export interface MeetingDate {
  date: CalendarDate;
  startsAt: string;
  span: SourceSpan;
  confidence: number;
  warnings: ExtractionWarning[];
}

const DATE =
  /(?<![\p{L}\p{N}/.-])(?:(sáng|chiều|tối|trưa)\s+(?:nay\s+)?(?:\(?(?:thứ\s+\p{L}+|chủ nhật)\)?,?\s+)?(?:\(\s*)?)?(?:(?:hôm\s+|vào\s+)?ngày\s+)?(?:(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?|(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?|(\d{1,2})-(\d{1,2})-(\d{4}))(?![\p{N}/])/giu;
const TIME = /(?<![\p{L}\p{N}])(\d{1,2})\s?(?:giờ|h)(?:\s?(\d{2})(?:\s?phút)?)?(?![\p{L}\p{N}])/iu;
const MEETING_WORDS = /họp|làm việc|hội nghị|chủ trì|tổ chức|phiên|buổi|diễn ra|khai mạc/iu;
const DEADLINE_BEFORE = /(?:trước|đến|tới|hạn|chậm nhất|hoàn thành|từ|kể từ|xong)\s*(?:ngày\s*)?$/iu;
const ISSUED_LINE = /^[\p{L} .'-]{2,40},\s*ngày\s*\d/u;
const SAME_PERIOD = /cùng kỳ(?:\s+năm)?\s+(\d{4})/iu;

interface Candidate {
  index: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  partOfDay: string | null;
  score: number;
}

export function findMeetingDate(
  text: string,
  bodyEnd: number,
  options: { publishedOn?: string | null; today: string },
): MeetingDate | null {
  const body = text.slice(0, bodyEnd);
  const candidates: Candidate[] = [];
  DATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  let scanned = 0;
  while ((match = DATE.exec(body)) !== null && scanned++ < 2000) {
    const day = Number(match[2] ?? match[5] ?? match[8]);
    const month = Number(match[3] ?? match[6] ?? match[9]);
    const yearText = match[4] ?? match[7] ?? match[10];
    const year = yearText ? Number(yearText) : null;
    if (!isValidDate(year ?? 2024, month, day)) continue;
    const before = body.slice(Math.max(0, match.index - 30), match.index);
    // The line's start within LOOKBACK characters only: on one long line, scanning back to its start for each of
    // up to 2,000 dates made a hostile 500,000-character text take over a second.
    const windowStart = Math.max(0, match.index - LOOKBACK);
    const lineStart = windowStart + body.slice(windowStart, match.index).lastIndexOf('\n') + 1;
    const line = body.slice(lineStart, Math.min(body.length, lineStart + 300));
    const sentence = sentenceAround(body, match.index);
    let score = 1;
    if (match[1]) score += 3;
    if (/thời gian\s*:?[^\n]*$/iu.test(body.slice(lineStart, match.index))) score += 3;
    if (MEETING_WORDS.test(sentence)) score += 2;
    if (!match[1] && DEADLINE_BEFORE.test(before)) score -= 10;
    if (ISSUED_LINE.test(line)) score -= 2;
    if (match.index < bodyEnd * 0.3) score += 1;
    candidates.push({ index: match.index, end: match.index + match[0].length, day, month, year, partOfDay: match[1] ?? null, score });
  }
  const best = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.index - b.index)[0];
  if (!best) return null;

  const warnings: ExtractionWarning[] = [];
  let confidence = 0.5 + (best.score >= 3 ? 0.2 : 0);
  let year = best.year;
  const span = { start: best.index, end: best.end };
  if (year !== null) confidence += 0.2;
  else {
    const resolved = resolveYear(body, candidates, best, options);
    year = resolved.year;
    confidence += resolved.bonus;
    if (resolved.warning) warnings.push({ code: 'year_assumed', message: resolved.warning, span });
  }
  const date = { year, month: best.month, day: best.day };
  if (!isValidDate(date.year, date.month, date.day)) return null;
  const time = readTime(body, best) ?? defaultTime(best.partOfDay);
  return {
    date,
    startsAt: `${formatDate(date)}T${time}:00+07:00`,
    span,
    confidence: Math.min(0.95, confidence),
    warnings,
  };
}

function resolveYear(
  body: string,
  candidates: Candidate[],
  best: Candidate,
  options: { publishedOn?: string | null; today: string },
): { year: number; bonus: number; warning: string | null } {
  const samePeriod = SAME_PERIOD.exec(body);
  if (samePeriod) {
    return {
      year: Number(samePeriod[1]) + 1,
      bonus: 0.05,
      warning: `Năm của ngày họp được suy ra từ "${samePeriod[0]}"; hãy kiểm tra lại.`,
    };
  }
  const published = parseIsoDate(options.publishedOn);
  if (published) return { year: yearNotAfter(best, published), bonus: 0.1, warning: null };
  const written = candidates.find((c) => c.year !== null);
  if (written?.year) {
    return {
      year: written.year,
      bonus: 0,
      warning: `Năm của ngày họp được lấy theo ngày ${written.day}/${written.month}/${written.year} trong văn bản; hãy kiểm tra lại.`,
    };
  }
  const today = parseIsoDate(options.today) ?? { year: new Date().getUTCFullYear(), month: 12, day: 31 };
  return {
    year: yearNotAfter(best, today),
    bonus: 0,
    warning: 'Văn bản không ghi năm của ngày họp; đã lấy năm hiện tại, hãy kiểm tra lại.',
  };
}

/** A meeting reported on a day is not later than that day: 20/12 read on 5/1/2025 is 2024. */
function yearNotAfter(candidate: Candidate, reference: CalendarDate): number {
  const sameYear = { year: reference.year, month: candidate.month, day: candidate.day };
  return compareDates(sameYear, reference) > 0 ? reference.year - 1 : reference.year;
}

function readTime(body: string, candidate: Candidate): string | null {
  const from = Math.max(body.lastIndexOf('\n', candidate.index) + 1, candidate.index - 40);
  const to = Math.min(body.length, candidate.end + 40);
  const window = body.slice(from, to);
  const match = TIME.exec(window);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  if (candidate.partOfDay && /chiều|tối/iu.test(candidate.partOfDay) && hour < 12) hour += 12;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function defaultTime(partOfDay: string | null): string {
  const part = partOfDay?.toLowerCase();
  if (part === 'chiều') return '14:00';
  if (part === 'tối') return '19:00';
  if (part === 'trưa') return '11:00';
  return '08:00';
}

/** How far back from a date its line is looked at ("Thời gian: …"): a line that long is not a heading any more. */
const LOOKBACK = 300;

function sentenceAround(body: string, index: number): string {
  const from = Math.max(0, index - 200);
  const to = Math.min(body.length, index + 200);
  const window = body.slice(from, to);
  const at = index - from;
  const start = Math.max(window.lastIndexOf('. ', at), window.lastIndexOf('\n', at)) + 1;
  let end = window.slice(at).search(/\.\s|\n/u);
  end = end < 0 ? window.length : at + end;
  return window.slice(start, end);
}
