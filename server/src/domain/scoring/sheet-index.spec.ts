import { describe, it, expect } from 'vitest';
import type { CriteriaNode } from './criteria-tree';
import { buildCriteriaTree, validateCriteriaSet } from './criteria-tree';
import { computeSheetResult, entryPoints, indexOf, type SheetEntry } from './sheet-index';

function n(p: Partial<CriteriaNode> & Pick<CriteriaNode, 'id' | 'code' | 'maxPoints'>): CriteriaNode {
  return { parentId: null, title: p.code, section: 'SCORED', allowNotApplicable: false, method: 'MANUAL', params: {}, ...p };
}

/*
 * Set of 100 points:
 *   1 (20.00)  1.1 (8.00) · 1.2 (7.00 = 1.2.1 4.00 + 1.2.2 3.00, N/A allowed) · 1.3 (5.00, N/A allowed)
 *   2 (45.00)  2.1 (25.00) · 2.2 (20.00)
 *   3 survey (35.00)  3.1 (20.00) · 3.2 (15.00)
 *   T bonus block: T.1 (2.00), T.2 (2.00)      P penalty block: P.1 (3.00), P.2 (3.00)
 */
const NODES: CriteriaNode[] = [
  n({ id: 'a1', code: '1', maxPoints: 2000, method: null }),
  n({ id: '1.1', parentId: 'a1', code: '1.1', maxPoints: 800 }),
  n({ id: '1.2', parentId: 'a1', code: '1.2', maxPoints: 700, method: null, allowNotApplicable: true }),
  n({ id: '1.2.1', parentId: '1.2', code: '1.2.1', maxPoints: 400, method: 'YES_NO' }),
  n({ id: '1.2.2', parentId: '1.2', code: '1.2.2', maxPoints: 300, allowNotApplicable: true }),
  n({ id: '1.3', parentId: 'a1', code: '1.3', maxPoints: 500, allowNotApplicable: true }),
  n({ id: 'a2', code: '2', maxPoints: 4500, method: null }),
  n({ id: '2.1', parentId: 'a2', code: '2.1', maxPoints: 2500 }),
  n({ id: '2.2', parentId: 'a2', code: '2.2', maxPoints: 2000 }),
  n({ id: 'a3', code: '3', maxPoints: 3500, section: 'SURVEY', method: null }),
  n({ id: '3.1', parentId: 'a3', code: '3.1', maxPoints: 2000, section: 'SURVEY', method: 'SURVEY', params: { basis: 'PERCENT' } }),
  n({ id: '3.2', parentId: 'a3', code: '3.2', maxPoints: 1500, section: 'SURVEY', method: 'SURVEY', params: { basis: 'PERCENT' } }),
  n({ id: 'T', code: 'T', maxPoints: 300, section: 'BONUS', method: null }),
  n({ id: 'T.1', parentId: 'T', code: 'T.1', maxPoints: 200, section: 'BONUS' }),
  n({ id: 'T.2', parentId: 'T', code: 'T.2', maxPoints: 200, section: 'BONUS' }),
  n({ id: 'P', code: 'P', maxPoints: 500, section: 'PENALTY', method: null }),
  n({ id: 'P.1', parentId: 'P', code: 'P.1', maxPoints: 300, section: 'PENALTY' }),
  n({ id: 'P.2', parentId: 'P', code: 'P.2', maxPoints: 300, section: 'PENALTY' }),
];

const ENTRIES: SheetEntry[] = [
  { nodeId: '1.1', selfPoints: 800, round1Points: 750 },
  { nodeId: '1.2.1', selfPoints: 400, round1Points: 400 },
  { nodeId: '1.2.2', notApplicable: true },
  { nodeId: '1.3', selfPoints: 500, round1Points: 375, round2Points: 450 },
  { nodeId: '2.1', selfPoints: 2500, round1Points: 2033 },
  { nodeId: '2.2', selfPoints: 2000, round1Points: 1800 },
  { nodeId: '3.1', surveyPoints: 1725 },
  { nodeId: '3.2', surveyPoints: 1286 },
  { nodeId: 'T.1', selfPoints: 200, round1Points: 200 },
  { nodeId: 'T.2', selfPoints: 200, round1Points: 150 },
  { nodeId: 'P.1', selfPoints: 0, round1Points: 100 },
  { nodeId: 'P.2', round1Points: 50 },
];
const CAPS = { bonusCap: 300, penaltyCap: 100 };

