import type { DirectiveStatus } from '../directives/directive-enums.js';
import type { DirectiveItem } from './feed-contents.js';
import { directiveTodo } from './feed-items.js';

const row = (status: DirectiveStatus, overrides: Partial<DirectiveItem> = {}): DirectiveItem => ({
  id: '0b6c4c4e-3a4f-4f6e-9a43-5f1e2d3c4b5a',
  title: 'Việc',
  description: null,
  due_date: '2024-03-15',
  priority: 'normal',
  status,
  completed_at: status === 'completed' ? new Date('2024-03-14T03:00:00Z') : null,
  last_modified: new Date('2024-03-14T03:00:00Z'),
  meeting_title: 'Họp giao ban',
  lead_name: 'Sở Xây dựng',
  owner_name: null,
  cooperating: [],
  progress_percent: 70,
  ...overrides,
});

describe('a directive as a task', () => {
  it('maps each workflow status to a VTODO status, and names the exact one in the notes', () => {
    const mapped = (['assigned', 'in_progress', 'awaiting_confirmation', 'completed', 'reopened', 'paused', 'cancelled'] as const).map(
      (status) => {
        const todo = directiveTodo(row(status), 'https://x');
        return [status, todo.status, todo.percentComplete, todo.completed?.toISOString() ?? null, todo.description!.split('\n')[1]];
      },
    );
    expect(mapped).toEqual([
      ['assigned', 'NEEDS-ACTION', 70, null, 'Trạng thái: Đã giao'],
      ['in_progress', 'IN-PROCESS', 70, null, 'Trạng thái: Đang thực hiện'],
      ['awaiting_confirmation', 'IN-PROCESS', 70, null, 'Trạng thái: Chờ xác nhận'],
      ['completed', 'COMPLETED', 100, '2024-03-14T03:00:00.000Z', 'Trạng thái: Hoàn thành'],
      ['reopened', 'IN-PROCESS', 70, null, 'Trạng thái: Thực hiện lại'],
      ['paused', 'NEEDS-ACTION', 70, null, 'Trạng thái: Tạm dừng'],
      ['cancelled', 'CANCELLED', 70, null, 'Trạng thái: Hủy'],
    ]);
  });

  it('ranks urgent above high above normal', () => {
    expect(
      (['urgent', 'high', 'normal'] as const).map((priority) => directiveTodo(row('assigned', { priority }), 'https://x').priority),
    ).toEqual([1, 3, 5]);
  });
});
