import { isoDate, officialDate, placeAndDate, shortDate, timeOfDay, wallClockAt } from './vietnamese-dates.js';

describe('Dates as official documents write them', () => {
  it('pads days below 10 and the months 1 and 2 with a zero, as Nghị định 30/2020 asks, and no other month', () => {
    expect(officialDate({ year: 2024, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2024');
    expect(officialDate({ year: 2024, month: 1, day: 31 })).toBe('ngày 31 tháng 01 năm 2024');
    expect(officialDate({ year: 2024, month: 3, day: 12 })).toBe('ngày 12 tháng 3 năm 2024');
    expect(officialDate({ year: 2024, month: 12, day: 1 })).toBe('ngày 01 tháng 12 năm 2024');
  });

  it('puts the place before the date, or a blank to fill in', () => {
    expect(placeAndDate('Lào Cai', { year: 2024, month: 3, day: 12 })).toBe('Lào Cai, ngày 12 tháng 3 năm 2024');
    expect(placeAndDate(null, { year: 2024, month: 3, day: 12 })).toBe('……, ngày 12 tháng 3 năm 2024');
  });

  it('reads the wall clock of the office’s zone, across midnight', () => {
    expect(wallClockAt(new Date('2024-03-11T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2024,
      month: 3,
      day: 12,
      hour: 0,
      minute: 30,
    });
    expect(wallClockAt(new Date('2024-12-31T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2024,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
    });
  });

  it('writes short dates, times and file-name dates', () => {
    expect(shortDate('2024-06-30')).toBe('30/6/2024');
    expect(shortDate('2024-05-05')).toBe('5/5/2024');
    expect(timeOfDay({ hour: 8, minute: 0 })).toBe('08 giờ 00');
    expect(isoDate({ year: 2024, month: 3, day: 2 })).toBe('2024-03-02');
  });
});
