import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../domain/scoring';
import { CriteriaSection, ScoringMethod, type CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { toCriteriaNodes } from '../subgraphs/scoring/results/results.service';
import { criteriaNodesFromSpecs, type NodeSpec } from '../subgraphs/scoring/criteria/criteria-outline';
import {
  COMMUNE_CRITERIA_THREE_LEVEL,
  COMMUNE_CRITERIA_TWO_LEVEL,
  DEMO_ACCOUNTABILITY_CODES,
  DEPARTMENT_CRITERIA,
  DISTRICT_CRITERIA,
  LARGE_PROVINCE_COMMUNE_CRITERIA,
  demoCriteriaFor,
} from './demo-criteria';

const SETS: Record<string, NodeSpec[]> = {
  departments: DEPARTMENT_CRITERIA,
  districts: DISTRICT_CRITERIA,
  'communes (three-level)': COMMUNE_CRITERIA_THREE_LEVEL,
  'communes (two-level)': COMMUNE_CRITERIA_TWO_LEVEL,
  'communes of a large province (bench)': LARGE_PROVINCE_COMMUNE_CRITERIA,
};

const rows = (specs: NodeSpec[]) => criteriaNodesFromSpecs(specs, { yearId: 'y', groupId: 'g', evidenceGuidance: '' });
const leaves = (specs: NodeSpec[]): CriteriaNodeEntity[] => {
  const all = rows(specs);
  const parents = new Set(all.map((n) => n.parentId));
  return all.filter((n) => !parents.has(n.id));
};
const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
const mentions = (specs: NodeSpec[], pattern: RegExp) => rows(specs).filter((n) => pattern.test(fold(n.title)));

describe.each(Object.entries(SETS))('demo criteria set: %s', (_name, specs) => {
  it('is a valid set of 100 points in the eight areas of the national method, plus the survey part', () => {
    const nodes = rows(specs);
    expect(validateCriteriaSet(toCriteriaNodes(nodes), { total: 10000 }).filter((i) => i.severity === 'ERROR')).toEqual([]);
    const top = nodes.filter((n) => n.parentId === null);
    expect(top.map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'T', 'D']);
    expect(top.slice(0, 8).map((n) => fold(n.title))).toEqual([
      expect.stringContaining('chỉ đạo, điều hành'),
      expect.stringContaining('thể chế'),
      expect.stringContaining('thủ tục hành chính'),
      expect.stringContaining('tổ chức bộ máy'),
      expect.stringContaining('chế độ công vụ'),
      expect.stringContaining('tài chính công'),
      expect.stringContaining('chính quyền điện tử, chính quyền số'),
      expect.stringContaining('tác động'),
    ]);
    const scored = top.filter((n) => n.section === CriteriaSection.SCORED).reduce((s, n) => s + n.maxPoints, 0);
    expect([scored, top.find((n) => n.code === '9')!.maxPoints]).toEqual([7000, 3000]);
  });

  it('uses every scoring method', () => {
    expect(new Set(leaves(specs).map((l) => l.method))).toEqual(new Set(Object.values(ScoringMethod)));
  });

  it('carries the bonus and penalty leaves other demo data builds on, under their stable codes', () => {
    const byCode = new Map(leaves(specs).map((l) => [l.code, l]));
    expect(byCode.get(DEMO_ACCOUNTABILITY_CODES.initiativeBonus)).toMatchObject({ section: 'BONUS', method: 'COUNT' });
    expect(byCode.get(DEMO_ACCOUNTABILITY_CODES.lateReportPenalty)).toMatchObject({ section: 'PENALTY', method: 'COUNT' });
    expect(byCode.get(DEMO_ACCOUNTABILITY_CODES.inspectionPenalty)).toMatchObject({ section: 'PENALTY', method: 'COUNT' });
    expect(fold(byCode.get(DEMO_ACCOUNTABILITY_CODES.lateReportPenalty)!.title)).toContain('báo cáo');
    expect(fold(byCode.get(DEMO_ACCOUNTABILITY_CODES.inspectionPenalty)!.title)).toContain('thanh tra');
  });

  it('counts no criterion twice: distinct titles; satisfaction only in the survey, initiatives only as a bonus, late reports only as a penalty', () => {
    const titles = leaves(specs).map((l) => fold(l.title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(mentions(specs, /hài lòng|sipas/).every((n) => n.section === CriteriaSection.SURVEY)).toBe(true);
    expect(mentions(specs, /sáng kiến/).every((n) => n.section === CriteriaSection.BONUS)).toBe(true);
    expect(mentions(specs, /chậm|trễ hạn gửi/).every((n) => n.section === CriteriaSection.PENALTY)).toBe(true);
    expect(mentions(specs, /hài lòng|sipas/).length).toBeGreaterThan(0);
  });
});

describe('demo criteria sets fit the kind of unit', () => {
  it('the large province’s commune set has the size issue 9 measured: 82 leaves, areas split into sub-areas', () => {
    expect(leaves(LARGE_PROVINCE_COMMUNE_CRITERIA)).toHaveLength(82);
    const depths = rows(LARGE_PROVINCE_COMMUNE_CRITERIA).map((n) => n.code.split('.').length);
    expect(Math.max(...depths)).toBe(3);
  });

  const investment = /thu hút đầu tư|giải ngân vốn đầu tư công/;

  it('only districts are scored on attracting investment and disbursing public investment', () => {
    expect(mentions(DISTRICT_CRITERIA, investment)).toHaveLength(2);
    for (const specs of [DEPARTMENT_CRITERIA, COMMUNE_CRITERIA_THREE_LEVEL, COMMUNE_CRITERIA_TWO_LEVEL, LARGE_PROVINCE_COMMUNE_CRITERIA])
      expect(mentions(specs, investment)).toEqual([]);
  });

  it('the two-level commune set scores running the new model: service centre, one-stop shop without boundaries, digital records', () => {
    expect(mentions(COMMUNE_CRITERIA_TWO_LEVEL, /trung tâm phục vụ hành chính công cấp xã/).length).toBeGreaterThan(0);
    expect(mentions(COMMUNE_CRITERIA_TWO_LEVEL, /không phụ thuộc địa giới hành chính/).length).toBeGreaterThan(0);
    expect(mentions(COMMUNE_CRITERIA_TWO_LEVEL, /số hóa/).length).toBeGreaterThanOrEqual(2);
    expect(mentions(COMMUNE_CRITERIA_THREE_LEVEL, /trung tâm phục vụ hành chính công/)).toEqual([]);
  });

  it('each kind of unit gets its own set: departments, districts, three-level and two-level communes differ', () => {
    const signature = (specs: NodeSpec[]) =>
      leaves(specs)
        .map((l) => `${l.code} ${l.title}`)
        .join('\n');
    expect(new Set(Object.values(SETS).map(signature)).size).toBe(5);
    expect(demoCriteriaFor('THREE_LEVEL', 'DEPARTMENTS')).toBe(DEPARTMENT_CRITERIA);
    expect(demoCriteriaFor('THREE_LEVEL', 'DISTRICTS')).toBe(DISTRICT_CRITERIA);
    expect(demoCriteriaFor('THREE_LEVEL', 'WARDS')).toBe(COMMUNE_CRITERIA_THREE_LEVEL);
    expect(demoCriteriaFor('TWO_LEVEL', 'COMMUNES')).toBe(COMMUNE_CRITERIA_TWO_LEVEL);
    expect(demoCriteriaFor('TWO_LEVEL', 'DEPARTMENTS')).toBe(DEPARTMENT_CRITERIA);
  });
});
