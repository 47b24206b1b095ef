import { ContentLines } from './content-lines.js';
import { zoneWriting } from './time-zone.js';
import { icalDate, icalLocal, icalUtc } from './values.js';

export type TodoStatus = 'NEEDS-ACTION' | 'IN-PROCESS' | 'COMPLETED' | 'CANCELLED';

/** A task (VTODO, RFC 5545 §3.6.2), in the terms of iCalendar rather than of directives. */
export interface Todo {
  uid: string;
  summary: string;
  description: string | null;
  /** A calendar date (YYYY-MM-DD), written as VALUE=DATE: a deadline is a day, not an instant. */
  due: string | null;
  status: TodoStatus;
  percentComplete: number | null;
  completed: Date | null;
  /** 1 (highest) to 9 (lowest). */
  priority: number;
  url: string | null;
  lastModified: Date;
}

/** An event (VEVENT, §3.6.1). */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string | null;
  start: Date;
  end: Date | null;
  location: string | null;
  url: string | null;
  lastModified: Date;
}

export interface CalendarContent {
  name: string;
  timeZone: string;
  /** DTSTAMP of every component: when the feed was generated. */
  stamp: Date;
  todos: Todo[];
  events: CalendarEvent[];
}

const PRODUCT = '-//Chi Dao//Calendar feed//VI';

/** The whole VCALENDAR, CRLF-terminated lines folded at 75 octets. */
export function writeCalendar(content: CalendarContent): string {
  const lines = new ContentLines();
  const zone = zoneWriting(content.timeZone, content.stamp.getUTCFullYear());
  const stamp = icalUtc(content.stamp);
  const at = (instant: Date): [string, Record<string, string>] =>
    zone.tzid ? [icalLocal(instant, content.timeZone), { TZID: zone.tzid }] : [icalUtc(instant), {}];

  lines
    .begin('VCALENDAR')
    .raw('VERSION', '2.0')
    .text('PRODID', PRODUCT)
    .raw('CALSCALE', 'GREGORIAN')
    .raw('METHOD', 'PUBLISH')
    // Read by Outlook, Google and Apple Calendar for the subscribed calendar's name and zone.
    .text('X-WR-CALNAME', content.name)
    .text('X-WR-TIMEZONE', content.timeZone);
  zone.describe(lines);

  for (const event of content.events) {
    const [start, startParams] = at(event.start);
    lines.begin('VEVENT').text('UID', event.uid).raw('DTSTAMP', stamp).raw('DTSTART', start, startParams);
    if (event.end) {
      const [end, endParams] = at(event.end);
      lines.raw('DTEND', end, endParams);
    }
    lines
      .text('SUMMARY', event.summary)
      .text('DESCRIPTION', event.description)
      .text('LOCATION', event.location)
      .raw('URL', event.url)
      .raw('LAST-MODIFIED', icalUtc(event.lastModified))
      .end('VEVENT');
  }

  for (const todo of content.todos) {
    lines
      .begin('VTODO')
      .text('UID', todo.uid)
      .raw('DTSTAMP', stamp)
      .text('SUMMARY', todo.summary)
      .text('DESCRIPTION', todo.description)
      .raw('DUE', todo.due ? icalDate(todo.due) : null, { VALUE: 'DATE' })
      .raw('STATUS', todo.status)
      .raw('PERCENT-COMPLETE', todo.percentComplete)
      .raw('COMPLETED', todo.completed ? icalUtc(todo.completed) : null)
      .raw('PRIORITY', todo.priority)
      .raw('URL', todo.url)
      .raw('LAST-MODIFIED', icalUtc(todo.lastModified))
      .end('VTODO');
  }
  return lines.end('VCALENDAR').toString();
}
