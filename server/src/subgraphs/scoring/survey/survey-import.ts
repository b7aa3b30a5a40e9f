/**
 * Survey results (điều tra xã hội học, SIPAS…) arrive as a sheet of rows
 * `unit code | criterion code | value`. Parsing and validation are pure (no database): the
 * service hands in what the year knows (roster codes, survey leaves) and gets back either the
 * rows to write or every problem, each with its row number, in Vietnamese and English.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../platform/xlsx/workbook';
import { inspectXlsx } from '../../../platform/xlsx/zip-guard';
import { computeLeafPoints, type Hundredths, type LocalizedText, type ScoringMethod } from '../../../domain/scoring';

export type SurveyFileFormat = 'XLSX' | 'CSV';

export interface SurveyRow {
  /** 1-based row number in the file, as the user sees it in Excel. */
  row: number;
  unitCode: string;
  criterionCode: string;
  /** Raw value as written ("85,5", "85.5", 85.5 → "85.5"). */
  value: string;
}

/** Stable codes of what is wrong with a row (or the file), for clients to switch on. */
export type SurveyIssueCode =
  | 'FILE_UNREADABLE'
  | 'EMPTY_FILE'
  | 'TOO_MANY_ROWS'
  | 'MISSING_CELLS'
  | 'UNKNOWN_UNIT'
  | 'NOT_SURVEY_CRITERION'
  | 'DUPLICATE_ROW'
  | 'INVALID_VALUE';

export interface SurveyIssue extends LocalizedText {
  /** Row of the file; null for problems with the whole file. */
  row: number | null;
  code: SurveyIssueCode;
}

export interface ParsedSurveyFile {
  rows: SurveyRow[];
  issues: SurveyIssue[];
  /**
   * Rows that name a unit and a criterion but leave the value empty: the template lists every
   * survey leaf of every unit, and an official fills only what the survey measured, so an empty
   * value means "leave this one as it is", not an error.
   */
  blankRows: number[];
}

/** Enough for every commune of the largest province × every survey leaf, small enough to bound work. */
export const MAX_SURVEY_ROWS = 50_000;

const HEADER_HINT = /^(mã|ma|unit|đơn vị|don vi|stt)/i;

/**
 * What an .xlsx may expand to. A survey workbook of MAX_SURVEY_ROWS rows with the template's
 * columns is ~20 MB of XML; a few hundred kilobytes of zip can otherwise hold gigabytes (one cell
 * of 150 MB took the workbook reader seconds and half a gigabyte, and came back in the error).
 */
export const MAX_XLSX_EXPANDED_BYTES = 48 * 1024 * 1024;
/** A code is shown in a message at most this long: the cell itself may hold megabytes. */
const SHOWN_CODE_LENGTH = 40;

function shown(code: string): string {
  const chars = Array.from(code);
  return chars.length <= SHOWN_CODE_LENGTH ? code : `${chars.slice(0, SHOWN_CODE_LENGTH).join('')}…`;
}

function fileIssue(code: SurveyIssueCode, vi: string, en: string): SurveyIssue {
  return { row: null, code, vi, en };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** RFC 4180 with the delimiter Excel actually used (";" where the decimal separator is ","). */
function parseCsv(text: string): string[][] {
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  return rows;
}

/** Refuses an .xlsx that would expand past the bound or hold too many rows, before the workbook reader builds it. */
export function xlsxProblem(content: Buffer): SurveyIssue | null {
  const shape = inspectXlsx(content, MAX_XLSX_EXPANDED_BYTES);
  if (!shape.ok)
    return shape.reason === 'TOO_LARGE'
      ? fileIssue(
          'FILE_UNREADABLE',
          `Tệp Excel sau khi giải nén quá lớn (trên ${MAX_XLSX_EXPANDED_BYTES / 1024 / 1024} MB); hãy chỉ giữ 3 cột Mã đơn vị, Mã tiêu chí, Giá trị rồi lưu lại.`,
          `The workbook expands past ${MAX_XLSX_EXPANDED_BYTES / 1024 / 1024} MB; keep only the unit code, criterion code and value columns and save it again.`,
        )
      : fileIssue('FILE_UNREADABLE', 'Không đọc được tệp Excel (.xlsx).', 'The file is not a readable .xlsx workbook.');
  // Every worksheet is read by the workbook reader, not only the first: their rows count together.
  if (shape.rows > MAX_SURVEY_ROWS + 1000)
    return fileIssue(
      'TOO_MANY_ROWS',
      `Tệp có quá nhiều dòng (tối đa ${MAX_SURVEY_ROWS}, tính cả các trang tính khác); hãy xóa các dòng, trang tính không dùng.`,
      `Too many rows (at most ${MAX_SURVEY_ROWS}, other worksheets included).`,
    );
  return null;
}

/** CSV as Excel saves it: UTF-8 (with or without BOM), or UTF-16 with its BOM ("Unicode Text"). */
function decodeText(content: Buffer): string {
  if (content[0] === 0xff && content[1] === 0xfe) return new TextDecoder('utf-16le').decode(content.subarray(2));
  if (content[0] === 0xfe && content[1] === 0xff) return new TextDecoder('utf-16be').decode(content.subarray(2));
  return content.toString('utf8');
}

async function readXlsx(content: Buffer): Promise<string[][] | null> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber - 1] = [1, 2, 3].map((col) => cellText(row.getCell(col).value));
  });
  return Array.from(rows, (row) => row ?? []);
}

