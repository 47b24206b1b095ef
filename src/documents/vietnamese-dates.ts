import { wallClockIn } from '../common/time/clock.js';
import type { WallClock } from './meeting-document.model.js';

// One formatter per zone for the process: building one costs far more than using it.
/** The office's wall clock at an instant (hours 0–23). */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const local = wallClockIn(instant, timeZone);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const BLANK = '……';

/**
 * "ngày 05 tháng 02 năm 2024": Nghị định 30/2020/NĐ-CP writes a day below 10
 * and the months 1 and 2 with a leading zero (so that nothing can be added in
 * front of them), the other months without.
 */
export function officialDate(date: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The place and date line of an official document: "Lào Cai, ngày 12 tháng 3 năm 2024"; blanks to fill in for an unknown place. */
export function placeAndDate(place: string | null, date: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${place ?? BLANK}, ${officialDate(date)}`;
}

/** "30/6/2024", as dates are written in running text. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

/** "08 giờ 00". */
export function timeOfDay(clock: Pick<WallClock, 'hour' | 'minute'>): string {
  return `${String(clock.hour).padStart(2, '0')} giờ ${String(clock.minute).padStart(2, '0')}`;
}

/** "YYYY-MM-DD" of a wall-clock date, for file names. */
export function isoDate(date: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
