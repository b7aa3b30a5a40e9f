/**
 * Notes that go with a ranking in reports. Today one: Nghị định 335/2025/NĐ-CP allows at most
 * 20 % "hoàn thành xuất sắc nhiệm vụ" among civil servants rated "hoàn thành tốt" or better.
 * The decree rates people, not the index, and applies from 2026: the note is a caution for
 * whoever uses the ranking to rate the units' heads, shown only for years from 2026, never a
 * block. Pure: from the year, its bands and the classification codes of the ranked rows.
 */
import { excellentShareWarning, formatHundredths, type ClassificationBand } from '../../../domain/scoring';
import { RankingWarningLevel, type RankingWarning } from './results.types';

export const EXCELLENT_SHARE_335 = 'EXCELLENT_SHARE_335';
export const EXCELLENT_SHARE_LIMIT_PERCENT = 20;
/** Nghị định 335/2025/NĐ-CP governs the ratings of 2026 onwards. */
export const DECREE_335_FIRST_YEAR = 2026;

/**
 * `classificationCodes`: one per ranked (not provisional) row. The best band of the year is
 * "xuất sắc" and the next one "tốt" (bands are the province's data, codes may differ); the
 * share is xuất sắc ÷ (xuất sắc + tốt), compared exactly by the domain rule. Listed only at or
 * over the limit.
 */
export function rankingWarnings(
  yearNumber: number,
  bands: readonly ClassificationBand[],
  classificationCodes: readonly string[],
): RankingWarning[] {
  if (yearNumber < DECREE_335_FIRST_YEAR) return [];
  const [excellent, good] = [...bands].sort((a, b) => b.minIndex - a.minIndex);
  if (!excellent || !good) return [];
  const limit = EXCELLENT_SHARE_LIMIT_PERCENT;
  const r = excellentShareWarning(classificationCodes, {
    excellentCode: excellent.code,
    baseCodes: [excellent.code, good.code],
    limitPercent: limit,
  });
  if (r.share === null || r.level === 'OK') return [];
  const over = r.level === 'OVER_LIMIT';
  return [
    {
      code: EXCELLENT_SHARE_335,
      level: over ? RankingWarningLevel.OVER_LIMIT : RankingWarningLevel.AT_LIMIT,
      share: r.share / 100,
      limit,
      count: r.excellentCount,
      baseCount: r.baseCount,
      message:
        `Lưu ý khi dùng kết quả để xếp loại người đứng đầu: Nghị định 335/2025/NĐ-CP cho phép số được xếp loại "Hoàn thành xuất sắc nhiệm vụ" ` +
        `không quá ${limit}% số được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên. ` +
        `Bảng này có ${r.excellentCount}/${r.baseCount} đơn vị "${excellent.labelVi}" (${formatHundredths(r.share, 'vi')}%), ` +
        (over ? 'cao hơn giới hạn' : 'đúng bằng giới hạn') +
        ' đó. Đây là lưu ý về xếp loại người đứng đầu, không phải quy định về Chỉ số CCHC.',
      messageEn:
        `A caution for rating the heads: Decree 335/2025/ND-CP allows "excellently completed duties" for at most ${limit}% of those rated ` +
        `"well completed" or better. This ranking has ${r.excellentCount}/${r.baseCount} "${excellent.labelEn}" (${formatHundredths(r.share, 'en')}%), ` +
        (over ? 'above that limit' : 'exactly at that limit') +
        '. It concerns the heads’ ratings, not the PAR index.',
    },
  ];
}
