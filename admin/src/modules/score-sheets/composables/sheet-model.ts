/**
 * The score sheet's arithmetic in the browser. It calls the server's own pure rules
 * (server/src/domain/scoring via the `@domain` alias), so the points and the index shown while
 * typing are exactly what the server computes and stores. Amounts are integer hundredths inside;
 * the API speaks decimal points (Float with 2 decimals).
 */
import { computeLeafPoints, type DeclaredValue, type LevelDefinition, type ScoringMethod } from '@domain/scoring/scoring-methods';
import { computeSheetResult, type SheetEntry, type SheetResult } from '@domain/scoring/sheet-index';
import { NO_LEAF_DEFAULTS, type LeafDefaults } from '@domain/scoring/default-zero';
import { buildCriteriaTree, compareCodes, type CriteriaNode, type CriteriaSection, type CriteriaTree } from '@domain/scoring/criteria-tree';
import { fromHundredths, parseScaled, toHundredths, type Hundredths } from '@domain/scoring/hundredths';

export type Locale = 'vi' | 'en';

/** A criteria node as the API returns it (points as decimals, params as a JSON string). */
export interface ApiCriteriaNode {
  id: string;
  parentId?: string | null;
  code: string;
  title: string;
  maxPoints: number;
  section: CriteriaSection | string;
  allowNotApplicable: boolean;
  method?: ScoringMethod | string | null;
  params?: string | null;
  sortOrder?: number | null;
  evidenceGuidance?: string | null;
  scoringGuidance?: string | null;
  /** Entered by the assessor (issue 10 §2): read-only for the unit. */
  enteredByAssessor?: boolean;
  assessorEntryReason?: string | null;
}

/**
 * The criteria tree of a sheet, from `ScoreSheet.criteria`: every node of the set (areas,
 * criteria, the survey part, the bonus and penalty blocks) with its own title, maximum and
 * parent, in code order.
 */
export function nodesFromCriteria(criteria: readonly ApiCriteriaNode[]): ApiCriteriaNode[] {
  return criteria
    .map((n) => ({
      id: n.id,
      parentId: n.parentId ?? null,
      code: n.code,
      title: n.title,
      maxPoints: n.maxPoints,
      section: n.section,
      allowNotApplicable: n.allowNotApplicable,
      method: n.method ?? null,
      params: n.params ?? null,
      sortOrder: n.sortOrder ?? null,
      evidenceGuidance: n.evidenceGuidance ?? null,
      scoringGuidance: n.scoringGuidance ?? null,
      enteredByAssessor: n.enteredByAssessor ?? false,
      assessorEntryReason: n.assessorEntryReason ?? null,
    }))
    .sort((a, b) => compareCodes(a.code, b.code));
}

/** The stored part of an entry this model needs. */
export interface ApiEntryPoints {
  criterionId: string;
  declaredValue?: string | null;
  notApplicable?: boolean | null;
  selfPoints?: number | null;
  round1Points?: number | null;
  round2Points?: number | null;
  surveyPoints?: number | null;
}

/** What the input control of a leaf looks like, by method. */
export type InputKind = 'yesNo' | 'count' | 'percent' | 'level' | 'violations' | 'points' | 'survey';

export const INPUT_KIND: Record<ScoringMethod, InputKind> = {
  YES_NO: 'yesNo',
  COUNT: 'count',
  RATIO_TIERS: 'percent',
  PROPORTIONAL: 'percent',
  LEVELS: 'level',
  DEDUCTION: 'violations',
  MANUAL: 'points',
  SURVEY: 'survey',
};

export function inputKindOf(method: string | null | undefined): InputKind | null {
  return method && method in INPUT_KIND ? INPUT_KIND[method as ScoringMethod] : null;
}

export function parseParams(params: string | null | undefined | unknown): unknown {
  if (params == null || params === '') return {};
  if (typeof params !== 'string') return params;
  try {
    return JSON.parse(params) as unknown;
  } catch {
    return {};
  }
}

/** Decimal points from the API → integer hundredths (null stays null). */
export function hundredths(points: number | null | undefined): Hundredths | null {
  if (points === null || points === undefined || Number.isNaN(points)) return null;
  return toHundredths(points);
}

