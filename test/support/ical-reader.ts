import ICAL from 'ical.js';

/** What a reader of the feed sees of a VTODO, as ical.js (an independent, maintained parser) reads it. */
export interface ReadTodo {
  uid: string;
  summary: string | null;
  description: string | null;
  due: string | null;
  dueIsDate: boolean;
  status: string | null;
  percentComplete: number | null;
  completed: string | null;
  priority: number | null;
  url: string | null;
  lastModified: string | null;
}

export interface ReadEvent {
  uid: string;
  summary: string | null;
  description: string | null;
  /** The instant, as ISO UTC, after ical.js resolved the TZID against the feed's own VTIMEZONE. */
  start: string | null;
  end: string | null;
  startTzid: string | null;
  location: string | null;
  url: string | null;
}

export interface ReadCalendar {
  name: string | null;
  timeZones: { tzid: string; offsets: string[] }[];
  todos: ReadTodo[];
  events: ReadEvent[];
}

const text = (component: ICAL.Component, name: string): string | null => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

/** Parses a feed with ical.js and gives back every field the feed writes, in document order. */
export function readCalendar(ics: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const zones = root.getAllSubcomponents('vtimezone');
  // The feed's own VTIMEZONE, not ical.js's built-in knowledge, must resolve the local times.
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const instant = (component: ICAL.Component, name: string): string | null => {
    const value = component.getFirstPropertyValue(name) as ICAL.Time | null;
    return value ? value.toJSDate().toISOString() : null;
  };
  try {
    return {
      name: text(root, 'x-wr-calname'),
      timeZones: zones.map((zone) => ({
        tzid: text(zone, 'tzid')!,
        offsets: zone.getAllSubcomponents().map((rule) => String(rule.getFirstPropertyValue('tzoffsetto'))),
      })),
      todos: root.getAllSubcomponents('vtodo').map((todo) => {
        const due = todo.getFirstPropertyValue('due') as ICAL.Time | null;
        const percent = todo.getFirstPropertyValue('percent-complete');
        const priority = todo.getFirstPropertyValue('priority');
        return {
          uid: text(todo, 'uid')!,
          summary: text(todo, 'summary'),
          description: text(todo, 'description'),
          due: due ? due.toString() : null,
          dueIsDate: due ? due.isDate : false,
          status: text(todo, 'status'),
          percentComplete: percent === null ? null : Number(percent),
          completed: instant(todo, 'completed'),
          priority: priority === null ? null : Number(priority),
          url: text(todo, 'url'),
          lastModified: instant(todo, 'last-modified'),
        };
      }),
      events: root.getAllSubcomponents('vevent').map((event) => ({
        uid: text(event, 'uid')!,
        summary: text(event, 'summary'),
        description: text(event, 'description'),
        start: instant(event, 'dtstart'),
        end: instant(event, 'dtend'),
        startTzid: event.getFirstProperty('dtstart')?.getParameter('tzid')?.toString() ?? null,
        location: text(event, 'location'),
        url: text(event, 'url'),
      })),
    };
  } finally {
    for (const zone of zones) ICAL.TimezoneService.remove(text(zone, 'tzid')!);
  }
}

/** Every physical line of a feed: what a strict reader checks before parsing. */
export function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).split('\r\n');
}