/** Reads the file into rows; structural problems (missing cells) come back as issues. */
export async function parseSurveyFile(content: Buffer, format: SurveyFileFormat): Promise<ParsedSurveyFile> {
  const problem = format === 'XLSX' ? xlsxProblem(content) : null;
  if (problem) return { rows: [], blankRows: [], issues: [problem] };
  const table = format === 'XLSX' ? await readXlsx(content) : parseCsv(decodeText(content));
  if (table === null) {
    return {
      rows: [],
      blankRows: [],
      issues: [fileIssue('FILE_UNREADABLE', 'Không đọc được tệp Excel (.xlsx).', 'The file is not a readable .xlsx workbook.')],
    };
  }
  const rows: SurveyRow[] = [];
  const issues: SurveyIssue[] = [];
  const blankRows: number[] = [];
  table.forEach((cells, i) => {
    const row = i + 1;
    const [unitCode = '', criterionCode = '', value = ''] = cells.map((cell) => cell.trim());
    if (!unitCode && !criterionCode && !value) return;
    if (row === 1 && (HEADER_HINT.test(unitCode) || HEADER_HINT.test(criterionCode))) return;
    if (unitCode && criterionCode && !value) {
      blankRows.push(row);
      return;
    }
    const missing: [string, string][] = [];
    if (!unitCode) missing.push(['mã đơn vị', 'unit code']);
    if (!criterionCode) missing.push(['mã tiêu chí', 'criterion code']);
    if (!value) missing.push(['giá trị', 'value']);
    if (missing.length > 0) {
      issues.push({
        row,
        code: 'MISSING_CELLS',
        vi: `Dòng ${row}: thiếu ${missing.map((m) => m[0]).join(', ')}`,
        en: `Row ${row}: missing ${missing.map((m) => m[1]).join(', ')}`,
      });
      return;
    }
    rows.push({ row, unitCode, criterionCode, value });
  });
  if (rows.length + issues.length + blankRows.length > MAX_SURVEY_ROWS) {
    return {
      rows: [],
      blankRows: [],
      issues: [
        fileIssue('TOO_MANY_ROWS', `Tệp có quá nhiều dòng (tối đa ${MAX_SURVEY_ROWS}).`, `Too many rows (at most ${MAX_SURVEY_ROWS}).`),
      ],
    };
  }
  if (rows.length === 0 && issues.length === 0)
    issues.push(
      fileIssue(
        'EMPTY_FILE',
        blankRows.length ? 'Tệp chưa có giá trị nào (cột Giá trị để trống).' : 'Tệp không có dòng dữ liệu nào.',
        blankRows.length ? 'No value filled in (the value column is empty).' : 'The file has no data rows.',
      ),
    );
  return { rows, issues, blankRows };
}

/** What the year knows, handed in by the service. */
export interface SurveyLookup {
  /** Roster unit code → unit id and the criteria group it is scored in. */
  unitsByCode: ReadonlyMap<string, { unitId: string; groupId: string; unitName: string }>;
  /** `${groupId}|${criterionCode}` → the SURVEY leaf. */
  surveyLeaves: ReadonlyMap<string, { nodeId: string; code: string; method: ScoringMethod; params: unknown; maxPoints: Hundredths }>;
}

export interface SurveyPoints {
  row: number;
  unitId: string;
  unitCode: string;
  criterionCode: string;
  nodeId: string;
  value: string;
  points: Hundredths;
}

/**
 * Checks every row against the year: known unit, survey leaf of that unit's criteria set,
 * value valid for the leaf's method, no (unit, criterion) twice. All problems are reported.
 */
