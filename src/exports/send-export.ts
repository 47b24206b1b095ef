import { PassThrough } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { contentDispositionOf } from '../common/http/content-disposition.js';
import { ClientGone } from './client-gone.js';
import { CSV_MEDIA_TYPE, type ExportFormat, type ExportTarget, XLSX_MEDIA_TYPE } from './export-format.js';
import { type ExportTable, readingAhead } from './export-table.js';

type FileFormat = Exclude<ExportFormat, 'json'>;

type Writer = <Row>(table: ExportTable<Row>, output: PassThrough) => Promise<void>;

// Loaded on the first export: exceljs alone is about 30 MB of memory that a service answering JSON never needs.
const FILES: Record<FileFormat, { mediaType: string; writer: () => Promise<Writer> }> = {
  xlsx: { mediaType: XLSX_MEDIA_TYPE, writer: async () => (await import('./xlsx-writer.js')).writeXlsx },
  csv: { mediaType: `${CSV_MEDIA_TYPE}; charset=utf-8`, writer: async () => (await import('./csv-writer.js')).writeCsv },
};

/**
 * The JSON answer, or the table as a file streamed to the reply: a list
 * handler that can be exported is `return answerOrExport(target, json, table)`.
 * The first page is read before the reply starts (a failure then is a problem
 * answer); the others as the client reads. A failure half-way destroys the
 * stream: the client sees a cut connection, never a truncated file that looks whole.
 */
export async function answerOrExport<Json, Row>(
  target: ExportTarget,
  json: () => Promise<Json>,
  table: () => ExportTable<Row>,
): Promise<Json | StreamableFile> {
  if (target.format === 'json') return json();
  const file = FILES[target.format];
  const write = await file.writer();
  const contents = table();
  const prefetching = { ...contents, batches: await readingAhead(contents.batches) };
  const output = new PassThrough();
  write(prefetching, output).catch((error: unknown) => {
    // A client that went away has nothing left to be told; any other failure cuts the file short, visibly.
    if (!(error instanceof ClientGone) && !output.destroyed) output.destroy(error as Error);
  });
  void target.reply
    .header('content-disposition', contentDispositionOf(`${contents.fileName ?? `${contents.title} ${contents.asOf}`}.${target.format}`))
    .header('cache-control', 'private, no-store');
  return new StreamableFile(output, { type: file.mediaType });
}