export function toDomainNode(n: ApiCriteriaNode): CriteriaNode {
  return {
    id: n.id,
    parentId: n.parentId ?? null,
    code: n.code,
    title: n.title,
    maxPoints: hundredths(n.maxPoints) ?? 0,
    section: n.section as CriteriaSection,
    allowNotApplicable: n.allowNotApplicable,
    method: (n.method as ScoringMethod | null | undefined) ?? null,
    params: parseParams(n.params),
    sortOrder: n.sortOrder ?? null,
    // The default-zero rule never applies to leaves the assessor enters (as on the server).
    enteredByAssessor: n.enteredByAssessor ?? false,
  };
}

export function buildTree(nodes: readonly ApiCriteriaNode[]): CriteriaTree {
  return buildCriteriaTree(nodes.map(toDomainNode));
}

export function levelsOf(node: ApiCriteriaNode): LevelDefinition[] {
  const p = parseParams(node.params) as { levels?: LevelDefinition[] };
  return Array.isArray(p.levels) ? p.levels : [];
}

export interface LeafOutcome {
  /** Points in hundredths, null when nothing is declared yet or the value is invalid. */
  points: Hundredths | null;
  /** Localized reason the value is refused (out of range, not a number, …). */
  error: string | null;
}

function isBlank(v: DeclaredValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Points of one leaf for what the unit typed, by the server's rule. Empty → no points and no
 * error (not filled yet). SURVEY leaves are not declared by the unit.
 */
export function leafOutcome(node: ApiCriteriaNode, declared: DeclaredValue, locale: Locale = 'vi'): LeafOutcome {
  if (isBlank(declared) || !node.method || node.method === 'SURVEY') return { points: null, error: null };
  const result = computeLeafPoints(node.method as ScoringMethod, parseParams(node.params), hundredths(node.maxPoints) ?? 0, declared, {
    code: node.code,
  });
  if ('error' in result) return { points: null, error: result.error[locale] };
  return { points: result.points, error: null };
}

/**
 * An appraiser's typed points ("7,5", "7.25"): 0..max with at most 2 decimals. Returns the
 * hundredths or a localized error; blank → null without error.
 */
export function parseAppraisalPoints(
  text: string,
  node: ApiCriteriaNode,
  locale: Locale = 'vi',
): { points: Hundredths | null; error: string | null } {
  if (text.trim() === '') return { points: null, error: null };
  const parsed = parseScaled(text, 2);
  const max = hundredths(node.maxPoints) ?? 0;
  const label = locale === 'vi' ? `tiêu chí ${node.code}` : `criterion ${node.code}`;
  if (!parsed.ok) {
    return {
      points: null,
      error:
        parsed.reason === 'TOO_MANY_DECIMALS'
          ? locale === 'vi'
            ? `Điểm của ${label} chỉ được có tối đa 2 chữ số thập phân`
            : `Points of ${label} may have at most 2 decimals`
          : locale === 'vi'
            ? `Điểm của ${label} không phải là số`
            : `Points of ${label} are not a number`,
    };
  }
  if (parsed.value < 0) {
    return { points: null, error: locale === 'vi' ? `Điểm của ${label} không được âm` : `Points of ${label} must not be negative` };
  }
  if (parsed.value > max) {
    const maxText = formatPointsText(max, locale);
    return {
      points: null,
      error: locale === 'vi' ? `Điểm vượt quá điểm tối đa của ${label} (${maxText})` : `Points exceed the maximum of ${label} (${maxText})`,
    };
  }
  return { points: parsed.value, error: null };
}

// One formatter per locale: building an Intl.NumberFormat costs tens of µs, and a sheet formats
// every leaf's maximum, points and totals while it is drawn.
const pointsFormats = new Map<Locale, Intl.NumberFormat>();

export function formatPointsText(value: Hundredths, locale: Locale = 'vi'): string {
  let f = pointsFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    pointsFormats.set(locale, f);
  }
  return f.format(fromHundredths(value));
}

/** Index (hundredths of a percent) → "87,25 %". */
export function formatIndexText(value: number | null, locale: Locale = 'vi'): string {
  if (value === null) return '—';
  return `${formatPointsText(value, locale)} %`;
}

/** Unit's draft for one leaf, as typed. */
export interface SelfDraft {
  declaredValue: string;
  notApplicable: boolean;
}

/** Appraiser's draft for one leaf of the current round. */
export interface AppraisalDraft {
  points: string;
  note: string;
}

export type AppraisalRound = 1 | 2;

