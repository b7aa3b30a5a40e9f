/**
 * Leaf scoring methods: the unit declares a value, points follow from a pure function.
 *
 * Units of measure (one rule each, so nobody has to guess):
 * - every POINTS field (maxPoints, pointsPerItem, tier points, …) is integer Hundredths;
 * - every PERCENT field in params (tier bounds, shares) is a plain percent 0..100 with
 *   at most 2 decimals (80, 100, 33.33) because admins type and read them as such;
 * - declared values are raw user input (number, decimal string, boolean, level key)
 *   and are validated here, never trusted.
 *
 * NOT_APPLICABLE is not a method: it removes a node from points and maximum and is
 * handled by the aggregation in sheet-index.ts.
 */
import {
  FULL_PERCENT,
  formatHundredths,
  isIntegerAmount,
  mulDivHalfUp,
  parseScaled,
  type Hundredths,
  type LocalizedText,
} from './hundredths';

export const SCORING_METHODS = ['YES_NO', 'COUNT', 'RATIO_TIERS', 'PROPORTIONAL', 'LEVELS', 'DEDUCTION', 'MANUAL', 'SURVEY'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** YES_NO: declared yes (1) → full points, no (0) → 0. No parameters. */
export type YesNoParams = Record<string, never>;

/** COUNT: declared number of items × pointsPerItem, capped at the leaf maximum. */
export interface CountParams {
  readonly pointsPerItem: Hundredths;
}

/**
 * One tier of RATIO_TIERS. Boundary semantics: a tier covers [fromPercent, toPercent)
 * — from inclusive, to exclusive — except that the tier ending at 100 also includes
 * 100 unless a point tier { fromPercent: 100, toPercent: 100 } exists, which then
 * covers exactly 100 %. Exactly one of sharePercent (share of the leaf maximum) or
 * points (Hundredths) gives the tier's value.
 * Typical: [{0,80 → 0}, {80,100 → 50 %}, {100,100 → 100 %}].
 */
export interface RatioTier {
  readonly fromPercent: number;
  readonly toPercent: number;
  readonly sharePercent?: number;
  readonly points?: Hundredths;
}
export interface RatioTiersParams {
  readonly tiers: readonly RatioTier[];
}

/** PROPORTIONAL: declared percent 0..100 × maximum, half-up. No parameters. */
export type ProportionalParams = Record<string, never>;

/** One qualitative level of LEVELS (e.g. { key: 'tot', labelVi: 'Tốt', sharePercent: 100 }). */
export interface LevelDefinition {
  readonly key: string;
  readonly labelVi: string;
  readonly labelEn?: string;
  readonly sharePercent: number;
}
export interface LevelsParams {
  readonly levels: readonly LevelDefinition[];
}

/** DEDUCTION: maximum − violations × pointsPerViolation, floor 0. */
export interface DeductionParams {
  readonly pointsPerViolation: Hundredths;
}

/**
 * MANUAL: the declared value is points (decimal, e.g. 1.25) in 0..max, a multiple of
 * `step` (default 25 hundredths = 0.25 point). The maximum itself is always accepted
 * even when it is not a multiple of the step, so full points are always reachable.
 */
export interface ManualParams {
  readonly step?: Hundredths;
}

/**
 * SURVEY: the value comes from imported survey results (SIPAS, sociological survey),
 * not from the unit. basis 'PERCENT' (recommended; what survey tools report): the
 * declared value is a satisfaction/score percent 0..100 and points = percent × max.
 * basis 'POINTS': the import already holds points 0..max (2 decimals).
 */
export interface SurveyParams {
  readonly basis: 'PERCENT' | 'POINTS';
}

export interface MethodParamsMap {
  YES_NO: YesNoParams;
  COUNT: CountParams;
  RATIO_TIERS: RatioTiersParams;
  PROPORTIONAL: ProportionalParams;
  LEVELS: LevelsParams;
  DEDUCTION: DeductionParams;
  MANUAL: ManualParams;
  SURVEY: SurveyParams;
}
export type MethodParams = MethodParamsMap[ScoringMethod];

/** A method together with its parameters, as stored on a criteria leaf. */
export type LeafScoring = {
  [M in ScoringMethod]: { readonly method: M; readonly params: MethodParamsMap[M] };
}[ScoringMethod];

/** Raw value declared by the unit (or imported for SURVEY). */
export type DeclaredValue = number | string | boolean | null | undefined;

export interface ScoringError extends LocalizedText {
  readonly code: 'BAD_USER_INPUT';
}
export type LeafPointsResult = { readonly points: Hundredths } | { readonly error: ScoringError };

/** Optional context used only to make messages precise ("tiêu chí 1.2"). */
export interface LeafContext {
  readonly code?: string;
}

export interface ParamsIssue extends LocalizedText {
  readonly field: string;
}

const MANUAL_DEFAULT_STEP: Hundredths = 25;

// ---------------------------------------------------------------------------
// parameter validation

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts a params percent (0..100, ≤ 2 decimals) to hundredths of a percent, or null. */
function percentParam(value: unknown): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const parsed = parseScaled(value, 2);
  if (!parsed.ok || parsed.value < 0 || parsed.value > FULL_PERCENT) return null;
  return parsed.value;
}

