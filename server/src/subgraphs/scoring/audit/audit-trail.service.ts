import {
  APPRAISAL_SAVE_ACTION_PREFIX,
  hidesAppraisalSaves,
  historyAccess,
  readsProvinceHistory,
} from '../../../domain/scoring/history-access';
import { sheetStateForYear } from '../../../domain/scoring/workflow';
import { requireUser, type RequestContext } from '../../../platform/auth/request-context';
import { forbidden } from '../../../platform/errors/app-error';
import { pageSize, type Connection } from '../../../platform/graphql/connection';
import { newestFirstById } from '../../../platform/database/keyset-page';
import { yearHooks } from '../assessment-year/year-hooks';
import { assertId } from '../../../platform/graphql/ids';
import { getYear } from '../assessment-year/year-access';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AuditEventEntity, type AuditEntityType } from './audit-event.entity';

export interface AuditTrailFilter {
  entityType?: AuditEntityType | null;
  entityId?: string | null;
  sheetId?: string | null;
  criterionId?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Newest first, keyset-paginated on the auto-increment id. The province reads everything; the
 * assessor unit of a sheet and the assessed unit itself read that sheet's history (a sheetId
 * filter is then required); the unit does not get the appraisers' saves before its appraisal is
 * disclosed to it (domain history-access).
 */
export async function listAuditTrail(ctx: RequestContext, yearId: string, filter: AuditTrailFilter): Promise<Connection<AuditEventEntity>> {
  const actor = requireUser(ctx);
  pageSize(filter.first); // a bad page size is refused before anything is read
  const year = await getYear(ctx.db.manager, yearId);
  let hideAppraisal = false;
  if (filter.sheetId) assertId(filter.sheetId, 'sheetId');
  if (!readsProvinceHistory(actor, year.provinceUnitId)) {
    const sheet = filter.sheetId ? await yearHooks.sheetUnit(ctx.db.manager, filter.sheetId) : null;
    const entry =
      sheet && sheet.yearId === year.id
        ? await ctx.db.manager.findOneBy(RosterEntryEntity, { yearId: year.id, unitId: sheet.unitId })
        : null;
    const access = entry
      ? historyAccess(actor, { provinceUnitId: year.provinceUnitId, assessorUnitId: entry.assessorUnitId, unitId: entry.unitId })
      : 'NONE';
    if (!sheet || access === 'NONE')
      throw forbidden(
        'Chỉ cấp tỉnh, đơn vị đánh giá và chính đơn vị được đánh giá mới xem được lịch sử thay đổi của phiếu.',
        "Only the province, the sheet's assessor unit and the assessed unit itself may read the sheet's change history.",
      );
    hideAppraisal = hidesAppraisalSaves(access, sheetStateForYear(sheet.status, year.status));
  }
  const query = ctx.db.manager.createQueryBuilder(AuditEventEntity, 'a').where('a.year_id = :yearId', { yearId: year.id });
  if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.sheetId) query.andWhere('a.sheet_id = :sheetId', { sheetId: filter.sheetId });
  if (hideAppraisal) query.andWhere('a.action NOT LIKE :appraisal', { appraisal: `${APPRAISAL_SAVE_ACTION_PREFIX}%` });
  if (filter.criterionId) {
    assertId(filter.criterionId, 'criterionId');
    query.andWhere('a.criterion_id = :criterionId', { criterionId: filter.criterionId });
  }
  return newestFirstById(query, 'a', filter);
}
