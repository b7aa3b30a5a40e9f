import { describe, expect, it } from 'vitest';
import {
  analysisScope,
  draftMapping,
  mapEntries,
  simulate,
  areaAverages,
  combineSummaries,
  meanOf,
  summarizeRows,
  compareYears,
  componentStats,
  heatMap,
  unitWeakCriteria,
  type AnalysisScopeArgs,
  type AnalysisUnit,
  type ComponentFigures,
} from './index';
import { DEFAULT_BANDS, type CriteriaNode } from '../scoring';

/** Points in hundredths: c('1.1', 1000, 1000, 800) = max 10, self 10, final 8. */
const c = (code: string, max: number, self: number, final: number): ComponentFigures => ({
  code,
  title: `Tiêu chí ${code}`,
  maxApplicable: max,
  selfPoints: self,
  finalPoints: final,
  index: max > 0 ? Math.round((final * 10000) / max) : null,
});
const unit = (unitId: string, criteria: ComponentFigures[], total = 0, maxApplicable = 0, index: number | null = null): AnalysisUnit => {
  const max = criteria.reduce((s, x) => s + x.maxApplicable, 0);
  const self = criteria.reduce((s, x) => s + x.selfPoints, 0);
  const final = criteria.reduce((s, x) => s + x.finalPoints, 0);
  return {
    unitId,
    unitName: `Xã ${unitId}`,
    total,
    maxApplicable,
    index,
    selfIndex: null,
    areas: [c('1', max, self, final)],
    criteria,
  };
};

/*
 * Hand-computed fixture (points):
 *           1.1 (max 10)      1.2 (max 5)
 *   A       self 10, final 8  self 5, final 5
 *   B       self 10, final 10 self 4, final 3
 *   C       self 9,  final 6  not applicable
 */
const A = unit('A', [c('1.1', 1000, 1000, 800), c('1.2', 500, 500, 500)]);
const B = unit('B', [c('1.1', 1000, 1000, 1000), c('1.2', 500, 400, 300)]);
const C = unit('C', [c('1.1', 1000, 900, 600), c('1.2', 0, 0, 0)]);

describe('criteria analysis (pure, hand-computed)', () => {
  const stats = componentStats([A, B, C], (u) => u.criteria, new Map([['1.1', { title: 'Ban hành kế hoạch', maxPoints: 1000 }]]));

  it('1.1: average points 8, average loss 2, 2 of 3 losing (66,67 %), gap (2 + 0 + 3) ÷ 3 = 1,67, pooled index 80 %', () => {
    expect(stats[0]).toEqual({
      code: '1.1',
      title: 'Ban hành kế hoạch',
      areaCode: '1',
      maxPoints: 1000,
      unitCount: 3,
      averagePoints: 800,
      averageSelfPoints: 967,
      averageLoss: 200,
      unitsLosing: 2,
      lossShare: 6667,
      averageGap: 167,
      index: 8000,
      selfIndex: 9667,
    });
  });

  it('1.2: a unit for which it is not applicable is left out of every average (2 units: loss 1, 50 % losing, gap 0,5)', () => {
    expect(stats[1]).toMatchObject({
      code: '1.2',
      title: 'Tiêu chí 1.2',
      maxPoints: 500,
      unitCount: 2,
      averagePoints: 400,
      averageLoss: 100,
      unitsLosing: 1,
      lossShare: 5000,
      averageGap: 50,
      index: 8000,
    });
  });

  it('heat map cells: the unit’s component index, null where not applicable', () => {
    const areaRows = heatMap([A, B, C], ['1'], (u) => u.areas);
    expect(areaRows.map((r) => r.cells)).toEqual([[8667], [8667], [6000]]);
    const criterionRows = heatMap([A, B, C], ['1.1', '1.2'], (u) => u.criteria);
    expect(criterionRows.map((r) => [r.unitName, ...r.cells])).toEqual([
      ['Xã A', 8000, 10000],
      ['Xã B', 10000, 6000],
      ['Xã C', 6000, null],
    ]);
  });

  it('a unit’s weakest criteria come first, measured against the group’s pooled index', () => {
    expect(unitWeakCriteria(B, stats).map((g) => [g.code, g.index, g.groupIndex, g.difference, g.loss])).toEqual([
      ['1.2', 6000, 8000, -2000, 200],
      ['1.1', 10000, 8000, 2000, 0],
    ]);
    expect(unitWeakCriteria(C, stats).map((g) => g.code)).toEqual(['1.1']);
  });

  it('no unit: no averages, no share (never a division by zero)', () => {
    expect(componentStats([], (u) => u.criteria)).toEqual([]);
    const none = componentStats([C], (u) => u.criteria)[1];
    expect(none).toMatchObject({ unitCount: 0, averageLoss: null, lossShare: null, index: null });
  });
});

