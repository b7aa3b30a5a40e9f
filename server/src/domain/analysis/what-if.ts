/**
 * What-if weights (thử trọng số): this year's sheets re-scored with a draft criteria set's maxima
 * and rules, in memory. The same pure functions as the real recompute (computeLeafPoints,
 * computeSheetResult, classify, rankUnits) — only the entries are mapped onto the draft's leaves
 * first, by code:
 *  - a leaf whose draft method is computed from the declared value (YES_NO, COUNT, RATIO_TIERS,
 *    PROPORTIONAL, LEVELS, DEDUCTION) gets the draft rule's points for the unit's declared value;
 *    the appraisal keeps them where the appraiser had agreed with the old rule, and keeps its
 *    share of the maximum where the appraiser had changed the points;
 *  - any other leaf (MANUAL, SURVEY, no declared value) keeps its share of the maximum
 *    (points × new max ÷ old max, half-up);
 *  - a leaf of the draft with no counterpart scores nothing, a leaf that is gone drops out; both
 *    are listed, since they make the simulation differ from what next year will score.
 */
import {
  buildCriteriaTree,
  classify,
  compareCodes,
  computeLeafPoints,
  computeSheetResult,
  mulDivHalfUp,
  rankUnits,
  type BonusPenaltyCaps,
  type ClassificationBand,
  type CriteriaNode,
  type Hundredths,
  type PercentHundredths,
  type SheetEntry,
} from '../scoring';

/** A stored entry with the unit's declared value (the real rules recompute from it). */
export interface StoredEntry extends SheetEntry {
  readonly declaredValue?: string | null;
}

export interface LeafRef {
  readonly code: string;
  readonly title: string;
}

export interface LeafChange extends LeafRef {
  readonly oldMax: Hundredths;
  readonly newMax: Hundredths;
  readonly oldMethod: string | null;
  readonly newMethod: string | null;
}

export interface DraftMapping {
  /** Leaves of this year's set missing from the draft (their points drop out). */
  readonly removed: readonly LeafRef[];
  /** Leaves of the draft missing from this year's set (they score nothing in the sandbox). */
  readonly added: readonly LeafRef[];
  /** Leaves in both whose maximum or method changed. */
  readonly changed: readonly LeafChange[];
}

const DECLARATIVE = new Set(['YES_NO', 'COUNT', 'RATIO_TIERS', 'PROPORTIONAL', 'LEVELS', 'DEDUCTION']);

const leaves = (nodes: readonly CriteriaNode[]) => {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id): id is string => id !== null));
  return nodes.filter((n) => !parents.has(n.id));
};

export function draftMapping(current: readonly CriteriaNode[], draft: readonly CriteriaNode[]): DraftMapping {
  const now = new Map(leaves(current).map((n) => [n.code, n]));
  const next = new Map(leaves(draft).map((n) => [n.code, n]));
  const ref = (n: CriteriaNode): LeafRef => ({ code: n.code, title: n.title });
  const byCode = (a: LeafRef, b: LeafRef) => compareCodes(a.code, b.code);
  return {
    removed: [...now.values()]
      .filter((n) => !next.has(n.code))
      .map(ref)
      .sort(byCode),
    added: [...next.values()]
      .filter((n) => !now.has(n.code))
      .map(ref)
      .sort(byCode),
    changed: [...now.values()]
      .flatMap((n) => {
        const d = next.get(n.code);
        if (
          !d ||
          (d.maxPoints === n.maxPoints && d.method === n.method && JSON.stringify(d.params ?? {}) === JSON.stringify(n.params ?? {}))
        )
          return [];
        return [{ ...ref(d), oldMax: n.maxPoints, newMax: d.maxPoints, oldMethod: n.method ?? null, newMethod: d.method ?? null }];
      })
      .sort(byCode),
  };
}

