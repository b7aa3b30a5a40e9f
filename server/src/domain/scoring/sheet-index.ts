/**
 * A score sheet's result (§7 of the domain brief):
 *
 *   index % = (Σ final points of applicable leaves + survey points + bonus − penalty)
 *             ÷ (Σ max of applicable leaves + survey max) × 100, half-up to 2 decimals,
 *
 * with bonus and penalty each limited by the year's caps. Everything is integer
 * hundredths; the index is hundredths of a percent. The same formula restricted to a
 * subtree gives the component indices per area and per criterion (without bonus and
 * penalty, which belong to the whole sheet).
 */
import { percentOf, type Hundredths, type LocalizedText, type PercentHundredths } from './hundredths';
import {
  buildCriteriaTree,
  walkTree,
  type CriteriaNode,
  type CriteriaSection,
  type CriteriaTree,
  type CriteriaTreeNode,
} from './criteria-tree';
import { appraisalDefaulted, NO_LEAF_DEFAULTS, selfDefaulted, type LeafDefaults } from './default-zero';

/** What the sheet holds for one node (usually a leaf; notApplicable may sit on any node). */
export interface SheetEntry {
  readonly nodeId: string;
  readonly selfPoints?: Hundredths | null;
  readonly round1Points?: Hundredths | null;
  readonly round2Points?: Hundredths | null;
  /** Effective only where the node allows it; removes the subtree from points and maximum. */
  readonly notApplicable?: boolean;
  /** Points of a SURVEY-section leaf, from imported survey results. */
  readonly surveyPoints?: Hundredths | null;
}

/** The year's limits on the bonus/penalty block; null = no limit beyond the leaves' maxima. */
export interface BonusPenaltyCaps {
  readonly bonusCap: Hundredths | null;
  readonly penaltyCap: Hundredths | null;
}

export interface NodeResult {
  readonly nodeId: string;
  readonly code: string;
  readonly title: string;
  readonly depth: number;
  readonly section: CriteriaSection;
  /** True when this node or an ancestor is (allowed to be) not applicable. */
  readonly notApplicable: boolean;
  /** Nominal maximum from the criteria set. */
  readonly maxPoints: Hundredths;
  /** Σ max of applicable leaves below (0 when not applicable). */
  readonly maxApplicable: Hundredths;
  readonly selfPoints: Hundredths;
  readonly finalPoints: Hundredths;
  /** Points lost at appraisal: maxApplicable − finalPoints (điểm bị trừ in the detail report). */
  readonly deductedPoints: Hundredths;
  /** Component index on final points; null when nothing is applicable. */
  readonly index: PercentHundredths | null;
  readonly selfIndex: PercentHundredths | null;
}

export interface SheetTotals {
  readonly scored: Hundredths;
  readonly survey: Hundredths;
  /** Σ bonus points before the cap, and after it. */
  readonly bonusRaw: Hundredths;
  readonly bonus: Hundredths;
  readonly penaltyRaw: Hundredths;
  readonly penalty: Hundredths;
  /** scored + survey + bonus − penalty, never below 0. */
  readonly total: Hundredths;
  readonly index: PercentHundredths | null;
}

export type SheetIssueCode = 'UNKNOWN_NODE' | 'NOT_APPLICABLE_NOT_ALLOWED' | 'POINTS_OUT_OF_RANGE';
export interface SheetIssue extends LocalizedText {
  readonly code: SheetIssueCode;
  readonly nodeCode: string | null;
}

export interface SheetProgress {
  /**
   * Leaves the unit fills (SCORED, BONUS, PENALTY), not-applicable ones included as complete.
   * Leaves the assessor enters (inspection penalties, recognised initiatives: enteredByAssessor)
   * are left out: the unit cannot score them, and neither submitting nor completing an appraisal
   * waits for them (unfilledLeaves) — so "đã chấm x/y" reaches y exactly when nothing is missing.
   */
  readonly total: number;
  /** …with self points or declared not applicable (or standing at the set's default 0). */
  readonly selfFilled: number;
  /** …with at least round-1 appraisal points (or not applicable, or at the default 0). */
  readonly appraised: number;
  /** Applicable survey leaves and how many have imported points. */
  readonly surveyTotal: number;
  readonly surveyFilled: number;
}

