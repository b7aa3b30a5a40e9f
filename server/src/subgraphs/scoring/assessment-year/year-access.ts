import type { EntityManager } from 'typeorm';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser, type RequestContext, type SignedInActor } from '../../../platform/auth/request-context';
import { conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AssessmentYearEntity, YearStatus } from './assessment-year.entity';
import { lockYearForUpdate } from '../lock-order';

export async function getYear(manager: EntityManager, id: string, argument = 'yearId'): Promise<AssessmentYearEntity> {
  assertId(id, argument);
  const year = await manager.findOneBy(AssessmentYearEntity, { id });
  if (!year) throw notFound(`Không tìm thấy kỳ đánh giá ${id}.`, `No assessment year ${id}.`, { argument });
  return year;
}

/**
 * The year for a year-wide writer: its row locked for update first (lock-order level 1 X, before
 * any plain read of the transaction) and its state_version bumped — sheet actions planned before
 * this write commits plan again — then read.
 */
export async function getYearForUpdate(manager: EntityManager, id: string, argument = 'yearId'): Promise<AssessmentYearEntity> {
  assertId(id, argument);
  await lockYearForUpdate(manager, id);
  const year = await manager.findOneBy(AssessmentYearEntity, { id });
  if (!year) throw notFound(`Không tìm thấy kỳ đánh giá ${id}.`, `No assessment year ${id}.`, { argument });
  return year;
}

/** Only a PROVINCE_ADMIN of the year's own province configures it (the shared rule: platform/auth/admin-scope.ts). */
export function requireProvinceAdmin(ctx: Pick<RequestContext, 'actor'>, provinceUnitId: string): SignedInActor {
  const actor = requireUser(ctx);
  if (!administersProvince(actor, provinceUnitId))
    throw forbidden(
      'Chỉ quản trị viên cấp tỉnh của tỉnh này mới được thay đổi kỳ đánh giá.',
      "Only this province's administrator may change its assessment years.",
    );
  return actor;
}

/**
 * "A user of the province", without joining org tables: the province's own staff, or a unit that
 * is on (or assesses units on) the roster of one of the province's years.
 */
export async function isProvinceMember(manager: EntityManager, actor: SignedInActor, provinceUnitId: string): Promise<boolean> {
  if (actor.unitId === provinceUnitId || actor.provinceUnitId === provinceUnitId) return true;
  const hit = await manager
    .createQueryBuilder(RosterEntryEntity, 'r')
    .innerJoin(AssessmentYearEntity, 'y', 'y.id = r.year_id')
    .where('y.province_unit_id = :provinceUnitId', { provinceUnitId })
    .andWhere('(r.unit_id = :unit OR r.assessor_unit_id = :unit OR r.parent_district_id = :unit)', { unit: actor.unitId })
    .getExists();
  return hit;
}

export async function requireProvinceReader(
  ctx: Pick<RequestContext, 'actor'>,
  manager: EntityManager,
  provinceUnitId: string,
): Promise<SignedInActor> {
  const actor = requireUser(ctx);
  if (!(await isProvinceMember(manager, actor, provinceUnitId)))
    throw forbidden('Bạn không thuộc tỉnh của kỳ đánh giá này.', 'You do not belong to the province of this assessment year.', {
      reason: 'OTHER_PROVINCE',
    });
  return actor;
}

const LOCKED_AFTER_FINAL: Record<YearStatus, boolean> = {
  PLANNING: false,
  SELF_ASSESSMENT: false,
  APPRAISAL: false,
  FINALIZED: true,
  PUBLISHED: true,
};

/** Settings that change results (bands, caps, roster) are frozen once results are final. */
export function assertNotFinal(year: AssessmentYearEntity): void {
  if (LOCKED_AFTER_FINAL[year.status])
    throw conflict(
      year.status === YearStatus.PUBLISHED
        ? 'Kết quả kỳ đánh giá đã được công bố, không thể thay đổi.'
        : 'Kỳ đánh giá đã chốt kết quả, không thể thay đổi.',
      year.status === YearStatus.PUBLISHED
        ? 'The year is published and can no longer change.'
        : 'The year is finalized and can no longer change.',
      { yearStatus: year.status },
    );
}

export function assertPlanning(year: AssessmentYearEntity, what: { vi: string; en: string }): void {
  if (year.status !== YearStatus.PLANNING)
    throw conflict(
      `${what.vi} chỉ thay đổi được khi kỳ đánh giá đang ở giai đoạn chuẩn bị.`,
      `${what.en} can only change while the year is in planning.`,
      {
        yearStatus: year.status,
      },
    );
}
