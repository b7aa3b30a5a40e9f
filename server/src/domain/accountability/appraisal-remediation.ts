/**
 * Remediation from the score sheet (issue 10 §4): a leaf that lost points in appraisal — its
 * final points (the last appraisal round) below the unit's self points — can be given to the unit
 * as a remediation item, from the row of the appraised sheet. Pure: the server refuses with these
 * rules, the admin shows the row's action and state with them.
 */
import { appraisalComplete } from '../scoring/visibility';
import type { SheetState } from '../scoring/workflow';
import { isPending, type RemediationSource, type RemediationStatus } from './remediation';

/** Points of a leaf in hundredths, as stored on its entry. */
export interface LeafPoints {
  readonly selfPoints: number | null;
  readonly round1Points: number | null;
  readonly round2Points: number | null;
  readonly finalPoints: number | null;
}

/** What a leaf lost in appraisal (hundredths), or null when it was not reduced (or not appraised yet). */
export function appraisalReduction(entry: LeafPoints | null | undefined): { self: number; final: number } | null {
  if (!entry) return null;
  const self = entry.selfPoints;
  const final = entry.finalPoints ?? entry.round2Points ?? entry.round1Points;
  if (self === null || final === null || final >= self) return null;
  return { self, final };
}

/** Hundredths as Vietnamese points ("1,5"), without binary floating point in the digits. */
export function pointsVi(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${frac ? `,${frac}` : ''}`;
}

/**
 * The suggested content of the item: the appraisers' opinion on the leaf (round 2, else round 1),
 * else a sentence naming the leaf and the points it lost. At most 2000 characters (the item's limit).
 */
export function suggestedRemediationTitle(
  leaf: { code: string; title: string },
  opinion: { round1Note: string | null; round2Note: string | null },
  reduction: { self: number; final: number },
): string {
  const note = (opinion.round2Note ?? '').trim() || (opinion.round1Note ?? '').trim();
  const text = note
    ? `Khắc phục hạn chế tại tiêu chí ${leaf.code}: ${note}`
    : `Khắc phục hạn chế tại tiêu chí ${leaf.code} (${leaf.title}), bị trừ ${pointsVi(reduction.self - reduction.final)} điểm khi thẩm định`;
  return text.length > 2000 ? `${text.slice(0, 1997)}...` : text;
}

export interface LeafItem {
  readonly id: string;
  readonly sourceType: RemediationSource;
  readonly status: RemediationStatus;
  readonly createdAt: Date;
}

/** The item a leaf's row shows: a pending one first, else the latest closed one; cancelled ones never. */
export function rowItem<T extends LeafItem>(items: readonly T[]): T | null {
  const live = items.filter((i) => i.status !== 'CANCELLED');
  const pick = (list: T[]) => list.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
  return pick(live.filter((i) => isPending(i.status))) ?? pick(live.filter((i) => i.status === 'CLOSED'));
}

/** An appraisal item already given for the leaf (pending or closed) stands: a second is refused. */
export function appraisalItemExists(items: readonly LeafItem[]): boolean {
  return items.some((i) => i.sourceType === 'APPRAISAL' && i.status !== 'CANCELLED');
}

/**
 * The assessor may give an item from this row: he manages the unit, the sheet's appraisal is
 * complete, the leaf lost points, and no appraisal item was given for it already.
 */
export function canAssignFromRow(args: {
  manages: boolean;
  sheetState: SheetState;
  reduced: boolean;
  items: readonly LeafItem[];
}): boolean {
  return args.manages && appraisalComplete(args.sheetState) && args.reduced && !appraisalItemExists(args.items);
}

/**
 * An item from the appraisal may be given only once the sheet's appraisal is complete: before
 * that the appraised points are provisional and the unit may not read them (visibility.ts), while
 * the item — its label names the points lost — is the unit's to read at once.
 */
export function appraisalItemAllowed(sheetState: SheetState): boolean {
  return appraisalComplete(sheetState);
}