export interface SheetComputation {
  result: SheetResult;
  /** Per leaf: the points the unit's draft earns (hundredths) and its error. */
  self: Map<string, LeafOutcome>;
  /** Per leaf: the appraiser's draft points and error of the current round. */
  appraisal: Map<string, LeafOutcome>;
  /** Number of leaves whose draft is invalid (blocks saving those leaves and submitting). */
  errorCount: number;
}

/**
 * Everything the sheet shows, from the stored entries overlaid with the drafts being typed:
 * per-leaf points, area subtotals (result.nodes) and the totals and index (result.self/final).
 */
export function computeSheet(
  nodes: readonly ApiCriteriaNode[],
  entries: readonly ApiEntryPoints[],
  options: {
    selfDrafts?: ReadonlyMap<string, SelfDraft>;
    appraisalDrafts?: ReadonlyMap<string, AppraisalDraft>;
    round?: AppraisalRound;
    bonusCap?: number | null;
    penaltyCap?: number | null;
    locale?: Locale;
    /** The set's rules (ScoreSheet.group.bonusPenaltyDefaultZero): the progress counts defaulted leaves as filled. */
    defaults?: LeafDefaults;
  } = {},
): SheetComputation {
  const locale = options.locale ?? 'vi';
  const round = options.round ?? 1;
  const tree = buildTree(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const stored = new Map(entries.map((e) => [e.criterionId, e]));
  const self = new Map<string, LeafOutcome>();
  const appraisal = new Map<string, LeafOutcome>();
  let errorCount = 0;
  const sheetEntries: SheetEntry[] = [];

  for (const node of nodes) {
    const isLeaf = !(tree.byId.get(node.id)?.children.length ?? 0);
    const e = stored.get(node.id);
    const draft = options.selfDrafts?.get(node.id);
    const notApplicable = draft ? draft.notApplicable : !!e?.notApplicable;
    let selfPoints = hundredths(e?.selfPoints);
    if (isLeaf && draft && node.section !== 'SURVEY') {
      const outcome = notApplicable ? { points: null, error: null } : leafOutcome(byId.get(node.id)!, draft.declaredValue, locale);
      self.set(node.id, outcome);
      if (outcome.error) errorCount++;
      selfPoints = outcome.points;
    } else if (isLeaf) {
      self.set(node.id, { points: selfPoints, error: null });
    }
    let round1 = hundredths(e?.round1Points);
    let round2 = hundredths(e?.round2Points);
    const a = options.appraisalDrafts?.get(node.id);
    if (isLeaf && a) {
      const outcome = parseAppraisalPoints(a.points, node, locale);
      appraisal.set(node.id, outcome);
      if (outcome.error) errorCount++;
      if (!outcome.error) {
        if (round === 2) round2 = outcome.points;
        else round1 = outcome.points;
      }
    }
    if (!e && !draft && !a) continue;
    sheetEntries.push({
      nodeId: node.id,
      selfPoints,
      round1Points: round1,
      round2Points: round2,
      notApplicable,
      surveyPoints: hundredths(e?.surveyPoints),
    });
  }

  const result = computeSheetResult(
    tree,
    sheetEntries,
    {
      bonusCap: hundredths(options.bonusCap ?? null),
      penaltyCap: hundredths(options.penaltyCap ?? null),
    },
    options.defaults ?? NO_LEAF_DEFAULTS,
  );
  return { result, self, appraisal, errorCount };
}

/** Display rows of the criteria tree in order (depth-first), with depth and leaf flag. */
export interface SheetRow {
  node: ApiCriteriaNode;
  depth: number;
  isLeaf: boolean;
}

export function sheetRows(nodes: readonly ApiCriteriaNode[]): SheetRow[] {
  const tree = buildTree(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rows: SheetRow[] = [];
  const visit = (t: (typeof tree.roots)[number]) => {
    const node = byId.get(t.node.id);
    if (node) rows.push({ node, depth: t.depth, isLeaf: t.children.length === 0 });
    for (const c of t.children) visit(c);
  };
  for (const r of tree.roots) visit(r);
  return rows;
}

/**
 * Whether the appraiser's points differ from what the unit claimed (an override), which the
 * domain requires to carry a note.
 */
export function isOverride(appraised: Hundredths | null, self: Hundredths | null): boolean {
  return appraised !== null && appraised !== (self ?? 0);
}