export function validateSurveyRows(rows: readonly SurveyRow[], lookup: SurveyLookup): { points: SurveyPoints[]; issues: SurveyIssue[] } {
  const points: SurveyPoints[] = [];
  const issues: SurveyIssue[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const unit = lookup.unitsByCode.get(r.unitCode);
    if (!unit) {
      issues.push({
        row: r.row,
        code: 'UNKNOWN_UNIT',
        vi: `Dòng ${r.row}: mã đơn vị "${shown(r.unitCode)}" không có trong danh sách đơn vị được đánh giá của kỳ`,
        en: `Row ${r.row}: unit code "${shown(r.unitCode)}" is not on the year's roster`,
      });
      continue;
    }
    const leaf = lookup.surveyLeaves.get(`${unit.groupId}|${r.criterionCode}`);
    if (!leaf) {
      issues.push({
        row: r.row,
        code: 'NOT_SURVEY_CRITERION',
        vi: `Dòng ${r.row}: "${shown(r.criterionCode)}" không phải tiêu chí điều tra xã hội học trong bộ chỉ số của ${unit.unitName}`,
        en: `Row ${r.row}: "${shown(r.criterionCode)}" is not a survey criterion of ${unit.unitName}'s criteria set`,
      });
      continue;
    }
    const key = `${unit.unitId}|${leaf.nodeId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        row: r.row,
        code: 'DUPLICATE_ROW',
        vi: `Dòng ${r.row}: trùng với dòng ${earlier} (cùng đơn vị và tiêu chí)`,
        en: `Row ${r.row}: duplicates row ${earlier} (same unit and criterion)`,
      });
      continue;
    }
    seen.set(key, r.row);
    const result = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, r.value, { code: leaf.code });
    if ('error' in result) {
      issues.push({ row: r.row, code: 'INVALID_VALUE', vi: `Dòng ${r.row}: ${result.error.vi}`, en: `Row ${r.row}: ${result.error.en}` });
      continue;
    }
    points.push({
      row: r.row,
      unitId: unit.unitId,
      unitCode: r.unitCode,
      criterionCode: leaf.code,
      nodeId: leaf.nodeId,
      value: r.value,
      points: result.points,
    });
  }
  return { points, issues };
}

/** One line of the template: a roster unit and one survey leaf of its criteria set. */
export interface SurveyTemplateLine {
  unitCode: string;
  unitName: string;
  groupName: string;
  criterionCode: string;
  criterionTitle: string;
  maxPoints: Hundredths;
  basis: 'PERCENT' | 'POINTS';
  /** The value already imported, so a re-import can start from what is stored. */
  value: string | null;
}

/**
 * The template the admin downloads: the three columns the import reads (A–C), then what an
 * official needs to fill them (unit and criterion names, maximum, what the value means), which
 * the import ignores; a second sheet explains the rules in Vietnamese.
 */
export async function buildSurveyTemplate(year: number, lines: readonly SurveyTemplateLine[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(`Dieu tra ${year}`);
  sheet.columns = [
    { header: 'Mã đơn vị', width: 14 },
    { header: 'Mã tiêu chí', width: 12 },
    { header: 'Giá trị', width: 10 },
    { header: 'Tên đơn vị (không nhập)', width: 36 },
    { header: 'Khối', width: 20 },
    { header: 'Tiêu chí (không nhập)', width: 48 },
    { header: 'Điểm tối đa', width: 12 },
    { header: 'Cách nhập giá trị', width: 34 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const l of lines)
    sheet.addRow([
      l.unitCode,
      l.criterionCode,
      l.value === null ? null : Number.isFinite(Number(l.value)) ? Number(l.value) : l.value,
      l.unitName,
      l.groupName,
      l.criterionTitle,
      l.maxPoints / 100,
      l.basis === 'PERCENT' ? 'Tỷ lệ hài lòng, % (0–100)' : `Số điểm (0–${l.maxPoints / 100})`,
    ]);
  // Codes stay text so Excel keeps leading zeros ("07090").
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(2).numFmt = '@';
  const help = workbook.addWorksheet('Huong dan');
  help.getColumn(1).width = 110;
  for (const line of [
    `Mẫu nhập kết quả điều tra xã hội học năm ${year} (SIPAS, khảo sát lãnh đạo, cán bộ, người dân).`,
    'Chỉ đọc 3 cột đầu của trang tính thứ nhất: Mã đơn vị | Mã tiêu chí | Giá trị. Các cột còn lại để tham khảo.',
    'Để trống Giá trị: giữ nguyên điểm đã có của tiêu chí đó.',
    'Giá trị theo tỷ lệ: nhập phần trăm (ví dụ 85,5); theo điểm: nhập số điểm, không vượt quá điểm tối đa.',
    'Mỗi đơn vị và tiêu chí chỉ một dòng. Tệp có lỗi thì không dòng nào được ghi: sửa hết lỗi rồi nhập lại.',
  ])
    help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
