/**
 * Leaves entered by the assessor (issue 10 §2): each record (a manual entry, an inspection
 * finding, a late report, a recognised initiative) contributes a quantity to one leaf, and the
 * leaf's declared value is their aggregate, scored by the leaf's own rule (computeLeafPoints):
 * - COUNT, DEDUCTION: quantities are numbers of items / violations, summed;
 * - MANUAL: quantities are points in hundredths, summed and capped at the leaf's maximum;
 * - YES_NO: any record means "yes"; each record carries exactly 1 (one case of "yes").
 * Other methods (ratios, levels, survey) describe a unit's own figures and cannot be fed this way.
 */
import type { LocalizedText } from '../scoring';

export const ASSESSOR_METHODS = ['COUNT', 'DEDUCTION', 'MANUAL', 'YES_NO'] as const;
export type AssessorMethod = (typeof ASSESSOR_METHODS)[number];

export function isAssessorMethod(method: string | null | undefined): method is AssessorMethod {
  return !!method && (ASSESSOR_METHODS as readonly string[]).includes(method);
}

/**
 * The most one record may carry: a count of violations or items (no finding, late report or
 * initiative is ten thousand cases), or points in hundredths for a MANUAL leaf (a leaf's maximum
 * is at most 9 999,99 points). Beyond them the figure is a typing slip (or an attack), and the
 * stored quantity (a 32-bit column) could not hold it.
 */
export const MAX_RECORD_COUNT = 10_000;
export const MAX_RECORD_POINTS_HUNDREDTHS = 999_999;

/** Problems of one contribution for a leaf with this method. */
export function checkQuantity(method: string | null, quantity: number): LocalizedText | null {
  if (!isAssessorMethod(method))
    return {
      vi: 'phương pháp chấm của tiêu chí này không cho phép cơ quan đánh giá ghi nhận theo từng trường hợp',
      en: 'this leaf’s scoring method cannot be fed by individual records',
    };
  // A YES_NO record is the fact itself ("yes"): its value is 1, never a count (2 or 10 000 read as "yes" all the same).
  if (method === 'YES_NO') return quantity === 1 ? null : { vi: 'giá trị phải là 1', en: 'the value must be 1' };
  if (method === 'MANUAL' && quantity > MAX_RECORD_POINTS_HUNDREDTHS)
    return { vi: 'số điểm quá lớn (tối đa 9.999,99 điểm cho một lần ghi nhận)', en: 'too many points (at most 9,999.99 per record)' };
  if (method !== 'MANUAL' && quantity > MAX_RECORD_COUNT)
    return { vi: 'số lượng quá lớn (tối đa 10.000 cho một lần ghi nhận)', en: 'the quantity is too large (at most 10,000 per record)' };
  if (!Number.isInteger(quantity) || quantity <= 0)
    return method === 'MANUAL'
      ? { vi: 'số điểm phải lớn hơn 0 (tối đa 2 chữ số thập phân)', en: 'points must be positive (2 decimals at most)' }
      : { vi: 'số lượng phải là số nguyên dương', en: 'the quantity must be a positive integer' };
  return null;
}

/** The declared value the leaf's rule scores, from its records ("0" when there is none). */
export function aggregateDeclared(method: AssessorMethod, quantities: readonly number[], maxPoints: number): string {
  const total = quantities.reduce((s, q) => s + q, 0);
  switch (method) {
    case 'YES_NO':
      return total > 0 ? '1' : '0';
    case 'MANUAL':
      return (Math.min(total, maxPoints) / 100).toFixed(2);
    default:
      return String(total);
  }
}

/**
 * The room a leaf's evidence list may take once serialised: its column is a TEXT (65,535 bytes on
 * MySQL), with room to spare. A unit's own evidence is bounded by the API (20 items); an assessor
 * leaf's comes from its records, which have no such bound (a hundred findings of one inspection,
 * years of manual entries).
 */
export const MAX_LEAF_EVIDENCE_BYTES = 60_000;

const utf8 = new TextEncoder();

/**
 * The evidence an assessor leaf shows for its records: each document once (a hundred findings of
 * one inspection cite the same decision), in the records' order, as many as fit the leaf's
 * column. The records themselves keep every reference (the leaf's record list shows them all).
 */
export function leafEvidence<T>(references: readonly T[], maxBytes = MAX_LEAF_EVIDENCE_BYTES): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  let bytes = 2; // the list's brackets
  for (const reference of references) {
    const json = JSON.stringify(reference);
    if (seen.has(json)) continue;
    seen.add(json);
    const size = utf8.encode(json).length + (out.length > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    bytes += size;
    out.push(reference);
  }
  return out;
}
