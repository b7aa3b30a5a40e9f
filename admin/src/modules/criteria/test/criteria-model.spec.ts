import { describe, expect, it } from 'vitest';
import {
  applyOp,
  canMoveTo,
  moveTo,
  siblingPosition,
  computeTotals,
  fromServer,
  setTotals,
  tierCoverage,
  toSaveInput,
  validateDraft,
  type DraftNode,
} from '../composables/criteria-model';

function outline(): DraftNode[] {
  return fromServer([
    {
      id: 'a1',
      parentId: null,
      code: '1',
      title: 'Công tác chỉ đạo',
      maxPoints: 10,
      section: 'SCORED',
      sortOrder: 1,
      allowNotApplicable: false,
    },
    {
      id: 'c11',
      parentId: 'a1',
      code: '1.1',
      title: 'Kế hoạch CCHC',
      maxPoints: 6,
      section: 'SCORED',
      sortOrder: 1,
      method: 'YES_NO',
      params: '{}',
      allowNotApplicable: false,
    },
    {
      id: 'c12',
      parentId: 'a1',
      code: '1.2',
      title: 'Báo cáo',
      maxPoints: 4,
      section: 'SCORED',
      sortOrder: 2,
      method: 'YES_NO',
      params: '{}',
      allowNotApplicable: false,
    },
    {
      id: 'a2',
      parentId: null,
      code: '2',
      title: 'Điều tra xã hội học',
      maxPoints: 90,
      section: 'SURVEY',
      sortOrder: 2,
      method: 'SURVEY',
      params: '{"basis":"PERCENT"}',
      allowNotApplicable: false,
    },
  ]);
}
const shape = (ns: DraftNode[]) => ns.map((n) => `${'  '.repeat(n.depth - 1)}${n.code} ${n.title}`);

