/**
 * Changes to the org tree by a province administrator. Each mutation runs in one transaction:
 * either everything it writes is committed or nothing is. History is never rewritten: closing,
 * merging and splitting only set `validTo` on old units and link them to their successors.
 *
 * Rules a caller can rely on:
 * - only open units can be renamed, moved, retyped, closed, merged or split (a closed unit keeps
 *   the name and place it had, so past rankings stay as published);
 * - a unit with open children cannot be closed, merged or split: the administrator first moves or
 *   closes the children (we do not cascade, because silently closing 30 communes with their
 *   district is exactly the kind of change an official must decide on explicitly);
 * - `code` is unique among open units (index on open_code); a closed unit's code can be reused.
 */
import { randomUUID } from 'node:crypto';
import { OrgAuditEntityType } from '../audit/org-audit-event.entity';
import { recordOrgAudit } from '../audit/org-audit.service';
import type { EntityManager } from 'typeorm';
import {
  checkMove,
  checkParentKind,
  checkValidity,
  checkValidityWithinParent,
  childPath,
  dayBefore,
  planMerge,
  planSplit,
  type ExistingUnit,
  type OrgRuleError,
  type ReorgPlan,
  type RuleResult,
} from '../../../domain/org/hierarchy';
import { foldVietnamese } from '../../../domain/org/vietnamese-text';
import { AppError, badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertInScope, requireProvinceAdmin, type AdminScope } from '../admin-scope';
import type { OrgContext } from '../org-context';
import { isUniqueViolation } from '../unique-violation';
import type { CreateOrgUnitInput, MergeOrgUnitsInput, NewOrgUnitInput, SplitOrgUnitInput } from './org-unit-change.types';
import { OrgUnitLinkEntity, type OrgUnitLinkKindValue } from './org-unit-link.entity';
import { OrgUnitEntity, type OrgUnitKind } from './org-unit.entity';
import { assertUnitId } from './org-unit.service';
import { isMysql } from '../../../platform/database/dialect';

// ---------------------------------------------------------------------------------------------
// Input hygiene

function cleanName(name: string, argument = 'name'): string {
  const value = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) throw badInput('Tên đơn vị không được để trống.', 'The unit name must not be empty.', { argument });
  if (value.length > 255)
    throw badInput('Tên đơn vị quá dài (tối đa 255 ký tự).', 'The unit name is too long (255 characters at most).', { argument });
  return value;
}

function cleanCode(code: string, argument = 'code'): string {
  const value = code.trim();
  if (!value) throw badInput('Mã đơn vị không được để trống.', 'The unit code must not be empty.', { argument });
  if (value.length > 32 || /\s/.test(value))
    throw badInput('Mã đơn vị tối đa 32 ký tự và không chứa khoảng trắng.', 'The unit code must be at most 32 characters without spaces.', {
      argument,
    });
  return value;
}

function cleanSubtype(subtype: string, argument = 'subtype'): string {
  const value = subtype.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!value) throw badInput('Loại đơn vị (xã, phường, sở…) không được để trống.', 'The unit subtype must not be empty.', { argument });
  if (value.length > 32)
    throw badInput('Loại đơn vị quá dài (tối đa 32 ký tự).', 'The subtype is too long (32 characters at most).', { argument });
  return value;
}

/** Domain rule violations become one coded error; the rule codes travel in extensions for the UI. */
function ruleError(errors: readonly OrgRuleError[]): AppError | null {
  if (errors.length === 0) return null;
  const stateRules = new Set(['UNIT_NOT_VALID_ON_DATE']);
  const code = errors.every((e) => stateRules.has(e.code)) ? 'CONFLICT' : 'BAD_USER_INPUT';
  return new AppError(
    code,
    { vi: errors.map((e) => e.vi).join(' '), en: errors.map((e) => e.en).join(' ') },
    { rules: errors.map((e) => e.code) },
  );
}

function throwRules(errors: readonly OrgRuleError[]): void {
  const error = ruleError(errors);
  if (error) throw error;
}

function unwrap<T>(result: RuleResult<T>): T {
  if (result.ok) return result.value;
  throw ruleError(result.errors) ?? new Error('rule result without errors');
}

// ---------------------------------------------------------------------------------------------
// Authorization and loading

async function loadUnit(em: EntityManager, id: string, argument: string): Promise<OrgUnitEntity> {
  assertUnitId(id, argument);
  const unit = await em.findOneBy(OrgUnitEntity, { id });
  if (!unit) throw notFound(`Không tìm thấy đơn vị có mã định danh ${id}.`, `No unit with id ${id}.`, { argument });
  return unit;
}

