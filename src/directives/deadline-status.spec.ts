import { deadlineStatus } from './deadline-status.js';

describe('deadlineStatus', () => {
  const today = '2024-03-12';

  it.each([
    ['no deadline', null, 'assigned', 'no_deadline'],
    ['due yesterday', '2024-03-11', 'assigned', 'overdue'],
    ['due long ago, still in progress', '2023-12-31', 'in_progress', 'overdue'],
    ['due today', '2024-03-12', 'assigned', 'due_soon'],
    ['due in 7 days', '2024-03-19', 'assigned', 'due_soon'],
    ['due in 8 days', '2024-03-20', 'assigned', 'on_track'],
    ['across a month end', '2024-04-01', 'reopened', 'on_track'],
    ['completed late is not overdue any more', '2024-01-01', 'completed', null],
    ['cancelled', '2024-01-01', 'cancelled', null],
    ['paused but past due', '2024-03-01', 'paused', 'overdue'],
  ] as const)('%s', (_label, due, status, expected) => {
    expect(deadlineStatus(due, status, today, 7)).toBe(expected);
  });

  it('treats a leap day correctly', () => {
    expect(deadlineStatus('2024-02-29', 'assigned', '2024-03-01', 0)).toBe('overdue');
    expect(deadlineStatus('2024-03-01', 'assigned', '2024-02-29', 0)).toBe('on_track');
  });
});
