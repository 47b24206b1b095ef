import { completionOf } from './completion.js';

describe('completionOf: the date of the confirmed submission, in the office zone, against the deadline in force then', () => {
  const zone = 'Asia/Ho_Chi_Minh';

  it.each([
    ['on the deadline day, one minute before midnight', '2024-06-30T23:59:00+07:00', '2024-06-30', 'completed_on_time'],
    ['one minute after midnight, the day after', '2024-07-01T00:01:00+07:00', '2024-06-30', 'completed_late'],
    // 16:59 UTC on the 30th is 23:59 in Hà Nội: still the deadline day there.
    ['late in the UTC day but still the deadline day in the office', '2024-06-30T16:59:00Z', '2024-06-30', 'completed_on_time'],
    // 17:01 UTC on the 30th is already 1 July in Hà Nội.
    ['still the deadline day in UTC but the next day in the office', '2024-06-30T17:01:00Z', '2024-06-30', 'completed_late'],
    ['well before the deadline', '2024-03-12T09:00:00+07:00', '2024-06-30', 'completed_on_time'],
    ['across a year end', '2025-01-01T00:00:00+07:00', '2024-12-31', 'completed_late'],
    ['no deadline', '2024-03-12T09:00:00+07:00', null, 'completed_without_deadline'],
  ] as const)('%s', (_label, submittedAt, due, expected) => {
    expect(completionOf(new Date(submittedAt), due, zone)).toBe(expected);
  });
});
