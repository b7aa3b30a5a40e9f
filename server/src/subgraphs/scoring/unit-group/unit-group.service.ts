import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../platform/auth/request-context';
import { badInput, conflict, notFound } from '../../../platform/errors/app-error';
import { GovernmentModel } from '../assessment-year/assessment-year.entity';
import { assertId } from '../../../platform/graphql/ids';
import { assertPlanning, getYearForUpdate, requireProvinceAdmin } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { pointsFromInput } from '../criteria/points';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { AssessorRule, UnitGroupEntity } from './unit-group.entity';
import type { UnitGroupInput } from './unit-group.types';

const GROUP_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const WHAT = { vi: 'Khối đơn vị', en: 'Unit groups' };

function snapshot(group: UnitGroupEntity) {
  const { createdAt: _c, updatedAt: _u, ...rest } = group;
  return rest;
}

export async function upsertUnitGroup(ctx: RequestContext, input: UnitGroupInput): Promise<UnitGroupEntity> {
  const code = input.code.trim().toUpperCase();
  if (!GROUP_CODE.test(code))
    throw badInput(
      'Mã khối chỉ gồm chữ in hoa, số và dấu gạch dưới (tối đa 32 ký tự).',
      'Group codes are upper-case letters, digits and _ (32 at most).',
      { argument: 'code' },
    );
  const name = input.name.trim();
  if (!name || name.length > 255)
    throw badInput('Tên khối phải có từ 1 đến 255 ký tự.', 'The group name must have 1 to 255 characters.', { argument: 'name' });
  const kinds = [...new Set(input.memberKinds)];
  if (kinds.length === 0 || kinds.includes(OrgUnitKind.PROVINCE))
    throw badInput(
      'Khối phải nhận ít nhất một loại đơn vị (không gồm cấp tỉnh).',
      'A group takes at least one kind of unit (not the province).',
      { argument: 'memberKinds' },
    );
  const criteriaTotal =
    input.criteriaTotal === null || input.criteriaTotal === undefined
      ? 10_000
      : pointsFromInput(input.criteriaTotal, 'criteriaTotal', 'Tổng điểm bộ chỉ số');
  if (criteriaTotal === 0)
    throw badInput('Tổng điểm bộ chỉ số phải lớn hơn 0.', 'The criteria total must be above 0.', { argument: 'criteriaTotal' });
  const subtypes = [...new Set((input.memberSubtypes ?? []).map((s) => s.normalize('NFC').trim().toLocaleLowerCase('vi')).filter(Boolean))];
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, input.yearId);
    requireProvinceAdmin(ctx, year.provinceUnitId);
    assertPlanning(year, WHAT);
    if (input.assessorRule === AssessorRule.PARENT_DISTRICT) {
      if (year.model !== GovernmentModel.THREE_LEVEL)
        throw badInput(
          'Mô hình hai cấp không còn cấp huyện: khối phải do tỉnh đánh giá.',
          'The two-level model has no districts: the province must assess this group.',
          {
            argument: 'assessorRule',
          },
        );
      if (kinds.some((k) => k !== OrgUnitKind.COMMUNE))
        throw badInput('Chỉ khối cấp xã mới do cấp huyện đánh giá.', 'Only commune groups can be assessed by their district.', {
          argument: 'assessorRule',
        });
    }
    let group: UnitGroupEntity;
    let before: ReturnType<typeof snapshot> | null = null;
    if (input.id) {
      assertId(input.id, 'id');
      const found = await manager.findOneBy(UnitGroupEntity, { id: input.id, yearId: year.id });
      if (!found) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'No such group in this year.', { argument: 'id' });
      before = snapshot({ ...found });
      group = found;
    } else {
      group = manager.create(UnitGroupEntity, { id: randomUUID(), yearId: year.id, criteriaReopened: false });
    }
    const clash = await manager.findOneBy(UnitGroupEntity, { yearId: year.id, code });
    if (clash && clash.id !== group.id)
      throw conflict(`Mã khối ${code} đã được dùng trong kỳ này.`, `Group code ${code} is already used in this year.`, {
        argument: 'code',
      });
    Object.assign(group, {
      code,
      name,
      assessorRule: input.assessorRule,
      criteriaTotal,
      sortOrder: input.sortOrder ?? group.sortOrder ?? (await manager.countBy(UnitGroupEntity, { yearId: year.id })) + 1,
      memberKinds: kinds,
      memberSubtypes: subtypes,
    });
    await manager.save(UnitGroupEntity, group);
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: group.id,
      action: before ? 'UPDATE_GROUP' : 'CREATE_GROUP',
      before,
      after: snapshot(group),
    });
    return group;
  });
}

/** Deletes a group with its criteria set and roster lines (planning only: nothing was scored against it). */
export async function deleteUnitGroup(ctx: RequestContext, id: string): Promise<boolean> {
  assertId(id, 'id');
  return ctx.db.transaction(async (manager) => {
    const group = await manager.findOneBy(UnitGroupEntity, { id });
    if (!group) throw notFound('Không tìm thấy khối.', 'No such group.', { argument: 'id' });
    const year = await getYearForUpdate(manager, group.yearId);
    requireProvinceAdmin(ctx, year.provinceUnitId);
    assertPlanning(year, WHAT);
    const nodes = await manager.countBy(CriteriaNodeEntity, { groupId: group.id });
    await manager.delete(CriteriaNodeEntity, { groupId: group.id });
    await manager.delete(RosterEntryEntity, { groupId: group.id });
    await manager.delete(UnitGroupEntity, { id: group.id });
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.SETTING,
      entityId: group.id,
      action: 'DELETE_GROUP',
      before: { ...snapshot(group), criteriaNodes: nodes },
      after: null,
    });
    return true;
  });
}