function rulePoints(node: CriteriaNode, declared: string | null | undefined): Hundredths | null {
  if (!node.method || !DECLARATIVE.has(node.method) || declared === null || declared === undefined || declared === '') return null;
  const r = computeLeafPoints(node.method, node.params, node.maxPoints, declared);
  return 'points' in r ? r.points : null;
}

const scale = (points: Hundredths | null | undefined, from: Hundredths, to: Hundredths): Hundredths | null =>
  points === null || points === undefined ? null : from > 0 ? Math.min(to, mulDivHalfUp(points, to, from)) : null;

/** One sheet's entries re-keyed to the draft's nodes, points as the draft's rules give them. */
export function mapEntries(
  current: readonly CriteriaNode[],
  draft: readonly CriteriaNode[],
  entries: readonly StoredEntry[],
): SheetEntry[] {
  const currentById = new Map(current.map((n) => [n.id, n]));
  const draftByCode = new Map(draft.map((n) => [n.code, n]));
  const draftParents = new Set(draft.map((n) => n.parentId).filter((id): id is string => id !== null));
  return entries.flatMap((e): SheetEntry[] => {
    const old = currentById.get(e.nodeId);
    const next = old ? draftByCode.get(old.code) : undefined;
    if (!old || !next) return [];
    const notApplicable = Boolean(e.notApplicable) && next.allowNotApplicable;
    if (draftParents.has(next.id)) return notApplicable ? [{ nodeId: next.id, notApplicable }] : [];
    const oldRule = rulePoints(old, e.declaredValue);
    const newRule = rulePoints(next, e.declaredValue);
    const carry = (points: Hundredths | null | undefined): Hundredths | null => {
      if (points === null || points === undefined) return null;
      // The appraiser (or the unit) kept to the rule: the draft's rule decides.
      if (newRule !== null && oldRule !== null && points === oldRule) return newRule;
      return scale(points, old.maxPoints, next.maxPoints);
    };
    return [
      {
        nodeId: next.id,
        notApplicable,
        selfPoints: carry(e.selfPoints),
        round1Points: carry(e.round1Points),
        round2Points: carry(e.round2Points),
        surveyPoints: scale(e.surveyPoints, old.maxPoints, next.maxPoints),
      },
    ];
  });
}

export interface WhatIfSheet {
  readonly unitId: string;
  readonly unitName: string;
  /** Counted in the ranking (appraised), as the stored result is. */
  readonly rankable: boolean;
  readonly entries: readonly StoredEntry[];
}

export interface WhatIfUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly index: PercentHundredths | null;
  readonly rank: number | null;
  readonly classificationCode: string | null;
}

/**
 * Re-scores every sheet against the draft: index by computeSheetResult, classification by the
 * draft year's bands, ranks among the rankable sheets by rankUnits — exactly what the stored
 * results would hold were the draft the year's set.
 */
export function simulate(
  current: readonly CriteriaNode[],
  draft: readonly CriteriaNode[],
  sheets: readonly WhatIfSheet[],
  settings: { caps: BonusPenaltyCaps; bands: readonly ClassificationBand[] },
): WhatIfUnit[] {
  const tree = buildCriteriaTree(draft);
  const scored = sheets.map((s) => {
    const result = computeSheetResult(tree, mapEntries(current, draft, s.entries), settings.caps);
    return { sheet: s, index: result.index };
  });
  const ranks = new Map(
    rankUnits(
      scored
        .filter((x) => x.sheet.rankable && x.index !== null)
        .map((x) => ({ unitId: x.sheet.unitId, unitName: x.sheet.unitName, index: x.index })),
    ).map((r) => [r.item.unitId, r.rank]),
  );
  return scored.map(({ sheet, index }) => ({
    unitId: sheet.unitId,
    unitName: sheet.unitName,
    index,
    rank: ranks.get(sheet.unitId) ?? null,
    classificationCode: index === null ? null : (classify(index, settings.bands)?.code ?? null),
  }));
}