function assertOpen(unit: OrgUnitEntity, action: { vi: string; en: string }, argument = 'id'): void {
  if (unit.validTo !== null)
    throw conflict(
      `Đơn vị "${unit.name}" đã hết hiệu lực từ sau ngày ${unit.validTo}; không thể ${action.vi}. Đơn vị đã đóng được giữ nguyên để bảo toàn lịch sử.`,
      `Unit "${unit.name}" closed on ${unit.validTo}; it cannot be ${action.en}. Closed units stay as they were to keep history.`,
      { argument },
    );
}

async function assertCodeFree(em: EntityManager, code: string, argument = 'code'): Promise<void> {
  const holder = await em.findOneBy(OrgUnitEntity, { openCode: code });
  if (holder)
    throw conflict(
      `Mã "${code}" đang được dùng cho đơn vị "${holder.name}". Mã đơn vị phải khác nhau giữa các đơn vị đang hoạt động.`,
      `Code "${code}" is already used by the open unit "${holder.name}". Codes must be unique among open units.`,
      { argument },
    );
}

/** Children still open on or after `lastDay` (those would outlive a closing parent). */
async function assertNoOpenChildren(
  em: EntityManager,
  unit: OrgUnitEntity,
  lastDay: string,
  action: { vi: string; en: string },
): Promise<void> {
  const open = await em
    .getRepository(OrgUnitEntity)
    .createQueryBuilder('u')
    .where('u.parent_id = :id', { id: unit.id })
    .andWhere('(u.valid_to IS NULL OR u.valid_to > :lastDay)', { lastDay })
    .orderBy('u.name', 'ASC')
    .getMany();
  if (open.length === 0) return;
  const names = open
    .slice(0, 5)
    .map((u) => u.name)
    .join(', ');
  const more = open.length > 5 ? ', …' : '';
  throw conflict(
    `Không thể ${action.vi} "${unit.name}" vì còn ${open.length} đơn vị trực thuộc đang hoạt động (${names}${more}); hãy chuyển hoặc đóng các đơn vị này trước.`,
    `Cannot ${action.en} "${unit.name}": it still has ${open.length} open child unit(s) (${names}${more}); move or close them first.`,
    { openChildren: open.length },
  );
}

/**
 * Runs a mutation in one transaction and turns a unique-index violation into CONFLICT. Loaders
 * are cleared afterwards: they may hold rows read before the change.
 */
async function inTransaction<T>(ctx: OrgContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'Mã đơn vị vừa được dùng cho một đơn vị đang hoạt động khác; hãy chọn mã khác.',
        'The code was just taken by another open unit; choose another code.',
        { argument: 'code' },
      );
    throw error;
  } finally {
    ctx.loaders.unitById.clearAll();
    ctx.loaders.childrenByParent.clearAll();
    ctx.loaders.predecessorLinks.clearAll();
    ctx.loaders.successorLinks.clearAll();
  }
}

function newUnitRow(
  em: EntityManager,
  spec: { kind: OrgUnitKind; subtype: string; code: string; name: string; validFrom: string | null },
  parent: OrgUnitEntity | null,
): OrgUnitEntity {
  const id = randomUUID();
  return em.create(OrgUnitEntity, {
    id,
    kind: spec.kind,
    subtype: spec.subtype,
    code: spec.code,
    openCode: spec.code,
    name: spec.name,
    nameFolded: foldVietnamese(spec.name),
    parentId: parent?.id ?? null,
    path: parent ? childPath(parent.path, id) : `/${id}/`,
    level: parent ? parent.level + 1 : 0,
    validFrom: spec.validFrom,
    validTo: null,
    mergerText: null,
    sourceKey: null,
  });
}

async function reload(em: EntityManager, id: string): Promise<OrgUnitEntity> {
  return em.findOneByOrFail(OrgUnitEntity, { id });
}

/**
 * Rewrites the path (and level) of a unit and its whole subtree in one UPDATE. Ids are UUIDs
 * (hex and "-"), so the LIKE prefix cannot contain wildcards.
 */
