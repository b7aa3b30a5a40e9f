/**
 * Emulation and rewards (thi đua, khen thưởng, issue 10 §6): per year and group, which units may
 * be proposed for commendation under the year's rule. The rule is configurable per year:
 *
 * - a minimum classification (a band code of the year, e.g. GOOD = "Tốt" or better);
 * - no open remediation item past its deadline (khắc phục hạn chế quá hạn), on by default;
 * - no missing periodic report (a report never received once its due day passed), on by default —
 *   our choice where the issue is silent: a unit that did not report at all has not met the
 *   year's duties ("a late report is a matter of responsibility", Đồng Nai 2025);
 * - optionally, no late report either (off by default: a late report already costs points).
 *
 * Each unit gets the verdict and every reason that keeps it out, so the list explains itself.
 */
import type { ClassificationBand, LocalizedText } from '../scoring';

export interface EmulationRule {
  /** Band code of the year's classification; units classified at this band or better qualify. */
  readonly minClassification: string;
  readonly excludeOverdueRemediation: boolean;
  readonly excludeMissingReports: boolean;
  readonly excludeLateReports: boolean;
}

export const DEFAULT_EMULATION_RULE: EmulationRule = Object.freeze({
  minClassification: 'GOOD',
  excludeOverdueRemediation: true,
  excludeMissingReports: true,
  excludeLateReports: false,
});

export interface EmulationCandidate {
  readonly unitId: string;
  /** The unit's classification band code, null when not classified (or not visible). */
  readonly classificationCode: string | null;
  /** Open remediation items past their deadline. */
  readonly overdueRemediation: number;
  readonly missingReports: number;
  readonly lateReports: number;
}

export interface EmulationVerdict {
  readonly unitId: string;
  readonly eligible: boolean;
  readonly reasons: readonly LocalizedText[];
}

/** The rule's own problems against the year's bands. */
export function validateEmulationRule(rule: EmulationRule, bands: readonly ClassificationBand[]): LocalizedText[] {
  if (!bands.some((b) => b.code === rule.minClassification))
    return [
      { vi: 'mức xếp loại tối thiểu không có trong thang xếp loại của năm', en: 'the minimum classification is not a band of the year' },
    ];
  return [];
}

/** Verdict per candidate, in the candidates' order. */
export function emulationVerdicts(
  candidates: readonly EmulationCandidate[],
  rule: EmulationRule,
  bands: readonly ClassificationBand[],
): EmulationVerdict[] {
  const minBand = bands.find((b) => b.code === rule.minClassification) ?? null;
  const minIndexOf = new Map(bands.map((b) => [b.code, b.minIndex]));
  return candidates.map((c) => {
    const reasons: LocalizedText[] = [];
    const own = c.classificationCode === null ? undefined : minIndexOf.get(c.classificationCode);
    if (own === undefined) reasons.push({ vi: 'chưa có xếp loại', en: 'not classified' });
    else if (minBand === null || own < minBand.minIndex)
      reasons.push({
        vi: `xếp loại dưới mức ${minBand?.labelVi ?? rule.minClassification}`,
        en: `classified below ${minBand?.labelEn ?? rule.minClassification}`,
      });
    if (rule.excludeOverdueRemediation && c.overdueRemediation > 0)
      reasons.push({
        vi: `còn ${c.overdueRemediation} nhiệm vụ khắc phục quá hạn`,
        en: `${c.overdueRemediation} remediation item(s) overdue`,
      });
    if (rule.excludeMissingReports && c.missingReports > 0)
      reasons.push({ vi: `thiếu ${c.missingReports} báo cáo định kỳ`, en: `${c.missingReports} periodic report(s) missing` });
    if (rule.excludeLateReports && c.lateReports > 0)
      reasons.push({ vi: `${c.lateReports} báo cáo định kỳ gửi chậm`, en: `${c.lateReports} periodic report(s) late` });
    return { unitId: c.unitId, eligible: reasons.length === 0, reasons };
  });
}

export const INITIATIVE_LEVELS = ['UNIT', 'DISTRICT', 'PROVINCE', 'MINISTRY', 'NATIONAL'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

export const INITIATIVE_LEVEL_LABELS: Readonly<Record<InitiativeLevel, LocalizedText>> = {
  UNIT: { vi: 'Cấp cơ sở', en: 'Unit level' },
  DISTRICT: { vi: 'Cấp huyện', en: 'District level' },
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province level' },
  MINISTRY: { vi: 'Cấp bộ, ngành', en: 'Ministry level' },
  NATIONAL: { vi: 'Cấp toàn quốc', en: 'National level' },
};

/** A candidate's counts as an outsider may read them: null where the rule does not look. */
export interface PublicEmulationCounts {
  readonly overdueRemediation: number | null;
  readonly missingReports: number | null;
  readonly lateReports: number | null;
}

/**
 * What of a unit's internal record the public commendation list (anonymous callers, external apps,
 * users outside the unit's scope, once the year is published) may show: only the counts the year's
 * rule decides on — there they are the grounds of a public verdict (and 0 for every eligible unit).
 * The others (late reports when lateness does not count, overdue remediation when it does not)
 * stay internal, as the report matrix and the remediation items they come from are.
 */
export function publicEmulationCounts(
  rule: Pick<EmulationRule, 'excludeOverdueRemediation' | 'excludeMissingReports' | 'excludeLateReports'>,
  counts: Pick<EmulationCandidate, 'overdueRemediation' | 'missingReports' | 'lateReports'>,
): PublicEmulationCounts {
  return {
    overdueRemediation: rule.excludeOverdueRemediation ? counts.overdueRemediation : null,
    missingReports: rule.excludeMissingReports ? counts.missingReports : null,
    lateReports: rule.excludeLateReports ? counts.lateReports : null,
  };
}
