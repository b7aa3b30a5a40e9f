/**
 * A plain table as an Excel workbook for the accountability lists (heads, remediation, reports,
 * eligible units): a title, a note saying what the list is, a header row, data rows. Pure.
 */
import { newWorkbook } from '../../../platform/xlsx/workbook';

export interface TableExport {
  sheetName: string;
  title: string;
  /** Lines under the title (what the list is, when it was made, provisional figures…). */
  notes: readonly string[];
  headers: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  widths?: readonly number[];
}

export async function buildTableWorkbook(input: TableExport): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(input.sheetName.slice(0, 31));
  sheet.addRow([input.title]).font = { bold: true, size: 14 };
  for (const note of input.notes) sheet.addRow([note]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow([...input.headers]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E0E0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of input.rows) sheet.addRow([...row]);
  input.headers.forEach((_, i) => {
    sheet.getColumn(i + 1).width = input.widths?.[i] ?? 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The table as a file the API hands out (the FileDownload's fields). */
export async function tableDownload(
  fileName: string,
  input: TableExport,
): Promise<{ fileName: string; contentType: string; base64: string }> {
  return { fileName, contentType: XLSX_TYPE, base64: (await buildTableWorkbook(input)).toString('base64') };
}

/**
 * The last lines under a list's title: whether its figures are provisional or published (for a
 * list of results; null for one without) and when it was made.
 */
export function exportNotes(provisional: boolean | null, now: Date = new Date()): string[] {
  const figures = provisional === null ? [] : [provisional ? 'Số liệu tạm tính: kết quả chưa được công bố.' : 'Kết quả đã công bố.'];
  return [...figures, `Xuất lúc ${vietnamStamp(now)}.`];
}

/** "HH:MM ngày DD/MM/YYYY" in Vietnam time. */
export function vietnamStamp(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ngày ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
