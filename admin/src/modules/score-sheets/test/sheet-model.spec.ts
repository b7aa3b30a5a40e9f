import { describe, expect, it } from 'vitest';
import { computeSheet, leafOutcome, nodesFromCriteria, parseAppraisalPoints, sheetRows } from '../composables/sheet-model';
import { sheetFixture } from './fixture';

const sheet = sheetFixture();
const nodes = nodesFromCriteria(sheet.criteria);
const node = (code: string) => nodes.find((n) => n.code === code)!;

describe('sheet model: declared value → points (the server’s own rules)', () => {
  it.each([
    ['1.1', '1', 200],
    ['1.1', '0', 0],
    ['1.2', '85', 255], // 85 % of 3 points
    ['1.2', '85,5', 257], // 2.565 → 2.57 half-up, Vietnamese decimal comma
    ['1.3', 'day_du', 150], // 75 % of 2
    ['1.4', '0,75', 75],
    ['1.4', '1', 100],
    ['2.1', '3', 150], // 3 × 0.5
    ['2.1', '10', 200], // capped at the maximum
    ['2.2', '1', 150], // 2 − 0.5
    ['2.2', '9', 0], // floor 0
    ['2.3', '100', 300],
    ['2.3', '90', 150],
    ['2.3', '79,99', 0],
  ])('%s: %s → %i hundredths', (code, value, points) => {
    expect(leafOutcome(node(code), value)).toEqual({ points, error: null });
  });

  it('out-of-range and malformed values give a Vietnamese reason and no points', () => {
    expect(leafOutcome(node('1.2'), '150')).toEqual({ points: null, error: 'Tỷ lệ kê khai của tiêu chí 1.2 phải từ 0 đến 100%' });
    expect(leafOutcome(node('1.4'), '1,5').error).toBe('Điểm vượt quá điểm tối đa của tiêu chí 1.4 (1,00)');
    expect(leafOutcome(node('1.4'), '0,3').error).toBe('Điểm của tiêu chí 1.4 phải theo bước 0,25 điểm');
    expect(leafOutcome(node('2.1'), '2,5').error).toBe('Số lượng kê khai của tiêu chí 2.1 phải là số nguyên');
    expect(leafOutcome(node('2.1'), '-1').error).toBe('Giá trị kê khai của tiêu chí 2.1 không được âm');
    expect(leafOutcome(node('1.3'), 'xuat_sac').error).toContain('không hợp lệ cho tiêu chí 1.3');
    expect(leafOutcome(node('1.2'), 'abc').error).toBe('Giá trị kê khai của tiêu chí 1.2 không phải là số');
  });

  it('blank is "not declared yet", and survey leaves are never declared by the unit', () => {
    expect(leafOutcome(node('1.2'), '  ')).toEqual({ points: null, error: null });
    expect(leafOutcome(node('3.1'), '90')).toEqual({ points: null, error: null });
  });

  it('appraisal points: 0..max with 2 decimals, Vietnamese messages', () => {
    expect(parseAppraisalPoints('1,25', node('1.2'))).toEqual({ points: 125, error: null });
    expect(parseAppraisalPoints('3,5', node('1.2')).error).toBe('Điểm vượt quá điểm tối đa của tiêu chí 1.2 (3,00)');
    expect(parseAppraisalPoints('-1', node('1.2')).error).toBe('Điểm của tiêu chí 1.2 không được âm');
    expect(parseAppraisalPoints('1,255', node('1.2')).error).toBe('Điểm của tiêu chí 1.2 chỉ được có tối đa 2 chữ số thập phân');
  });
});

describe('sheet model: tree, totals and index', () => {
  it('builds the tree from the sheet criteria, in code order', () => {
    expect(sheetRows(nodes).map((r) => `${r.node.code}${r.isLeaf ? '' : '/'}`)).toEqual([
      '1/',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2/',
      '2.1',
      '2.2',
      '2.3',
      '3/',
      '3.1',
    ]);
    expect(node('1').title).toBe('Công tác chỉ đạo, điều hành CCHC');
    expect(node('1').maxPoints).toBe(8);
  });

  it('drafts drive subtotals, total and index exactly like the server formula', () => {
    const drafts = new Map([
      ['l11', { declaredValue: '1', notApplicable: false }],
      ['l12', { declaredValue: '85', notApplicable: false }],
      ['l21', { declaredValue: '3', notApplicable: false }],
    ]);
    const c = computeSheet(nodes, sheet.entries, { selfDrafts: drafts });
    expect(c.result.nodes.get('a1')!.selfPoints).toBe(455);
    expect(c.result.nodes.get('a2')!.selfPoints).toBe(150);
    // 4.55 + 1.50 + survey 4.00 = 10.05 of 20 → 50.25 %
    expect(c.result.self.total).toBe(1005);
    expect(c.result.selfIndex).toBe(5025);
  });

  it('"not applicable" removes the leaf from points and maximum', () => {
    const drafts = new Map([
      ['l11', { declaredValue: '1', notApplicable: false }],
      ['l14', { declaredValue: '', notApplicable: true }],
    ]);
    const c = computeSheet(nodes, sheet.entries, { selfDrafts: drafts });
    expect(c.result.maxApplicable).toBe(1900);
    expect(c.result.self.total).toBe(600); // 2 + survey 4
    expect(c.result.selfIndex).toBe(3158); // 6 / 19 = 31.578… → 31.58
  });

  it('an invalid draft counts as an error and adds no points', () => {
    const c = computeSheet(nodes, sheet.entries, { selfDrafts: new Map([['l12', { declaredValue: '150', notApplicable: false }]]) });
    expect(c.errorCount).toBe(1);
    expect(c.result.self.total).toBe(400);
  });
});
