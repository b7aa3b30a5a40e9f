import { describe, it, expect } from 'vitest';
import {
  canMoveUnder,
  checkMove,
  checkParentKind,
  checkValidity,
  checkValidityWithinParent,
  childPath,
  dayBefore,
  isAllowedParentKind,
  isDescendantPath,
  levelOf,
  parentPathOf,
  pathIds,
  planMerge,
  planSplit,
  rebasePath,
  rootPath,
  type ExistingUnit,
  type OrgRuleError,
  type RuleResult,
  type ReorgPlan,
} from './hierarchy';

const codes = (errors: readonly OrgRuleError[]): string[] => errors.map((e) => e.code);
const errorsOf = (r: RuleResult<ReorgPlan>): string[] => (r.ok ? [] : codes(r.errors));
const planOf = (r: RuleResult<ReorgPlan>): ReorgPlan => {
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return r.value;
};

describe('materialized path', () => {
  it('builds child paths and levels', () => {
    const p = rootPath(1);
    const d = childPath(p, 12);
    const c = childPath(d, 'abc');
    expect([p, d, c]).toEqual(['/1/', '/1/12/', '/1/12/abc/']);
    expect([levelOf(p), levelOf(d), levelOf(c)]).toEqual([0, 1, 2]);
    expect(pathIds(c)).toEqual(['1', '12', 'abc']);
    expect(parentPathOf(c)).toBe('/1/12/');
    expect(parentPathOf(p)).toBeNull();
  });
  it('rejects malformed ids and paths', () => {
    expect(() => childPath('/1', 2)).toThrow(RangeError);
    expect(() => childPath('/1/', 'a/b')).toThrow(RangeError);
    expect(() => rootPath('')).toThrow(RangeError);
  });
  it('tests descendants strictly and without prefix confusion', () => {
    expect(isDescendantPath('/1/12/', '/1/')).toBe(true);
    expect(isDescendantPath('/1/', '/1/')).toBe(false);
    expect(isDescendantPath('/12/3/', '/1/')).toBe(false);
  });
  it('refuses moving a unit under itself or its descendant', () => {
    expect(canMoveUnder('/1/2/', '/1/2/')).toBe(false);
    expect(canMoveUnder('/1/2/', '/1/2/3/')).toBe(false);
    expect(canMoveUnder('/1/2/3/', '/1/4/')).toBe(true);
    expect(canMoveUnder('/1/2/', '/1/')).toBe(true);
  });
  it('rebases a subtree after a move', () => {
    expect(rebasePath('/1/2/3/', '/1/2/', '/1/4/2/')).toBe('/1/4/2/3/');
    expect(rebasePath('/1/2/', '/1/2/', '/5/2/')).toBe('/5/2/');
    expect(() => rebasePath('/1/9/', '/1/2/', '/5/2/')).toThrow(RangeError);
  });
});

describe('kind / parent rules', () => {
  it.each([
    ['PROVINCE', null, true],
    ['PROVINCE', 'PROVINCE', false],
    ['DEPARTMENT', 'PROVINCE', true],
    ['DEPARTMENT', 'DISTRICT', false],
    ['DISTRICT', 'PROVINCE', true],
    ['DISTRICT', null, false],
    ['COMMUNE', 'DISTRICT', true],
    ['COMMUNE', 'PROVINCE', true],
    ['COMMUNE', 'DEPARTMENT', false],
    ['COMMUNE', 'COMMUNE', false],
  ] as const)('%s under %s → %s', (child, parent, ok) => {
    expect(isAllowedParentKind(child, parent)).toBe(ok);
    expect(checkParentKind(child, parent).length === 0).toBe(ok);
  });
  it('gives bilingual reasons for a refused move', () => {
    const errors = checkMove({ kind: 'DISTRICT', path: '/1/2/' }, { kind: 'COMMUNE', path: '/1/2/3/' });
    expect(codes(errors)).toEqual(['MOVE_UNDER_DESCENDANT', 'KIND_NOT_ALLOWED_UNDER_PARENT']);
    expect(errors[0].vi).toContain('cấp dưới');
    expect(errors[0].en).toContain('descendants');
    expect(codes(checkMove({ kind: 'COMMUNE', path: '/1/2/3/' }, { kind: 'PROVINCE', path: '/1/' }))).toEqual([]);
    expect(codes(checkMove({ kind: 'PROVINCE', path: '/1/' }, null))).toEqual([]);
    expect(codes(checkMove({ kind: 'PROVINCE', path: '/1/' }, { kind: 'PROVINCE', path: '/1/' }))).toContain('MOVE_UNDER_SELF');
  });
});

