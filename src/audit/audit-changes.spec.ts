import { changesBetween } from './audit-changes.js';

describe('changesBetween', () => {
  it('lists each changed field with its old and new value, ignoring bookkeeping', () => {
    const before = { title: 'Việc', dueDate: '2024-06-30', version: 1, updatedAt: 'a', cooperatingOrganizationIds: ['a', 'b'] };
    const after = { title: 'Việc', dueDate: '2024-07-31', version: 2, updatedAt: 'b', cooperatingOrganizationIds: ['a'] };
    expect(changesBetween(before, after)).toEqual([
      { field: 'cooperatingOrganizationIds', from: ['a', 'b'], to: ['a'] },
      { field: 'dueDate', from: '2024-06-30', to: '2024-07-31' },
    ]);
  });

  it('shows a creation as every field going from null', () => {
    expect(changesBetween(null, { title: 'Mới', version: 1 })).toEqual([{ field: 'title', from: null, to: 'Mới' }]);
  });
});