function positiveAmount(value: unknown): value is number {
  return isIntegerAmount(value) && value > 0;
}

function issue(field: string, vi: string, en: string): ParamsIssue {
  return { field, vi, en };
}

interface NormalizedTier {
  readonly from: number; // hundredths of a percent
  readonly to: number;
  readonly shareOrPoints: { readonly share: number } | { readonly points: Hundredths };
}

function normalizeTiers(params: unknown, issues: ParamsIssue[], maxPoints?: Hundredths): NormalizedTier[] {
  const tiers = isRecord(params) ? params['tiers'] : undefined;
  if (!Array.isArray(tiers) || tiers.length === 0) {
    issues.push(issue('tiers', 'Cần khai báo ít nhất một mức tỷ lệ', 'At least one ratio tier is required'));
    return [];
  }
  const result: NormalizedTier[] = [];
  tiers.forEach((raw: unknown, i) => {
    const label = `tiers[${i}]`;
    if (!isRecord(raw)) {
      issues.push(issue(label, `Mức ${i + 1} không hợp lệ`, `Tier ${i + 1} is not an object`));
      return;
    }
    const from = percentParam(raw['fromPercent']);
    const to = percentParam(raw['toPercent']);
    if (from === null || to === null) {
      issues.push(issue(label, `Mức ${i + 1}: cận phải là tỷ lệ từ 0 đến 100`, `Tier ${i + 1}: bounds must be percents in 0..100`));
      return;
    }
    if (from > to || (from === to && from !== FULL_PERCENT)) {
      issues.push(
        issue(
          label,
          `Mức ${i + 1}: cận dưới phải nhỏ hơn cận trên (chỉ mức 100–100 được phép bằng nhau)`,
          `Tier ${i + 1}: from must be below to (only the 100–100 tier may be a single point)`,
        ),
      );
      return;
    }
    const hasShare = raw['sharePercent'] !== undefined;
    const hasPoints = raw['points'] !== undefined;
    if (hasShare === hasPoints) {
      issues.push(
        issue(
          label,
          `Mức ${i + 1}: cần đúng một trong hai: tỷ lệ điểm hoặc số điểm`,
          `Tier ${i + 1}: give exactly one of sharePercent or points`,
        ),
      );
      return;
    }
    if (hasShare) {
      const share = percentParam(raw['sharePercent']);
      if (share === null) {
        issues.push(issue(label, `Mức ${i + 1}: tỷ lệ điểm phải từ 0 đến 100`, `Tier ${i + 1}: sharePercent must be in 0..100`));
        return;
      }
      result.push({ from, to, shareOrPoints: { share } });
    } else {
      const points = raw['points'];
      if (!isIntegerAmount(points) || points < 0 || (maxPoints !== undefined && points > maxPoints)) {
        issues.push(
          issue(
            label,
            `Mức ${i + 1}: số điểm phải là số nguyên phần trăm điểm trong khoảng 0..điểm tối đa`,
            `Tier ${i + 1}: points must be integer hundredths within 0..max`,
          ),
        );
        return;
      }
      result.push({ from, to, shareOrPoints: { points } });
    }
  });
  if (result.length !== tiers.length) return result;

  // Coverage: sorted tiers must chain 0 → 100 with no gap or overlap.
  const sorted = [...result].sort((a, b) => a.from - b.from || a.to - b.to);
  let cursor = 0;
  let coverageOk = true;
  for (const tier of sorted) {
    if (tier.from === FULL_PERCENT && tier.to === FULL_PERCENT) {
      if (cursor !== FULL_PERCENT) coverageOk = false;
      continue;
    }
    if (tier.from !== cursor) {
      coverageOk = false;
      break;
    }
    cursor = tier.to;
  }
  const pointTiers = sorted.filter((t) => t.from === FULL_PERCENT).length;
  if (!coverageOk || cursor !== FULL_PERCENT || pointTiers > 1) {
    issues.push(
      issue(
        'tiers',
        'Các mức tỷ lệ phải phủ kín 0–100%, không hở và không chồng lấn (mỗi mức [từ, đến), mức cuối gồm cả 100%)',
        'Tiers must cover 0–100% with no gaps or overlaps (each tier is [from, to), the last one includes 100%)',
      ),
    );
  }
  return sorted;
}

