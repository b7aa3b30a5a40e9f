/**
 * Survey results (điều tra xã hội học, SIPAS…) arrive as a sheet of rows
 * `unit code | criterion code | value`. Parsing and validation are pure (no database): the
 * service hands in what the year knows (roster codes, survey leaves) and gets back either the
 * rows to write or every problem, each with its row number, in Vietnamese and English.
 */
import ExcelJS from 'exceljs';
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

export interface SurveyIssue extends LocalizedText {
  /** Row of the file; null for problems with the whole file. */
  row: number | null;
}

export interface ParsedSurveyFile {
  rows: SurveyRow[];
  issues: SurveyIssue[];
}

/** Enough for every commune of the largest province × every survey leaf, small enough to bound work. */
export const MAX_SURVEY_ROWS = 50_000;

const HEADER_HINT = /^(mã|ma|unit|đơn vị|don vi|stt)/i;

function fileIssue(vi: string, en: string): SurveyIssue {
  return { row: null, vi, en };
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

async function readXlsx(content: Buffer): Promise<string[][] | null> {
  const workbook = new ExcelJS.Workbook();
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
  const table = format === 'XLSX' ? await readXlsx(content) : parseCsv(content.toString('utf8'));
  if (table === null) {
    return { rows: [], issues: [fileIssue('Không đọc được tệp Excel (.xlsx).', 'The file is not a readable .xlsx workbook.')] };
  }
  const rows: SurveyRow[] = [];
  const issues: SurveyIssue[] = [];
  table.forEach((cells, i) => {
    const row = i + 1;
    const [unitCode = '', criterionCode = '', value = ''] = cells.map((cell) => cell.trim());
    if (!unitCode && !criterionCode && !value) return;
    if (row === 1 && (HEADER_HINT.test(unitCode) || HEADER_HINT.test(criterionCode))) return;
    const missing: [string, string][] = [];
    if (!unitCode) missing.push(['mã đơn vị', 'unit code']);
    if (!criterionCode) missing.push(['mã tiêu chí', 'criterion code']);
    if (!value) missing.push(['giá trị', 'value']);
    if (missing.length > 0) {
      issues.push({
        row,
        vi: `Dòng ${row}: thiếu ${missing.map((m) => m[0]).join(', ')}`,
        en: `Row ${row}: missing ${missing.map((m) => m[1]).join(', ')}`,
      });
      return;
    }
    rows.push({ row, unitCode, criterionCode, value });
  });
  if (rows.length + issues.length > MAX_SURVEY_ROWS) {
    return {
      rows: [],
      issues: [fileIssue(`Tệp có quá nhiều dòng (tối đa ${MAX_SURVEY_ROWS}).`, `Too many rows (at most ${MAX_SURVEY_ROWS}).`)],
    };
  }
  if (rows.length === 0 && issues.length === 0) issues.push(fileIssue('Tệp không có dòng dữ liệu nào.', 'The file has no data rows.'));
  return { rows, issues };
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
        vi: `Dòng ${r.row}: mã đơn vị "${r.unitCode}" không có trong danh sách đơn vị được đánh giá của kỳ`,
        en: `Row ${r.row}: unit code "${r.unitCode}" is not on the year's roster`,
      });
      continue;
    }
    const leaf = lookup.surveyLeaves.get(`${unit.groupId}|${r.criterionCode}`);
    if (!leaf) {
      issues.push({
        row: r.row,
        vi: `Dòng ${r.row}: "${r.criterionCode}" không phải tiêu chí điều tra xã hội học trong bộ chỉ số của ${unit.unitName}`,
        en: `Row ${r.row}: "${r.criterionCode}" is not a survey criterion of ${unit.unitName}'s criteria set`,
      });
      continue;
    }
    const key = `${unit.unitId}|${leaf.nodeId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        row: r.row,
        vi: `Dòng ${r.row}: trùng với dòng ${earlier} (cùng đơn vị và tiêu chí)`,
        en: `Row ${r.row}: duplicates row ${earlier} (same unit and criterion)`,
      });
      continue;
    }
    seen.set(key, r.row);
    const result = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, r.value, { code: leaf.code });
    if ('error' in result) {
      issues.push({ row: r.row, vi: `Dòng ${r.row}: ${result.error.vi}`, en: `Row ${r.row}: ${result.error.en}` });
      continue;
    }
    points.push({ row: r.row, unitId: unit.unitId, nodeId: leaf.nodeId, value: r.value, points: result.points });
  }
  return { points, issues };
}