describe('two years side by side across a merge (pure)', () => {
  const X = unit('X', [c('1.1', 1000, 1000, 800)], 8000, 10000, 8000);
  const Y = unit('Y', [c('1.1', 1000, 1000, 400)], 6000, 10000, 6000);
  const M0 = unit('M', [c('1.1', 1000, 1000, 900)], 8500, 10000, 8500);
  const N = { ...unit('N', [c('1.1', 1000, 1000, 700)], 7500, 10000, 7500), predecessorUnitIds: ['X', 'Y'] };
  const M = { ...unit('M', [c('1.1', 1000, 1000, 1000)], 9000, 10000, 9000), predecessorUnitIds: [] };
  const Z = { ...unit('Z', [c('1.1', 1000, 1000, 1000)], 9500, 10000, 9500), predecessorUnitIds: ['gone'] };
  const result = compareYears([N, M, Z], [X, Y, M0]);

  it('a new commune compares with its predecessors’ pooled result; a unit in both years with itself; none otherwise', () => {
    expect(result.units.map((u) => [u.unitName, u.basis, u.baseIndex, u.delta, u.baseUnits.map((b) => b.unitName)])).toEqual([
      ['Xã N', 'PREDECESSORS', 7000, 500, ['Xã X', 'Xã Y']],
      ['Xã M', 'SAME_UNIT', 8500, 500, ['Xã M']],
      ['Xã Z', 'NONE', null, null, []],
    ]);
  });

  it('criteria: now over the current units, then over the matched base units (X, Y, M once each)', () => {
    const [row] = result.criteria;
    expect(row.current).toMatchObject({ unitCount: 3, averagePoints: 900, index: 9000 });
    expect(row.base).toMatchObject({ unitCount: 3, averagePoints: 700, index: 7000 });
    expect(row.delta).toBe(2000);
  });
});

describe('who sees which analysis', () => {
  const base: AnalysisScopeArgs = {
    actorUnitId: 'P',
    signedIn: true,
    provinceUnitId: 'P',
    actorIsProvinceStaff: true,
    yearPublished: false,
    requestedDistrictId: null,
    actorIsDistrictOfYear: false,
    actorAssessorSide: true,
    actorIsProvinceMember: true,
  };
  it('province staff: the province, or one district on request', () => {
    expect(analysisScope(base)).toEqual({ scope: { kind: 'PROVINCE' } });
    expect(analysisScope({ ...base, requestedDistrictId: 'D' })).toEqual({ scope: { kind: 'DISTRICT', districtUnitId: 'D' } });
  });
  it('a district: its communes only, never another district', () => {
    const d = { ...base, actorUnitId: 'D', actorIsProvinceStaff: false, actorIsDistrictOfYear: true };
    expect(analysisScope(d)).toEqual({ scope: { kind: 'DISTRICT', districtUnitId: 'D' } });
    expect(analysisScope({ ...d, requestedDistrictId: 'D2' })).toMatchObject({ refused: 'OTHER_DISTRICT' });
    // The district's own officer or head (an assessed unit): like any unit, nothing before publication.
    const officer = { ...d, actorAssessorSide: false };
    expect(analysisScope(officer)).toMatchObject({ refused: 'UNPUBLISHED' });
    expect(analysisScope({ ...officer, yearPublished: true })).toEqual({ scope: { kind: 'PROVINCE' } });
  });
  it('a unit: nothing before publication, the province after; another province or an app: nothing', () => {
    const u = { ...base, actorUnitId: 'U', actorIsProvinceStaff: false };
    expect(analysisScope(u)).toMatchObject({ refused: 'UNPUBLISHED' });
    expect(analysisScope({ ...u, yearPublished: true })).toEqual({ scope: { kind: 'PROVINCE' } });
    expect(analysisScope({ ...u, yearPublished: true, actorIsProvinceMember: false })).toMatchObject({ refused: 'OTHER_PROVINCE' });
    expect(analysisScope({ ...base, signedIn: false, actorUnitId: null, yearPublished: true })).toMatchObject({ refused: 'NOT_SIGNED_IN' });
    // The province's administrator sitting in Sở Nội vụ is province staff.
    expect(analysisScope({ ...u, actorIsProvinceStaff: true })).toEqual({ scope: { kind: 'PROVINCE' } });
  });
});

