import { randomUUID } from 'node:crypto';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { compareVietnamese } from '../../../domain/scoring/ranking';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser, type RequestContext } from '../../../platform/auth/request-context';
import { badInput, conflict, notFound } from '../../../platform/errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../../../platform/graphql/connection';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { yearHooks } from '../assessment-year/year-hooks';
import { assertId } from '../../../platform/graphql/ids';
import { getYear, getYearForUpdate, requireProvinceReader, requireProvinceAdmin } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { createOrgDirectory } from './org-directory';
import { RosterEntryEntity } from './roster-entry.entity';
import { planRoster, type SkippedUnit } from './roster-builder';

/** Units are assessed when valid on the last day of the year: a unit merged mid-year is represented by its successor. */
export function rosterReferenceDate(year: number): string {
  return `${year}-12-31`;
}

export interface RosterBuildResult {
  year: AssessmentYearEntity;
  added: number;
  removed: number;
  skipped: SkippedUnit[];
}

async function provinceName(manager: EntityManager, provinceId: string): Promise<string> {
  const [province] = await createOrgDirectory(manager).unitsByIds([provinceId]);
  return province?.name ?? '';
}

function assertRosterOpen(year: AssessmentYearEntity): void {
  if (year.rosterFrozenAt)
    throw conflict(
      'Danh sách đơn vị đã chốt khi mở tự đánh giá; chỉ có thể thêm hoặc bớt từng đơn vị.',
      'The roster was frozen when self-assessment opened; add or remove single units instead.',
      { yearStatus: year.status },
    );
}

/**
 * (Re)builds the roster from the org hierarchy inside the caller's transaction. Entries added by
 * hand are kept; the others are replaced. Runs before the roster is frozen only.
 */
export async function rebuildRosterInTx(
  manager: EntityManager,
  ctx: RequestContext,
  year: AssessmentYearEntity,
): Promise<RosterBuildResult> {
  assertRosterOpen(year);
  const directory = createOrgDirectory(manager);
  const groups = await manager.findBy(UnitGroupEntity, { yearId: year.id });
  const units = await directory.unitsOfProvince(year.provinceUnitId, rosterReferenceDate(year.year));
  const plan = planRoster({
    model: year.model,
    province: { id: year.provinceUnitId, name: await provinceName(manager, year.provinceUnitId) },
    units,
    groups,
  });
  const existing = await manager.findBy(RosterEntryEntity, { yearId: year.id });
  const manual = new Set(existing.filter((e) => e.addedManually).map((e) => e.unitId));
  const stale = existing.filter((e) => !e.addedManually);
  if (stale.length)
    await manager.delete(
      RosterEntryEntity,
      stale.map((e) => e.id),
    );
  const fresh = plan.entries
    .filter((entry) => !manual.has(entry.unitId))
    .map((entry) => manager.create(RosterEntryEntity, { ...entry, id: randomUUID(), yearId: year.id, addedManually: false }));
  for (let i = 0; i < fresh.length; i += 200) await manager.save(RosterEntryEntity, fresh.slice(i, i + 200));
  await recordAudit(manager, ctx, {
    yearId: year.id,
    entityType: AuditEntityType.ROSTER,
    entityId: year.id,
    action: 'BUILD',
    before: { count: existing.length },
    after: {
      count: fresh.length + manual.size,
      referenceDate: rosterReferenceDate(year.year),
      skipped: plan.skipped.map((s) => ({ unitId: s.unitId, unitName: s.unitName, reason: s.reason.vi })),
    },
  });
  return { year, added: fresh.length, removed: stale.length, skipped: plan.skipped };
}

export async function buildRoster(ctx: RequestContext, yearId: string): Promise<RosterBuildResult> {
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, yearId);
    requireProvinceAdmin(ctx, year.provinceUnitId);
    if (year.status !== YearStatus.PLANNING)
      throw conflict(
        'Chỉ lập danh sách đơn vị khi kỳ đánh giá đang chuẩn bị.',
        'The roster can only be built while the year is in planning.',
      );
    return rebuildRosterInTx(manager, ctx, year);
  });
}

/** Adding or removing units is allowed until appraisal starts (PLANNING, SELF_ASSESSMENT). */
function assertRosterEditable(year: AssessmentYearEntity): void {
  if (year.status !== YearStatus.PLANNING && year.status !== YearStatus.SELF_ASSESSMENT)
    throw conflict(
      'Chỉ được thêm hoặc bớt đơn vị trước khi bắt đầu thẩm định.',
      'Units can only be added or removed before the appraisal phase starts.',
      { yearStatus: year.status },
    );
}

