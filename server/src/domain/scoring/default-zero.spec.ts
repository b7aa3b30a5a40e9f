import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CriteriaNode, CriteriaSection } from './criteria-tree';
import { appraisalDefaulted, leafDefaultsToZero, selfDefaulted, unfilledLeaves, type LeafFill } from './default-zero';
import { computeSheetResult, entryPoints, type SheetEntry } from './sheet-index';

const ON = { bonusPenaltyDefaultZero: true };
const OFF = { bonusPenaltyDefaultZero: false };

function leaf(id: string, section: CriteriaSection, extra: Partial<CriteriaNode> = {}): CriteriaNode {
  return { id, parentId: null, code: id, title: id, maxPoints: 200, section, allowNotApplicable: false, method: 'MANUAL', ...extra };
}

describe('leafDefaultsToZero', () => {
  it('applies to bonus and penalty leaves of a set with the rule, never to scored, survey or assessor-entered leaves', () => {
    expect(leafDefaultsToZero(leaf('t', 'BONUS'), ON)).toBe(true);
    expect(leafDefaultsToZero(leaf('p', 'PENALTY'), ON)).toBe(true);
    expect(leafDefaultsToZero(leaf('s', 'SCORED'), ON)).toBe(false);
    expect(leafDefaultsToZero(leaf('v', 'SURVEY', { method: 'SURVEY' }), ON)).toBe(false);
    expect(leafDefaultsToZero(leaf('d', 'PENALTY', { enteredByAssessor: true }), ON)).toBe(false);
    expect(leafDefaultsToZero(leaf('t', 'BONUS'), OFF)).toBe(false);
  });

  it('stands at the default only until someone enters a value', () => {
    const t = leaf('t', 'BONUS');
    expect(selfDefaulted(t, undefined, ON)).toBe(true);
    expect(selfDefaulted(t, { selfPoints: null }, ON)).toBe(true);
    expect(selfDefaulted(t, { selfPoints: 0 }, ON)).toBe(false);
    expect(appraisalDefaulted(t, undefined, ON)).toBe(true);
    // The unit claimed a bonus: the appraiser has to appraise it.
    expect(appraisalDefaulted(t, { selfPoints: 150 }, ON)).toBe(false);
    // The appraiser imposed points on an empty leaf: no longer the default.
    expect(appraisalDefaulted(t, { finalPoints: 100 }, ON)).toBe(false);
  });
});

describe('unfilledLeaves', () => {
  const leaves = [
    leaf('1.1', 'SCORED'),
    leaf('1.2', 'SCORED', { allowNotApplicable: true }),
    leaf('3.1', 'SURVEY', { method: 'SURVEY' }),
    leaf('T.1', 'BONUS'),
    leaf('P.1', 'PENALTY'),
    leaf('P.2', 'PENALTY', { enteredByAssessor: true }),
  ];
  const fills = new Map<string, LeafFill>([['1.2', { notApplicable: true }]]);

  it('lists the empty bonus and penalty leaves only when the set has no default', () => {
    expect(unfilledLeaves(leaves, (id) => fills.get(id), 'SELF', OFF).map((l) => l.id)).toEqual(['1.1', 'T.1', 'P.1']);
    expect(unfilledLeaves(leaves, (id) => fills.get(id), 'SELF', ON).map((l) => l.id)).toEqual(['1.1']);
    expect(unfilledLeaves(leaves, (id) => fills.get(id), 'APPRAISAL', ON).map((l) => l.id)).toEqual(['1.1']);
  });

  it('asks the appraiser for a bonus the unit claimed even with the default', () => {
    const claimed = new Map<string, LeafFill>([['T.1', { selfPoints: 200 }]]);
    expect(unfilledLeaves(leaves, (id) => claimed.get(id) ?? fills.get(id), 'APPRAISAL', ON).map((l) => l.id)).toEqual(['1.1', 'T.1']);
  });

  // Random sheets: a leaf of any section, filled or not, with or without appraisal.
  const arbLeaf = fc.record({
    section: fc.constantFrom<CriteriaSection>('SCORED', 'SURVEY', 'BONUS', 'PENALTY'),
    enteredByAssessor: fc.boolean(),
    allowNotApplicable: fc.boolean(),
    notApplicable: fc.boolean(),
    selfPoints: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    finalPoints: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  });
  const sheets = fc.array(arbLeaf, { maxLength: 25 }).map((rows) =>
    rows.map((r, i) => ({
      node: leaf(`L${i}`, r.section, {
        enteredByAssessor: r.enteredByAssessor,
        allowNotApplicable: r.allowNotApplicable,
        method: r.section === 'SURVEY' ? 'SURVEY' : 'MANUAL',
      }),
      fill: { notApplicable: r.notApplicable, selfPoints: r.selfPoints, finalPoints: r.finalPoints } as LeafFill,
    })),
  );

  it('with the default on never lists a bonus or penalty leaf the unit left empty, and otherwise lists what it lists without it', () => {
    fc.assert(
      fc.property(sheets, fc.constantFrom<'SELF' | 'APPRAISAL'>('SELF', 'APPRAISAL'), (rows, step) => {
        const fillOf = (id: string) => rows.find((r) => r.node.id === id)?.fill;
        const nodes = rows.map((r) => r.node);
        const on = unfilledLeaves(nodes, fillOf, step, ON);
        const off = unfilledLeaves(nodes, fillOf, step, OFF);
        // A bonus/penalty leaf listed with the default on is one the unit filled and the appraiser has not.
        for (const l of on.filter((x) => x.section === 'BONUS' || x.section === 'PENALTY')) {
          expect(step).toBe('APPRAISAL');
          expect(fillOf(l.id)!.selfPoints).not.toBeNull();
        }
        // The default only removes bonus/penalty leaves from the list, never adds or removes others.
        expect(on.every((l) => off.includes(l))).toBe(true);
        for (const l of off.filter((x) => !on.includes(x))) {
          expect(['BONUS', 'PENALTY']).toContain(l.section);
          expect(fillOf(l.id)!.selfPoints).toBeNull();
        }
      }),
    );
  });
});

