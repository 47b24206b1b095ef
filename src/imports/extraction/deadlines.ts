import { type CalendarDate, compareDates, daysInMonth, formatDate, isValidDate } from './calendar.js';

/**
 * Deadlines in a directive, turned into dates: "trước ngày 30/6/2024",
 * "chậm nhất ngày 15 tháng 8 năm 2024", "hoàn thành trước 31/12" (the next such
 * day on or after the meeting), "trong quý II/2024" (the quarter's last day),
 * "trong tháng 7/2024" (the month's last day), "trong năm 2024" (31 December).
 */
export interface Deadline {
  dueDate: string;
  text: string;
  /** Offsets relative to the string searched. */
  start: number;
  end: number;
}

const BEFORE = '(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?|hạn\\s+chót|hạn|xong\\s+trước|không\\s+quá|đến|tới)';
const DAY_MONTH = new RegExp(
  `${BEFORE}\\s*(?:ngày\\s*)?(?:(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*(\\d{4}))?|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?)(?![\\p{N}\\/])`,
  'iu',
);
const QUARTER = /(?:trong|trước\s+hết|hết|cuối|trước)\s+quý\s+(IV|III|II|I|[1-4])(?:\s*(?:\/|năm)\s*(\d{4}))?(?![\p{L}\p{N}])/iu;
const MONTH = /(?:trong|hết|cuối|trước)\s+tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?(?![\p{N}/])/iu;
const YEAR = /(?:trong|hết|cuối|trước)\s+năm\s+(\d{4}|nay)(?![\p{N}])/iu;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function findDeadline(text: string, reference: CalendarDate | null): Deadline | null {
  const window = text.slice(0, 3000);
  const found: Deadline[] = [];
  const dayMonth = DAY_MONTH.exec(window);
  if (dayMonth) {
    const day = Number(dayMonth[1] ?? dayMonth[4]);
    const month = Number(dayMonth[2] ?? dayMonth[5]);
    const yearText = dayMonth[3] ?? dayMonth[6];
    const date = yearText ? { year: Number(yearText), month, day } : nextOnOrAfter(month, day, reference);
    if (date && isValidDate(date.year, date.month, date.day)) found.push(make(date, dayMonth));
  }
  const quarter = QUARTER.exec(window);
  if (quarter) {
    const q = ROMAN[quarter[1].toLowerCase()] ?? Number(quarter[1]);
    const year = quarter[2] ? Number(quarter[2]) : reference?.year;
    if (year && q >= 1 && q <= 4) found.push(make({ year, month: q * 3, day: daysInMonth(year, q * 3) }, quarter));
  }
  const month = MONTH.exec(window);
  if (month) {
    const m = Number(month[1]);
    const year = month[2] ? Number(month[2]) : reference ? (m < reference.month ? reference.year + 1 : reference.year) : undefined;
    if (year && m >= 1 && m <= 12 && isValidDate(year, m, 1)) found.push(make({ year, month: m, day: daysInMonth(year, m) }, month));
  }
  const year = YEAR.exec(window);
  if (year) {
    const y = year[1].toLowerCase() === 'nay' ? reference?.year : Number(year[1]);
    if (y && isValidDate(y, 12, 31)) found.push(make({ year: y, month: 12, day: 31 }, year));
  }
  // The first deadline written is the one the directive is held to.
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

function make(date: CalendarDate, match: RegExpExecArray): Deadline {
  return { dueDate: formatDate(date), text: match[0], start: match.index, end: match.index + match[0].length };
}

function nextOnOrAfter(month: number, day: number, reference: CalendarDate | null): CalendarDate | null {
  if (!reference) return null;
  // 29/2 read in a year without it, or already past: the next year that has that day.
  for (let year = reference.year; year <= reference.year + 8; year++) {
    const candidate = { year, month, day };
    if (isValidDate(year, month, day) && compareDates(candidate, reference) >= 0) return candidate;
  }
  return null;
}
