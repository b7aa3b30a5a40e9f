/**
 * What stands between a unit and "Nộp phiếu" (issue 11 §4), worked out in the browser with the
 * server's own rule: the domain's unfilledLeaves, which score-sheet.service also uses to refuse a
 * submission. Every leaf outside the survey part needs self points unless it is marked not
 * applicable where the set allows that, is entered by the assessor, or (when the set says
 * "mặc định 0 điểm") is a bonus/penalty leaf left empty. The dialog lists them with a link to each
 * row instead of a refusal naming 34 codes.
 */
import {
  appraisalDefaulted,
  selfDefaulted,
  unfilledLeaves,
  type DefaultableLeaf,
  type LeafDefaults,
  type LeafFill,
} from '@domain/scoring/default-zero';
import type { ApiCriteriaNode } from './sheet-model';

export interface MissingLeaf {
  id: string;
  code: string;
  title: string;
}

export function missingForSubmit(
  leaves: readonly ApiCriteriaNode[],
  notApplicable: (id: string) => boolean,
  selfPoints: (id: string) => number | null,
  defaults: LeafDefaults,
): MissingLeaf[] {
  return unfilledLeaves(leaves, (id) => ({ notApplicable: notApplicable(id), selfPoints: selfPoints(id) }), 'SELF', defaults).map(
    (leaf) => ({
      id: leaf.id,
      code: leaf.code,
      title: leaf.title,
    }),
  );
}

/**
 * Where a row stands at the set's default 0 ("Mặc định 0"): the unit's column while it has entered
 * nothing, the appraisal's while nobody has scored the leaf either. Same domain rule as the
 * submit check and the progress, so the marker, the dialog and the counts never disagree.
 */
export function defaultZeroMarks(leaf: DefaultableLeaf, fill: LeafFill, defaults: LeafDefaults): { self: boolean; appraisal: boolean } {
  return { self: selfDefaulted(leaf, fill, defaults), appraisal: appraisalDefaulted(leaf, fill, defaults) };
}

/** Which deadline the header shows, by the sheet's step (the server's currentDeadline). */
export type DeadlineKind = 'selfAssessment' | 'explanation' | 'appraisal';

export function deadlineKindOf(status: string): DeadlineKind | null {
  switch (status) {
    case 'DRAFT':
      return 'selfAssessment';
    case 'EXPLANATION_REQUESTED':
      return 'explanation';
    case 'SUBMITTED':
    case 'UNDER_APPRAISAL':
    case 'EXPLAINED':
      return 'appraisal';
    default:
      return null;
  }
}

/** A penalty takes points away: shown with a minus sign ("−1,50"), never as a plain amount. */
export function signedPenalty(text: string, points: number | null | undefined): string {
  return points ? `−${text.replace(/^[-−]/, '')}` : text;
}
