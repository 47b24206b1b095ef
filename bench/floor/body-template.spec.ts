import { describe, expect, it } from '@jest/globals';
import { render, templateOf } from './body-template.js';

describe('body template (how the floor rebuilds the answer from its rows)', () => {
  const captured = [
    [],
    [{ id: 'd-1', title: 'Chỉ đạo A', due: '2026-01-02', seq: '41', at: '2025-05-01T01:00:00.000Z', meeting: { title: 'Họp 1' } }],
  ];
  const body = {
    id: 'd-1',
    title: 'Chỉ đạo A',
    dueDate: '2026-01-02',
    seq: 41,
    at: '2025-05-01T01:00:00.000Z',
    meeting: 'Họp 1',
    overdue: true,
  };

  it('gives the captured answer for the captured rows, byte for byte', () => {
    expect(JSON.stringify(render(templateOf(body, captured), captured))).toBe(JSON.stringify(body));
  });

  it("fills the answer from this execution's rows, and keeps what no row held", () => {
    const rows = [
      [],
      [
        {
          id: 'd-2',
          title: 'Chỉ đạo B',
          due: '2027-03-04',
          seq: '99',
          at: new Date('2025-06-01T02:00:00.000Z'),
          meeting: { title: 'Họp 2' },
        },
      ],
    ];
    expect(render(templateOf(body, captured), rows)).toEqual({
      id: 'd-2',
      title: 'Chỉ đạo B',
      dueDate: '2027-03-04',
      seq: 99,
      at: new Date('2025-06-01T02:00:00.000Z'),
      meeting: 'Họp 2',
      overdue: true,
    });
  });
});
