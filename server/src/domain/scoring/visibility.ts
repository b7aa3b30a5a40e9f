/**
 * Who sees which figures of a unit's result, and when (issue 8 §2). Pure rules; the scoring
 * subgraph applies them to every read (sheets, rankings, a unit's assessment, its history).
 *
 * - Published year: everyone (also anonymous readers and external apps) sees everything.
 * - The province administrator organises the index: he sees every unit of his own province in every
 *   state as the assessor side does, wherever his own unit sits (the province unit, or Sở Nội vụ —
 *   a department, itself an assessed unit); never another province's.
 * - Before publication, the assessor side — province administrators, appraisers, assessor chairs
 *   and viewers of the province, of the assessor unit, or of the district above the unit — sees
 *   provisional figures ("tạm tính"): the appraised points counted so far, and the index, rank,
 *   classification and head rating only once the unit's appraisal is complete (an index over a
 *   half-appraised sheet would count the rest as 0 and mislead).
 * - The unit itself (any role, when it is the assessed unit) sees its declared values and
 *   self-assessed points, and the appraised points with the assessor's notes once its appraisal is
 *   complete — never an appraised index, a rank, a classification or a head rating.
 * - Anyone else sees nothing of the unit: rows are left out, single reads are refused or null.
 */
import type { Actor, ReadSheetArgs } from './delegation';
import type { Role, SheetState } from './workflow';

export type ResultAudience = 'PUBLIC' | 'ASSESSOR' | 'OWN_UNIT' | 'NONE';

/** Roles that read other units' figures before publication (within their delegation). */
export const ASSESSOR_SIDE_ROLES: readonly Role[] = ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR', 'VIEWER'];

export function isAssessorSide(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((r) => ASSESSOR_SIDE_ROLES.includes(r));
}

/**
 * The administrator of the year's province (PROVINCE_ADMIN of a unit whose root is that province):
 * the organiser of its index, whatever unit of the province he works in.
 */
export function organisesProvince(actor: Pick<Actor, 'roles' | 'provinceUnitId' | 'unitId'>, provinceUnitId: string): boolean {
  if (!actor.roles.includes('PROVINCE_ADMIN')) return false;
  return actor.unitId === provinceUnitId || (!!actor.provinceUnitId && actor.provinceUnitId === provinceUnitId);
}

export function resultAudience(args: ReadSheetArgs): ResultAudience {
  if (args.yearStatus === 'PUBLISHED') return 'PUBLIC';
  const { actor, rosterEntry } = args;
  if (!actor || actor.unitId === null) return 'NONE';
  if (organisesProvince(actor, args.provinceUnitId)) return 'ASSESSOR';
  const delegated =
    actor.unitId === args.provinceUnitId ||
    actor.unitId === rosterEntry.assessorUnitId ||
    (args.assessedUnitAncestorIds ?? []).includes(actor.unitId);
  if (delegated && isAssessorSide(actor)) return 'ASSESSOR';
  if (actor.unitId === rosterEntry.unitId) return 'OWN_UNIT';
  return 'NONE';
}

/** Sheet states in which every applicable leaf has its appraised points (the year's states follow APPROVED). */
const APPRAISAL_COMPLETE: readonly SheetState[] = ['APPRAISED', 'APPROVED', 'FINALIZED', 'PUBLISHED'];

export function appraisalComplete(state: SheetState): boolean {
  return APPRAISAL_COMPLETE.includes(state);
}

export interface ResultDisclosure {
  /** The unit's appraisal is complete (said to everyone who sees the unit: "x/y tiêu chí đã thẩm định"). */
  readonly complete: boolean;
  /** Figures may still change: the year is not published ("tạm tính"). */
  readonly provisional: boolean;
  /** Appraised points, appraisers' notes, appraised totals and component points. */
  readonly appraisal: boolean;
  /** The appraised index (and the gap in index points), overall and per component. */
  readonly index: boolean;
  /** Rank, classification and head rating. */
  readonly standing: boolean;
}

export function resultDisclosure(audience: ResultAudience, sheetState: SheetState): ResultDisclosure {
  const complete = appraisalComplete(sheetState);
  switch (audience) {
    case 'PUBLIC':
      return { complete, provisional: false, appraisal: true, index: true, standing: true };
    case 'ASSESSOR':
      return { complete, provisional: true, appraisal: true, index: complete, standing: complete };
    case 'OWN_UNIT':
      return { complete, provisional: true, appraisal: complete, index: false, standing: false };
    default:
      return { complete, provisional: true, appraisal: false, index: false, standing: false };
  }
}

/**
 * Notes and evidence of a sheet (the unit's notes and explanations, the appraisers' notes, the
 * documents) stay inside the province even after publication (issue 7, item 10): the published
 * figures are public, but an appraiser's remark or a department's internal document is not for
 * another province's users, external apps or anonymous readers.
 */
export function detailsVisible(audience: ResultAudience, actorProvinceUnitId: string | null, provinceUnitId: string): boolean {
  if (audience === 'NONE') return false;
  if (audience === 'PUBLIC') return actorProvinceUnitId !== null && actorProvinceUnitId === provinceUnitId;
  return true;
}
