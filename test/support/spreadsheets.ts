import { parse as parseDisposition } from 'content-disposition';
import ExcelJS from 'exceljs';
import type { TestApp, TestRole } from './test-app.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Download {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

/** The test client reads bodies as text; a workbook must be read as bytes. */
export async function download(t: TestApp, role: TestRole, url: string, headers: Record<string, string> = {}): Promise<Download> {
  const { port } = t.app.getHttpServer().address() as { port: number };
  const response = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { authorization: `Bearer ${t.users[role].accessToken}`, ...headers },
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The one sheet of a workbook. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** Every row below the header, as plain values (dates stay Date objects, empty cells are holes). */
export function dataRows(sheet: ExcelJS.Worksheet, headerRow: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) rows.push((sheet.getRow(n).values as unknown[]).slice(1));
  return rows;
}

export const fileNameOf = (headers: Record<string, string>): string =>
  parseDisposition(headers['content-disposition']!).parameters.filename!;
