/**
 * Delegation for the accountability cycle (issue 10): who manages and who reads a unit's heads,
 * inspections, remediation items and reports.
 *
 * - The province's administrator (province staff) manages every unit of the province.
 * - The assessor unit's appraisers and chair manage the units it assesses: the province for
 *   departments (and communes in a two-level year), a district for its communes.
 * - A district (any assessor-side role) also reads its communes where it is their parent district.
 * - Viewers of the province or of the assessor read only.
 * - The unit itself reads its own records and acts on its own part (progress, reports).
 */
export type AccountabilityRelation = 'MANAGE' | 'READ' | 'OWN_UNIT' | 'NONE';

export interface AccountabilityActor {
  readonly unitId: string | null;
  readonly roles: readonly string[];
  /** The actor administers the year's province (platform admin-scope rule). */
  readonly provinceAdmin: boolean;
}

export interface AccountabilityUnit {
  readonly unitId: string;
  readonly assessorUnitId: string;
  readonly parentDistrictId: string | null;
}

const MANAGERS = ['PROVINCE_ADMIN', 'APPRAISER', 'ASSESSOR_CHAIR'];

export function accountabilityRelation(
  actor: AccountabilityActor,
  unit: AccountabilityUnit,
  provinceUnitId: string,
): AccountabilityRelation {
  if (actor.provinceAdmin) return 'MANAGE';
  if (actor.unitId === null) return 'NONE';
  const assessorSide = actor.unitId === unit.assessorUnitId || actor.unitId === unit.parentDistrictId || actor.unitId === provinceUnitId;
  if (assessorSide) {
    // The province staff manage only what the province assesses; a district what it assesses.
    const manages = actor.unitId === unit.assessorUnitId && actor.roles.some((r) => MANAGERS.includes(r));
    if (manages) return 'MANAGE';
    if (actor.roles.some((r) => [...MANAGERS, 'VIEWER'].includes(r))) return 'READ';
  }
  if (actor.unitId === unit.unitId) return 'OWN_UNIT';
  return 'NONE';
}

export function canManage(relation: AccountabilityRelation): boolean {
  return relation === 'MANAGE';
}

export function canRead(relation: AccountabilityRelation): boolean {
  return relation !== 'NONE';
}
