import { popoloInstant } from './popolo-time.js';

describe('popoloInstant', () => {
  it.each([
    ['2024-03-12T01:00:00.000Z', 'Asia/Ho_Chi_Minh', '2024-03-12T08:00:00+07:00'],
    // Milliseconds are dropped, never rounded up into the next second.
    ['2024-03-12T01:00:59.999Z', 'Asia/Ho_Chi_Minh', '2024-03-12T08:00:59+07:00'],
    // Late evening UTC is the next morning in Hà Nội: the date follows the office's clock.
    ['2024-03-11T17:30:00.000Z', 'Asia/Ho_Chi_Minh', '2024-03-12T00:30:00+07:00'],
    ['2024-03-12T01:00:00.000Z', 'UTC', '2024-03-12T01:00:00+00:00'],
    // A zone west of Greenwich, and one with a half-hour offset.
    ['2024-01-15T15:00:00.000Z', 'America/New_York', '2024-01-15T10:00:00-05:00'],
    ['2024-01-15T12:00:00.000Z', 'Asia/Kolkata', '2024-01-15T17:30:00+05:30'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(popoloInstant(new Date(instant), zone)).toBe(expected);
  });
});