describe('validity', () => {
  it('checks dates and order', () => {
    expect(checkValidity({ validFrom: '2025-07-01', validTo: null })).toEqual([]);
    expect(codes(checkValidity({ validFrom: '2025-07-01', validTo: '2025-06-30' }))).toEqual(['VALID_FROM_AFTER_VALID_TO']);
    expect(codes(checkValidity({ validFrom: '2025-02-30', validTo: null }))).toEqual(['INVALID_DATE']);
    expect(checkValidity({ validFrom: '2025-07-01', validTo: '2025-07-01' })).toEqual([]);
  });
  it('keeps a child within its parent', () => {
    const district = { validFrom: null, validTo: '2025-06-30' };
    expect(checkValidityWithinParent({ validFrom: null, validTo: '2025-06-30' }, district)).toEqual([]);
    expect(codes(checkValidityWithinParent({ validFrom: null, validTo: null }, district))).toEqual(['OUTSIDE_PARENT_VALIDITY']);
    expect(
      codes(checkValidityWithinParent({ validFrom: '2020-01-01', validTo: null }, { validFrom: '2021-01-01', validTo: null })),
    ).toEqual(['OUTSIDE_PARENT_VALIDITY']);
    expect(checkValidityWithinParent({ validFrom: '2025-07-01', validTo: null }, { validFrom: null, validTo: null })).toEqual([]);
  });
  it('computes the day before across month and year ends', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

const commune = (id: string, name: string, v: Partial<ExistingUnit> = {}): ExistingUnit => ({
  id,
  kind: 'COMMUNE',
  name,
  validFrom: null,
  validTo: null,
  ...v,
});

describe('planMerge', () => {
  const a = commune('a', 'Xã An Sinh');
  const b = commune('b', 'Phường Bình Dương');
  it('closes sources the day before, opens the new unit and links each source', () => {
    const plan = planOf(
      planMerge({
        sources: [a, b],
        target: { new: { key: 'new', kind: 'COMMUNE', subtype: 'phường', name: ' Phường An Sinh ' } },
        effectiveDate: '2025-07-01',
      }),
    );
    expect(plan.close).toEqual([
      { id: 'a', validTo: '2025-06-30' },
      { id: 'b', validTo: '2025-06-30' },
    ]);
    expect(plan.open).toEqual([
      { key: 'new', kind: 'COMMUNE', subtype: 'phường', name: 'Phường An Sinh', validFrom: '2025-07-01', validTo: null },
    ]);
    expect(plan.links.map((l) => [l.predecessor, l.successor, l.partial])).toEqual([
      ['a', 'new', false],
      ['b', 'new', false],
    ]);
  });
  it('lets an existing unit absorb others and continue', () => {
    const stc = { id: 'stc', kind: 'DEPARTMENT' as const, name: 'Sở Tài chính', validFrom: null, validTo: null };
    const skhdt = { ...stc, id: 'skhdt', name: 'Sở Kế hoạch và Đầu tư' };
    const plan = planOf(planMerge({ sources: [skhdt], target: { existing: stc }, effectiveDate: '2025-03-01' }));
    expect(plan.close).toEqual([{ id: 'skhdt', validTo: '2025-02-28' }]);
    expect(plan.open).toEqual([]);
    expect(plan.links).toEqual([{ predecessor: 'skhdt', successor: 'stc', partial: false, effectiveDate: '2025-03-01' }]);
  });
  it('refuses bad input with vi/en messages', () => {
    const target = { new: { key: 'n', kind: 'COMMUNE' as const, subtype: 'xã' as const, name: 'Xã Mới' } };
    expect(errorsOf(planMerge({ sources: [a, a], target, effectiveDate: '2025-07-01' }))).toEqual(['MERGE_WITH_SELF', 'MERGE_TOO_FEW']);
    expect(errorsOf(planMerge({ sources: [a], target: { existing: a }, effectiveDate: '2025-07-01' }))).toContain('MERGE_WITH_SELF');
    expect(errorsOf(planMerge({ sources: [a], target, effectiveDate: '2025-07-01' }))).toEqual(['MERGE_TOO_FEW']);
    expect(errorsOf(planMerge({ sources: [a, b], target: { new: { ...target.new, name: '  ' } }, effectiveDate: '2025-07-01' }))).toEqual([
      'EMPTY_NAME',
    ]);
    const closed = commune('c', 'Xã Cũ', { validTo: '2020-12-31' });
    const r = planMerge({ sources: [a, closed], target, effectiveDate: '2025-07-01' });
    expect(errorsOf(r)).toEqual(['UNIT_NOT_VALID_ON_DATE']);
    if (!r.ok) expect(r.errors[0].vi).toContain('Xã Cũ');
    const district = { ...b, id: 'd', kind: 'DISTRICT' as const };
    expect(errorsOf(planMerge({ sources: [a, district], target, effectiveDate: '2025-07-01' }))).toContain('MERGE_KIND_MISMATCH');
    expect(errorsOf(planMerge({ sources: [a, b], target, effectiveDate: '1/7/2025' }))).toEqual(['INVALID_DATE']);
  });
});

describe('planSplit', () => {
  const src = commune('s', 'Xã Lớn', { validFrom: '2000-01-01' });
  const t = (key: string, name: string) => ({ key, kind: 'COMMUNE' as const, subtype: 'xã' as const, name });
  it('closes the source, opens the targets and links them as partial', () => {
    const plan = planOf(planSplit({ source: src, targets: [t('x', 'Xã Đông'), t('y', 'Xã Tây')], effectiveDate: '2026-01-01' }));
    expect(plan.close).toEqual([{ id: 's', validTo: '2025-12-31' }]);
    expect(plan.open.map((o) => [o.key, o.validFrom])).toEqual([
      ['x', '2026-01-01'],
      ['y', '2026-01-01'],
    ]);
    expect(plan.links.every((l) => l.partial && l.predecessor === 's')).toBe(true);
  });
  it('refuses fewer than two targets, duplicate or empty names, and a closed source', () => {
    expect(errorsOf(planSplit({ source: src, targets: [t('x', 'Xã Đông')], effectiveDate: '2026-01-01' }))).toEqual(['SPLIT_TOO_FEW']);
    expect(errorsOf(planSplit({ source: src, targets: [t('x', 'Xã Đông'), t('y', 'xã đông')], effectiveDate: '2026-01-01' }))).toEqual([
      'DUPLICATE_NAME',
    ]);
    expect(errorsOf(planSplit({ source: src, targets: [t('x', ''), t('y', 'Xã Tây')], effectiveDate: '2026-01-01' }))).toEqual([
      'EMPTY_NAME',
    ]);
    expect(errorsOf(planSplit({ source: src, targets: [t('x', 'Xã Đông'), t('y', 'Xã Tây')], effectiveDate: '2000-01-01' }))).toEqual([
      'UNIT_NOT_VALID_ON_DATE',
    ]);
  });
});