export async function rebaseSubtree(em: EntityManager, oldPath: string, newPath: string): Promise<void> {
  if (oldPath === newPath) return;
  const levelDelta = newPath.split('/').length - oldPath.split('/').length;
  const concat = isMysql(em) ? 'CONCAT(?, SUBSTR(path, ?))' : '(? || SUBSTR(path, ?))';
  await em.query(`UPDATE org_unit SET path = ${concat}, level = level + ?, updated_at = CURRENT_TIMESTAMP WHERE path LIKE ?`, [
    newPath,
    oldPath.length + 1,
    levelDelta,
    `${oldPath}%`,
  ]);
}

/** The audit row of a change to a unit of the administrator's province. */
function unitAudit(
  scope: AdminScope,
  unit: Pick<OrgUnitEntity, 'id' | 'name'>,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return {
    provinceUnitId: scope.rootId,
    entityType: OrgAuditEntityType.ORG_UNIT,
    entityId: unit.id,
    entityLabel: unit.name,
    action,
    before,
    after,
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations

export async function createOrgUnit(ctx: OrgContext, input: CreateOrgUnitInput): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  const name = cleanName(input.name);
  const code = cleanCode(input.code);
  const subtype = cleanSubtype(input.subtype);
  const validFrom = input.validFrom ?? null;
  if (!input.parentId)
    throw forbidden(
      'Tỉnh/thành phố chỉ được tạo bằng chức năng nhập dữ liệu đơn vị hành chính; hãy chọn đơn vị cấp trên.',
      'Provinces are created by the unit import; choose a parent unit.',
      { argument: 'parentId' },
    );
  const parentId = input.parentId;
  return inTransaction(ctx, async (em) => {
    const parent = await loadUnit(em, parentId, 'parentId');
    assertInScope(scope, parent);
    assertOpen(parent, { vi: 'thêm đơn vị trực thuộc', en: 'given new children' }, 'parentId');
    throwRules([...checkParentKind(input.kind, parent.kind), ...checkValidityWithinParent({ validFrom, validTo: null }, parent)]);
    await assertCodeFree(em, code);
    const row = newUnitRow(em, { kind: input.kind, subtype, code, name, validFrom }, parent);
    await em.insert(OrgUnitEntity, row);
    await recordOrgAudit(em, ctx, [
      unitAudit(scope, row, 'CREATE', null, { name, code, subtype, kind: input.kind, parentId: parent.id, validFrom }),
    ]);
    ctx.log.info({ unitId: row.id, parentId: parent.id, userId: scope.actor.userId }, 'org unit created');
    return reload(em, row.id);
  });
}

export async function renameOrgUnit(ctx: OrgContext, id: string, rawName: string): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  const name = cleanName(rawName);
  return inTransaction(ctx, async (em) => {
    const unit = await loadUnit(em, id, 'id');
    assertInScope(scope, unit);
    assertOpen(unit, { vi: 'đổi tên', en: 'renamed' });
    if (unit.name === name) return unit; // nothing changes: no write, no audit row
    await em.update(OrgUnitEntity, { id }, { name, nameFolded: foldVietnamese(name) });
    await recordOrgAudit(em, ctx, [unitAudit(scope, unit, 'RENAME', { name: unit.name }, { name })]);
    ctx.log.info({ unitId: id, userId: scope.actor.userId }, 'org unit renamed');
    return reload(em, id);
  });
}

export async function changeOrgUnitSubtype(ctx: OrgContext, id: string, rawSubtype: string): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  const subtype = cleanSubtype(rawSubtype);
  return inTransaction(ctx, async (em) => {
    const unit = await loadUnit(em, id, 'id');
    assertInScope(scope, unit);
    assertOpen(unit, { vi: 'đổi loại đơn vị', en: 'retyped' });
    if (unit.subtype === subtype) return unit;
    await em.update(OrgUnitEntity, { id }, { subtype });
    await recordOrgAudit(em, ctx, [unitAudit(scope, unit, 'SUBTYPE', { subtype: unit.subtype }, { subtype })]);
    ctx.log.info({ unitId: id, userId: scope.actor.userId, subtype }, 'org unit subtype changed');
    return reload(em, id);
  });
}

