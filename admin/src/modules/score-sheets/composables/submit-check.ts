/**
 * What stands between a unit and "Nộp phiếu" (issue 11 §4), worked out in the browser with the
 * server's own rule (score-sheet.service unfilledCodes): every leaf outside the survey part needs
 * self points unless it is marked not applicable where the set allows that. The dialog lists them
 * with a link to each row instead of a refusal naming 34 codes.
 */
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
): MissingLeaf[] {
  return (
    leaves
      // Leaves the assessor enters are not the unit's to fill (issue 10 §2).
      .filter((leaf) => leaf.section !== 'SURVEY' && leaf.method !== 'SURVEY' && !leaf.enteredByAssessor)
      .filter((leaf) => !(leaf.allowNotApplicable && notApplicable(leaf.id)) && selfPoints(leaf.id) === null)
      .map((leaf) => ({ id: leaf.id, code: leaf.code, title: leaf.title }))
  );
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
