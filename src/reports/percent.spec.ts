import { percentOneDecimal } from './percent.js';

describe('percentOneDecimal', () => {
  it.each([
    [2, 3, 66.7],
    [1, 7, 14.3],
    [1, 16, 6.3], // 6.25: half up
    [1, 8, 12.5],
    [3, 11, 27.3],
    [0, 5, 0],
    [5, 5, 100],
    [1, 3000, 0], // 0.0333…
    [2, 3000, 0.1], // 0.0666…
  ])('%i of %i is %d %%', (part, whole, expected) => {
    expect(percentOneDecimal(part, whole)).toBe(expected);
  });

  it('has no percent of nothing', () => {
    expect(percentOneDecimal(0, 0)).toBeNull();
  });
});
