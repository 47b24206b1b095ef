import { calendarDateIn } from './clock.js';

describe('calendarDateIn', () => {
  it('gives the Vietnamese date when UTC is still on the previous day', () => {
    // 23:30 UTC on 11 March is 06:30 on 12 March in Hà Nội.
    const instant = new Date('2024-03-11T23:30:00Z');
    expect(calendarDateIn(instant, 'Asia/Ho_Chi_Minh')).toBe('2024-03-12');
    expect(calendarDateIn(instant, 'UTC')).toBe('2024-03-11');
  });

  it('rolls the year over at local midnight', () => {
    expect(calendarDateIn(new Date('2024-12-31T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-01-01');
    expect(calendarDateIn(new Date('2024-12-31T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2024-12-31');
  });
});