function validateLevels(params: unknown, issues: ParamsIssue[]): LevelDefinition[] {
  const levels = isRecord(params) ? params['levels'] : undefined;
  if (!Array.isArray(levels) || levels.length === 0) {
    issues.push(issue('levels', 'Cần khai báo ít nhất một mức đánh giá', 'At least one level is required'));
    return [];
  }
  const seen = new Set<string>();
  const result: LevelDefinition[] = [];
  levels.forEach((raw: unknown, i) => {
    const label = `levels[${i}]`;
    if (!isRecord(raw) || typeof raw['key'] !== 'string' || raw['key'].trim() === '') {
      issues.push(issue(label, `Mức ${i + 1}: thiếu mã mức`, `Level ${i + 1}: key is required`));
      return;
    }
    const key = raw['key'];
    if (seen.has(key)) {
      issues.push(issue(label, `Mã mức "${key}" bị trùng`, `Duplicate level key "${key}"`));
      return;
    }
    seen.add(key);
    if (typeof raw['labelVi'] !== 'string' || raw['labelVi'].trim() === '') {
      issues.push(issue(label, `Mức "${key}": thiếu tên tiếng Việt`, `Level "${key}": labelVi is required`));
      return;
    }
    if (percentParam(raw['sharePercent']) === null) {
      issues.push(issue(label, `Mức "${key}": tỷ lệ điểm phải từ 0 đến 100`, `Level "${key}": sharePercent must be in 0..100`));
      return;
    }
    result.push({
      key,
      labelVi: raw['labelVi'],
      labelEn: typeof raw['labelEn'] === 'string' ? raw['labelEn'] : undefined,
      sharePercent: raw['sharePercent'] as number,
    });
  });
  return result;
}

/**
 * Validates the parameters of a method (stored as JSON, hence `unknown`). Returns
 * an empty list when valid. maxPoints, when known, enables checks against it.
 */
export function validateMethodParams(method: string, params: unknown, maxPoints?: Hundredths): ParamsIssue[] {
  const issues: ParamsIssue[] = [];
  if (!(SCORING_METHODS as readonly string[]).includes(method)) {
    issues.push(issue('method', `Phương pháp chấm "${method}" không tồn tại`, `Unknown scoring method "${method}"`));
    return issues;
  }
  if (params !== undefined && params !== null && !isRecord(params)) {
    issues.push(issue('params', 'Tham số phải là một đối tượng', 'Params must be an object'));
    return issues;
  }
  const p: Record<string, unknown> = isRecord(params) ? params : {};
  switch (method as ScoringMethod) {
    case 'YES_NO':
    case 'PROPORTIONAL':
      break;
    case 'COUNT':
      if (!positiveAmount(p['pointsPerItem'])) {
        issues.push(
          issue(
            'pointsPerItem',
            'Điểm mỗi đơn vị phải là số dương (tính bằng phần trăm điểm)',
            'pointsPerItem must be a positive integer number of hundredths',
          ),
        );
      }
      break;
    case 'DEDUCTION':
      if (!positiveAmount(p['pointsPerViolation'])) {
        issues.push(
          issue(
            'pointsPerViolation',
            'Điểm trừ mỗi vi phạm phải là số dương (tính bằng phần trăm điểm)',
            'pointsPerViolation must be a positive integer number of hundredths',
          ),
        );
      }
      break;
    case 'RATIO_TIERS':
      normalizeTiers(p, issues, maxPoints);
      break;
    case 'LEVELS':
      validateLevels(p, issues);
      break;
    case 'MANUAL':
      if (p['step'] !== undefined && !positiveAmount(p['step'])) {
        issues.push(issue('step', 'Bước điểm phải là số dương', 'step must be a positive integer number of hundredths'));
      }
      break;
    case 'SURVEY':
      if (p['basis'] !== 'PERCENT' && p['basis'] !== 'POINTS') {
        issues.push(issue('basis', 'Cần chọn cách quy đổi kết quả khảo sát (PERCENT hoặc POINTS)', 'basis must be PERCENT or POINTS'));
      }
      break;
  }
  if (maxPoints !== undefined && (!isIntegerAmount(maxPoints) || maxPoints < 0)) {
    issues.push(issue('maxPoints', 'Điểm tối đa không hợp lệ', 'maxPoints must be a non-negative integer of hundredths'));
  }
  return issues;
}

