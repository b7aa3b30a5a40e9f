/**
 * Two years side by side, following merges: a unit assessed in both years compares with itself;
 * a unit formed after the base year (a new commune) compares with its predecessors' combined
 * result — their pooled index Σ points ÷ Σ applicable maximum, which is what one sheet over the
 * same territory would have scored — as OrgUnit.indexHistory follows the same links.
 */
import { compareCodes, percentOf, type PercentHundredths } from '../scoring';
import { componentStats, type AnalysisUnit, type ComponentFigures, type ComponentStats } from './criteria-analysis';

export interface ComparedUnit extends AnalysisUnit {
  /** Units this one was formed from (frozen in the current year's roster). */
  readonly predecessorUnitIds: readonly string[];
}

export type ComparisonBasis = 'SAME_UNIT' | 'PREDECESSORS' | 'NONE';

export interface UnitComparison {
  readonly unitId: string;
  readonly unitName: string;
  readonly index: PercentHundredths | null;
  readonly baseIndex: PercentHundredths | null;
  /** index − baseIndex; null when either is missing. */
  readonly delta: PercentHundredths | null;
  readonly basis: ComparisonBasis;
  /** The base-year units compared with (itself, or its predecessors found in the base year). */
  readonly baseUnits: readonly { unitId: string; unitName: string; index: PercentHundredths | null }[];
}

export interface ComponentComparison {
  readonly code: string;
  readonly title: string;
  readonly current: ComponentStats | null;
  readonly base: ComponentStats | null;
  /** Pooled index now − then. */
  readonly delta: PercentHundredths | null;
}

export interface YearComparison {
  readonly units: readonly UnitComparison[];
  readonly areas: readonly ComponentComparison[];
  readonly criteria: readonly ComponentComparison[];
}

function pooledIndex(units: readonly AnalysisUnit[]): PercentHundredths | null {
  const max = units.reduce((s, u) => s + u.maxApplicable, 0);
  return max > 0
    ? percentOf(
        units.reduce((s, u) => s + u.total, 0),
        max,
      )
    : null;
}

function joinStats(current: readonly ComponentStats[], base: readonly ComponentStats[]): ComponentComparison[] {
  const now = new Map(current.map((s) => [s.code, s]));
  const then = new Map(base.map((s) => [s.code, s]));
  return [...new Set([...now.keys(), ...then.keys()])].sort(compareCodes).map((code) => {
    const c = now.get(code) ?? null;
    const b = then.get(code) ?? null;
    return {
      code,
      title: c?.title ?? b?.title ?? code,
      current: c,
      base: b,
      delta: c?.index != null && b?.index != null ? c.index - b.index : null,
    };
  });
}

/**
 * Compares the current year's units with the base year's. Criteria are matched by code (the
 * sets of two years may differ: a code present in one year only has the other side null); the
 * base side counts each matched base unit once, even when it fed two new units.
 */
export function compareYears(current: readonly ComparedUnit[], base: readonly AnalysisUnit[]): YearComparison {
  const baseById = new Map(base.map((u) => [u.unitId, u]));
  const matched = new Map<string, AnalysisUnit>();
  const units = current.map((u): UnitComparison => {
    const self = baseById.get(u.unitId);
    const predecessors = self ? [] : u.predecessorUnitIds.flatMap((id) => baseById.get(id) ?? []);
    const used = self ? [self] : predecessors;
    used.forEach((b) => matched.set(b.unitId, b));
    const baseIndex = self ? self.index : pooledIndex(predecessors);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      index: u.index,
      baseIndex,
      delta: u.index !== null && baseIndex !== null ? u.index - baseIndex : null,
      basis: self ? 'SAME_UNIT' : predecessors.length > 0 ? 'PREDECESSORS' : 'NONE',
      baseUnits: used.map((b) => ({ unitId: b.unitId, unitName: b.unitName, index: b.index })),
    };
  });
  const matchedUnits = [...matched.values()];
  const areas = (u: AnalysisUnit): readonly ComponentFigures[] => u.areas;
  const criteria = (u: AnalysisUnit): readonly ComponentFigures[] => u.criteria;
  return {
    units,
    areas: joinStats(componentStats(current, areas), componentStats(matchedUnits, areas)),
    criteria: joinStats(componentStats(current, criteria), componentStats(matchedUnits, criteria)),
  };
}
