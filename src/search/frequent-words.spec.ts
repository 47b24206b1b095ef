import type { DataSource } from 'typeorm';
import { FrequentWords } from './frequent-words.js';

/** A data source whose statistics query fails as many times as asked, then answers. */
function statistics(failures: number): { dataSource: DataSource; calls: () => number } {
  let calls = 0;
  const dataSource = {
    query: async () => {
      calls += 1;
      if (calls <= failures) throw new Error('Connection terminated unexpectedly');
      return [{ relpages: 1000, reltuples: 100_000, elems: ['ke', 'hoach'], freqs: [0.1, 0.05] }];
    },
  } as unknown as DataSource;
  return { dataSource, calls: () => calls };
}

describe('FrequentWords', () => {
  it('takes the early scan for words every tenth document holds, and the index for a rare one', async () => {
    const words = new FrequentWords(statistics(0).dataSource);
    // The rarer word (5 %) bounds the scan: 2 × 1000 / 0.05 rows at 100 rows a page.
    expect(await words.earlyScanBound(['ke', 'hoach'], 1000)).toBe('(400,0)');
    expect(await words.earlyScanBound(['ke', 'tang'], 1000)).toBeNull();
  });

  it('goes the index way when the statistics cannot be read, and reads them again on the next search', async () => {
    const source = statistics(1);
    const words = new FrequentWords(source.dataSource);
    expect(await words.earlyScanBound(['ke', 'hoach'], 1000)).toBeNull();
    expect(await words.earlyScanBound(['ke', 'hoach'], 1000)).toBe('(400,0)');
    expect(source.calls()).toBe(2);
  });

  it('reads the statistics once for searches that arrive together', async () => {
    const source = statistics(0);
    const words = new FrequentWords(source.dataSource);
    const bounds = await Promise.all([1, 2, 3].map(() => words.earlyScanBound(['ke'], 1000)));
    expect(bounds).toEqual(['(200,0)', '(200,0)', '(200,0)']);
    expect(source.calls()).toBe(1);
  });
});
