import { grantedDateProblem } from './extension-rules.js';

describe('grantedDateProblem', () => {
  it.each([
    ['2024-04-15', '2024-03-01', '2024-04-15', null],
    ['2024-03-02', '2024-03-01', '2024-04-15', null],
    ['2024-03-01', '2024-03-01', '2024-04-15', 'not_later'],
    ['2024-02-28', '2024-03-01', '2024-04-15', 'not_later'],
    ['2024-04-16', '2024-03-01', '2024-04-15', 'beyond_proposed'],
    ['2025-01-01', '2024-12-31', '2025-01-01', null],
  ])('granting %s on %s (asked %s): %s', (granted, current, proposed, problem) => {
    expect(grantedDateProblem(granted, current, proposed)).toBe(problem);
  });
});
