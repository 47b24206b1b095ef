/**
 * What a spreadsheet export shows, independent of the file format: a report
 * declares its title and columns once; XLSX and CSV writers do the rest.
 *
 * Cell values by kind: text → string; integer → number; percent → a number
 * out of 100, as the JSON answer has it (45 for 45 %); date → `YYYY-MM-DD`;
 * datetime → an instant, shown on the office's wall clock. null is an empty cell.
 */
export type CellKind = 'text' | 'integer' | 'percent' | 'date' | 'datetime';
export type CellValue = string | number | Date | null;

export interface ExportColumn<Row> {
  header: string;
  kind: CellKind;
  value: (row: Row) => CellValue;
  /** Decimal places of a percent (0 when absent). */
  decimals?: number;
}

export interface ExportTable<Row> {
  /** The report's name: the sheet's first row and the file name ("Danh sách nhiệm vụ"). */
  title: string;
  /** Lines under the title: the filters or period, as the reader should see them. */
  details: string[];
  /** The date the figures are judged on (YYYY-MM-DD); in the title block and the file name. */
  asOf: string;
  timeZone: string;
  columns: ExportColumn<Row>[];
  /** The rows in order, in batches (one keyset page each), so a large list never sits in memory whole. */
  batches: AsyncIterable<readonly Row[]>;
  /** Rows after the numbered ones, without a number and in bold: a totals row. */
  footer?: readonly Row[];
  /** The file's name without its extension; `<title> <asOf>` when absent. */
  fileName?: string;
}

export const dateOnlyToUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** dd/mm/yyyy, as dates are written in Vietnam. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The batches of a report computed whole (a league table of a few hundred rows): one batch. */
export async function* inOneBatch<Row>(rows: readonly Row[]): AsyncGenerator<readonly Row[]> {
  yield rows;
}

/**
 * The same batches, each asked for as soon as the previous one is handed out
 * (the database reads the next page while the writer serialises this one; at
 * most two batches are in memory), the first one read before this returns: a
 * failure to read it is an error answer, not a file cut short.
 */
export async function readingAhead<Row>(batches: AsyncIterable<readonly Row[]>): Promise<AsyncIterable<readonly Row[]>> {
  const source = batches[Symbol.asyncIterator]();
  const first = await source.next();
  async function* ahead(): AsyncGenerator<readonly Row[]> {
    let current = first;
    while (!current.done) {
      const next = source.next();
      // Read when its turn comes; if the writer stops first, its failure must not go unhandled.
      next.catch(() => undefined);
      yield current.value;
      current = await next;
    }
  }
  return ahead();
}
