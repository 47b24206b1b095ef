import { deadlineStatus } from './deadline-status.js';

describe('deadlineStatus as of a date', () => {
  const asOf = '2024-03-12';

  it.each([
    ['no deadline', null, 'assigned', null, 'no_deadline'],
    ['due yesterday', '2024-03-11', 'assigned', null, 'overdue'],
    ['due long ago, still in progress', '2023-12-31', 'in_progress', null, 'overdue'],
    ['due today', '2024-03-12', 'assigned', null, 'due_soon'],
    ['due in 7 days', '2024-03-19', 'assigned', null, 'due_soon'],
    ['due in 8 days', '2024-03-20', 'assigned', null, 'on_track'],
    ['across a month end', '2024-04-01', 'reopened', null, 'on_track'],
    ['completed late is not overdue any more', '2024-01-01', 'completed', null, null],
    ['cancelled', '2024-01-01', 'cancelled', null, null],
    ['paused, even past due', '2024-03-01', 'paused', null, null],
    ['paused without deadline', null, 'paused', null, null],
    [
      'awaiting confirmation, submitted before the deadline that has since passed',
      '2024-03-05',
      'awaiting_confirmation',
      '2024-03-05',
      'due_soon',
    ],
    ['awaiting confirmation, submitted after the deadline', '2024-03-05', 'awaiting_confirmation', '2024-03-06', 'overdue'],
    ['awaiting confirmation, submitted well ahead', '2024-03-31', 'awaiting_confirmation', '2024-03-01', 'on_track'],
    ['awaiting confirmation without deadline', null, 'awaiting_confirmation', '2024-03-01', 'no_deadline'],
  ] as const)('%s', (_label, dueDate, status, submittedOn, expected) => {
    expect(deadlineStatus({ dueDate, status, submittedOn }, asOf, 7)).toBe(expected);
  });

  it('treats a leap day correctly', () => {
    expect(deadlineStatus({ dueDate: '2024-02-29', status: 'assigned', submittedOn: null }, '2024-03-01', 0)).toBe('overdue');
    expect(deadlineStatus({ dueDate: '2024-03-01', status: 'assigned', submittedOn: null }, '2024-02-29', 0)).toBe('on_track');
  });
});
