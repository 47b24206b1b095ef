import { wallClockIn } from '../../common/time/clock.js';

/** Value formats of RFC 5545 §3.3: dates, times in UTC, and local times of a zone. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** DATE: `2024-03-01` → `20240301`. */
export function icalDate(date: string): string {
  return date.replaceAll('-', '');
}

/** DATE-TIME in UTC (form #2): `20240301T020000Z`. */
export function icalUtc(instant: Date): string {
  return (
    `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** DATE-TIME as the wall clock of `timeZone` shows it (form #3, used with TZID): `20240301T090000`. */
export function icalLocal(instant: Date, timeZone: string): string {
  return wallClockIn(instant, timeZone).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The zone's offset from UTC at `instant`, in minutes east (Asia/Ho_Chi_Minh: 420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const local = icalLocal(instant, timeZone);
  const asUtc = Date.UTC(
    Number(local.slice(0, 4)),
    Number(local.slice(4, 6)) - 1,
    Number(local.slice(6, 8)),
    Number(local.slice(9, 11)),
    Number(local.slice(11, 13)),
    Number(local.slice(13, 15)),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** UTC-OFFSET: 420 → `+0700`. */
export function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
