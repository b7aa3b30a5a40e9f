/**
 * Pure helpers of the results screen: display order and ranks (the server ranks, but a district
 * filter re-ranks a subset, so the domain's rankUnits is applied on what is shown), group averages
 * per area, and the distribution of classifications.
 */
import { rankUnits } from '@domain/scoring/ranking';
import type { RankingQuery } from '@/graphql/generated/graphql';

export interface RankableRow {
  unitId: string;
  unitName: string;
  index?: number | null;
  rank?: number | null;
  tied?: boolean;
  classification?: { code: string; label: string; labelEn: string; color: string } | null;
  /** Component index per area, in the order of the ranking's area list. */
  areaIndices: readonly (number | null)[];
}

type CompactRanking = Pick<RankingQuery['ranking'], 'classifications' | 'assessors' | 'rows'>;
type Band = CompactRanking['classifications'][number];

/** A row of the table: the compact row with what it refers to (classification, head rating, assessor) looked up. */
export interface RankingRowView extends RankableRow {
  rank: number | null;
  tied: boolean;
  provisional: boolean;
  index: number | null;
  assessorUnitId: string;
  assessorUnitName: string;
  totals: { selfTotal: number; appraisedTotal: number | null; gapPoints: number | null };
  classification: { code: string; label: string; labelEn: string; color: string } | null;
  headRating: NonNullable<Band['headRating']> | null;
}

/**
 * The server sends each row's classification as a code and its assessor as a position in a
 * list given once (a 1,000-unit answer stays small); the table reads them looked up.
 */
export function expandRows(ranking: CompactRanking | null): RankingRowView[] {
  if (!ranking) return [];
  const bands = new Map(ranking.classifications.map((b) => [b.code, b]));
  return ranking.rows.map((r) => {
    const band = r.classificationCode ? bands.get(r.classificationCode) : undefined;
    const assessor = ranking.assessors[r.assessorIndex];
    return {
      rank: r.rank ?? null,
      tied: r.tied,
      provisional: r.provisional,
      unitId: r.unitId,
      unitName: r.unitName,
      index: r.index ?? null,
      assessorUnitId: assessor?.id ?? '',
      assessorUnitName: assessor?.name ?? '',
      totals: { selfTotal: r.totals.selfTotal, appraisedTotal: r.totals.appraisedTotal ?? null, gapPoints: r.totals.gapPoints ?? null },
      classification: band ? { code: band.code, label: band.label, labelEn: band.labelEn, color: band.color } : null,
      headRating: band?.headRating ?? null,
      areaIndices: r.areaIndices,
    };
  });
}

export interface DisplayRow<T extends RankableRow> {
  row: T;
  rank: number | null;
  tied: boolean;
  position: number;
}

/**
 * Competition ranks (1, 2, 2, 4) by descending index, ties in Vietnamese alphabetical order.
 * When `reRank` is false the server's ranks are kept (they are per group and per assessor).
 */
export function displayRows<T extends RankableRow>(rows: readonly T[], reRank: boolean): DisplayRow<T>[] {
  const ranked = rankUnits(
    rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, index: r.index == null ? null : Math.round(r.index * 100), row: r })),
  );
  return ranked.map((x) => ({
    row: x.item.row,
    rank: reRank ? x.rank : (x.item.row.rank ?? null),
    tied: reRank ? x.tied : (x.item.row.tied ?? x.tied),
    position: x.position,
  }));
}

/** A row with a result to show: classified (a unit with nothing appraised yet has none). */
export function hasResult(r: Pick<RankableRow, 'classification' | 'index'>): boolean {
  return !!r.classification && r.index != null;
}

/** Average component index per area over the rows that have one (2 decimals, half-up on hundredths). */
export function areaAverages(
  rows: readonly RankableRow[],
  areas: readonly { code: string; title: string }[],
): { code: string; title: string; average: number | null }[] {
  return areas.map((a, i) => {
    // Units without a result yet (no classification: nothing appraised) would drag the average to 0.
    const values = rows
      .filter(hasResult)
      .map((r) => r.areaIndices[i])
      .filter((v): v is number => typeof v === 'number');
    if (!values.length) return { ...a, average: null };
    const sum = values.reduce((s, v) => s + Math.round(v * 100), 0);
    return { ...a, average: Math.round(sum / values.length) / 100 };
  });
}

export interface DistributionBucket {
  code: string;
  label: string;
  labelEn: string;
  color: string;
  count: number;
}

/** Units per classification, in the order of the year's bands (best first), plus "no result". */
export function distribution(
  rows: readonly RankableRow[],
  bands: readonly { code: string; labelVi: string; labelEn: string; color: string }[],
): DistributionBucket[] {
  const buckets: DistributionBucket[] = bands.map((b) => ({
    code: b.code,
    label: b.labelVi,
    labelEn: b.labelEn,
    color: b.color,
    count: 0,
  }));
  let none = 0;
  for (const r of rows) {
    const b = r.classification ? buckets.find((x) => x.code === r.classification!.code) : undefined;
    if (b) b.count++;
    else if (r.classification)
      buckets.push({
        code: r.classification.code,
        label: r.classification.label,
        labelEn: r.classification.labelEn,
        color: r.classification.color,
        count: 1,
      });
    else none++;
  }
  if (none) buckets.push({ code: '', label: 'Chưa có kết quả', labelEn: 'No result', color: '#9aa5b4', count: none });
  return buckets;
}
