import { describe, it, expect } from 'vitest';
import {
  buildCriteriaTree,
  childCode,
  compareCodes,
  hasBlockingIssues,
  isCodeWithin,
  kindOfDepth,
  leavesOf,
  parentCode,
  renumberCodes,
  validateCriteriaSet,
  type CriteriaNode,
} from './criteria-tree';

function n(partial: Partial<CriteriaNode> & Pick<CriteriaNode, 'id' | 'code' | 'maxPoints'>): CriteriaNode {
  return {
    parentId: null,
    title: `Tiêu chí ${partial.code}`,
    section: 'SCORED',
    allowNotApplicable: false,
    ...partial,
  };
}

/** A valid 100-point set: area 1 (60) with 1.1 (40 = 1.1.1 25 + 1.1.2 15) and 1.2 (20); survey 2 (40); bonus block. */
function validSet(): CriteriaNode[] {
  return [
    n({ id: 'a1', code: '1', maxPoints: 6000 }),
    n({ id: 'c11', parentId: 'a1', code: '1.1', maxPoints: 4000 }),
    n({ id: 's111', parentId: 'c11', code: '1.1.1', maxPoints: 2500, method: 'YES_NO', params: {} }),
    n({ id: 's112', parentId: 'c11', code: '1.1.2', maxPoints: 1500, method: 'COUNT', params: { pointsPerItem: 500 } }),
    n({ id: 'c12', parentId: 'a1', code: '1.2', maxPoints: 2000, method: 'MANUAL', params: {} }),
    n({ id: 'a2', code: '2', maxPoints: 4000, section: 'SURVEY' }),
    n({ id: 'c21', parentId: 'a2', code: '2.1', maxPoints: 4000, section: 'SURVEY', method: 'SURVEY', params: { basis: 'PERCENT' } }),
    n({ id: 'b', code: 'T', maxPoints: 300, section: 'BONUS' }),
    // bonus items need not add up to the block
    n({ id: 'b1', parentId: 'b', code: 'T.1', maxPoints: 200, section: 'BONUS', method: 'YES_NO', params: {} }),
    n({ id: 'b2', parentId: 'b', code: 'T.2', maxPoints: 200, section: 'BONUS', method: 'YES_NO', params: {} }),
  ];
}

describe('codes', () => {
  it('numbering helpers', () => {
    expect(childCode(null, 3)).toBe('3');
    expect(childCode('1.2', 3)).toBe('1.2.3');
    expect(parentCode('1.2.3')).toBe('1.2');
    expect(parentCode('1')).toBeNull();
    expect(isCodeWithin('1.2.3', '1')).toBe(true);
    expect(isCodeWithin('1.2', '1.2')).toBe(true);
    expect(isCodeWithin('1.10', '1.1')).toBe(false);
    expect(isCodeWithin('1', '1.1')).toBe(false);
  });
  it('natural order: 1.2 < 1.10 < 2', () => {
    expect(['2', '1.10', '1.2', '1', '10', '1.2.1'].sort(compareCodes)).toEqual(['1', '1.2', '1.2.1', '1.10', '2', '10']);
  });
  it('kind by depth', () => {
    expect([1, 2, 3, 4, 5].map(kindOfDepth)).toEqual(['AREA', 'CRITERION', 'SUB_CRITERION', 'DETAIL', 'DETAIL']);
  });
  it('renumberCodes follows sortOrder', () => {
    const nodes = [
      n({ id: 'x', code: '9', maxPoints: 100, sortOrder: 2 }),
      n({ id: 'y', code: '7', maxPoints: 100, sortOrder: 1 }),
      n({ id: 'y1', parentId: 'y', code: '7.4', maxPoints: 100 }),
    ];
    expect(Object.fromEntries(renumberCodes(nodes))).toEqual({ y: '1', y1: '1.1', x: '2' });
  });
});

describe('buildCriteriaTree', () => {
  it('builds depth, kinds and ordered children', () => {
    const tree = buildCriteriaTree([...validSet()].reverse());
    expect(tree.issues).toEqual([]);
    expect(tree.roots.map((r) => r.node.code)).toEqual(['1', '2', 'T']);
    const c11 = tree.byId.get('c11')!;
    expect(c11.depth).toBe(2);
    expect(c11.kind).toBe('CRITERION');
    expect(c11.children.map((c) => c.node.code)).toEqual(['1.1.1', '1.1.2']);
    expect(tree.byId.get('s111')!.parent!.node.id).toBe('c11');
    expect(leavesOf(tree.roots[0]!).map((l) => l.node.code)).toEqual(['1.1.1', '1.1.2', '1.2']);
  });
  it('reports orphans, cycles and duplicate ids and leaves them out', () => {
    const tree = buildCriteriaTree([
      n({ id: 'a', code: '1', maxPoints: 100 }),
      n({ id: 'a', code: '1bis', maxPoints: 100 }),
      n({ id: 'o', parentId: 'missing', code: '5', maxPoints: 100 }),
      n({ id: 'p', parentId: 'q', code: '6', maxPoints: 100 }),
      n({ id: 'q', parentId: 'p', code: '7', maxPoints: 100 }),
      n({ id: 's', parentId: 's', code: '8', maxPoints: 100 }),
    ]);
    expect(tree.issues.map((i) => `${i.code}:${i.nodeCode}`).sort()).toEqual(
      ['CYCLE:6', 'CYCLE:7', 'CYCLE:8', 'DUPLICATE_ID:1bis', 'MISSING_PARENT:5'].sort(),
    );
    expect([...tree.byId.keys()]).toEqual(['a']);
  });
});

