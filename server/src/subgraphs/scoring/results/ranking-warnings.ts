/**
 * Notes that go with a ranking in reports. Today one: Nghị định 335/2025/NĐ-CP allows at most
 * 20 % "xuất sắc" among those rated "tốt" or better. A warning, never a block: the province
 * decides. Pure: from the year's bands and the classification codes of the ranked rows.
 */
import { excellentShareWarning, formatHundredths, type ClassificationBand } from '../../../domain/scoring';
import { RankingWarningLevel, type RankingWarning } from './results.types';

export const EXCELLENT_SHARE_335 = 'EXCELLENT_SHARE_335';
export const EXCELLENT_SHARE_LIMIT_PERCENT = 20;

/**
 * `classificationCodes`: one per ranked (not provisional) row. The best band of the year is
 * "xuất sắc" and the next one "tốt" (bands are the province's data, codes may differ); the
 * share is xuất sắc ÷ (xuất sắc + tốt), compared exactly by the domain rule. Listed only at or
 * over the limit.
 */
export function rankingWarnings(bands: readonly ClassificationBand[], classificationCodes: readonly string[]): RankingWarning[] {
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
        `Theo Nghị định 335/2025/NĐ-CP, số xếp loại "${excellent.labelVi}" không quá ${limit}% số được xếp loại "${good.labelVi}" trở lên. ` +
        `Bảng này có ${r.excellentCount}/${r.baseCount} đơn vị "${excellent.labelVi}" (${formatHundredths(r.share, 'vi')}%), ` +
        (over ? 'cao hơn giới hạn.' : 'đúng bằng giới hạn.'),
      messageEn:
        `Decree 335/2025/ND-CP: "${excellent.labelEn}" may be at most ${limit}% of those rated "${good.labelEn}" or better. ` +
        `This ranking has ${r.excellentCount}/${r.baseCount} "${excellent.labelEn}" (${formatHundredths(r.share, 'en')}%), ` +
        (over ? 'above the limit.' : 'exactly at the limit.'),
    },
  ];
}
