import { readingAhead } from './export-table.js';

describe('readingAhead', () => {
  it('hands out the batches in order, asking for the next one as soon as one is handed out', async () => {
    const asked: number[] = [];
    async function* source(): AsyncGenerator<number[]> {
      for (let page = 1; page <= 3; page++) {
        asked.push(page);
        yield [page * 10, page * 10 + 1];
      }
    }
    const batches = await readingAhead(source());
    expect(asked).toEqual([1]);
    const seen: number[][] = [];
    for await (const batch of batches) {
      seen.push([...batch]);
      await new Promise((tick) => setImmediate(tick));
      expect(asked).toEqual([1, 2, 3].slice(0, Math.min(3, seen.length + 1)));
    }
    expect(seen).toEqual([
      [10, 11],
      [20, 21],
      [30, 31],
    ]);
  });

  it('fails before any file is started when the first batch cannot be read', async () => {
    // eslint-disable-next-line require-yield
    async function* failing(): AsyncGenerator<number[]> {
      throw new Error('database gone');
    }
    await expect(readingAhead(failing())).rejects.toThrow('database gone');
  });
});
