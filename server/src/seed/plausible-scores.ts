import type { Hundredths } from '../domain/scoring/hundredths';
import { computeLeafPoints } from '../domain/scoring/scoring-methods';
import { ScoringMethod, type CriteriaNodeEntity } from '../subgraphs/scoring/criteria/criteria-node.entity';

/**
 * Deterministic, plausible scores for the demo province and the benchmarks: the same figures on
 * every run, and every value goes through the real scoring rules.
 */

/** mulberry32 seeded from a string: tiny, deterministic, good enough to make scores look varied. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = (h << 13) | (h >>> 19);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type ScoredLeaf = Pick<CriteriaNodeEntity, 'method' | 'maxPoints' | 'params'>;

/** What a unit of quality q (0..1) would write for a leaf; null for a leaf without a method. */
export function plausibleDeclaredValue(leaf: ScoredLeaf, q: number): string | null {
  const params = (leaf.params ?? {}) as Record<string, number>;
  switch (leaf.method) {
    case ScoringMethod.YES_NO:
      return q > 0.35 ? '1' : '0';
    case ScoringMethod.COUNT:
      return String(Math.round((q * leaf.maxPoints) / params.pointsPerItem));
    case ScoringMethod.DEDUCTION:
      return String(q > 0.7 ? 0 : q > 0.45 ? 1 : 2);
    case ScoringMethod.RATIO_TIERS:
      return q > 0.8 ? '100' : (70 + q * 30).toFixed(2);
    case ScoringMethod.PROPORTIONAL:
    case ScoringMethod.SURVEY:
      return (55 + q * 45).toFixed(2);
    case ScoringMethod.LEVELS:
      return q > 0.8 ? 'tot' : q > 0.55 ? 'day_du' : q > 0.3 ? 'chua_day_du' : 'khong';
    case ScoringMethod.MANUAL:
      return (Math.round(q * (leaf.maxPoints / 25)) * 0.25).toFixed(2);
    default:
      return null;
  }
}

/** The points the scoring rules give a declared value (null when there is nothing to score). */
export function pointsFor(leaf: ScoredLeaf & Pick<CriteriaNodeEntity, 'code'>, value: string | null): Hundredths | null {
  if (value === null || !leaf.method) return null;
  const result = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, value, { code: leaf.code });
  return 'points' in result ? result.points : null;
}
