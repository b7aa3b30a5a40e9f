/**
 * Summary figures of the annual report (báo cáo kết quả Chỉ số CCHC năm): per group and for the
 * whole province (or a district's communes). Counted on the ranked rows — the appraised units —
 * as the rankings are, so the report's totals are the rankings' totals.
 */
import { divideHalfUp, percentOf, type ClassificationBand, type PercentHundredths } from '../scoring';

export interface ReportRowInput {
  readonly index: PercentHundredths | null;
  /** Appraised and ranked (a provisional row is listed, not counted). */
  readonly ranked: boolean;
  readonly classificationCode: string | null;
  readonly areas: readonly { readonly code: string; readonly index: PercentHundredths | null }[];
}

export interface DistributionCount {
  readonly code: string;
  readonly count: number;
  /** Share of the ranked units, hundredths of a percent. */
  readonly share: PercentHundredths | null;
}

export interface ReportSummary {
  readonly unitCount: number;
  readonly rankedCount: number;
  /** Σ of the ranked indices: the province's average weighs every unit once, across groups. */
  readonly indexSum: number;
  readonly averageIndex: PercentHundredths | null;
  /** One entry per band of the year, best first, zeros included. */
  readonly distribution: readonly DistributionCount[];
  readonly classificationCounts: Readonly<Record<string, number>>;
}

function finish(
  unitCount: number,
  rankedCount: number,
  indexSum: number,
  counts: Record<string, number>,
  bands: readonly ClassificationBand[],
): ReportSummary {
  return {
    unitCount,
    rankedCount,
    indexSum,
    averageIndex: rankedCount > 0 ? divideHalfUp(indexSum, rankedCount) : null,
    distribution: [...bands]
      .sort((a, b) => b.minIndex - a.minIndex)
      .map((b) => ({
        code: b.code,
        count: counts[b.code] ?? 0,
        share: rankedCount > 0 ? percentOf(counts[b.code] ?? 0, rankedCount) : null,
      })),
    classificationCounts: counts,
  };
}

export function summarizeRows(rows: readonly ReportRowInput[], bands: readonly ClassificationBand[]): ReportSummary {
  const ranked = rows.filter((r) => r.ranked && r.index !== null);
  const counts: Record<string, number> = {};
  for (const r of ranked) if (r.classificationCode) counts[r.classificationCode] = (counts[r.classificationCode] ?? 0) + 1;
  return finish(
    rows.length,
    ranked.length,
    ranked.reduce((s, r) => s + (r.index ?? 0), 0),
    counts,
    bands,
  );
}

/** The whole report's figures from its groups' (every ranked unit counts once). */
export function combineSummaries(parts: readonly ReportSummary[], bands: readonly ClassificationBand[]): ReportSummary {
  const counts: Record<string, number> = {};
  for (const p of parts) for (const [code, n] of Object.entries(p.classificationCounts)) counts[code] = (counts[code] ?? 0) + n;
  return finish(
    parts.reduce((s, p) => s + p.unitCount, 0),
    parts.reduce((s, p) => s + p.rankedCount, 0),
    parts.reduce((s, p) => s + p.indexSum, 0),
    counts,
    bands,
  );
}

/** Average of the ranked units' index on each area (the results page's "chỉ số trung bình theo lĩnh vực"). */
export function areaAverages(
  rows: readonly ReportRowInput[],
  areas: readonly { code: string; title: string }[],
): { code: string; title: string; average: PercentHundredths | null }[] {
  const ranked = rows.filter((r) => r.ranked && r.index !== null);
  return areas.map((a) => {
    const values = ranked.flatMap((r) => {
      const v = r.areas.find((x) => x.code === a.code)?.index;
      return v === null || v === undefined ? [] : [v];
    });
    return {
      ...a,
      average: values.length
        ? divideHalfUp(
            values.reduce((s, v) => s + v, 0),
            values.length,
          )
        : null,
    };
  });
}

/** Mean of the defined values, half-up; null when none. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length
    ? divideHalfUp(
        defined.reduce((s, v) => s + v, 0),
        defined.length,
      )
    : null;
}
