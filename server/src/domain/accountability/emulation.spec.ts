import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS } from '../scoring';
import { DEFAULT_EMULATION_RULE, emulationVerdicts, validateEmulationRule } from './emulation';

/*
 * Hand-computed fixture: five units of a group with the default bands
 * (Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, …) and the default rule (at least Tốt, no overdue
 * remediation, no missing report, late reports tolerated):
 *   A  Xuất sắc, clean                          → eligible
 *   B  Tốt, one late report                     → eligible (late tolerated by default)
 *   C  Khá                                      → out: below Tốt
 *   D  Xuất sắc, 1 overdue remediation item     → out
 *   E  Tốt, one missing report                  → out
 *   F  not classified                           → out
 */
const units = [
  { unitId: 'A', classificationCode: 'EXCELLENT', overdueRemediation: 0, missingReports: 0, lateReports: 0 },
  { unitId: 'B', classificationCode: 'GOOD', overdueRemediation: 0, missingReports: 0, lateReports: 1 },
  { unitId: 'C', classificationCode: 'FAIR', overdueRemediation: 0, missingReports: 0, lateReports: 0 },
  { unitId: 'D', classificationCode: 'EXCELLENT', overdueRemediation: 1, missingReports: 0, lateReports: 0 },
  { unitId: 'E', classificationCode: 'GOOD', overdueRemediation: 0, missingReports: 1, lateReports: 0 },
  { unitId: 'F', classificationCode: null, overdueRemediation: 0, missingReports: 0, lateReports: 0 },
];

describe('eligibility for commendation', () => {
  it('applies the default rule to the hand-computed fixture', () => {
    const verdicts = emulationVerdicts(units, DEFAULT_EMULATION_RULE, DEFAULT_BANDS);
    expect(verdicts.filter((v) => v.eligible).map((v) => v.unitId)).toEqual(['A', 'B']);
    const why = Object.fromEntries(verdicts.map((v) => [v.unitId, v.reasons.map((r) => r.vi)]));
    expect(why).toEqual({
      A: [],
      B: [],
      C: ['xếp loại dưới mức Tốt'],
      D: ['còn 1 nhiệm vụ khắc phục quá hạn'],
      E: ['thiếu 1 báo cáo định kỳ'],
      F: ['chưa có xếp loại'],
    });
  });
  it('follows the year’s rule: Xuất sắc only and no late report; remediation and missing reports ignored when switched off', () => {
    const strict = {
      minClassification: 'EXCELLENT',
      excludeOverdueRemediation: true,
      excludeMissingReports: true,
      excludeLateReports: true,
    };
    expect(
      emulationVerdicts(units, strict, DEFAULT_BANDS)
        .filter((v) => v.eligible)
        .map((v) => v.unitId),
    ).toEqual(['A']);
    const lenient = {
      minClassification: 'FAIR',
      excludeOverdueRemediation: false,
      excludeMissingReports: false,
      excludeLateReports: false,
    };
    expect(
      emulationVerdicts(units, lenient, DEFAULT_BANDS)
        .filter((v) => v.eligible)
        .map((v) => v.unitId),
    ).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
  it('refuses a minimum that is not a band of the year', () => {
    expect(validateEmulationRule({ ...DEFAULT_EMULATION_RULE, minClassification: 'GOLD' }, DEFAULT_BANDS)[0].vi).toMatch(/thang xếp loại/);
    expect(validateEmulationRule(DEFAULT_EMULATION_RULE, DEFAULT_BANDS)).toEqual([]);
  });
});