// ---------------------------------------------------------------------------
// computing points

function criterionLabel(ctx: LeafContext | undefined): { vi: string; en: string } {
  return ctx?.code ? { vi: `tiêu chí ${ctx.code}`, en: `criterion ${ctx.code}` } : { vi: 'tiêu chí', en: 'the criterion' };
}

function fail(vi: string, en: string): { error: ScoringError } {
  return { error: { code: 'BAD_USER_INPUT', vi, en } };
}

function isMissing(value: DeclaredValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

type NumericInput = { ok: true; value: number } | { ok: false; error: ScoringError };

/** Parses a declared number with at most `decimals` decimals, scaled by 10^decimals. */
function declaredNumber(value: DeclaredValue, decimals: number, ctx: LeafContext | undefined): NumericInput {
  const label = criterionLabel(ctx);
  if (typeof value === 'boolean' || isMissing(value)) {
    return { ok: false, ...fail(`Giá trị kê khai của ${label.vi} không phải là số`, `The declared value of ${label.en} is not a number`) };
  }
  const parsed = parseScaled(value as number | string, decimals);
  if (!parsed.ok) {
    if (parsed.reason === 'OUT_OF_RANGE') {
      return {
        ok: false,
        ...fail(`Giá trị kê khai của ${label.vi} quá lớn hoặc quá dài`, `The declared value of ${label.en} is too large or too long`),
      };
    }
    if (parsed.reason === 'TOO_MANY_DECIMALS') {
      return {
        ok: false,
        ...fail(
          decimals === 0
            ? `Số lượng kê khai của ${label.vi} phải là số nguyên`
            : `Giá trị kê khai của ${label.vi} chỉ được có tối đa ${decimals} chữ số thập phân`,
          decimals === 0
            ? `The declared count of ${label.en} must be a whole number`
            : `The declared value of ${label.en} may have at most ${decimals} decimals`,
        ),
      };
    }
    return { ok: false, ...fail(`Giá trị kê khai của ${label.vi} không phải là số`, `The declared value of ${label.en} is not a number`) };
  }
  if (parsed.value < 0) {
    return {
      ok: false,
      ...fail(`Giá trị kê khai của ${label.vi} không được âm`, `The declared value of ${label.en} must not be negative`),
    };
  }
  return { ok: true, value: parsed.value };
}

/** Declared percent 0..100 (≤ 2 decimals) → hundredths of a percent. */
function declaredPercent(value: DeclaredValue, ctx: LeafContext | undefined): NumericInput {
  const n = declaredNumber(value, 2, ctx);
  if (!n.ok) return n;
  if (n.value > FULL_PERCENT) {
    const label = criterionLabel(ctx);
    return {
      ok: false,
      ...fail(`Tỷ lệ kê khai của ${label.vi} phải từ 0 đến 100%`, `The declared percent of ${label.en} must be within 0–100%`),
    };
  }
  return n;
}

const YES_VALUES = new Set(['1', 'true', 'yes', 'y', 'có', 'co', 'x']);
const NO_VALUES = new Set(['0', 'false', 'no', 'n', 'không', 'khong']);

function declaredYesNo(value: DeclaredValue): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value === 'string') {
    const v = value.trim().normalize('NFC').toLowerCase();
    if (YES_VALUES.has(v)) return true;
    if (NO_VALUES.has(v)) return false;
  }
  return null;
}

