import { canonicalJson } from '../common/canonical-json.js';
import { findChainBreak, GENESIS_HASH, sealHash, type StoredEntry } from './audit-chain.js';

function chain(n: number): StoredEntry[] {
  const entries: StoredEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      seq: String(i),
      occurredAt: `2024-03-12T01:00:0${i}.000Z`,
      actorUserId: null,
      actorUsername: 'vanphong',
      actorRole: 'secretariat',
      action: 'directive.update',
      entityType: 'directive',
      entityId: '6f1c2a4e-0000-4000-8000-000000000001',
      before: { dueDate: '2024-06-30', title: 'Việc' },
      after: { dueDate: '2024-07-31', title: 'Việc' },
      requestId: `r${i}`,
      prevHash,
    };
    const hash = sealHash(content);
    entries.push({ ...content, hash });
    prevHash = hash;
  }
  return entries;
}

describe('the audit hash chain', () => {
  it('sorts keys at every level so that jsonb key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('accepts an untouched chain, also when checked in batches', () => {
    const entries = chain(5);
    expect(findChainBreak(entries, null)).toBeUndefined();
    expect(findChainBreak(entries.slice(3), entries[2]!)).toBeUndefined();
  });

  it('names the entry whose content was altered', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, after: { dueDate: '2025-12-31', title: 'Việc' } };
    expect(findChainBreak(entries, null)).toEqual({ seq: '3', reason: expect.stringContaining('altered') });
  });

  it('notices a removed entry and a re-sealed forgery', () => {
    const entries = chain(5);
    expect(findChainBreak([...entries.slice(0, 2), ...entries.slice(3)], null)).toEqual({
      seq: '4',
      reason: expect.stringContaining('missing'),
    });

    const forged = chain(5);
    const { hash: _old, ...content } = { ...forged[1]!, actorUsername: 'someone-else' };
    forged[1] = { ...content, hash: sealHash(content) };
    expect(findChainBreak(forged, null)).toEqual({ seq: '3', reason: expect.stringContaining('prevHash') });
  });
});
