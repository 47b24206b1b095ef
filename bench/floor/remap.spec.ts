import { describe, expect, it } from '@jest/globals';
import type { CapturedRequest, RecipeStatement } from './recipe.js';
import { Replay, varyingValues } from './remap.js';

const captured: CapturedRequest = {
  method: 'POST',
  url: '/api/v1/directives/11111111-1111-4111-8111-111111111111/transitions',
  body: { action: 'pause', ownerId: '22222222-2222-4222-8222-222222222222' },
  ifMatch: '3',
  claims: { userId: '33333333-3333-4333-8333-333333333333', sessionId: '44444444-4444-4444-8444-444444444444' },
};
const actual: CapturedRequest = {
  ...captured,
  url: '/api/v1/directives/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/transitions',
  ifMatch: '7',
  claims: { userId: '33333333-3333-4333-8333-333333333333', sessionId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' },
};

function statement(values: string[], varying: boolean[], rows: Record<string, unknown>[] = []): RecipeStatement {
  return { text: 'x', name: null, values, varying, rows, rowCount: rows.length };
}

describe('Replay (how the floor remaps a captured write)', () => {
  it("puts this request's path id, If-Match version and session where the captured request's were", () => {
    const replay = new Replay(captured, actual, Date.now());
    const values = replay.values(
      statement(
        ['11111111-1111-4111-8111-111111111111', '3', '44444444-4444-4444-8444-444444444444', '{"11111111-1111-4111-8111-111111111111"}'],
        [true, true, true, true],
      ),
    );
    expect(values).toEqual([
      'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      '7',
      'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      '{"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"}',
    ]);
  });

  it('keeps the values both captures sent alike, even when they look like a mapped one', () => {
    const replay = new Replay(captured, actual, Date.now());
    expect(replay.values(statement(['3', '1001'], [false, false]))).toEqual(['3', '1001']);
  });

  it('follows what an earlier statement got back: a new id, the next number of a counted sequence', () => {
    const replay = new Replay(captured, actual, Date.now());
    const insert = statement([], [], [{ id: '55555555-5555-4555-8555-555555555555', seq: '41' }]);
    replay.results(insert, [{ id: '66666666-6666-4666-8666-666666666666', seq: '90' }]);
    const values = replay.values(statement(['55555555-5555-4555-8555-555555555555', '42', '41'], [true, true, true], []));
    expect(values).toEqual(['66666666-6666-4666-8666-666666666666', '91', '90']);
  });

  it("makes fresh ids for those the service generated, the same one each time within a replay, and keeps the body's", () => {
    const replay = new Replay(captured, actual, Date.now());
    const generated = '77777777-7777-4777-8777-777777777777';
    const [first, second, owner] = replay.values(
      statement([generated, `{"id":"${generated}"}`, '22222222-2222-4222-8222-222222222222'], [true, true, true]),
    ) as string[];
    expect(first).not.toBe(generated);
    expect(second).toBe(`{"id":"${first}"}`);
    expect(owner).toBe('22222222-2222-4222-8222-222222222222');
  });

  it("moves the service's own instants by the time since the capture, and makes fresh digests", () => {
    const capturedAt = Date.now() - 60_000;
    const replay = new Replay(captured, actual, capturedAt);
    const digest = 'ab'.repeat(32);
    const [instant, hash] = replay.values(statement([new Date(capturedAt + 5).toISOString(), digest], [true, true])) as string[];
    expect(Math.abs(Date.parse(instant!) - (Date.now() + 5))).toBeLessThan(1_000);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(digest);
  });
});

describe('varyingValues', () => {
  it('marks the values that differ between two captures', () => {
    expect(varyingValues(['a', null, '1'], ['a', null, '2'])).toEqual([false, false, true]);
  });
});
