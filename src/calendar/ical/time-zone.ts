import type { ContentLines } from './content-lines.js';
import { icalOffset, offsetMinutes } from './values.js';

/**
 * How meeting times name the office's zone. A zone with one offset all year
 * (Asia/Ho_Chi_Minh, +07:00 since 1975) is described exactly by a VTIMEZONE
 * with a single STANDARD rule, so times are written as the office's wall
 * clock with TZID. A zone with daylight saving would need its rules from the
 * tz database, which the runtime does not expose: its times go out in UTC,
 * which every calendar shows correctly in its own zone.
 */
export interface ZoneWriting {
  /** The TZID to write times with, or null to write them in UTC. */
  tzid: string | null;
  /** Adds the VTIMEZONE (nothing when times are in UTC). */
  describe(lines: ContentLines): void;
}

export function zoneWriting(timeZone: string, year: number): ZoneWriting {
  const winter = offsetMinutes(new Date(Date.UTC(year, 0, 1)), timeZone);
  const summer = offsetMinutes(new Date(Date.UTC(year, 6, 1)), timeZone);
  if (winter !== summer) return { tzid: null, describe: () => undefined };
  const offset = icalOffset(winter);
  return {
    tzid: timeZone,
    describe: (lines) => {
      lines
        .begin('VTIMEZONE')
        .text('TZID', timeZone)
        .begin('STANDARD')
        .raw('DTSTART', '19700101T000000')
        .raw('TZOFFSETFROM', offset)
        .raw('TZOFFSETTO', offset)
        .text('TZNAME', offset === '+0700' ? 'ICT' : offset)
        .end('STANDARD')
        .end('VTIMEZONE');
    },
  };
}
