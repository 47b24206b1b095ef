import { PassThrough } from 'node:stream';
import { ClientGone } from './client-gone.js';
import { writeCsv } from './csv-writer.js';
import type { ExportTable } from './export-table.js';
import { writeXlsx } from './xlsx-writer.js';

interface Row {
  title: string;
}

/** 200 pages of 500 long rows: far more than a stream buffers, so the writer must wait for the reader. */
function table(pagesRead: { count: number; finished: boolean }): ExportTable<Row> {
  return {
    title: 'Danh sách nhiệm vụ',
    details: [],
    asOf: '2024-10-15',
    timeZone: 'Asia/Ho_Chi_Minh',
    columns: [{ header: 'Tên nhiệm vụ', kind: 'text', value: (row: Row) => row.title }],
    batches: (async function* () {
      try {
        for (let page = 0; page < 200; page++) {
          pagesRead.count += 1;
          yield Array.from({ length: 500 }, (_, i) => ({ title: `Nhiệm vụ số ${page * 500 + i} ${'rà soát '.repeat(20)}` }));
        }
      } finally {
        pagesRead.finished = true;
      }
    })(),
  } as ExportTable<Row>;
}

describe.each([
  ['CSV', writeCsv],
  ['XLSX', writeXlsx],
])('%s: a download abandoned half-way', (_name, write) => {
  it('stops the writer with ClientGone and reads no further page (it never waits forever for a reader who left)', async () => {
    const output = new PassThrough();
    const pagesRead = { count: 0, finished: false };
    const writing = write(table(pagesRead), output);
    // The client reads one chunk, then hangs up.
    await new Promise<void>((resolve) => output.once('data', () => resolve()));
    output.destroy();
    await expect(writing).rejects.toBeInstanceOf(ClientGone);
    expect(pagesRead.finished).toBe(true);
    expect(pagesRead.count).toBeLessThan(200);
  });
});