export async function moveOrgUnit(ctx: OrgContext, id: string, newParentId: string): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  assertUnitId(id, 'id');
  assertUnitId(newParentId, 'newParentId');
  return inTransaction(ctx, async (em) => {
    const unit = await loadUnit(em, id, 'id');
    const parent = await loadUnit(em, newParentId, 'newParentId');
    assertInScope(scope, unit);
    assertInScope(scope, parent);
    assertOpen(unit, { vi: 'chuyển', en: 'moved' });
    throwRules(checkMove(unit, parent));
    assertOpen(parent, { vi: 'nhận đơn vị trực thuộc', en: 'given new children' }, 'newParentId');
    throwRules(checkValidityWithinParent(unit, parent));
    if (unit.parentId === parent.id) return unit;
    const newPath = childPath(parent.path, unit.id);
    await em.update(OrgUnitEntity, { id }, { parentId: parent.id });
    await rebaseSubtree(em, unit.path, newPath);
    await recordOrgAudit(em, ctx, [unitAudit(scope, unit, 'MOVE', { parentId: unit.parentId }, { parentId: parent.id })]);
    ctx.log.info({ unitId: id, from: unit.parentId, to: parent.id, userId: scope.actor.userId }, 'org unit moved');
    return reload(em, id);
  });
}

export async function closeOrgUnit(ctx: OrgContext, id: string, validTo: string): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  return inTransaction(ctx, async (em) => {
    const unit = await loadUnit(em, id, 'id');
    assertInScope(scope, unit);
    assertOpen(unit, { vi: 'đóng lại', en: 'closed again' });
    throwRules(checkValidity({ validFrom: unit.validFrom, validTo }));
    await assertNoOpenChildren(em, unit, validTo, { vi: 'đóng', en: 'close' });
    await em.update(OrgUnitEntity, { id }, { validTo, openCode: null });
    await recordOrgAudit(em, ctx, [unitAudit(scope, unit, 'CLOSE', { validTo: unit.validTo }, { validTo })]);
    ctx.log.info({ unitId: id, validTo, userId: scope.actor.userId }, 'org unit closed');
    return reload(em, id);
  });
}

function toExisting(unit: OrgUnitEntity): ExistingUnit {
  return { id: unit.id, kind: unit.kind, name: unit.name, validFrom: unit.validFrom, validTo: unit.validTo };
}

interface PreparedTarget {
  spec: { kind: OrgUnitKind; subtype: string; code: string; name: string };
  parent: OrgUnitEntity;
}

/** Checks a merge/split target and its parent (default: the old unit's parent). */
async function prepareTarget(
  em: EntityManager,
  scope: AdminScope,
  input: NewOrgUnitInput,
  defaultParentId: string | null,
  effectiveDate: string,
  argument: string,
): Promise<PreparedTarget> {
  const spec = {
    kind: input.kind,
    subtype: cleanSubtype(input.subtype, `${argument}.subtype`),
    code: cleanCode(input.code, `${argument}.code`),
    name: cleanName(input.name, `${argument}.name`),
  };
  const parentId = input.parentId ?? defaultParentId;
  if (!parentId)
    throw badInput(
      'Các đơn vị cũ không cùng đơn vị cấp trên; hãy chọn đơn vị cấp trên cho đơn vị mới.',
      'The old units have different parents; choose the parent of the new unit.',
      { argument: `${argument}.parentId` },
    );
  const parent = await loadUnit(em, parentId, `${argument}.parentId`);
  assertInScope(scope, parent);
  assertOpen(parent, { vi: 'nhận đơn vị trực thuộc', en: 'given new children' }, `${argument}.parentId`);
  throwRules([
    ...checkParentKind(spec.kind, parent.kind),
    ...checkValidityWithinParent({ validFrom: effectiveDate, validTo: null }, parent),
  ]);
  return { spec, parent };
}

/** Writes a reorganisation plan: close the old units, open the new ones, link them. */
async function applyPlan(
  em: EntityManager,
  plan: ReorgPlan,
  targets: Map<string, PreparedTarget>,
  kind: OrgUnitLinkKindValue,
  note: string | null,
): Promise<OrgUnitEntity[]> {
  // Close first: a new unit may reuse the code of one of the units it replaces.
  for (const closing of plan.close) await em.update(OrgUnitEntity, { id: closing.id }, { validTo: closing.validTo, openCode: null });
  const ids = new Map<string, string>();
  const created: OrgUnitEntity[] = [];
  for (const opening of plan.open) {
    const target = targets.get(opening.key);
    if (!target) throw new Error(`plan opens an unknown target ${opening.key}`);
    await assertCodeFree(em, target.spec.code, `${opening.key}.code`);
    const row = newUnitRow(em, { ...target.spec, validFrom: opening.validFrom }, target.parent);
    await em.insert(OrgUnitEntity, row);
    ids.set(opening.key, row.id);
    created.push(row);
  }
  const links = plan.links.map((link) =>
    em.create(OrgUnitLinkEntity, {
      id: randomUUID(),
      predecessorId: ids.get(link.predecessor) ?? link.predecessor,
      successorId: ids.get(link.successor) ?? link.successor,
      kind,
      partial: link.partial,
      effectiveDate: link.effectiveDate,
      note,
    }),
  );
  if (links.length) await em.insert(OrgUnitLinkEntity, links);
  return Promise.all(created.map((row) => reload(em, row.id)));
}

