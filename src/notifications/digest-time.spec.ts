import { timeOfDayIn, vietnameseDate } from './digest-time.js';

describe('the digest’s clock: wall time in the office’s zone', () => {
  it.each([
    ['07:29 in Hà Nội is 00:29 UTC', '2024-03-12T00:29:00Z', '07:29'],
    ['07:30 in Hà Nội', '2024-03-12T00:30:00Z', '07:30'],
    ['midnight is 00:00, not 24:00', '2024-03-11T17:00:00Z', '00:00'],
    ['late evening', '2024-03-12T16:59:00Z', '23:59'],
  ])('%s', (_label, instant, expected) => {
    expect(timeOfDayIn(new Date(instant), 'Asia/Ho_Chi_Minh')).toBe(expected);
  });

  it('compares as text in the order of the day (what the scheduler relies on)', () => {
    expect(['07:30', '10:00', '00:00', '07:29'].sort()).toEqual(['00:00', '07:29', '07:30', '10:00']);
  });

  it('writes dates day first', () => {
    expect(vietnameseDate('2024-03-05')).toBe('05/03/2024');
  });
});
