import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSurveyFile, validateSurveyRows, type SurveyLookup } from './survey-import';

const lookup: SurveyLookup = {
  unitsByCode: new Map([
    ['07090', { unitId: 'u-1', groupId: 'g-communes', unitName: 'Phường Hạ Long' }],
    ['STP', { unitId: 'u-2', groupId: 'g-departments', unitName: 'Sở Tư pháp' }],
  ]),
  surveyLeaves: new Map([
    ['g-communes|9.1', { nodeId: 'n-1', code: '9.1', method: 'SURVEY' as const, params: { basis: 'PERCENT' }, maxPoints: 1000 }],
    ['g-communes|9.2', { nodeId: 'n-2', code: '9.2', method: 'SURVEY' as const, params: { basis: 'POINTS' }, maxPoints: 500 }],
    ['g-departments|9.1', { nodeId: 'n-3', code: '9.1', method: 'SURVEY' as const, params: { basis: 'PERCENT' }, maxPoints: 2000 }],
  ]),
};

describe('survey results import (pure)', () => {
  it('parses a CSV with a header, semicolons, quotes and decimal commas', async () => {
    const csv = '\uFEFFMã đơn vị;Mã tiêu chí;Giá trị\r\n07090;9.1;"85,5"\r\nSTP;9.1;90\r\n\r\n';
    const parsed = await parseSurveyFile(Buffer.from(csv), 'CSV');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, unitCode: '07090', criterionCode: '9.1', value: '85,5' },
      { row: 3, unitCode: 'STP', criterionCode: '9.1', value: '90' },
    ]);
    const { points, issues } = validateSurveyRows(parsed.rows, lookup);
    expect(issues).toEqual([]);
    // 85.5 % of 10 points = 8.55; 90 % of 20 = 18.
    expect(points.map((p) => [p.unitId, p.nodeId, p.points])).toEqual([
      ['u-1', 'n-1', 855],
      ['u-2', 'n-3', 1800],
    ]);
  });

  it('reads the first sheet of an XLSX workbook (numbers, text codes, formulas)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KQ');
    sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Giá trị']);
    sheet.addRow(['07090', '9.2', 4.25]);
    sheet.addRow(['07090', '9.1', { formula: '40+2', result: 42 }]);
    const parsed = await parseSurveyFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'XLSX');
    expect(parsed.rows).toEqual([
      { row: 2, unitCode: '07090', criterionCode: '9.2', value: '4.25' },
      { row: 3, unitCode: '07090', criterionCode: '9.1', value: '42' },
    ]);
    expect(validateSurveyRows(parsed.rows, lookup).points.map((p) => p.points)).toEqual([425, 420]);
  });

  it('reports every bad row with its number, in Vietnamese', async () => {
    const csv = [
      'unit,criterion,value',
      'STP,9.1,101', // over 100 %
      'XXX,9.1,50', // unknown unit
      'STP,9.2,5', // not a survey leaf of the departments' set
      '07090,9.2,6', // above max points (5)
      '07090,,7', // missing criterion
      '07090,9.2,abc', // not a number
      '07090,9.1,50',
      '07090,9.1,60', // duplicate
    ].join('\n');
    const parsed = await parseSurveyFile(Buffer.from(csv), 'CSV');
    expect(parsed.issues.map((i) => i.row)).toEqual([6]);
    expect(parsed.issues[0].vi).toMatch(/^Dòng 6: thiếu mã tiêu chí/);
    const { points, issues } = validateSurveyRows(parsed.rows, lookup);
    expect(issues.map((i) => i.row)).toEqual([2, 3, 4, 5, 7, 9]);
    expect(issues[1].vi).toContain('không có trong danh sách');
    expect(issues[5].vi).toContain('trùng với dòng 8');
    expect(issues.every((i) => i.vi.startsWith(`Dòng ${i.row}:`))).toBe(true);
    expect(issues.map((i) => i.code)).toEqual([
      'INVALID_VALUE',
      'UNKNOWN_UNIT',
      'NOT_SURVEY_CRITERION',
      'INVALID_VALUE',
      'DUPLICATE_ROW',
      'DUPLICATE_ROW',
    ]);
    expect(points).toHaveLength(1);
  });

  it('skips rows whose value is left blank (the template lists every leaf) and says when nothing is filled', async () => {
    const parsed = await parseSurveyFile(Buffer.from('unit,criterion,value\nSTP,9.1,\n07090,9.1,80\n'), 'CSV');
    expect(parsed).toMatchObject({ blankRows: [2], issues: [], rows: [{ row: 3, unitCode: '07090' }] });
    const empty = await parseSurveyFile(Buffer.from('unit,criterion,value\nSTP,9.1,\n'), 'CSV');
    expect(empty.issues).toEqual([
      expect.objectContaining({ row: null, code: 'EMPTY_FILE', vi: expect.stringMatching(/chưa có giá trị/) }),
    ]);
  });

  it('refuses an unreadable workbook and an empty file', async () => {
    expect((await parseSurveyFile(Buffer.from('not a zip'), 'XLSX')).issues[0].vi).toMatch(/Không đọc được/);
    expect((await parseSurveyFile(Buffer.from('\n\n'), 'CSV')).issues[0].vi).toMatch(/không có dòng/);
  });
});