export async function mergeOrgUnits(ctx: OrgContext, input: MergeOrgUnitsInput): Promise<OrgUnitEntity> {
  const scope = requireProvinceAdmin(ctx);
  input.sourceIds.forEach((id, i) => assertUnitId(id, `sourceIds[${i}]`));
  return inTransaction(ctx, async (em) => {
    const sources: OrgUnitEntity[] = [];
    for (const [i, id] of input.sourceIds.entries()) {
      const unit = await loadUnit(em, id, `sourceIds[${i}]`);
      assertInScope(scope, unit);
      assertOpen(unit, { vi: 'sáp nhập', en: 'merged' }, `sourceIds[${i}]`);
      sources.push(unit);
    }
    const parents = new Set(sources.map((s) => s.parentId));
    const target = await prepareTarget(em, scope, input.target, parents.size === 1 ? [...parents][0] : null, input.effectiveDate, 'target');
    const planned = planMerge({
      sources: sources.map(toExisting),
      target: { new: { key: 'target', kind: target.spec.kind, subtype: null, name: target.spec.name, code: target.spec.code } },
      effectiveDate: input.effectiveDate,
    });
    const plan = unwrap(planned);
    for (const source of sources) await assertNoOpenChildren(em, source, dayBefore(input.effectiveDate), { vi: 'sáp nhập', en: 'merge' });
    const note = `Sáp nhập ${sources.map((s) => s.name).join(', ')} thành ${target.spec.name}`;
    const [created] = await applyPlan(em, plan, new Map([['target', target]]), 'MERGE', note.slice(0, 500));
    await recordOrgAudit(em, ctx, [
      unitAudit(
        scope,
        created,
        'MERGE',
        { units: sources.map((u) => ({ id: u.id, name: u.name })) },
        { id: created.id, name: created.name, effectiveDate: input.effectiveDate },
      ),
    ]);
    ctx.log.info({ unitId: created.id, sourceIds: input.sourceIds, userId: scope.actor.userId }, 'org units merged');
    return created;
  });
}

export async function splitOrgUnit(ctx: OrgContext, input: SplitOrgUnitInput): Promise<OrgUnitEntity[]> {
  const scope = requireProvinceAdmin(ctx);
  assertUnitId(input.sourceId, 'sourceId');
  return inTransaction(ctx, async (em) => {
    const source = await loadUnit(em, input.sourceId, 'sourceId');
    assertInScope(scope, source);
    assertOpen(source, { vi: 'chia tách', en: 'split' }, 'sourceId');
    const targets = new Map<string, PreparedTarget>();
    for (const [i, t] of input.targets.entries())
      targets.set(`targets[${i}]`, await prepareTarget(em, scope, t, source.parentId, input.effectiveDate, `targets[${i}]`));
    const codes = [...targets.values()].map((t) => t.spec.code);
    if (new Set(codes).size !== codes.length)
      throw badInput('Các đơn vị mới phải có mã khác nhau.', 'The new units must have distinct codes.', { argument: 'targets' });
    const planned = planSplit({
      source: toExisting(source),
      targets: [...targets.entries()].map(([key, t]) => ({ key, kind: t.spec.kind, subtype: null, name: t.spec.name, code: t.spec.code })),
      effectiveDate: input.effectiveDate,
    });
    const plan = unwrap(planned);
    await assertNoOpenChildren(em, source, dayBefore(input.effectiveDate), { vi: 'chia tách', en: 'split' });
    const note = `Chia tách ${source.name} thành ${[...targets.values()].map((t) => t.spec.name).join(', ')}`;
    const created = await applyPlan(em, plan, targets, 'SPLIT', note.slice(0, 500));
    await recordOrgAudit(em, ctx, [
      unitAudit(
        scope,
        source,
        'SPLIT',
        { id: source.id, name: source.name },
        { units: created.map((u) => ({ id: u.id, name: u.name })), effectiveDate: input.effectiveDate },
      ),
    ]);
    ctx.log.info({ sourceId: source.id, unitIds: created.map((u) => u.id), userId: scope.actor.userId }, 'org unit split');
    return created;
  });
}
