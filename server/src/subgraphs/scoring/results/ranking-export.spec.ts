import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRankingWorkbook, RANKING_HEADERS } from './ranking-export';

describe('ranking export to XLSX (pure)', () => {
  it('writes Vietnamese headers, exact 2-decimal numbers and classification colours', async () => {
    const buffer = await buildRankingWorkbook({
      title: 'Chỉ số CCHC năm 2024 — Khối sở, ban, ngành',
      provinceName: 'Tỉnh Quảng Ninh',
      areas: [{ code: '1', title: 'Công tác chỉ đạo, điều hành CCHC' }],
      generatedAt: new Date('2025-04-01T03:00:00Z'),
      rows: [
        {
          rank: 1,
          unitName: 'Sở Tư pháp',
          unitCode: 'STP',
          assessorName: 'UBND tỉnh Quảng Ninh',
          index: 9125,
          selfIndex: 9500,
          selfTotal: 9500,
          appraisedTotal: 9125,
          gapPoints: 375,
          classification: { labelVi: 'Xuất sắc', color: '#1B5E20' },
          headRating: 'Hoàn thành xuất sắc nhiệm vụ',
          areaIndices: { '1': 8333 },
        },
        {
          rank: null,
          unitName: 'Sở Y tế',
          unitCode: 'SYT',
          assessorName: 'UBND tỉnh Quảng Ninh',
          index: null,
          selfIndex: null,
          selfTotal: 0,
          appraisedTotal: 0,
          gapPoints: 0,
          classification: null,
          headRating: null,
          areaIndices: {},
        },
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Xếp hạng')!;
    expect(sheet.getCell(1, 1).value).toBe('Chỉ số CCHC năm 2024 — Khối sở, ban, ngành');
    expect(sheet.getCell(2, 1).value).toContain('10:00 ngày 01/04/2025');
    expect(sheet.getRow(4).values).toEqual([undefined, ...RANKING_HEADERS, 'Lĩnh vực 1: Công tác chỉ đạo, điều hành CCHC (%)']);
    const first = sheet.getRow(5);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toBe('Sở Tư pháp');
    expect(first.getCell(5).value).toBe(91.25);
    expect(first.getCell(6).value).toBe('Xuất sắc');
    expect((first.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1B5E20');
    expect(first.getCell(10).value).toBe(3.75);
    expect(first.getCell(12).value).toBe(83.33);
    expect(sheet.getRow(6).getCell(5).value).toBeNull();
  });

  it('writes the report notes (Nghị định 335) on the row above the header, and nothing there without notes', async () => {
    const load = async (notes?: string[]) => {
      const buffer = await buildRankingWorkbook({ title: 'T', provinceName: 'P', areas: [], rows: [], generatedAt: new Date(), notes });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      return workbook.getWorksheet('Xếp hạng')!;
    };
    const sheet = await load(['Theo Nghị định 335/2025/NĐ-CP, …']);
    expect(sheet.getCell(3, 1).value).toBe('Lưu ý: Theo Nghị định 335/2025/NĐ-CP, …');
    expect(sheet.getRow(4).getCell(1).value).toBe(RANKING_HEADERS[0]);
    expect((await load()).getCell(3, 1).value).toBeNull();
  });
});
