import { randomUUID } from 'node:crypto';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { In } from 'typeorm';
import { hasRole, requireUser, type RequestContext } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, forbidden, notFound } from '../../../platform/errors/app-error';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { assertId } from '../../../platform/graphql/ids';
import { assertNotFinal, getYear, getYearForUpdate, requireProvinceReader } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { createOrgDirectory } from '../roster/org-directory';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AppraiserAssignmentEntity } from './appraiser-assignment.entity';

/** The province admin assigns anyone; an assessor chair assigns the appraisers of his own unit. */
function requireAssigner(ctx: RequestContext, year: AssessmentYearEntity, assessorUnitId: string): void {
  const actor = requireUser(ctx);
  const admin = administersProvince(actor, year.provinceUnitId);
  const chair = hasRole(actor, Role.ASSESSOR_CHAIR) && actor.unitId === assessorUnitId;
  if (!admin && !chair)
    throw forbidden(
      'Chỉ quản trị viên cấp tỉnh hoặc chủ tịch đơn vị đánh giá mới được phân công thẩm định.',
      'Only the province administrator or the assessor chair may assign appraisers.',
    );
}

function snapshot(a: AppraiserAssignmentEntity) {
  return { id: a.id, userId: a.userId, assessorUnitId: a.assessorUnitId, unitIds: a.unitIds, areaCodes: a.areaCodes };
}

/**
 * Creates or replaces the limits of one appraiser in one year. The appraiser's assessor unit is
 * his own unit (read from the org directory at assignment time, a configuration action); limits
 * must name units his unit assesses and existing criteria codes.
 */
export async function assignAppraiser(
  ctx: RequestContext,
  yearId: string,
  userId: string,
  unitIds: string[],
  areaCodes: string[],
): Promise<AppraiserAssignmentEntity> {
  assertId(userId, 'userId');
  unitIds.forEach((id) => assertId(id, 'unitIds'));
  const units = [...new Set(unitIds)];
  const areas = [...new Set(areaCodes.map((c) => c.trim()).filter(Boolean))];
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, yearId);
    const user = await createOrgDirectory(manager).user(userId);
    if (!user || !user.active) throw notFound('Không tìm thấy người dùng đang hoạt động.', 'No such active user.', { argument: 'userId' });
    requireAssigner(ctx, year, user.unitId);
    assertNotFinal(year);
    if (!user.roles.includes(Role.APPRAISER))
      throw badInput('Người dùng chưa có vai trò thẩm định (APPRAISER).', 'The user does not have the APPRAISER role.', {
        argument: 'userId',
      });
    if (units.length) {
      const roster = await manager.findBy(RosterEntryEntity, { yearId: year.id, unitId: In(units) });
      const assessed = new Set(roster.filter((r) => r.assessorUnitId === user.unitId).map((r) => r.unitId));
      const outside = units.filter((id) => !assessed.has(id));
      if (outside.length)
        throw badInput(
          `${outside.length} đơn vị không thuộc danh sách do đơn vị của người thẩm định đánh giá.`,
          `${outside.length} unit(s) are not assessed by the appraiser's unit.`,
          { argument: 'unitIds', unitIds: outside },
        );
    }
    if (areas.length) {
      const known = new Set(
        (await manager.find(CriteriaNodeEntity, { where: { yearId: year.id }, select: { code: true } })).map((n) => n.code),
      );
      const unknown = areas.filter((c) => !known.has(c));
      if (unknown.length)
        throw badInput(
          `Không có tiêu chí mã ${unknown.join(', ')} trong kỳ đánh giá.`,
          `Unknown criteria code(s): ${unknown.join(', ')}.`,
          { argument: 'areaCodes', codes: unknown },
        );
    }
    const existing = await manager.findOneBy(AppraiserAssignmentEntity, { yearId: year.id, userId });
    const before = existing ? snapshot(existing) : null;
    const assignment = existing ?? manager.create(AppraiserAssignmentEntity, { id: randomUUID(), yearId: year.id, userId });
    Object.assign(assignment, { assessorUnitId: user.unitId, unitIds: units, areaCodes: areas });
    await manager.save(AppraiserAssignmentEntity, assignment);
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: assignment.id,
      action: existing ? 'UPDATE_ASSIGNMENT' : 'ASSIGN_APPRAISER',
      before,
      after: snapshot(assignment),
    });
    return assignment;
  });
}

export async function removeAppraiserAssignment(ctx: RequestContext, id: string): Promise<boolean> {
  assertId(id, 'id');
  return ctx.db.transaction(async (manager) => {
    const assignment = await manager.findOneBy(AppraiserAssignmentEntity, { id });
    if (!assignment) throw notFound('Không tìm thấy phân công.', 'No such assignment.', { argument: 'id' });
    const year = await getYearForUpdate(manager, assignment.yearId);
    requireAssigner(ctx, year, assignment.assessorUnitId);
    assertNotFinal(year);
    await manager.delete(AppraiserAssignmentEntity, { id });
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: id,
      action: 'REMOVE_ASSIGNMENT',
      before: snapshot(assignment),
      after: null,
    });
    return true;
  });
}

/** The province sees every assignment; an assessor unit sees its own. */
export async function listAppraiserAssignments(
  ctx: RequestContext,
  yearId: string,
  assessorUnitId?: string | null,
): Promise<AppraiserAssignmentEntity[]> {
  const actor = requireUser(ctx);
  const year = await getYear(ctx.db.manager, yearId);
  await requireProvinceReader(ctx, ctx.db.manager, year.provinceUnitId);
  const rows = await ctx.db.manager.find(AppraiserAssignmentEntity, { where: { yearId: year.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.filter(
    (r) =>
      (actor.unitId === year.provinceUnitId || administersProvince(actor, year.provinceUnitId) || r.assessorUnitId === actor.unitId) &&
      (!assessorUnitId || r.assessorUnitId === assessorUnitId),
  );
}

/** For the sheet module: the limits of one appraiser (null = no assignment, i.e. no limits). */
export async function assignmentOf(
  ctx: Pick<RequestContext, 'db'>,
  yearId: string,
  userId: string,
): Promise<AppraiserAssignmentEntity | null> {
  return ctx.db.manager.findOneBy(AppraiserAssignmentEntity, { yearId, userId });
}
