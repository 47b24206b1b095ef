import { wallClockIn } from '../common/time/clock.js';

/**
 * An instant as Popolo writes dates: ISO 8601 on the office's wall clock with
 * its offset and whole seconds (`2024-03-12T08:00:00+07:00`). Popolo's own
 * pattern has no room for fractional seconds, and a `Z` time would show a
 * reader of the open data the meeting seven hours early.
 */
export function popoloInstant(instant: Date, timeZone: string): string {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  const wall = wallClockIn(instant, timeZone);
  const offsetMinutes = Math.round((wall.getTime() - seconds) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
