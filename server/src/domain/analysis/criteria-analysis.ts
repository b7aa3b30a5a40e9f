/**
 * Criteria analysis (phân tích chỉ số thành phần): where a group's units lost points, from the
 * stored component results of each unit (areas and depth-2 criteria, as the index computes
 * them). All figures are integer hundredths (points) or hundredths of a percent; averages are
 * rounded half-up once, at the end, never summed in floating point.
 */
import { compareCodes, divideHalfUp, percentOf, type Hundredths, type PercentHundredths } from '../scoring';

/** One unit's figures on one component (area or criterion), as stored with its result. */
export interface ComponentFigures {
  readonly code: string;
  readonly title: string;
  /** Σ max of the applicable leaves below (0 when the whole component is not applicable). */
  readonly maxApplicable: Hundredths;
  readonly selfPoints: Hundredths;
  readonly finalPoints: Hundredths;
  readonly index: PercentHundredths | null;
}

/** One analysed unit: its result and its component figures. */
export interface AnalysisUnit {
  readonly unitId: string;
  readonly unitName: string;
  /** Σ points counted in the index (final), and its denominator: pooled indices of merged units use them. */
  readonly total: Hundredths;
  readonly maxApplicable: Hundredths;
  readonly index: PercentHundredths | null;
  readonly selfIndex: PercentHundredths | null;
  readonly areas: readonly ComponentFigures[];
  readonly criteria: readonly ComponentFigures[];
}

/** The group's figures on one component. */
export interface ComponentStats {
  readonly code: string;
  readonly title: string;
  /** The area a criterion belongs to (its own code for an area). */
  readonly areaCode: string;
  /** Nominal maximum from the criteria set (or the largest applicable maximum seen). */
  readonly maxPoints: Hundredths;
  /** Units for which the component is applicable: the denominator of every average below. */
  readonly unitCount: number;
  readonly averagePoints: Hundredths | null;
  readonly averageSelfPoints: Hundredths | null;
  /** Average of (applicable maximum − final points). */
  readonly averageLoss: Hundredths | null;
  /** Units with final points below their applicable maximum, and their share of unitCount. */
  readonly unitsLosing: number;
  readonly lossShare: PercentHundredths | null;
  /** Average of (self − final): what the units claimed and the appraisal did not grant. */
  readonly averageGap: Hundredths | null;
  /** Pooled index Σ final ÷ Σ applicable max (weights every unit by its own maximum). */
  readonly index: PercentHundredths | null;
  readonly selfIndex: PercentHundredths | null;
}

/** "3.2.1" → "3". */
export function areaCodeOf(code: string): string {
  return code.split('.')[0];
}

const mean = (sum: number, n: number): number | null => (n > 0 ? divideHalfUp(sum, n) : null);

/**
 * Per-component figures over the units. `pick` chooses areas or criteria; `nominal` gives the
 * criteria set's maximum and title by code (components missing from it keep the units' own).
 * Ordered by code (1, 1.2, 1.10, 2 …).
 */
export function componentStats(
  units: readonly AnalysisUnit[],
  pick: (unit: AnalysisUnit) => readonly ComponentFigures[],
  nominal: ReadonlyMap<string, { title: string; maxPoints: Hundredths }> = new Map(),
): ComponentStats[] {
  interface Acc {
    title: string;
    maxSeen: number;
    n: number;
    max: number;
    self: number;
    final: number;
    loss: number;
    losing: number;
    gap: number;
  }
  const byCode = new Map<string, Acc>();
  for (const unit of units) {
    for (const c of pick(unit)) {
      let acc = byCode.get(c.code);
      if (!acc) {
        acc = { title: c.title, maxSeen: 0, n: 0, max: 0, self: 0, final: 0, loss: 0, losing: 0, gap: 0 };
        byCode.set(c.code, acc);
      }
      // A component not applicable to this unit says nothing about where it lost points.
      if (c.maxApplicable <= 0) continue;
      const loss = Math.max(0, c.maxApplicable - c.finalPoints);
      acc.maxSeen = Math.max(acc.maxSeen, c.maxApplicable);
      acc.n += 1;
      acc.max += c.maxApplicable;
      acc.self += c.selfPoints;
      acc.final += c.finalPoints;
      acc.loss += loss;
      acc.gap += c.selfPoints - c.finalPoints;
      if (loss > 0) acc.losing += 1;
    }
  }
  return [...byCode]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([code, a]) => {
      const known = nominal.get(code);
      return {
        code,
        title: known?.title ?? a.title,
        areaCode: areaCodeOf(code),
        maxPoints: known?.maxPoints ?? a.maxSeen,
        unitCount: a.n,
        averagePoints: mean(a.final, a.n),
        averageSelfPoints: mean(a.self, a.n),
        averageLoss: mean(a.loss, a.n),
        unitsLosing: a.losing,
        lossShare: a.n > 0 ? percentOf(a.losing, a.n) : null,
        averageGap: mean(a.gap, a.n),
        index: a.max > 0 ? percentOf(a.final, a.max) : null,
        selfIndex: a.max > 0 ? percentOf(a.self, a.max) : null,
      };
    });
}

/** A heat map row: one unit, its component indices in the order of `codes` (null = not applicable or absent). */
export interface HeatRow {
  readonly unitId: string;
  readonly unitName: string;
  readonly index: PercentHundredths | null;
  readonly cells: readonly (PercentHundredths | null)[];
}

export function heatMap(
  units: readonly AnalysisUnit[],
  codes: readonly string[],
  pick: (unit: AnalysisUnit) => readonly ComponentFigures[],
): HeatRow[] {
  return units.map((u) => {
    const byCode = new Map(pick(u).map((c) => [c.code, c]));
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      index: u.index,
      cells: codes.map((code) => {
        const c = byCode.get(code);
        return c && c.maxApplicable > 0 ? c.index : null;
      }),
    };
  });
}

/** One criterion of one unit against the group. */
export interface UnitCriterionGap {
  readonly code: string;
  readonly title: string;
  readonly areaCode: string;
  readonly maxApplicable: Hundredths;
  readonly points: Hundredths;
  readonly loss: Hundredths;
  readonly index: PercentHundredths | null;
  readonly groupIndex: PercentHundredths | null;
  readonly groupAverageLoss: Hundredths | null;
  /** unit index − group index: negative where the unit is below the group. */
  readonly difference: PercentHundredths | null;
}

/**
 * A unit's applicable criteria, weakest first: furthest below the group's pooled index, then most
 * points lost, then by code. `stats` are the group's criteria figures.
 */
export function unitWeakCriteria(unit: AnalysisUnit, stats: readonly ComponentStats[]): UnitCriterionGap[] {
  const byCode = new Map(stats.map((s) => [s.code, s]));
  return unit.criteria
    .filter((c) => c.maxApplicable > 0)
    .map((c) => {
      const group = byCode.get(c.code);
      const groupIndex = group?.index ?? null;
      return {
        code: c.code,
        title: c.title,
        areaCode: areaCodeOf(c.code),
        maxApplicable: c.maxApplicable,
        points: c.finalPoints,
        loss: Math.max(0, c.maxApplicable - c.finalPoints),
        index: c.index,
        groupIndex,
        groupAverageLoss: group?.averageLoss ?? null,
        difference: c.index === null || groupIndex === null ? null : c.index - groupIndex,
      };
    })
    .sort((a, b) => (a.difference ?? 0) - (b.difference ?? 0) || b.loss - a.loss || compareCodes(a.code, b.code));
}