function overMax(points: Hundredths, maxPoints: Hundredths, ctx: LeafContext | undefined): { error: ScoringError } {
  const label = criterionLabel(ctx);
  return fail(
    `Điểm vượt quá điểm tối đa của ${label.vi} (${formatHundredths(maxPoints, 'vi')})`,
    `Points exceed the maximum of ${label.en} (${formatHundredths(maxPoints, 'en')}); got ${formatHundredths(points, 'en')}`,
  );
}

/**
 * Points of a leaf from its method, params and the declared value.
 * Invalid params (a configuration problem) are reported as an error too, so a
 * broken criteria set can never silently produce points.
 */
export function computeLeafPoints<M extends ScoringMethod>(
  method: M,
  params: MethodParamsMap[M] | unknown,
  maxPoints: Hundredths,
  declaredValue: DeclaredValue,
  ctx?: LeafContext,
): LeafPointsResult {
  return leafPointsRule(method, params, maxPoints, ctx)(declaredValue);
}

/** A leaf's rule with its parameters validated and prepared once: declared value → points. */
export type LeafPointsRule = (declaredValue: DeclaredValue) => LeafPointsResult;

/**
 * computeLeafPoints with the leaf fixed: the parameters are validated and prepared (tiers sorted,
 * levels read) once, then every declared value is scored by the same code. Scoring thousands of
 * sheets against one criteria set (a year recompute) validates each leaf's parameters once
 * instead of once per entry; computeLeafPoints itself is this rule applied once, so both give the
 * same points and the same errors.
 */
export function leafPointsRule<M extends ScoringMethod>(
  method: M,
  params: MethodParamsMap[M] | unknown,
  maxPoints: Hundredths,
  ctx?: LeafContext,
): LeafPointsRule {
  const label = criterionLabel(ctx);
  const paramIssues = validateMethodParams(method, params, maxPoints);
  if (paramIssues.length > 0) {
    const invalid = fail(
      `Cấu hình cách chấm của ${label.vi} không hợp lệ: ${paramIssues.map((i) => i.vi).join('; ')}`,
      `Scoring configuration of ${label.en} is invalid: ${paramIssues.map((i) => i.en).join('; ')}`,
    );
    return () => invalid;
  }
  const p = (isRecord(params) ? params : {}) as Record<string, unknown>;
  const scored = scoreDeclared(method as ScoringMethod, p, maxPoints, ctx, label);
  return (declaredValue) => {
    if (isMissing(declaredValue)) return fail(`Chưa kê khai giá trị cho ${label.vi}`, `No value declared for ${label.en}`);
    return scored(declaredValue);
  };
}

