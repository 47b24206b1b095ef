import { chosenFormat, XLSX_MEDIA_TYPE } from './export-format.js';
import { wallClockIn } from '../common/time/clock.js';

describe('chosenFormat', () => {
  it('takes ?format first, then the best match of Accept, and JSON for anything else', () => {
    expect(chosenFormat('csv', XLSX_MEDIA_TYPE)).toBe('csv');
    expect(chosenFormat('json', 'text/csv')).toBe('json');
    expect(chosenFormat(undefined, XLSX_MEDIA_TYPE)).toBe('xlsx');
    expect(chosenFormat(undefined, 'text/csv;q=0.9, application/json;q=0.5')).toBe('csv');
    expect(chosenFormat(undefined, `text/csv;q=0.4, ${XLSX_MEDIA_TYPE};q=0.8`)).toBe('xlsx');
    expect(chosenFormat(undefined, 'application/json, text/csv')).toBe('json');
    expect(chosenFormat(undefined, 'text/*')).toBe('csv');
    expect(chosenFormat(undefined, '*/*')).toBe('json');
    expect(chosenFormat(undefined, 'image/png')).toBe('json');
    expect(chosenFormat(undefined, undefined)).toBe('json');
  });
});

describe('wallClockIn', () => {
  it('gives the office clock’s time as the UTC fields of a Date, across midnight', () => {
    expect(wallClockIn(new Date('2024-03-11T17:30:00Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe('2024-03-12T00:30:00.000Z');
    expect(wallClockIn(new Date('2024-03-11T16:59:59Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe('2024-03-11T23:59:59.000Z');
  });
});
