import { importFileBytes } from '../../../platform/xlsx/import-file';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../platform/xlsx/workbook';
import { inspectXlsx } from '../../../platform/xlsx/zip-guard';
import { badInput } from '../../../platform/errors/app-error';
import type { CriteriaNodeEntity } from './criteria-node.entity';
import type { RawNode } from './criteria.service';
import { pointsToOutput } from './points';

/** The template's columns, in order (docs/criteria-template.md). */
export const TEMPLATE_COLUMNS = [
  { header: 'Mã', key: 'code', width: 10 },
  { header: 'Nội dung', key: 'title', width: 60 },
  { header: 'Điểm tối đa', key: 'maxPoints', width: 12 },
  { header: 'Phần', key: 'section', width: 10 },
  { header: 'Phương pháp', key: 'method', width: 14 },
  { header: 'Tham số (JSON)', key: 'params', width: 40 },
  { header: 'Cho phép không áp dụng', key: 'allowNotApplicable', width: 12 },
  { header: 'Hướng dẫn tài liệu kiểm chứng', key: 'evidenceGuidance', width: 40 },
  { header: 'Hướng dẫn chấm điểm', key: 'scoringGuidance', width: 40 },
  // Issue 10: appended last so files made before these columns still import (empty = "Không").
  { header: 'Do cơ quan đánh giá nhập', key: 'enteredByAssessor', width: 14 },
  { header: 'Lý do cơ quan đánh giá nhập', key: 'assessorEntryReason', width: 40 },
] as const;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_NAME = 'Bộ chỉ số';
/** A criteria set is a few hundred rows; its workbook expands to well under a megabyte (zip-guard). */
const MAX_EXPANDED_BYTES = 32 * 1024 * 1024;
const MAX_IMPORT_ROWS = 20_000;

export async function criteriaSetToXlsx(nodes: readonly CriteriaNodeEntity[], title: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'PAR Index';
  workbook.title = title;
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const node of nodes) {
    const row = sheet.addRow({
      code: node.code,
      title: node.title,
      maxPoints: pointsToOutput(node.maxPoints),
      section: node.section,
      method: node.method ?? '',
      params: node.method && node.params !== null ? JSON.stringify(node.params) : '',
      allowNotApplicable: node.allowNotApplicable ? 'Có' : 'Không',
      evidenceGuidance: node.evidenceGuidance ?? '',
      scoringGuidance: node.scoringGuidance ?? '',
      enteredByAssessor: node.enteredByAssessor ? 'Có' : 'Không',
      assessorEntryReason: node.assessorEntryReason ?? '',
    });
    // Codes must stay text ("1.10" is not the number 1.1).
    row.getCell(1).numFmt = '@';
    row.getCell(3).numFmt = '0.00';
    if (node.depth === 1) row.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Reads the template; returns spreadsheet rows (1-based, as Excel shows them) with their raw values. */
export async function xlsxToRawNodes(base64: string): Promise<{ row: number; raw: RawNode }[]> {
  // A criteria set's workbook is a few dozen KB; the limit is the imports' shared one (import-limits.ts).
  const buffer = importFileBytes(base64);
  const shape = inspectXlsx(buffer, MAX_EXPANDED_BYTES);
  if (!shape.ok && shape.reason === 'TOO_LARGE')
    throw badInput(
      `Tệp Excel sau khi giải nén quá lớn (trên ${MAX_EXPANDED_BYTES / 1024 / 1024} MB); hãy dùng đúng mẫu bộ chỉ số.`,
      `The workbook expands past ${MAX_EXPANDED_BYTES / 1024 / 1024} MB; use the criteria template.`,
      { argument: 'base64', reason: 'FILE_TOO_LARGE' },
    );
  if (shape.ok && shape.rows > MAX_IMPORT_ROWS)
    throw badInput(
      `Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS}, tính cả các trang tính khác).`,
      `Too many rows (at most ${MAX_IMPORT_ROWS}, other worksheets included).`,
      { argument: 'base64', reason: 'TOO_MANY_ROWS' },
    );
  const workbook = await newWorkbook();
  try {
    if (!shape.ok) throw new Error('unreadable');
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw badInput('Tệp không phải là tệp Excel (.xlsx) hợp lệ.', 'The file is not a valid .xlsx workbook.', { argument: 'base64' });
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) throw badInput('Tệp không có trang tính nào.', 'The workbook has no sheet.', { argument: 'base64' });
  const header = TEMPLATE_COLUMNS.map((_, i) =>
    String(cellText(sheet.getRow(1).getCell(i + 1).value) ?? '')
      .trim()
      .toLowerCase(),
  );
  const expected = TEMPLATE_COLUMNS.map((c) => c.header.toLowerCase());
  if (header[0] !== expected[0] || header[1] !== expected[1] || header[2] !== expected[2])
    throw badInput(
      `Tệp không đúng mẫu: dòng 1 phải là tiêu đề cột "${TEMPLATE_COLUMNS.map((c) => c.header).join(' | ')}".`,
      'The file does not follow the template (row 1 must hold the column headers).',
      {
        argument: 'base64',
      },
    );
  const rows: { row: number; raw: RawNode }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = TEMPLATE_COLUMNS.map((_, i) => cellText(sheet.getRow(r).getCell(i + 1).value));
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    const [
      code,
      title,
      maxPoints,
      section,
      method,
      params,
      allowNotApplicable,
      evidenceGuidance,
      scoringGuidance,
      enteredByAssessor,
      assessorEntryReason,
    ] = cells;
    rows.push({
      row: r,
      raw: {
        code: code === null ? '' : String(code),
        title,
        maxPoints: typeof maxPoints === 'number' || typeof maxPoints === 'string' ? maxPoints : null,
        section,
        method,
        params: params === null ? null : String(params),
        allowNotApplicable,
        evidenceGuidance,
        scoringGuidance,
        enteredByAssessor,
        assessorEntryReason,
      },
    });
  }
  if (rows.length === 0) throw badInput('Tệp không có dòng tiêu chí nào.', 'The file holds no criteria rows.', { argument: 'base64' });
  return rows;
}
