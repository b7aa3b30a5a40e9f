import { describe, expect, it } from 'vitest';
import { computeLeafPoints } from '../scoring';
import { aggregateDeclared, checkQuantity, leafEvidence, MAX_LEAF_EVIDENCE_BYTES } from './assessor-entries';

describe('assessor-entered leaves', () => {
  it('sums records into the declared value the leaf’s own rule scores', () => {
    // DEDUCTION 5 points, 1 point per violation: two findings of 1 and 2 violations → 2 points left.
    const deduction = aggregateDeclared('DEDUCTION', [1, 2], 500);
    expect(deduction).toBe('3');
    expect(computeLeafPoints('DEDUCTION', { pointsPerViolation: 100 }, 500, deduction)).toEqual({ points: 200 });
    expect(computeLeafPoints('DEDUCTION', { pointsPerViolation: 100 }, 500, aggregateDeclared('DEDUCTION', [], 500))).toEqual({
      points: 500,
    });
    // MANUAL penalty of at most 3 points: 1.50 + 2.00 is capped at 3.00.
    expect(aggregateDeclared('MANUAL', [150, 200], 300)).toBe('3.00');
    expect(aggregateDeclared('MANUAL', [50], 300)).toBe('0.50');
    expect(aggregateDeclared('YES_NO', [1], 200)).toBe('1');
    expect(aggregateDeclared('YES_NO', [], 200)).toBe('0');
    expect(aggregateDeclared('COUNT', [2, 1], 1000)).toBe('3');
  });

  it('refuses methods that describe the unit’s own figures and non-positive quantities', () => {
    expect(checkQuantity('RATIO_TIERS', 1)?.vi).toMatch(/không cho phép/);
    expect(checkQuantity('DEDUCTION', 0)?.vi).toMatch(/số nguyên dương/);
    expect(checkQuantity('MANUAL', 1.5)?.vi).toMatch(/lớn hơn 0/);
    expect(checkQuantity('DEDUCTION', 2)).toBeNull();
  });

  it('a YES_NO record carries exactly 1, as its message says (not a count up to 10 000)', () => {
    expect(checkQuantity('YES_NO', 1)).toBeNull();
    for (const q of [2, 10_000, 1e308, 0, -1, 0.5, NaN, Infinity])
      expect(checkQuantity('YES_NO', q)).toEqual({ vi: 'giá trị phải là 1', en: 'the value must be 1' });
  });

  it('refuses quantities no record can carry (and a 32-bit column cannot hold)', () => {
    expect(checkQuantity('DEDUCTION', 10_000)).toBeNull();
    expect(checkQuantity('DEDUCTION', 10_001)?.vi).toMatch(/quá lớn \(tối đa 10\.000/);
    expect(checkQuantity('COUNT', 3e9)?.vi).toMatch(/quá lớn/);
    expect(checkQuantity('DEDUCTION', Infinity)?.vi).toMatch(/quá lớn/);
    expect(checkQuantity('MANUAL', 999_999)).toBeNull();
    expect(checkQuantity('MANUAL', 1_000_000)?.vi).toMatch(/tối đa 9\.999,99 điểm/);
  });
});

describe('an assessor leaf’s evidence', () => {
  it('cites each document once, in order, and stops before the column is full', () => {
    const a = { documentNumber: '12/QĐ', issuer: 'Đoàn kiểm tra' };
    const b = { documentNumber: '13/QĐ', issuer: 'Đoàn kiểm tra' };
    expect(leafEvidence([a, { ...a }, b, a])).toEqual([a, b]);
    const long = Array.from({ length: 100 }, (_, i) => ({ documentNumber: `${i}`, title: 'ữ'.repeat(500) }));
    const kept = leafEvidence(long);
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(100);
    expect(kept).toEqual(long.slice(0, kept.length));
    expect(new TextEncoder().encode(JSON.stringify(kept)).length).toBeLessThanOrEqual(MAX_LEAF_EVIDENCE_BYTES);
    expect(leafEvidence([{ title: 'ữ'.repeat(30_000) }])).toEqual([]);
  });
});
