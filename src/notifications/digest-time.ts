// One formatter per zone for the process, as in common/time/clock.ts.
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time, HH:MM on a 24-hour clock, of `instant` in `timeZone`. */
export function timeOfDayIn(instant: Date, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** 2024-03-12 as Vietnamese offices write it: 12/03/2024. */
export function vietnameseDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