export interface SheetResult {
  /** Σ max of applicable SCORED leaves + applicable SURVEY leaves: the denominator. */
  readonly maxApplicable: Hundredths;
  readonly self: SheetTotals;
  readonly final: SheetTotals;
  /** = final.index */
  readonly index: PercentHundredths | null;
  /** = self.index */
  readonly selfIndex: PercentHundredths | null;
  /** self − appraised, in points and in index. */
  readonly gap: { readonly points: Hundredths; readonly index: PercentHundredths | null };
  /** Component results of the SCORED and SURVEY roots. */
  readonly areas: readonly NodeResult[];
  /** Component results of the depth-2 nodes of the SCORED and SURVEY parts. */
  readonly criteria: readonly NodeResult[];
  /** Every node, by id (leaves included) — the detail sheet report reads this. */
  readonly nodes: ReadonlyMap<string, NodeResult>;
  readonly progress: SheetProgress;
  readonly issues: readonly SheetIssue[];
}

/**
 * Final points of an entry: the last appraisal round present (round 2, else round 1).
 * With 'SELF' the unit's own points. Returns null when the requested points are absent.
 */
export function entryPoints(entry: SheetEntry | undefined, basis: 'FINAL' | 'SELF'): Hundredths | null {
  if (!entry) return null;
  if (basis === 'SELF') return entry.selfPoints ?? null;
  return entry.round2Points ?? entry.round1Points ?? null;
}

/** Index of points over a maximum, half-up to hundredths of a percent; null when max is 0. */
export function indexOf(points: Hundredths, maxPoints: Hundredths): PercentHundredths | null {
  return maxPoints > 0 ? percentOf(points, maxPoints) : null;
}

function isTree(value: CriteriaTree | readonly CriteriaNode[]): value is CriteriaTree {
  return !Array.isArray(value);
}

interface Acc {
  maxApplicable: number;
  self: number;
  final: number;
}

/**
 * Computes a sheet's result. Points are clamped into 0..leaf max (and reported as
 * an issue) so that a bad row can never push the index past its bounds. Leaves with
 * no appraisal yet count 0 in the final totals; progress.appraised tells how complete
 * the appraisal is. Survey leaves count the same imported points in both totals, so
 * the self-vs-appraised gap reflects only what the unit claimed. With the set's default-zero rule
 * (default-zero.ts) an empty bonus/penalty leaf counts as filled at 0 in the progress.
 */