export async function addRosterUnit(
  ctx: RequestContext,
  yearId: string,
  unitId: string,
  groupId: string,
  reason?: string | null,
): Promise<RosterEntryEntity> {
  assertId(unitId, 'unitId');
  assertId(groupId, 'groupId');
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, yearId);
    requireProvinceAdmin(ctx, year.provinceUnitId);
    assertRosterEditable(year);
    const group = await manager.findOneBy(UnitGroupEntity, { id: groupId, yearId: year.id });
    if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'No such group in this year.', { argument: 'groupId' });
    if (await manager.existsBy(RosterEntryEntity, { yearId: year.id, unitId }))
      throw conflict('Đơn vị đã có trong danh sách được đánh giá.', 'The unit is already on the roster.', { argument: 'unitId' });
    const directory = createOrgDirectory(manager);
    const [unit] = await directory.unitsByIds([unitId]);
    if (!unit || !unit.path.includes(`/${year.provinceUnitId}/`) || unit.id === year.provinceUnitId)
      throw notFound('Không tìm thấy đơn vị thuộc tỉnh này.', 'No such unit in this province.', { argument: 'unitId' });
    const ancestors = await directory.unitsByIds(unit.path.split('/').filter((id) => id && id !== unit.id));
    const province = ancestors.find((a) => a.id === year.provinceUnitId);
    const plan = planRoster({
      model: year.model,
      province: { id: year.provinceUnitId, name: province?.name ?? '' },
      units: [unit],
      context: ancestors,
      groups: [group],
    });
    const planned = plan.entries[0];
    if (!planned) {
      const why = plan.skipped[0]?.reason ?? { vi: 'Khối không nhận loại đơn vị này', en: 'The group does not take this kind of unit' };
      throw badInput(
        `Không thể thêm đơn vị vào khối "${group.name}": ${why.vi}.`,
        `Cannot add the unit to group ${group.code}: ${why.en}.`,
        { argument: 'groupId' },
      );
    }
    const entry = await manager.save(
      RosterEntryEntity,
      manager.create(RosterEntryEntity, { ...planned, id: randomUUID(), yearId: year.id, addedManually: true }),
    );
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.ROSTER,
      entityId: entry.id,
      action: 'ADD_UNIT',
      before: null,
      after: entry,
      reason,
    });
    if (year.rosterFrozenAt) for (const hook of yearHooks.afterRosterAdd) await hook(manager, ctx, year, entry);
    return entry;
  });
}

export async function removeRosterUnit(ctx: RequestContext, yearId: string, unitId: string, reason?: string | null): Promise<boolean> {
  assertId(unitId, 'unitId');
  return ctx.db.transaction(async (manager) => {
    const year = await getYearForUpdate(manager, yearId);
    requireProvinceAdmin(ctx, year.provinceUnitId);
    assertRosterEditable(year);
    const entry = await manager.findOneBy(RosterEntryEntity, { yearId: year.id, unitId });
    if (!entry) throw notFound('Đơn vị không có trong danh sách được đánh giá.', 'The unit is not on the roster.', { argument: 'unitId' });
    for (const hook of yearHooks.beforeRosterRemove) await hook(manager, ctx, year, entry, reason ?? null);
    await manager.delete(RosterEntryEntity, { id: entry.id });
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.ROSTER,
      entityId: entry.id,
      action: 'REMOVE_UNIT',
      before: entry,
      after: null,
      reason,
    });
    return true;
  });
}

export interface RosterFilter {
  groupId?: string | null;
  assessorUnitId?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Province staff see the whole roster, an assessor unit (a district) the units it assesses, an
 * assessed unit its own line. A roster is a few hundred rows: sorted in memory the Vietnamese way.
 */
export async function listRoster(ctx: RequestContext, yearId: string, filter: RosterFilter): Promise<Connection<RosterEntryEntity>> {
  const actor = requireUser(ctx);
  const limit = pageSize(filter.first, 100);
  const year = await getYear(ctx.db.manager, yearId);
  await requireProvinceReader(ctx, ctx.db.manager, year.provinceUnitId);
  const where: FindOptionsWhere<RosterEntryEntity> = { yearId: year.id };
  if (filter.groupId) where.groupId = filter.groupId;
  if (filter.assessorUnitId) where.assessorUnitId = filter.assessorUnitId;
  let rows = await ctx.db.manager.findBy(RosterEntryEntity, where);
  if (actor.unitId !== year.provinceUnitId && !administersProvince(actor, year.provinceUnitId))
    rows = rows.filter((r) => r.assessorUnitId === actor.unitId || r.unitId === actor.unitId);
  rows.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1));
  let start = 0;
  if (filter.after) {
    const [afterId] = decodeCursor(filter.after);
    start = rows.findIndex((r) => r.unitId === afterId) + 1;
  }
  return toConnection(rows.slice(start), limit, rows.length, (row) => encodeCursor([row.unitId]), start > 0);
}