describe('validateCriteriaSet', () => {
  const codesOf = (nodes: CriteriaNode[], total = 10_000) =>
    validateCriteriaSet(nodes, { total }).map((i) => `${i.code}:${i.nodeCode ?? '-'}`);

  it('a valid set has no issue', () => {
    expect(validateCriteriaSet(validSet(), { total: 10_000 })).toEqual([]);
  });

  it('children not adding up to the parent', () => {
    const nodes = validSet().map((x) => (x.id === 's112' ? { ...x, maxPoints: 1400 } : x));
    const issues = validateCriteriaSet(nodes, { total: 10_000 });
    const sum = issues.find((i) => i.code === 'CHILDREN_SUM_MISMATCH')!;
    expect(sum.nodeCode).toBe('1.1');
    expect(sum.vi).toBe('Tổng điểm tối đa các tiêu chí con của 1.1 (39,00) khác điểm tối đa của 1.1 (40,00)');
    expect(sum.severity).toBe('ERROR');
  });

  it('set not adding up to the total (scored + survey)', () => {
    const issues = validateCriteriaSet(validSet(), { total: 9_000 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('TOTAL_MISMATCH');
    expect(issues[0]!.nodeCode).toBeNull();
    expect(issues[0]!.vi).toContain('100,00, phải bằng 90,00');
  });

  it('duplicate codes, leaf without method, bad params, method on inner node', () => {
    const nodes = validSet().map((x) => {
      if (x.id === 's112') return { ...x, code: '1.1.1' };
      if (x.id === 'c12') return { ...x, method: null };
      if (x.id === 's111') return { ...x, method: 'COUNT' as const, params: { pointsPerItem: 0 } };
      if (x.id === 'c11') return { ...x, method: 'YES_NO' as const };
      return x;
    });
    expect(codesOf(nodes).sort()).toEqual(
      ['BAD_METHOD_PARAMS:1.1.1', 'DUPLICATE_CODE:1.1.1', 'LEAF_WITHOUT_METHOD:1.2', 'METHOD_ON_INNER_NODE:1.1'].sort(),
    );
  });

  it('survey method only in the survey section, and required there', () => {
    const nodes = validSet().map((x) => {
      if (x.id === 'c21') return { ...x, method: 'MANUAL' as const, params: {} };
      if (x.id === 'c12') return { ...x, method: 'SURVEY' as const, params: { basis: 'POINTS' } };
      return x;
    });
    expect(codesOf(nodes).sort()).toEqual(['SURVEY_METHOD_MISMATCH:1.2', 'SURVEY_METHOD_MISMATCH:2.1']);
  });

  it('section mismatch, bad max points, code not under parent (warning only)', () => {
    const nodes = validSet().map((x) => {
      if (x.id === 'c12') return { ...x, code: '3.9' };
      if (x.id === 's111') return { ...x, section: 'BONUS' as const };
      if (x.id === 'b1') return { ...x, maxPoints: -1 };
      return x;
    });
    const issues = validateCriteriaSet(nodes, { total: 10_000 });
    expect(issues.map((i) => `${i.code}:${i.nodeCode}:${i.severity}`).sort()).toEqual(
      ['BAD_MAX_POINTS:T.1:ERROR', 'CODE_NOT_UNDER_PARENT:3.9:WARNING', 'SECTION_MISMATCH:1.1.1:ERROR'].sort(),
    );
    expect(hasBlockingIssues(issues)).toBe(true);
    expect(hasBlockingIssues(issues.filter((i) => i.severity === 'WARNING'))).toBe(false);
  });

  it('structural issues from building are included; empty code reported', () => {
    const nodes = [...validSet(), n({ id: 'z', parentId: 'nope', code: '', maxPoints: 0 })];
    expect(codesOf(nodes).sort()).toEqual(['EMPTY_CODE:-', 'MISSING_PARENT:-']);
  });
});