describe('computeSheetResult with the default', () => {
  const nodes: CriteriaNode[] = [
    leaf('a', 'SCORED', { method: null, maxPoints: 1000 }),
    { ...leaf('1.1', 'SCORED'), parentId: 'a', maxPoints: 1000 },
    leaf('T', 'BONUS', { method: null, maxPoints: 400 }),
    { ...leaf('T.1', 'BONUS'), parentId: 'T' },
    { ...leaf('T.2', 'BONUS'), parentId: 'T' },
    leaf('P', 'PENALTY', { method: null, maxPoints: 400 }),
    { ...leaf('P.1', 'PENALTY'), parentId: 'P' },
    { ...leaf('P.2', 'PENALTY', { enteredByAssessor: true }), parentId: 'P' },
  ];
  const caps = { bonusCap: null, penaltyCap: null };

  it('counts the empty bonus and penalty leaves as filled and appraised, with the same points', () => {
    const entries: SheetEntry[] = [{ nodeId: '1.1', selfPoints: 800, round1Points: 700 }];
    const off = computeSheetResult(nodes, entries, caps);
    const on = computeSheetResult(nodes, entries, caps, ON);
    // P.2 is the assessor's: not in the unit's count at all (the unit cannot score it).
    expect(off.progress).toMatchObject({ total: 4, selfFilled: 1, appraised: 1 });
    // T.1, T.2 and P.1 stand at 0: the unit is done.
    expect(on.progress).toMatchObject({ total: 4, selfFilled: 4, appraised: 4 });
    expect(on.self).toEqual(off.self);
    expect(on.final).toEqual(off.final);
    expect(on.index).toBe(off.index);
  });

  it('counts only the unit\'s leaves in "đã chấm x/y", whatever the assessor recorded on its own leaves', () => {
    const mine: SheetEntry[] = [
      { nodeId: '1.1', selfPoints: 800, round1Points: 700 },
      { nodeId: 'T.1', selfPoints: 0, round1Points: 0 },
      { nodeId: 'T.2', selfPoints: 0, round1Points: 0 },
      { nodeId: 'P.1', selfPoints: 0, round1Points: 0 },
    ];
    // Before submission P.2 is empty; after it the baseline (0) or a recorded penalty stands there.
    for (const p2 of [[], [{ nodeId: 'P.2', selfPoints: 0, round1Points: 0 }], [{ nodeId: 'P.2', selfPoints: 100, round1Points: 100 }]]) {
      const r = computeSheetResult(nodes, [...mine, ...p2], caps);
      expect(r.progress).toMatchObject({ total: 4, selfFilled: 4, appraised: 4 });
    }
    // The assessor's penalty still counts in the points.
    expect(computeSheetResult(nodes, [...mine, { nodeId: 'P.2', selfPoints: 100, round1Points: 100 }], caps).final.penalty).toBe(100);
  });

  it('leaves a claimed bonus to the appraiser', () => {
    const on = computeSheetResult(nodes, [{ nodeId: 'T.1', selfPoints: 200 }], caps, ON);
    expect(on.progress).toMatchObject({ selfFilled: 3, appraised: 2 });
    expect(on.self.bonus).toBe(200);
  });

  it('agrees with unfilledLeaves on random sheets: filled = total − unfilled, points unchanged by the rule', () => {
    const leafIds = ['1.1', 'T.1', 'T.2', 'P.1'];
    const arbEntry = fc.record({
      selfPoints: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
      round1Points: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.tuple(...leafIds.map(() => fc.option(arbEntry, { nil: undefined }))), fc.boolean(), (rows, flag) => {
        const defaults = { bonusPenaltyDefaultZero: flag };
        const entries: SheetEntry[] = leafIds.flatMap((id, i) => (rows[i] ? [{ nodeId: id, ...rows[i] }] : []));
        const byId = new Map(entries.map((e) => [e.nodeId, e]));
        const fillOf = (id: string) => {
          const e = byId.get(id);
          return { selfPoints: entryPoints(e, 'SELF'), finalPoints: entryPoints(e, 'FINAL') };
        };
        const unitLeaves = nodes.filter((n) => leafIds.includes(n.id));
        const result = computeSheetResult(nodes, entries, caps, defaults);
        // P.2 (assessor-entered) is never the unit's to fill and not in its count.
        expect(result.progress.total).toBe(unitLeaves.length);
        expect(result.progress.selfFilled).toBe(result.progress.total - unfilledLeaves(unitLeaves, fillOf, 'SELF', defaults).length);
        expect(result.progress.appraised).toBe(result.progress.total - unfilledLeaves(unitLeaves, fillOf, 'APPRAISAL', defaults).length);
        const plain = computeSheetResult(nodes, entries, caps);
        expect(result.self).toEqual(plain.self);
        expect(result.final).toEqual(plain.final);
      }),
    );
  });
});
