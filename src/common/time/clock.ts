import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * The service's notion of "now" and "today". Today is the calendar date in the
 * office's zone (Asia/Ho_Chi_Minh by default), never the server's: at 06:30 in
 * Hà Nội a UTC server still thinks it is yesterday.
 */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return new Date();
  }

  today(): string {
    return calendarDateIn(this.now(), this.config.timeZone);
  }
}

// Building a DateTimeFormat costs far more than using one: one per zone for the process.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function calendarDateIn(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant as the wall clock of `timeZone` shows it, as a Date whose UTC
 * fields are that local time: what a spreadsheet cell or a floating calendar
 * time holds.
 */
export function wallClockIn(instant: Date, timeZone: string): Date {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return new Date(Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!));
}
