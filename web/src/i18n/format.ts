/** The office's zone: every date and time the interface shows is Hanoi time, whatever the browser's zone. */
export const OFFICE_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: OFFICE_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: OFFICE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** 12/03/2024 — built from parts so the browser's own locale data cannot change the order. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  // A deadline ("2024-06-30") is a calendar date, not an instant: never shift it by a zone.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const p = parts(dateFormat, new Date(value));
  return `${p.day}/${p.month}/${p.year}`;
}

/** 08:30 (24-hour). */
export function formatTime(value: string | Date): string {
  const p = parts(timeFormat, new Date(value));
  return `${p.hour}:${p.minute}`;
}

/** 08:30 12/03/2024 — the order Vietnamese documents write it. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `${formatTime(value)} ${formatDate(value)}`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 0.875 → 87,5 % */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : percentFormat.format(value);
}

/** Today's date in the office's zone, as the API's dates are written (2024-03-12). */
export function officeToday(now: Date = new Date()): string {
  const p = parts(dateFormat, now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "dd/mm/yyyy" typed by a user → "yyyy-mm-dd", or null when it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A local date and time typed in the office's zone (2024-03-12, 08:30) → the instant, as ISO 8601 with +07:00.
 * Vietnam keeps no daylight saving time, so the offset is fixed.
 */
export function officeInstant(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}