describe('annual report figures (pure)', () => {
  const bands = [
    { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 9000, color: '#1B5E20' },
    { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 8000, color: '#43A047' },
    { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: 0, color: '#FDD835' },
  ];
  const row = (index: number | null, code: string | null, ranked = true, area: number | null = index) => ({
    index,
    ranked,
    classificationCode: code,
    areas: [{ code: '1', index: area }],
  });
  it('counts ranked rows only; averages half-up; every band listed, best first', () => {
    const s = summarizeRows([row(9200, 'EXCELLENT'), row(8100, 'GOOD'), row(8150, 'GOOD'), row(9900, 'EXCELLENT', false)], bands);
    expect(s).toMatchObject({ unitCount: 4, rankedCount: 3, averageIndex: 8483, indexSum: 25450 });
    expect(s.distribution).toEqual([
      { code: 'EXCELLENT', count: 1, share: 3333 },
      { code: 'GOOD', count: 2, share: 6667 },
      { code: 'FAIR', count: 0, share: 0 },
    ]);
    expect(
      areaAverages(
        [row(9200, 'EXCELLENT', true, 9000), row(8100, 'GOOD', true, null), row(1, null, false, 0)],
        [{ code: '1', title: 'A' }],
      ),
    ).toEqual([{ code: '1', title: 'A', average: 9000 }]);
  });
  it('the whole report weighs every unit once across groups', () => {
    const a = summarizeRows([row(9000, 'EXCELLENT')], bands);
    const b = summarizeRows([row(8000, 'GOOD'), row(7000, 'FAIR'), row(7001, 'FAIR')], bands);
    const all = combineSummaries([a, b], bands);
    expect(all).toMatchObject({ unitCount: 4, rankedCount: 4, averageIndex: 7750 });
    expect(all.distribution.map((d) => d.count)).toEqual([1, 1, 2]);
    expect(combineSummaries([], bands).averageIndex).toBeNull();
    expect(meanOf([1, null, 2])).toBe(2);
    expect(meanOf([null])).toBeNull();
  });
});

describe('what-if: entries mapped onto a draft set (pure)', () => {
  const node = (id: string, code: string, max: number, extra: Partial<CriteriaNode> = {}): CriteriaNode => ({
    id,
    parentId: code.includes('.') ? `${id.split('-')[0]}-1` : null,
    code,
    title: `Tiêu chí ${code}`,
    maxPoints: max,
    section: 'SCORED',
    allowNotApplicable: false,
    method: code.includes('.') ? 'MANUAL' : null,
    params: code.includes('.') ? {} : null,
    ...extra,
  });
  const current = [
    node('c-1', '1', 3000),
    node('c-1.1', '1.1', 1000, { method: 'YES_NO' }),
    node('c-1.2', '1.2', 1000),
    node('c-1.3', '1.3', 1000, { allowNotApplicable: true }),
  ];
  const draft = [
    node('d-1', '1', 5500),
    node('d-1.1', '1.1', 2000, { method: 'YES_NO' }),
    node('d-1.2', '1.2', 2500),
    node('d-1.4', '1.4', 1000),
  ];
  it('recomputes rule-based leaves from the declared value, scales the others, drops removed leaves', () => {
    const mapped = mapEntries(current, draft, [
      // The appraiser agreed with the rule (10 of 10): the draft rule gives 20.
      { nodeId: 'c-1.1', declaredValue: '1', selfPoints: 1000, round1Points: 1000 },
      // MANUAL 7,5 of 10 → 18,75 of 25; the appraisal 6 of 10 → 15.
      { nodeId: 'c-1.2', selfPoints: 750, round1Points: 600 },
      { nodeId: 'c-1.3', notApplicable: true },
    ]);
    expect(mapped).toEqual([
      { nodeId: 'd-1.1', notApplicable: false, selfPoints: 2000, round1Points: 2000, round2Points: null, surveyPoints: null },
      { nodeId: 'd-1.2', notApplicable: false, selfPoints: 1875, round1Points: 1500, round2Points: null, surveyPoints: null },
    ]);
    // An appraiser who overrode the rule (declared yes, granted 4 of 10) keeps the share: 8 of 20.
    expect(mapEntries(current, draft, [{ nodeId: 'c-1.1', declaredValue: '1', selfPoints: 1000, round1Points: 400 }])[0]).toMatchObject({
      selfPoints: 2000,
      round1Points: 800,
    });
  });
  it('lists removed, added and changed leaves', () => {
    const m = draftMapping(current, draft);
    expect(m.removed.map((l) => l.code)).toEqual(['1.3']);
    expect(m.added.map((l) => l.code)).toEqual(['1.4']);
    expect(m.changed.map((c) => [c.code, c.oldMax, c.newMax])).toEqual([
      ['1.1', 1000, 2000],
      ['1.2', 1000, 2500],
    ]);
  });
  it('simulates index, rank and classification with the draft year’s bands', () => {
    const sheets = [
      {
        unitId: 'u1',
        unitName: 'Xã Một',
        rankable: true,
        entries: [{ nodeId: 'c-1.1', declaredValue: '1', selfPoints: 1000, round1Points: 1000 }],
      },
      { unitId: 'u2', unitName: 'Xã Hai', rankable: true, entries: [{ nodeId: 'c-1.2', selfPoints: 1000, round1Points: 1000 }] },
      { unitId: 'u3', unitName: 'Xã Ba', rankable: false, entries: [] },
    ];
    const out = simulate(current, draft, sheets, { caps: { bonusCap: null, penaltyCap: null }, bands: DEFAULT_BANDS });
    // 20 of 55 = 36,36 %; 25 of 55 = 45,45 %; the third is not appraised: no rank.
    expect(out.map((u) => [u.unitName, u.index, u.rank, u.classificationCode])).toEqual([
      ['Xã Một', 3636, 2, 'WEAK'],
      ['Xã Hai', 4545, 1, 'WEAK'],
      ['Xã Ba', 0, null, 'WEAK'],
    ]);
  });
});