describe('entryPoints / indexOf', () => {
  it('final = last appraisal round present; self only on request', () => {
    expect(entryPoints({ nodeId: 'x', selfPoints: 1, round1Points: 2, round2Points: 3 }, 'FINAL')).toBe(3);
    expect(entryPoints({ nodeId: 'x', selfPoints: 1, round1Points: 2 }, 'FINAL')).toBe(2);
    expect(entryPoints({ nodeId: 'x', selfPoints: 1, round1Points: 0, round2Points: null }, 'FINAL')).toBe(0);
    expect(entryPoints({ nodeId: 'x', selfPoints: 1 }, 'FINAL')).toBeNull(); // no fallback to self
    expect(entryPoints({ nodeId: 'x', selfPoints: 1, round1Points: 2 }, 'SELF')).toBe(1);
    expect(entryPoints(undefined, 'FINAL')).toBeNull();
  });
  it('index is null without an applicable maximum', () => {
    expect(indexOf(0, 0)).toBeNull();
    expect(indexOf(200, 300)).toBe(6667); // 66.67 %
  });
});

describe('computeSheetResult — hand-computed sheet', () => {
  it('fixture is a valid 100-point set', () => {
    expect(validateCriteriaSet(NODES, { total: 10_000 })).toEqual([]);
  });

  const r = computeSheetResult(NODES, ENTRIES, CAPS);

  it('final (appraised) totals and index, exact to 2 decimals', () => {
    // scored  = 7.50 (1.1 r1) + 4.00 (1.2.1 r1) + 4.50 (1.3 r2) + 20.33 (2.1) + 18.00 (2.2) = 54.33
    // survey  = 17.25 + 12.86                                                             = 30.11
    // bonus   = min(2.00 + 1.50, cap 3.00)                                                 =  3.00
    // penalty = min(1.00 + 0.50, cap 1.00)                                                 =  1.00
    // total   = 54.33 + 30.11 + 3.00 − 1.00                                                = 86.44
    // max     = 100 − 3.00 (1.2.2 not applicable)                                          = 97.00
    // index   = 86.44 / 97.00 × 100 = 89.1134… → 89.11
    expect(r.maxApplicable).toBe(9700);
    expect(r.final).toEqual({
      scored: 5433,
      survey: 3011,
      bonusRaw: 350,
      bonus: 300,
      penaltyRaw: 150,
      penalty: 100,
      total: 8644,
      index: 8911,
    });
    expect(r.index).toBe(8911);
  });

  it('self-assessed totals, index and the gap', () => {
    // scored = 8.00 + 4.00 + 5.00 + 25.00 + 20.00 = 62.00; survey 30.11 (imported, same in both)
    // bonus = min(4.00, 3.00) = 3.00; penalty = 0 → total 95.11; 95.11 / 97 = 98.0515… → 98.05
    expect(r.self).toEqual({ scored: 6200, survey: 3011, bonusRaw: 400, bonus: 300, penaltyRaw: 0, penalty: 0, total: 9511, index: 9805 });
    expect(r.selfIndex).toBe(9805);
    // gap = 95.11 − 86.44 = 8.67 points; 98.05 − 89.11 = 8.94 index points
    expect(r.gap).toEqual({ points: 867, index: 894 });
  });

  it('component indices per area and per criterion', () => {
    // area 1: 16.00 / 17.00 = 94.1176… → 94.12 ; area 2: 38.33 / 45 = 85.1777… → 85.18 ; survey 30.11 / 35 = 86.0285… → 86.03
    expect(r.areas.map((a) => [a.code, a.maxApplicable, a.finalPoints, a.index, a.selfIndex])).toEqual([
      ['1', 1700, 1600, 9412, 10000],
      ['2', 4500, 3833, 8518, 10000],
      ['3', 3500, 3011, 8603, 8603],
    ]);
    expect(r.criteria.map((c) => [c.code, c.maxApplicable, c.finalPoints, c.index])).toEqual([
      ['1.1', 800, 750, 9375],
      ['1.2', 400, 400, 10000], // 1.2.2 not applicable: max 7.00 → 4.00
      ['1.3', 500, 450, 9000],
      ['2.1', 2500, 2033, 8132], // 81.32 exactly
      ['2.2', 2000, 1800, 9000],
      ['3.1', 2000, 1725, 8625],
      ['3.2', 1500, 1286, 8573], // 85.7333… → 85.73
    ]);
  });

  it('node details: not applicable, deducted points', () => {
    const na = r.nodes.get('1.2.2')!;
    expect(na).toMatchObject({ notApplicable: true, maxPoints: 300, maxApplicable: 0, finalPoints: 0, index: null });
    expect(r.nodes.get('1.1')!.deductedPoints).toBe(50);
    expect(r.nodes.get('a2')!.deductedPoints).toBe(667);
  });

  it('progress and no issues', () => {
    expect(r.progress).toEqual({ total: 10, selfFilled: 9, appraised: 10, surveyTotal: 2, surveyFilled: 2 });
    expect(r.issues).toEqual([]);
  });

  it('accepts a prebuilt tree with the same result', () => {
    const again = computeSheetResult(buildCriteriaTree(NODES), ENTRIES, CAPS);
    expect(again.final).toEqual(r.final);
    expect(again.areas).toEqual(r.areas);
  });
});

