import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { calendarDateIn, wallClockIn } from '../common/time/clock.js';
import { asClientGone, ClientGone, roomIn } from './client-gone.js';
import { type CellValue, type ExportColumn, type ExportTable } from './export-table.js';

/**
 * The table as CSV: UTF-8 with a byte order mark (without it Excel reads the
 * file as the machine's code page and Vietnamese turns to mojibake), CRLF,
 * RFC 4180 quoting by csv-stringify. Only the header and the rows: a CSV is
 * data to be re-read, the title block belongs to the XLSX.
 *
 * A text starting with = + - @ would be run as a formula by a spreadsheet
 * ("CSV injection"); such a cell is prefixed with an apostrophe.
 */
export async function writeCsv<Row>(table: ExportTable<Row>, output: Writable): Promise<void> {
  const csv = stringify({
    bom: true,
    record_delimiter: 'windows',
    header: true,
    columns: ['STT', ...table.columns.map((column) => column.header)],
  });
  const written = pipeline(csv, output);
  // A client that hangs up fails the pipeline at once, while the rows are still being written: noted here (an
  // unhandled rejection ends a Node process), answered below as ClientGone by roomIn.
  written.catch(() => undefined);
  try {
    let number = 0;
    for await (const rows of table.batches) {
      for (const row of rows) {
        number += 1;
        if (!csv.write([number, ...table.columns.map((column) => cellOf(column, column.value(row), table.timeZone))]))
          await roomIn(csv, output);
      }
      if (output.destroyed) throw new ClientGone();
    }
    for (const row of table.footer ?? []) {
      if (!csv.write([null, ...table.columns.map((column) => cellOf(column, column.value(row), table.timeZone))]))
        await roomIn(csv, output);
    }
    csv.end();
    await written;
  } catch (error) {
    throw asClientGone(error, output);
  }
}

function cellOf<Row>(column: ExportColumn<Row>, value: CellValue, timeZone: string): string | number | null {
  if (value === null) return null;
  switch (column.kind) {
    case 'datetime':
      return `${calendarDateIn(value as Date, timeZone)} ${wallClockIn(value as Date, timeZone)
        .toISOString()
        .slice(11, 16)}`;
    case 'text':
      return /^[=+\-@\t\r]/.test(value as string) ? `'${value as string}` : (value as string);
    default:
      return value as string | number;
  }
}
