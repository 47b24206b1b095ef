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

export function calendarDateIn(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