describe('computeSheetResult — rules', () => {
  const scoredOnly: CriteriaNode[] = [
    n({ id: 'a', code: '1', maxPoints: 1000, method: null, allowNotApplicable: true }),
    n({ id: 'x', parentId: 'a', code: '1.1', maxPoints: 600 }),
    n({ id: 'y', parentId: 'a', code: '1.2', maxPoints: 400, allowNotApplicable: false }),
    n({ id: 'b', code: '2', maxPoints: 300 }),
  ];

  it('not applicable lowers the maximum (and the points) — index rises accordingly', () => {
    const base = computeSheetResult(
      scoredOnly,
      [
        { nodeId: 'x', round1Points: 600 },
        { nodeId: 'b', round1Points: 300 },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    // 9.00 / 13.00 = 69.2307… → 69.23
    expect(base.index).toBe(6923);
    const na = computeSheetResult(
      [...scoredOnly.slice(0, 2), { ...scoredOnly[2]!, allowNotApplicable: true }, scoredOnly[3]!],
      [
        { nodeId: 'x', round1Points: 600 },
        { nodeId: 'b', round1Points: 300 },
        { nodeId: 'y', notApplicable: true },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    // 9.00 / 9.00
    expect(na.maxApplicable).toBe(900);
    expect(na.index).toBe(10000);
  });

  it('not applicable is ignored (and reported) where the node does not allow it', () => {
    const r = computeSheetResult(scoredOnly, [{ nodeId: 'y', notApplicable: true, round1Points: 100 }], {
      bonusCap: null,
      penaltyCap: null,
    });
    expect(r.maxApplicable).toBe(1300);
    expect(r.final.total).toBe(100);
    expect(r.issues.map((i) => [i.code, i.nodeCode])).toEqual([['NOT_APPLICABLE_NOT_ALLOWED', '1.2']]);
  });

  it('not applicable on an inner node removes its whole subtree', () => {
    const r = computeSheetResult(
      scoredOnly,
      [
        { nodeId: 'a', notApplicable: true },
        { nodeId: 'x', round1Points: 600 },
        { nodeId: 'b', round1Points: 150 },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    expect(r.maxApplicable).toBe(300);
    expect(r.final.total).toBe(150);
    expect(r.index).toBe(5000);
    expect(r.issues).toEqual([]); // 'y' forbids N/A itself, but its area is N/A as a whole
    expect(r.nodes.get('y')!.notApplicable).toBe(true);
  });

  it('everything not applicable → index null', () => {
    const r = computeSheetResult(
      [n({ id: 'a', code: '1', maxPoints: 100, allowNotApplicable: true })],
      [{ nodeId: 'a', notApplicable: true }],
      { bonusCap: null, penaltyCap: null },
    );
    expect(r.index).toBeNull();
    expect(r.gap.index).toBeNull();
  });

  it('bonus within cap, penalty within cap, and no cap', () => {
    const nodes = [
      n({ id: 'a', code: '1', maxPoints: 1000 }),
      n({ id: 't', code: 'T', maxPoints: 500, section: 'BONUS' }),
      n({ id: 'p', code: 'P', maxPoints: 500, section: 'PENALTY' }),
    ];
    const entries = [
      { nodeId: 'a', round1Points: 800 },
      { nodeId: 't', round1Points: 400 },
      { nodeId: 'p', round1Points: 300 },
    ];
    const capped = computeSheetResult(nodes, entries, { bonusCap: 200, penaltyCap: 250 });
    expect(capped.final).toMatchObject({ bonus: 200, penalty: 250, total: 750, index: 7500 });
    const uncapped = computeSheetResult(nodes, entries, { bonusCap: null, penaltyCap: null });
    expect(uncapped.final).toMatchObject({ bonus: 400, penalty: 300, total: 900, index: 9000 });
    const exactlyAtCap = computeSheetResult(nodes, entries, { bonusCap: 400, penaltyCap: 300 });
    expect(exactlyAtCap.final).toMatchObject({ bonus: 400, penalty: 300 });
    // bonus may take the index above 100 % — the formula has no ceiling
    const over = computeSheetResult(
      nodes,
      [
        { nodeId: 'a', round1Points: 1000 },
        { nodeId: 't', round1Points: 100 },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    expect(over.index).toBe(11000);
  });

  it('a penalty larger than everything earned leaves 0, never negative', () => {
    const nodes = [n({ id: 'a', code: '1', maxPoints: 1000 }), n({ id: 'p', code: 'P', maxPoints: 500, section: 'PENALTY' })];
    const r = computeSheetResult(
      nodes,
      [
        { nodeId: 'a', round1Points: 100 },
        { nodeId: 'p', round1Points: 500 },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    expect(r.final.total).toBe(0);
    expect(r.index).toBe(0);
  });

  it('documented semantics: bonus lifts the index past 100 by at most the cap; a penalty is taken from the bonus too and floors at 0', () => {
    const nodes = [
      n({ id: 'a', code: '1', maxPoints: 10000 }),
      n({ id: 't', code: 'T', maxPoints: 300, section: 'BONUS' }),
      n({ id: 'p', code: 'P', maxPoints: 500, section: 'PENALTY' }),
    ];
    const full = { nodeId: 'a', round1Points: 10000 };
    // 100 + min(3, cap 1.5) = 101.5 %: the cap is the one ceiling; areas stay at 100 %.
    const over = computeSheetResult(nodes, [full, { nodeId: 't', round1Points: 300 }], { bonusCap: 150, penaltyCap: null });
    expect(over.final).toMatchObject({ bonusRaw: 300, bonus: 150, total: 10150, index: 10150 });
    expect(over.areas.map((a) => a.index)).toEqual([10000]);
    // Nothing earned but 1.5 bonus, 5 penalty: the penalty eats the bonus and the total stops at 0.
    const under = computeSheetResult(
      nodes,
      [
        { nodeId: 'a', round1Points: 0 },
        { nodeId: 't', round1Points: 150 },
        { nodeId: 'p', round1Points: 500 },
      ],
      { bonusCap: 150, penaltyCap: null },
    );
    expect(under.final).toMatchObject({ bonus: 150, penalty: 500, total: 0, index: 0 });
    expect(under.gap.points).toBe(0);
  });

  it('half-up on the sheet index: 69.86 / 80 = 87.325 % → 87.33', () => {
    const r = computeSheetResult([n({ id: 'a', code: '1', maxPoints: 8000 })], [{ nodeId: 'a', round1Points: 6986 }], {
      bonusCap: null,
      penaltyCap: null,
    });
    expect(r.index).toBe(8733);
  });

  it('no appraisal yet: final 0, self index from self points, appraisal progress 0', () => {
    const r = computeSheetResult(scoredOnly, [{ nodeId: 'x', selfPoints: 500 }], { bonusCap: null, penaltyCap: null });
    expect(r.final.total).toBe(0);
    expect(r.self.total).toBe(500);
    expect(r.selfIndex).toBe(3846); // 5 / 13 = 38.4615… → 38.46
    expect(r.progress).toMatchObject({ total: 3, selfFilled: 1, appraised: 0 });
  });

  it('out-of-range points are clamped and reported; unknown nodes reported', () => {
    const r = computeSheetResult(
      scoredOnly,
      [
        { nodeId: 'x', round1Points: 700 },
        { nodeId: 'b', round1Points: -5 },
        { nodeId: 'ghost', round1Points: 1 },
      ],
      { bonusCap: null, penaltyCap: null },
    );
    expect(r.final.total).toBe(600);
    expect(r.issues.map((i) => i.code).sort()).toEqual(['POINTS_OUT_OF_RANGE', 'POINTS_OUT_OF_RANGE', 'UNKNOWN_NODE']);
  });
});
