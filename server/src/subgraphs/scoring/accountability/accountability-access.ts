import { In, type EntityManager } from 'typeorm';
import { accountabilityRelation, type AccountabilityRelation } from '../../../domain/accountability';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser, type SignedInActor } from '../../../platform/auth/request-context';
import { forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { ScoringContext } from '../scoring-context';

/** The actor's relation to one roster unit (domain/accountability/access). */
export function relationTo(actor: SignedInActor, year: AssessmentYearEntity, roster: RosterEntryEntity): AccountabilityRelation {
  return accountabilityRelation(
    { unitId: actor.unitId, roles: actor.roles, provinceAdmin: administersProvince(actor, year.provinceUnitId) },
    { unitId: roster.unitId, assessorUnitId: roster.assessorUnitId, parentDistrictId: roster.parentDistrictId },
    year.provinceUnitId,
  );
}

export interface UnitAccess {
  actor: SignedInActor;
  year: AssessmentYearEntity;
  roster: RosterEntryEntity;
  relation: AccountabilityRelation;
}

export function unitNotOnRoster(): Error {
  return notFound('Đơn vị không có trong danh sách được đánh giá của kỳ này.', 'The unit is not on this year’s roster.', {
    argument: 'unitId',
  });
}

/** What a refusal says instead of the general one, when the operation has a more precise reason to give. */
export interface Refusal {
  vi: string;
  en: string;
  reason: string;
}

/** Refuses unless the actor manages the unit (`refusal`: what to say instead of the general words). */
export function assertManages(access: UnitAccess, refusal?: Refusal): void {
  if (access.relation === 'MANAGE') return;
  throw refusal
    ? forbidden(refusal.vi, refusal.en, { reason: refusal.reason, argument: 'unitId' })
    : forbidden(
        'Chỉ cơ quan đánh giá của đơn vị (cấp tỉnh, hoặc cấp huyện đối với xã của mình) mới được thực hiện thao tác này.',
        'Only the unit’s assessor (the province, or a district for its communes) may do this.',
        { reason: 'SCOPE' },
      );
}

/**
 * Loads year and roster entry and checks the actor may read (or, with `manage`, manage) the unit's
 * records; `refusal` replaces the general words (and reason) of either refusal.
 */
export async function unitAccess(
  ctx: ScoringContext,
  manager: EntityManager,
  yearId: string,
  unitId: string,
  need: 'READ' | 'MANAGE',
  refusal?: Refusal,
): Promise<UnitAccess> {
  const actor = requireUser(ctx);
  assertId(unitId, 'unitId');
  const year = await getYear(manager, yearId);
  const roster = await manager.findOneBy(RosterEntryEntity, { yearId: year.id, unitId });
  if (!roster) throw unitNotOnRoster();
  const access = { actor, year, roster, relation: relationTo(actor, year, roster) };
  if (access.relation === 'NONE' && !refusal)
    throw forbidden('Bạn không có quyền xem thông tin của đơn vị này.', 'You may not see this unit’s records.', { reason: 'SCOPE' });
  if (need === 'MANAGE' || access.relation === 'NONE') assertManages(access, refusal);
  return access;
}

/** Roster units of a year the actor may read, with the relation to each (one statement). */
export async function readableUnits(
  ctx: ScoringContext,
  manager: EntityManager,
  year: AssessmentYearEntity,
  filter: { groupId?: string | null; unitIds?: string[] } = {},
): Promise<Map<string, { roster: RosterEntryEntity; relation: AccountabilityRelation }>> {
  const actor = requireUser(ctx);
  const where = {
    yearId: year.id,
    ...(filter.groupId ? { groupId: filter.groupId } : {}),
    ...(filter.unitIds ? { unitId: In(filter.unitIds) } : {}),
  };
  const rows = await manager.findBy(RosterEntryEntity, where);
  const out = new Map<string, { roster: RosterEntryEntity; relation: AccountabilityRelation }>();
  for (const roster of rows) {
    const relation = relationTo(actor, year, roster);
    if (relation !== 'NONE') out.set(roster.unitId, { roster, relation });
  }
  return out;
}
