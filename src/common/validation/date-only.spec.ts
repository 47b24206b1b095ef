import { isDateOnly, isInstantWithOffset } from './date-only.js';

describe('isDateOnly', () => {
  it.each([
    ['2024-03-12', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-3-12', false],
    ['12/03/2024', false],
    ['2024-03-12T00:00:00Z', false],
    ['1800-01-01', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isDateOnly(input)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isDateOnly(20240312)).toBe(false);
    expect(isDateOnly(null)).toBe(false);
  });
});

describe('isInstantWithOffset', () => {
  it.each([
    ['2024-03-12T08:00:00+07:00', true],
    ['2024-03-12T01:00:00Z', true],
    ['2024-03-12T01:00:00.123Z', true],
    ['2024-03-12T08:00+07:00', true],
    ['2024-03-12T08:00:00', false],
    ['2024-03-12', false],
    ['2024-02-30T08:00:00+07:00', false],
    ['2024-03-12T25:00:00+07:00', false],
    ['next tuesday', false],
  ])('%s → %s', (input, expected) => {
    expect(isInstantWithOffset(input)).toBe(expected);
  });
});