describe('criteria outline', () => {
  it('loads parents before children with depths', () => {
    expect(shape(outline())).toEqual(['1 Công tác chỉ đạo', '  1.1 Kế hoạch CCHC', '  1.2 Báo cáo', '2 Điều tra xã hội học']);
  });

  it('adds a child (the parent loses its method) and a sibling, renumbering codes', () => {
    const ns = outline();
    applyOp(ns, 1, 'addChild');
    expect(ns[1]!.method).toBeNull();
    expect(ns[2]).toMatchObject({ code: '1.1.1', depth: 3, section: 'SCORED' });
    applyOp(ns, 3, 'addSibling');
    expect(ns.map((n) => n.code)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.3', '2']);
  });

  it('moves a node before or after a sibling (drag and drop), never into another parent', () => {
    const ns = outline();
    expect(canMoveTo(ns, 2, 1)).toBe(true);
    expect(canMoveTo(ns, 1, 1)).toBe(false);
    expect(canMoveTo(ns, 1, 0)).toBe(false); // onto its parent
    expect(canMoveTo(ns, 1, 3)).toBe(false); // onto an area
    expect(moveTo(ns, 1, 3, 'after')).toBeNull();
    expect(moveTo(ns, 2, 1, 'before')).toBe('c12');
    expect(shape(ns)).toEqual(['1 Công tác chỉ đạo', '  1.1 Báo cáo', '  1.2 Kế hoạch CCHC', '2 Điều tra xã hội học']);
    expect(siblingPosition(ns, 1)).toEqual({ position: 0, count: 2 });
    expect(siblingPosition(ns, 3)).toEqual({ position: 1, count: 2 });
    // An area moves with its subtree; the survey part becomes area 1.
    expect(moveTo(ns, 0, 3, 'after')).toBe('a1');
    expect(shape(ns)).toEqual(['1 Điều tra xã hội học', '2 Công tác chỉ đạo', '  2.1 Báo cáo', '  2.2 Kế hoạch CCHC']);
    expect(moveTo(ns, 1, 0, 'before')).toBe('a1');
    expect(ns.map((n) => n.code)).toEqual(['1', '1.1', '1.2', '2']);
    // The save payload follows the new order (parents derived from the codes).
    // Each saved node carries its id, so the server keeps it the same node under its new code.
    expect(toSaveInput(ns).map((n) => `${n.id} ${n.code} ${n.title}`)).toEqual([
      'a1 1 Công tác chỉ đạo',
      'c12 1.1 Báo cáo',
      'c11 1.2 Kế hoạch CCHC',
      'a2 2 Điều tra xã hội học',
    ]);
    applyOp(ns, 2, 'addSibling');
    expect(toSaveInput(ns)[3]).toMatchObject({ id: null, code: '1.3' });
  });

  it('indents under the previous sibling and outdents back after the parent', () => {
    const ns = outline();
    applyOp(ns, 2, 'indent'); // 1.2 → 1.1.1
    expect(shape(ns)).toEqual(['1 Công tác chỉ đạo', '  1.1 Kế hoạch CCHC', '    1.1.1 Báo cáo', '2 Điều tra xã hội học']);
    expect(ns[1]!.method).toBeNull();
    applyOp(ns, 2, 'outdent');
    expect(shape(ns)).toEqual(['1 Công tác chỉ đạo', '  1.1 Kế hoạch CCHC', '  1.2 Báo cáo', '2 Điều tra xã hội học']);
  });

  it('moves a node with its subtree and deletes a subtree', () => {
    const ns = outline();
    applyOp(ns, 2, 'moveUp');
    expect(ns.map((n) => n.title)).toEqual(['Công tác chỉ đạo', 'Báo cáo', 'Kế hoạch CCHC', 'Điều tra xã hội học']);
    expect(ns.map((n) => n.code)).toEqual(['1', '1.1', '1.2', '2']);
    applyOp(ns, 0, 'remove');
    expect(shape(ns)).toEqual(['1 Điều tra xã hội học']);
  });

  it('computes live sums in hundredths and flags children that do not add up', () => {
    const ns = outline();
    expect(computeTotals(ns)[0]).toMatchObject({ max: 1000, childSum: 1000, mismatch: false });
    ns[2]!.maxPoints = '4,25';
    expect(computeTotals(ns)[0]).toMatchObject({ childSum: 1025, mismatch: true });
    expect(validateDraft(ns, 10000).some((i) => i.code === 'CHILDREN_SUM_MISMATCH' && i.nodeCode === '1')).toBe(true);
    expect(setTotals(ns)).toMatchObject({ scored: 1000, survey: 9000, total: 10000 });
  });

  it('saves in outline order with decimal points and JSON params', () => {
    const ns = outline();
    ns[1]!.maxPoints = '5,5';
    const input = toSaveInput(ns);
    expect(input.map((n) => n.code)).toEqual(['1', '1.1', '1.2', '2']);
    expect(input[1]).toMatchObject({ maxPoints: 5.5, method: 'YES_NO', params: '{}' });
    expect(input[0]).toMatchObject({ method: null, params: null });
  });
});

describe('ratio tiers coverage', () => {
  it('accepts the typical tiers (0–80, 80–100, 100–100)', () => {
    const c = tierCoverage([
      { fromPercent: '0', toPercent: '80', sharePercent: '0' },
      { fromPercent: '80', toPercent: '100', sharePercent: '50' },
      { fromPercent: '100', toPercent: '100', sharePercent: '100' },
    ]);
    expect(c.ok).toBe(true);
  });
  it('finds gaps and overlaps', () => {
    const c = tierCoverage([
      { fromPercent: '0', toPercent: '50' },
      { fromPercent: '60', toPercent: '90' },
      { fromPercent: '85', toPercent: '100' },
    ]);
    expect(c.gaps).toEqual([{ from: 50, to: 60 }]);
    expect(c.overlaps).toEqual([{ from: 85, to: 90 }]);
    expect(c.ok).toBe(false);
  });
  it('reports reversed bounds', () => {
    expect(tierCoverage([{ fromPercent: '90', toPercent: '10' }]).invalidRows).toEqual([1]);
  });
});
