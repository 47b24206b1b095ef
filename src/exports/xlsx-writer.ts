import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { wallClockIn } from '../common/time/clock.js';
import { asClientGone, ClientGone, roomIn, unlessGone } from './client-gone.js';
import { type CellValue, dateOnlyToUtc, type ExportColumn, type ExportTable, vietnameseDate } from './export-table.js';

const NUMBER_FORMATS: Record<ExportColumn<unknown>['kind'], (column: ExportColumn<unknown>) => string | undefined> = {
  text: () => undefined,
  integer: () => '0',
  percent: ({ decimals = 0 }) => (decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%'),
  date: () => 'dd/mm/yyyy',
  datetime: () => 'dd/mm/yyyy hh:mm',
};
// What a cell of each kind shows, in characters, for sizing its column.
const SHOWN_WIDTH: Record<ExportColumn<unknown>['kind'], number> = { text: 0, integer: 6, percent: 6, date: 10, datetime: 16 };
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const NUMBER_HEADER = 'STT';

/**
 * The table as an XLSX workbook, written row by row with exceljs's streaming
 * writer: each row is committed (serialised and let go) as soon as it is added,
 * and the next batch is fetched only once the reader has taken what was
 * written, so memory holds one batch whatever the length of the list.
 *
 * Layout: the title, the detail lines and the as-of date, a blank row, then
 * the header, frozen. Column widths fit the header and the first batch (the
 * widths must be written before the first row; later rows cannot change them).
 */
export async function writeXlsx<Row>(table: ExportTable<Row>, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Chỉ Đạo';
  const headerRow = table.details.length + 4;
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const batches = table.batches[Symbol.asyncIterator]();
  const first = await batches.next();
  const firstRows = first.done ? [] : first.value;

  sheet.columns = [
    { key: 'n', width: Math.max(NUMBER_HEADER.length + 2, String(firstRows.length).length + 2) },
    ...table.columns.map((column) => ({
      width: fittedWidth(column, firstRows),
      style: { numFmt: NUMBER_FORMATS[column.kind](column as ExportColumn<unknown>) },
    })),
  ];

  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  for (const line of table.details) sheet.addRow([line]);
  sheet.addRow([`Tính đến ngày: ${vietnameseDate(table.asOf)}`]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow([NUMBER_HEADER, ...table.columns.map((column) => column.header)]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: table.columns.length + 1 } };
  // Committing the title block fixes the widths and the frozen pane before any data is written.
  for (let row = 1; row <= headerRow; row++) sheet.getRow(row).commit();

  let number = 0;
  const writeBatch = async (rows: readonly Row[]): Promise<void> => {
    if (output.destroyed) throw new ClientGone();
    for (const row of rows) {
      number += 1;
      sheet.addRow([number, ...table.columns.map((column) => cellOf(column, column.value(row), table.timeZone))]).commit();
    }
    // The reader is behind: wait for it rather than queue the next batch in memory.
    if (output.writableNeedDrain) await roomIn(output, output);
  };
  try {
    await writeBatch(firstRows);
    for (let next = await batches.next(); !next.done; next = await batches.next()) await writeBatch(next.value);
    for (const row of table.footer ?? []) {
      const footer = sheet.addRow([null, ...table.columns.map((column) => cellOf(column, column.value(row), table.timeZone))]);
      footer.font = { bold: true };
      footer.commit();
    }
    sheet.commit();
    await unlessGone(workbook.commit(), output);
  } catch (error) {
    throw asClientGone(error, output);
  } finally {
    // Done, failed or abandoned: the pages not read yet are not read.
    await batches.return?.(undefined);
  }
}

function cellOf<Row>(column: ExportColumn<Row>, value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value === null) return null;
  switch (column.kind) {
    case 'percent':
      return (value as number) / 100;
    case 'date':
      return dateOnlyToUtc(value as string);
    case 'datetime':
      return wallClockIn(value as Date, timeZone);
    default:
      return value;
  }
}

function fittedWidth<Row>(column: ExportColumn<Row>, rows: readonly Row[]): number {
  // A header wraps onto two lines at most; its longest word must fit.
  const headerWidth = Math.max(Math.ceil(column.header.length / 2), ...column.header.split(' ').map((word) => word.length));
  let widest = Math.max(headerWidth, SHOWN_WIDTH[column.kind]);
  if (column.kind === 'text') for (const row of rows) widest = Math.max(widest, String(column.value(row) ?? '').length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}
