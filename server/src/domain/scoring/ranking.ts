/**
 * Ranking, classification and the head's rating (§7 of the domain brief).
 * Bands and rating mappings are data the province edits per year; the defaults
 * below are only what a new year copies.
 */
import { FULL_PERCENT, formatHundredths, percentOf, type LocalizedText, type PercentHundredths } from './hundredths';

// ---------------------------------------------------------------------------
// ranking

export interface RankInput {
  readonly unitId: string;
  /** Display name, e.g. "Phường Đông Mai"; ties are ordered by it (Vietnamese collation). */
  readonly unitName: string;
  /** Index in hundredths of a percent; null = no result yet (listed last, unranked). */
  readonly index: PercentHundredths | null;
}

export interface RankedUnit<T extends RankInput = RankInput> {
  readonly item: T;
  /** Competition rank: equal indices share a rank and the next one skips (1, 2, 2, 4). */
  readonly rank: number | null;
  /** 1-based display position (ties in Vietnamese alphabetical order). */
  readonly position: number;
  /** True when another unit has the same rank. */
  readonly tied: boolean;
}

/** Vietnamese collation: "Dương" < "Đông" (đ is a letter after d), tones a < à < ả < ã < á < ạ. */
const viCollator = new Intl.Collator('vi');

/** Vietnamese alphabetical comparison of unit names. */
export function compareVietnamese(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/**
 * Ranks one list (one group, or one group under one assessor): descending index,
 * ties share a rank and the next skips; within a tie, Vietnamese alphabetical
 * order of names, then unit id to keep the output stable.
 */
export function rankUnits<T extends RankInput>(items: readonly T[]): RankedUnit<T>[] {
  const sorted = [...items].sort((a, b) => {
    if (a.index !== b.index) {
      if (a.index === null) return 1;
      if (b.index === null) return -1;
      return b.index - a.index;
    }
    return compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
  });
  const counts = new Map<number, number>();
  for (const i of sorted) if (i.index !== null) counts.set(i.index, (counts.get(i.index) ?? 0) + 1);

  const result: RankedUnit<T>[] = [];
  let rank = 0;
  let previous: number | null = null;
  sorted.forEach((item, i) => {
    if (item.index === null) {
      result.push({ item, rank: null, position: i + 1, tied: false });
      return;
    }
    if (item.index !== previous) {
      rank = i + 1;
      previous = item.index;
    }
    result.push({ item, rank, position: i + 1, tied: (counts.get(item.index) ?? 0) > 1 });
  });
  return result;
}

/**
 * Ranks per group: `keyOf` returns the ranking block of an item, e.g. its group
 * code, or `${groupCode}|${assessorUnitId}` where each district ranks its communes.
 * Groups come back in first-seen order.
 */
export function rankByGroup<T extends RankInput>(items: readonly T[], keyOf: (item: T) => string): Map<string, RankedUnit<T>[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  const result = new Map<string, RankedUnit<T>[]>();
  for (const [key, list] of groups) result.set(key, rankUnits(list));
  return result;
}

// ---------------------------------------------------------------------------
// classification

export interface ClassificationBand {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Lowest index (hundredths of a percent, inclusive) of the band: 90 % = 9000. */
  readonly minIndex: PercentHundredths;
  /** Display colour, #RRGGBB. */
  readonly color: string;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Typical bands: Xuất sắc ≥ 90, Tốt 80–<90, Khá 70–<80, Trung bình 50–<70, Yếu < 50.
 * Frozen: a year copies them (structuredClone) and edits the copy.
 */
export const DEFAULT_BANDS: readonly ClassificationBand[] = deepFreeze([
  { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 9000, color: '#1B5E20' },
  { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 8000, color: '#43A047' },
  { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: 7000, color: '#FDD835' },
  { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minIndex: 5000, color: '#FB8C00' },
  { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 0, color: '#E53935' },
]);

/**
 * The band of an index: the band with the highest minIndex ≤ index. Works on any
 * band order; returns null only when no band starts at or below the index
 * (impossible for valid bands, which cover 0).
 */
export function classify(index: PercentHundredths, bands: readonly ClassificationBand[]): ClassificationBand | null {
  let best: ClassificationBand | null = null;
  for (const band of bands) {
    if (band.minIndex <= index && (best === null || band.minIndex > best.minIndex)) best = band;
  }
  return best;
}

export type BandIssueCode =
  | 'NO_BANDS'
  | 'DUPLICATE_CODE'
  | 'DUPLICATE_MIN'
  | 'NOT_ORDERED'
  | 'BAD_MIN'
  | 'NO_ZERO_BAND'
  | 'BAD_LABEL'
  | 'BAD_COLOR';
export interface BandIssue extends LocalizedText {
  readonly code: BandIssueCode;
  readonly bandCode: string | null;
}

/**
 * Bands must be listed from best to worst (strictly decreasing minIndex, the order
 * the UI and reports show), have unique codes, integer minIndex in 0..10000, and the
 * last one must start at 0 so that every index is classified.
 */
export function validateBands(bands: readonly ClassificationBand[]): BandIssue[] {
  const issues: BandIssue[] = [];
  if (bands.length === 0) {
    return [{ code: 'NO_BANDS', bandCode: null, vi: 'Chưa khai báo mức xếp loại nào', en: 'No classification band defined' }];
  }
  const codes = new Set<string>();
  const mins = new Set<number>();
  bands.forEach((b, i) => {
    if (codes.has(b.code)) {
      issues.push({ code: 'DUPLICATE_CODE', bandCode: b.code, vi: `Mã xếp loại ${b.code} bị trùng`, en: `Duplicate band code ${b.code}` });
    }
    codes.add(b.code);
    if (!Number.isSafeInteger(b.minIndex) || b.minIndex < 0 || b.minIndex > FULL_PERCENT) {
      issues.push({
        code: 'BAD_MIN',
        bandCode: b.code,
        vi: `Ngưỡng của mức ${b.labelVi} phải từ 0 đến 100`,
        en: `Band ${b.code}: minIndex must be within 0–100%`,
      });
    } else if (mins.has(b.minIndex)) {
      issues.push({
        code: 'DUPLICATE_MIN',
        bandCode: b.code,
        vi: `Hai mức xếp loại có cùng ngưỡng (${b.labelVi})`,
        en: `Two bands share the same threshold (${b.code})`,
      });
    }
    mins.add(b.minIndex);
    const prev = bands[i - 1];
    if (prev && !(prev.minIndex > b.minIndex)) {
      issues.push({
        code: 'NOT_ORDERED',
        bandCode: b.code,
        vi: `Các mức xếp loại phải sắp theo ngưỡng giảm dần (${prev.labelVi} trước ${b.labelVi})`,
        en: `Bands must be ordered by decreasing threshold (${prev.code} before ${b.code})`,
      });
    }
    if (b.labelVi.trim() === '' || b.code.trim() === '') {
      issues.push({ code: 'BAD_LABEL', bandCode: b.code, vi: 'Mức xếp loại phải có mã và tên', en: 'A band needs a code and a label' });
    }
    if (!/^#[0-9a-fA-F]{6}$/.test(b.color)) {
      issues.push({
        code: 'BAD_COLOR',
        bandCode: b.code,
        vi: `Màu của mức ${b.labelVi} phải có dạng #RRGGBB`,
        en: `Band ${b.code}: color must be #RRGGBB`,
      });
    }
  });
  if (!bands.some((b) => b.minIndex === 0)) {
    issues.push({
      code: 'NO_ZERO_BAND',
      bandCode: null,
      vi: 'Phải có một mức xếp loại bắt đầu từ 0',
      en: 'One band must start at 0 so that every index is classified',
    });
  }
  return issues;
}

// ---------------------------------------------------------------------------
// head's rating

export interface HeadRating {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
}

/** classification band code → rating of the unit's head. */
export type HeadRatingMapping = Readonly<Record<string, HeadRating>>;

const EXCELLENT_COMPLETION: HeadRating = {
  code: 'EXCELLENT_COMPLETION',
  labelVi: 'Hoàn thành xuất sắc nhiệm vụ',
  labelEn: 'Excellently completed duties',
};
const GOOD_COMPLETION: HeadRating = { code: 'GOOD_COMPLETION', labelVi: 'Hoàn thành tốt nhiệm vụ', labelEn: 'Well completed duties' };
const COMPLETION: HeadRating = { code: 'COMPLETION', labelVi: 'Hoàn thành nhiệm vụ', labelEn: 'Completed duties' };
const NON_COMPLETION: HeadRating = { code: 'NON_COMPLETION', labelVi: 'Không hoàn thành nhiệm vụ', labelEn: 'Did not complete duties' };

/**
 * Typical mapping: Xuất sắc → HT xuất sắc; Tốt → HT tốt; Khá, Trung bình → HT;
 * Yếu, Kém → Không HT. POOR (Kém) is included for provinces that add that band.
 */
export const DEFAULT_HEAD_RATINGS: HeadRatingMapping = deepFreeze({
  EXCELLENT: { ...EXCELLENT_COMPLETION },
  GOOD: { ...GOOD_COMPLETION },
  FAIR: { ...COMPLETION },
  AVERAGE: { ...COMPLETION },
  WEAK: { ...NON_COMPLETION },
  POOR: { ...NON_COMPLETION },
});

export function headRatingFor(classificationCode: string, mapping: HeadRatingMapping): HeadRating | null {
  return Object.prototype.hasOwnProperty.call(mapping, classificationCode) ? mapping[classificationCode]! : null;
}

/** Every band needs a rating; reported with the band code. */
export function validateHeadRatings(bands: readonly ClassificationBand[], mapping: HeadRatingMapping): BandIssue[] {
  return bands
    .filter((b) => headRatingFor(b.code, mapping) === null)
    .map((b) => ({
      code: 'BAD_LABEL' as const,
      bandCode: b.code,
      vi: `Chưa gán mức xếp loại người đứng đầu cho "${b.labelVi}"`,
      en: `No head rating mapped for band ${b.code}`,
    }));
}

// ---------------------------------------------------------------------------
// Nghị định 335/2025/NĐ-CP: share of "xuất sắc"

export interface ExcellentShareOptions {
  /** Band code counted as "xuất sắc" (default EXCELLENT). */
  readonly excellentCode?: string;
  /**
   * Codes forming the denominator. Default: every classified unit (the product's
   * report). Pass e.g. ['EXCELLENT', 'GOOD'] for the decree's "among those rated tốt".
   */
  readonly baseCodes?: readonly string[];
  /** Limit as a percent, default 20. */
  readonly limitPercent?: number;
}

export interface ExcellentShare extends LocalizedText {
  readonly excellentCount: number;
  readonly baseCount: number;
  /** Share in hundredths of a percent (half-up), null with an empty base. */
  readonly share: PercentHundredths | null;
  /** True when share ≥ limit (a warning, not a block: the decision is the province's). */
  readonly warning: boolean;
  /** OK below the limit, AT_LIMIT exactly on it (still legal), OVER_LIMIT above. */
  readonly level: 'OK' | 'AT_LIMIT' | 'OVER_LIMIT';
}

/**
 * Warns when the share of "xuất sắc" reaches the limit (default 20 %). Compared
 * exactly with integers (excellent × 100 vs limit × base) so 19.996 % is not
 * rounded up into a warning.
 */
export function excellentShareWarning(classificationCodes: readonly string[], options: ExcellentShareOptions = {}): ExcellentShare {
  const excellentCode = options.excellentCode ?? 'EXCELLENT';
  const limit = options.limitPercent ?? 20;
  const base = options.baseCodes ? classificationCodes.filter((c) => options.baseCodes!.includes(c)) : classificationCodes;
  const excellentCount = base.filter((c) => c === excellentCode).length;
  const baseCount = base.length;
  if (baseCount === 0) {
    return {
      excellentCount,
      baseCount,
      share: null,
      warning: false,
      level: 'OK',
      vi: 'Chưa có đơn vị được xếp loại',
      en: 'No unit classified yet',
    };
  }
  const limitHundredths = Math.round(limit * 100);
  const lhs = excellentCount * FULL_PERCENT;
  const rhs = limitHundredths * baseCount;
  const level = lhs > rhs ? 'OVER_LIMIT' : lhs === rhs ? 'AT_LIMIT' : 'OK';
  const share = percentOf(excellentCount, baseCount);
  const warning = level !== 'OK';
  return {
    excellentCount,
    baseCount,
    share,
    warning,
    level,
    vi: warning
      ? `Tỷ lệ xếp loại Xuất sắc là ${formatHundredths(share, 'vi')}% (${excellentCount}/${baseCount}), ${level === 'AT_LIMIT' ? 'đã chạm' : 'vượt'} giới hạn ${limit}% theo Nghị định 335/2025/NĐ-CP`
      : `Tỷ lệ xếp loại Xuất sắc là ${formatHundredths(share, 'vi')}% (${excellentCount}/${baseCount})`,
    en: warning
      ? `Excellent share is ${formatHundredths(share, 'en')}% (${excellentCount}/${baseCount}), ${level === 'AT_LIMIT' ? 'at' : 'above'} the ${limit}% limit of Decree 335/2025/ND-CP`
      : `Excellent share is ${formatHundredths(share, 'en')}% (${excellentCount}/${baseCount})`,
  };
}
