/**
 * "Mặc định 0 điểm" (issue 11 §4): a criteria set may say that a bonus (điểm thưởng) or penalty
 * (điểm trừ) leaf the unit leaves empty counts as 0 points, filled. Most units earn no bonus and
 * incur no penalty, so without it every officer must type 0 into each of those rows before the
 * sheet can be submitted. The rule decides completeness only: an empty leaf already scores 0.
 *
 * Leaves the assessor enters (issue 10 §2) keep their own rule (a baseline written on
 * submission); SCORED and SURVEY leaves are never defaulted.
 */
import type { Hundredths } from './hundredths';
import type { CriteriaSection } from './criteria-tree';

/** The set-level setting (stored per unit group and year). */
export interface LeafDefaults {
  readonly bonusPenaltyDefaultZero: boolean;
}

export const NO_LEAF_DEFAULTS: LeafDefaults = { bonusPenaltyDefaultZero: false };

/** What the rule looks at on a leaf. */
export interface DefaultableLeaf {
  readonly section: CriteriaSection | string;
  readonly method?: string | null;
  readonly enteredByAssessor?: boolean | null;
  readonly allowNotApplicable: boolean;
}

/** What has been entered on a leaf: the unit's points and the last appraisal round's. */
export interface LeafFill {
  readonly notApplicable?: boolean | null;
  readonly selfPoints?: Hundredths | null;
  readonly finalPoints?: Hundredths | null;
}

/** Whether the set lets this leaf default to 0 when the unit leaves it empty. */
export function leafDefaultsToZero(leaf: DefaultableLeaf, defaults: LeafDefaults): boolean {
  return defaults.bonusPenaltyDefaultZero && (leaf.section === 'BONUS' || leaf.section === 'PENALTY') && !leaf.enteredByAssessor;
}

/** The unit has not entered a value: the leaf stands at its default 0 ("Mặc định 0"). */
export function selfDefaulted(leaf: DefaultableLeaf, fill: LeafFill | undefined, defaults: LeafDefaults): boolean {
  return leafDefaultsToZero(leaf, defaults) && !notApplicable(leaf, fill) && (fill?.selfPoints ?? null) === null;
}

/**
 * Nobody has scored the leaf: the appraisal stands at the default 0 as well. Once the unit enters
 * a value the appraiser must appraise it like any other leaf; an appraiser may still impose points.
 */
export function appraisalDefaulted(leaf: DefaultableLeaf, fill: LeafFill | undefined, defaults: LeafDefaults): boolean {
  return selfDefaulted(leaf, fill, defaults) && (fill?.finalPoints ?? null) === null;
}

function notApplicable(leaf: DefaultableLeaf, fill: LeafFill | undefined): boolean {
  return !!fill?.notApplicable && leaf.allowNotApplicable;
}

function isSurvey(leaf: DefaultableLeaf): boolean {
  return leaf.section === 'SURVEY' || leaf.method === 'SURVEY';
}

/**
 * Leaves still empty for a step, in the order given: 'SELF' before submitting (the unit's own
 * leaves), 'APPRAISAL' before completing an appraisal. Survey leaves come from imports and
 * assessor-entered leaves are not the unit's; a leaf marked not applicable (where allowed) is
 * complete. The server's refusal and the admin's submit dialog both list exactly these.
 */
export function unfilledLeaves<L extends DefaultableLeaf & { readonly id: string }>(
  leaves: readonly L[],
  fillOf: (leafId: string) => LeafFill | undefined,
  step: 'SELF' | 'APPRAISAL',
  defaults: LeafDefaults,
): L[] {
  return leaves.filter((leaf) => {
    if (isSurvey(leaf) || leaf.enteredByAssessor) return false;
    const fill = fillOf(leaf.id);
    if (notApplicable(leaf, fill)) return false;
    if (step === 'SELF') return (fill?.selfPoints ?? null) === null && !selfDefaulted(leaf, fill, defaults);
    return (fill?.finalPoints ?? null) === null && !appraisalDefaulted(leaf, fill, defaults);
  });
}
