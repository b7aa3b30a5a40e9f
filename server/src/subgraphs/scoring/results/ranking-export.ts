/**
 * The ranking table as an Excel workbook (the report every province prints): pure, from
 * ranking rows to bytes. Points and indices arrive as integer hundredths and are written as
 * numbers with two decimals, so Excel sums them like the screen shows them.
 */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../platform/xlsx/workbook';
import type { Hundredths, PercentHundredths } from '../../../domain/scoring';

export interface RankingExportArea {
  code: string;
  title: string;
}

export interface RankingExportRow {
  rank: number | null;
  unitName: string;
  unitCode: string;
  assessorName: string;
  index: PercentHundredths | null;
  selfIndex: PercentHundredths | null;
  selfTotal: Hundredths;
  appraisedTotal: Hundredths | null;
  gapPoints: Hundredths | null;
  classification: { labelVi: string; color: string } | null;
  headRating: string | null;
  /** Component index per area, by area code (hundredths of a percent). */
  areaIndices: Readonly<Record<string, PercentHundredths | null>>;
}

export interface RankingExportInput {
  /** e.g. "Chỉ số CCHC năm 2024 — Khối sở, ban, ngành" */
  title: string;
  provinceName: string;
  areas: readonly RankingExportArea[];
  rows: readonly RankingExportRow[];
  generatedAt: Date;
  /** Notes for the reader (e.g. the Nghị định 335 share), written on the empty row above the header. */
  notes?: readonly string[];
}

const toNumber = (hundredths: number | null): number | null => (hundredths === null ? null : hundredths / 100);

/** "#43A047" → "FF43A047" (ARGB); dark fills get white text so the label stays readable. */
function fillFor(color: string): { argb: string; light: boolean } {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color)?.[1] ?? 'FFFFFF';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return { argb: `FF${hex.toUpperCase()}`, light: 0.299 * r + 0.587 * g + 0.114 * b > 150 };
}

function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ngày ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export const RANKING_HEADERS = [
  'Xếp hạng',
  'Mã đơn vị',
  'Đơn vị',
  'Đơn vị đánh giá',
  'Chỉ số (%)',
  'Xếp loại',
  'Xếp loại người đứng đầu',
  'Điểm tự đánh giá',
  'Điểm thẩm định',
  'Chênh lệch (điểm)',
  'Chỉ số tự đánh giá (%)',
] as const;

export async function buildRankingWorkbook(input: RankingExportInput): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'PAR Index';
  workbook.created = input.generatedAt;
  addRankingSheet(workbook, 'Xếp hạng', input);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

/** One ranking table as a worksheet: the ranking export, and one sheet per group of the annual report. */
export function addRankingSheet(workbook: ExcelJS.Workbook, name: string, input: RankingExportInput): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4, xSplit: 3 }] });

  const headers = [...RANKING_HEADERS, ...input.areas.map((a) => `Lĩnh vực ${a.code}: ${a.title} (%)`)];
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell(1, 1).value = input.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(2, 1, 2, headers.length);
  sheet.getCell(2, 1).value = `${input.provinceName} — lập lúc ${vietnamTime(input.generatedAt)}`;
  sheet.getCell(2, 1).font = { italic: true };
  if (input.notes?.length) {
    sheet.mergeCells(3, 1, 3, headers.length);
    const note = sheet.getCell(3, 1);
    note.value = `Lưu ý: ${input.notes.join(' ')}`;
    note.font = { color: { argb: 'FF7A4F01' } };
    note.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4E0' } };
    note.alignment = { wrapText: true, vertical: 'middle' };
    sheet.getRow(3).height = 32;
  }

  const headerRow = sheet.getRow(4);
  headers.forEach((title, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E0E0' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  headerRow.height = 45;

  input.rows.forEach((r, i) => {
    const row = sheet.getRow(5 + i);
    row.values = [
      r.rank,
      r.unitCode,
      r.unitName,
      r.assessorName,
      toNumber(r.index),
      r.classification?.labelVi ?? null,
      r.headRating,
      toNumber(r.selfTotal),
      toNumber(r.appraisedTotal),
      toNumber(r.gapPoints),
      toNumber(r.selfIndex),
      ...input.areas.map((a) => toNumber(r.areaIndices[a.code] ?? null)),
    ];
    for (let col = 5; col <= headers.length; col++) if (col !== 6 && col !== 7) row.getCell(col).numFmt = '0.00';
    if (r.classification) {
      const fill = fillFor(r.classification.color);
      const cell = row.getCell(6);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill.argb } };
      cell.font = { color: { argb: fill.light ? 'FF000000' : 'FFFFFFFF' }, bold: true };
    }
  });

  sheet.columns.forEach((column, i) => {
    column.width = i === 2 || i === 3 ? 34 : i === 6 ? 26 : i >= RANKING_HEADERS.length ? 16 : 13;
  });
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + input.rows.length, column: headers.length } };
  return sheet;
}