/** The method's scoring of a present declared value, over parameters already validated. */
function scoreDeclared(
  method: ScoringMethod,
  p: Record<string, unknown>,
  maxPoints: Hundredths,
  ctx: LeafContext | undefined,
  label: { vi: string; en: string },
): LeafPointsRule {
  switch (method) {
    case 'YES_NO':
      return (declaredValue) => {
        const yes = declaredYesNo(declaredValue);
        if (yes === null) {
          return fail(`Giá trị của ${label.vi} phải là Có (1) hoặc Không (0)`, `The value of ${label.en} must be yes (1) or no (0)`);
        }
        return { points: yes ? maxPoints : 0 };
      };
    case 'COUNT': {
      const pointsPerItem = p['pointsPerItem'] as number;
      return (declaredValue) => {
        const n = declaredNumber(declaredValue, 0, ctx);
        if (!n.ok) return { error: n.error };
        // Multiply with BigInt-safe helper then cap: counts can be large (e.g. 10 000 records).
        const raw = mulDivHalfUp(n.value, pointsPerItem, 1);
        return { points: Math.min(raw, maxPoints) };
      };
    }
    case 'DEDUCTION': {
      const pointsPerViolation = p['pointsPerViolation'] as number;
      return (declaredValue) => {
        const n = declaredNumber(declaredValue, 0, ctx);
        if (!n.ok) return { error: n.error };
        const deducted = mulDivHalfUp(n.value, pointsPerViolation, 1);
        return { points: Math.max(0, maxPoints - deducted) };
      };
    }
    case 'PROPORTIONAL':
      return (declaredValue) => {
        const pct = declaredPercent(declaredValue, ctx);
        if (!pct.ok) return { error: pct.error };
        return { points: mulDivHalfUp(maxPoints, pct.value, FULL_PERCENT) };
      };
    case 'RATIO_TIERS': {
      const tiers = normalizeTiers(p, [], maxPoints);
      return (declaredValue) => {
        const pct = declaredPercent(declaredValue, ctx);
        if (!pct.ok) return { error: pct.error };
        const tier = findTier(tiers, pct.value);
        if (!tier) {
          return fail(`Không có mức tỷ lệ nào phù hợp cho ${label.vi}`, `No tier matches the declared percent of ${label.en}`);
        }
        const value =
          'share' in tier.shareOrPoints ? mulDivHalfUp(maxPoints, tier.shareOrPoints.share, FULL_PERCENT) : tier.shareOrPoints.points;
        return { points: Math.min(value, maxPoints) };
      };
    }
    case 'LEVELS': {
      const levels = validateLevels(p, []);
      return (declaredValue) => {
        const key = typeof declaredValue === 'string' ? declaredValue.trim() : String(declaredValue);
        const level = levels.find((l) => l.key === key);
        if (!level) {
          const options = levels.map((l) => `${l.key} (${l.labelVi})`).join(', ');
          return fail(
            `Mức "${key}" không hợp lệ cho ${label.vi}; chọn một trong: ${options}`,
            `Level "${key}" is not valid for ${label.en}; choose one of: ${levels.map((l) => l.key).join(', ')}`,
          );
        }
        const share = percentParam(level.sharePercent) ?? 0;
        return { points: mulDivHalfUp(maxPoints, share, FULL_PERCENT) };
      };
    }
    case 'MANUAL': {
      const step = (p['step'] as number | undefined) ?? MANUAL_DEFAULT_STEP;
      return (declaredValue) => {
        const n = declaredNumber(declaredValue, 2, ctx);
        if (!n.ok) return { error: n.error };
        if (n.value > maxPoints) return overMax(n.value, maxPoints, ctx);
        if (n.value % step !== 0 && n.value !== maxPoints) {
          return fail(
            `Điểm của ${label.vi} phải theo bước ${formatHundredths(step, 'vi')} điểm`,
            `Points of ${label.en} must be in steps of ${formatHundredths(step, 'en')}`,
          );
        }
        return { points: n.value };
      };
    }
    case 'SURVEY':
      if (p['basis'] === 'POINTS')
        return (declaredValue) => {
          const n = declaredNumber(declaredValue, 2, ctx);
          if (!n.ok) return { error: n.error };
          if (n.value > maxPoints) return overMax(n.value, maxPoints, ctx);
          return { points: n.value };
        };
      return (declaredValue) => {
        const pct = declaredPercent(declaredValue, ctx);
        if (!pct.ok) return { error: pct.error };
        return { points: mulDivHalfUp(maxPoints, pct.value, FULL_PERCENT) };
      };
  }
  return () => fail(`Phương pháp chấm "${String(method)}" không tồn tại`, `Unknown scoring method "${String(method)}"`);
}

/** The tier containing `pct` (hundredths of a percent) under the [from, to) rule. */
function findTier(sorted: readonly NormalizedTier[], pct: number): NormalizedTier | undefined {
  if (pct === FULL_PERCENT) {
    const point = sorted.find((t) => t.from === FULL_PERCENT && t.to === FULL_PERCENT);
    if (point) return point;
    return sorted.find((t) => t.to === FULL_PERCENT);
  }
  return sorted.find((t) => t.from <= pct && pct < t.to);
}

/**
 * Checks points entered directly (self or appraisal points typed by a person, not
 * computed from a declared value): integer hundredths in 0..max.
 */
export function validatePoints(points: unknown, maxPoints: Hundredths, ctx?: LeafContext): ScoringError | null {
  const label = criterionLabel(ctx);
  if (typeof points !== 'number' || Number.isNaN(points)) {
    return fail(`Điểm của ${label.vi} không phải là số`, `Points of ${label.en} are not a number`).error;
  }
  if (!Number.isSafeInteger(points)) {
    return fail(`Điểm của ${label.vi} chỉ được có tối đa 2 chữ số thập phân`, `Points of ${label.en} may have at most 2 decimals`).error;
  }
  if (points < 0) return fail(`Điểm của ${label.vi} không được âm`, `Points of ${label.en} must not be negative`).error;
  if (points > maxPoints) return overMax(points, maxPoints, ctx).error;
  return null;
}