export function computeSheetResult(
  criteria: CriteriaTree | readonly CriteriaNode[],
  entries: readonly SheetEntry[],
  caps: BonusPenaltyCaps,
  defaults: LeafDefaults = NO_LEAF_DEFAULTS,
): SheetResult {
  const tree = isTree(criteria) ? criteria : buildCriteriaTree(criteria);
  const issues: SheetIssue[] = [];
  const entryById = new Map<string, SheetEntry>();
  for (const e of entries) {
    if (!tree.byId.has(e.nodeId)) {
      issues.push({
        code: 'UNKNOWN_NODE',
        nodeCode: null,
        vi: `Phiếu có dòng điểm cho tiêu chí không thuộc bộ chỉ số (${e.nodeId})`,
        en: `The sheet has an entry for a node outside the criteria set (${e.nodeId})`,
      });
      continue;
    }
    entryById.set(e.nodeId, e);
  }

  const nodes = new Map<string, NodeResult>();
  const progress = { total: 0, selfFilled: 0, appraised: 0, surveyTotal: 0, surveyFilled: 0 };

  const clamp = (value: Hundredths | null, t: CriteriaTreeNode): Hundredths => {
    if (value === null) return 0;
    const max = t.node.maxPoints;
    if (!Number.isSafeInteger(value) || value < 0 || value > max) {
      issues.push({
        code: 'POINTS_OUT_OF_RANGE',
        nodeCode: t.node.code,
        vi: `Điểm của tiêu chí ${t.node.code} nằm ngoài khoảng 0..điểm tối đa, đã được giới hạn lại`,
        en: `Points of ${t.node.code} are outside 0..max and were clamped`,
      });
      if (!Number.isFinite(value) || value < 0) return 0;
      return Math.min(Math.round(value), max);
    }
    return value;
  };

  const visit = (t: CriteriaTreeNode, ancestorNotApplicable: boolean): Acc => {
    const entry = entryById.get(t.node.id);
    let notApplicable = ancestorNotApplicable;
    if (entry?.notApplicable && !ancestorNotApplicable) {
      if (t.node.allowNotApplicable) {
        notApplicable = true;
      } else {
        issues.push({
          code: 'NOT_APPLICABLE_NOT_ALLOWED',
          nodeCode: t.node.code,
          vi: `Tiêu chí ${t.node.code} không được phép đánh dấu "không áp dụng"; đã bỏ qua`,
          en: `Node ${t.node.code} does not allow "not applicable"; ignored`,
        });
      }
    }

    const acc: Acc = { maxApplicable: 0, self: 0, final: 0 };
    if (t.children.length > 0) {
      for (const c of t.children) {
        const r = visit(c, notApplicable);
        acc.maxApplicable += r.maxApplicable;
        acc.self += r.self;
        acc.final += r.final;
      }
    } else if (!notApplicable) {
      acc.maxApplicable = t.node.maxPoints;
      if (t.node.section === 'SURVEY') {
        const survey = entry?.surveyPoints ?? null;
        progress.surveyTotal += 1;
        if (survey !== null) progress.surveyFilled += 1;
        acc.self = acc.final = clamp(survey, t);
      } else {
        const self = entryPoints(entry, 'SELF');
        const final = entryPoints(entry, 'FINAL');
        const fill = { selfPoints: self, finalPoints: final };
        if (!t.node.enteredByAssessor) {
          progress.total += 1;
          if (self !== null || selfDefaulted(t.node, fill, defaults)) progress.selfFilled += 1;
          if (final !== null || appraisalDefaulted(t.node, fill, defaults)) progress.appraised += 1;
        }
        acc.self = clamp(self, t);
        acc.final = clamp(final, t);
      }
    } else if (t.node.section !== 'SURVEY' && !t.node.enteredByAssessor) {
      // A not-applicable leaf is complete for both the unit and the appraiser.
      progress.total += 1;
      progress.selfFilled += 1;
      progress.appraised += 1;
    }

    nodes.set(t.node.id, {
      nodeId: t.node.id,
      code: t.node.code,
      title: t.node.title,
      depth: t.depth,
      section: t.node.section,
      notApplicable,
      maxPoints: t.node.maxPoints,
      maxApplicable: acc.maxApplicable,
      selfPoints: acc.self,
      finalPoints: acc.final,
      deductedPoints: acc.maxApplicable - acc.final,
      index: indexOf(acc.final, acc.maxApplicable),
      selfIndex: indexOf(acc.self, acc.maxApplicable),
    });
    return acc;
  };

  const sums: Record<CriteriaSection, Acc> = {
    SCORED: { maxApplicable: 0, self: 0, final: 0 },
    SURVEY: { maxApplicable: 0, self: 0, final: 0 },
    BONUS: { maxApplicable: 0, self: 0, final: 0 },
    PENALTY: { maxApplicable: 0, self: 0, final: 0 },
  };
  for (const root of tree.roots) {
    const r = visit(root, false);
    const s = sums[root.node.section];
    s.maxApplicable += r.maxApplicable;
    s.self += r.self;
    s.final += r.final;
  }

  const maxApplicable = sums.SCORED.maxApplicable + sums.SURVEY.maxApplicable;
  const capped = (raw: Hundredths, cap: Hundredths | null): Hundredths => (cap === null ? raw : Math.min(raw, Math.max(0, cap)));
  const totals = (basis: 'self' | 'final'): SheetTotals => {
    const bonusRaw = sums.BONUS[basis];
    const penaltyRaw = sums.PENALTY[basis];
    const bonus = capped(bonusRaw, caps.bonusCap);
    const penalty = capped(penaltyRaw, caps.penaltyCap);
    const scored = sums.SCORED[basis];
    const survey = sums.SURVEY[basis];
    // A penalty larger than everything earned leaves 0, never a negative index.
    const total = Math.max(0, scored + survey + bonus - penalty);
    return { scored, survey, bonusRaw, bonus, penaltyRaw, penalty, total, index: indexOf(total, maxApplicable) };
  };
  const self = totals('self');
  const final = totals('final');

  const partOfIndex = (t: CriteriaTreeNode): boolean => t.node.section === 'SCORED' || t.node.section === 'SURVEY';
  const areas = tree.roots.filter(partOfIndex).map((r) => nodes.get(r.node.id)!);
  const criteriaResults = [...walkTree(tree.roots)].filter((t) => t.depth === 2 && partOfIndex(t)).map((t) => nodes.get(t.node.id)!);

  return {
    maxApplicable,
    self,
    final,
    index: final.index,
    selfIndex: self.index,
    gap: {
      points: self.total - final.total,
      index: self.index === null || final.index === null ? null : self.index - final.index,
    },
    areas,
    criteria: criteriaResults,
    nodes,
    progress,
    issues,
  };
}
