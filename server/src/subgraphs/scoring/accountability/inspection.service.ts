import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  addDays,
  DEFAULT_REMEDIATION_DAYS,
  findingLabel,
  isAssessorMethod,
  isOverdue,
  isPending,
  MAX_REMEDIATION_REASON,
  remediationEdit,
  validateInspection,
  type InspectionKind,
  type RemediationEditChange,
} from '../../../domain/accountability';
import { requireUser } from '../../../platform/auth/request-context';
import { badInput, conflict, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit, recordAuditMany } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import type { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { rosterLineage } from '../roster/roster-lineage';
import { readableUnits, relationTo, unitAccess, type UnitAccess } from './accountability-access';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { applyAssessorRecords, assertYearOpenForRecords, quantityFor } from './assessor-entry.service';
import { InspectionEntity, InspectionFindingEntity } from './inspection.entity';
import {
  InspectionKindEnum,
  RemediationStatusEnum,
  type InspectionFindingInput,
  type InspectionInput,
  type InspectionView,
} from './inspection.types';
import { RemediationItemEntity } from './remediation.entity';
import { insertEvents, remediationEvent } from './remediation-events';
import { remediationAudits, sheetOfUnit } from './remediation.service';
import { lockUnitSheetFirst } from '../lock-order';

/** Points in hundredths are shown as points; counts as they are. */
const shown = (leaf: CriteriaNodeEntity | undefined, quantity: number | null) =>
  quantity === null ? null : leaf?.method === 'MANUAL' ? quantity / 100 : quantity;

/** Views of inspections: findings, their leaves and remediation items in one statement each. */
async function inspectionViews(
  manager: EntityManager,
  rows: InspectionEntity[],
  ctx: {
    year: (row: InspectionEntity) => number;
    unitName: (row: InspectionEntity) => string;
    canManage: (row: InspectionEntity) => boolean;
    /** A predecessor's inspection on the merged unit's page (unitInspections); false elsewhere. */
    viaPredecessor?: (row: InspectionEntity) => boolean;
  },
): Promise<InspectionView[]> {
  if (rows.length === 0) return [];
  const findings = await manager.findBy(InspectionFindingEntity, { inspectionId: In(rows.map((r) => r.id)) });
  const leafIds = [...new Set(findings.map((f) => f.criterionId).filter((id): id is string => !!id))];
  const itemIds = findings.map((f) => f.remediationId).filter((id): id is string => !!id);
  const [leaves, items] = await Promise.all([
    leafIds.length ? manager.findBy(CriteriaNodeEntity, { id: In(leafIds) }) : Promise.resolve([]),
    itemIds.length ? manager.findBy(RemediationItemEntity, { id: In(itemIds) }) : Promise.resolve([]),
  ]);
  const leafById = new Map(leaves.map((l) => [l.id, l]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  const now = new Date();
  return rows.map((r) => {
    const mine = findings.filter((f) => f.inspectionId === r.id).sort((a, b) => a.position - b.position);
    const views = mine.map((f) => {
      const leaf = f.criterionId ? leafById.get(f.criterionId) : undefined;
      const item = f.remediationId ? itemById.get(f.remediationId) : undefined;
      return {
        id: f.id,
        position: f.position,
        text: f.text,
        criterionId: f.criterionId,
        criterionCode: leaf?.code ?? null,
        criterionTitle: leaf?.title ?? null,
        quantity: shown(leaf, f.quantity),
        remediationId: f.remediationId,
        remediationStatus: (item?.status as RemediationStatusEnum | undefined) ?? null,
        remediationDeadline: item?.deadline ?? null,
        remediationOverdue: item ? isOverdue(item, now) : null,
      };
    });
    return {
      id: r.id,
      yearId: r.yearId,
      year: ctx.year(r),
      unitId: r.unitId,
      unitName: ctx.unitName(r),
      kind: r.kind as InspectionKindEnum,
      date: r.inspectionDate,
      team: r.team,
      decisionNumber: r.decisionNumber,
      conclusion: r.conclusion,
      findings: views,
      penaltyCount: views.reduce((s, f) => s + (f.quantity ?? 0), 0),
      canManage: ctx.canManage(r),
      viaPredecessor: ctx.viaPredecessor?.(r) ?? false,
      updatedBy: r.updatedBy,
      updatedAt: r.updatedAt,
    };
  });
}

/**
 * Inspections of a year the actor may read: the province all, a district its communes, a unit
 * its own (never another unit's). Internal: external apps and anonymous callers are refused.
 */
export async function inspections(ctx: ScoringContext, yearId: string, unitId?: string | null): Promise<InspectionView[]> {
  requireUser(ctx);
  const manager = ctx.db.manager;
  const year = await getYear(manager, yearId);
  if (unitId) assertId(unitId, 'unitId');
  const readable = await readableUnits(ctx, manager, year, unitId ? { unitIds: [unitId] } : {});
  if (readable.size === 0) return [];
  const rows = (await manager.findBy(InspectionEntity, { yearId: year.id, ...(unitId ? { unitId } : {}) })).filter((r) =>
    readable.has(r.unitId),
  );
  rows.sort((a, b) => (a.inspectionDate < b.inspectionDate ? 1 : a.inspectionDate > b.inspectionDate ? -1 : 0));
  return inspectionViews(manager, rows, {
    year: () => year.year,
    unitName: (r) => readable.get(r.unitId)!.roster.unitName,
    canManage: (r) => readable.get(r.unitId)!.relation === 'MANAGE',
  });
}

/**
 * Inspections of one unit across every year (the unit's own Kiểm tra page) and, after a merge,
 * those of the units it was formed from (the predecessors frozen in its rosters, 2025
 * reorganisation) in the years before the merge, each labelled with that unit's name
 * (viaPredecessor). A year's inspections are kept only when the actor may read the unit in that
 * year: the unit itself, its assessor and the province (a district its communes); a predecessor's
 * also when the actor may read the merged unit in the year that named the merge — its own
 * lineage, nothing else. Another unit or another province gets nothing. Internal: external apps
 * and anonymous callers are refused. One statement per generation of the lineage, then two, then
 * the views' three, whatever the number of years and inspections.
 */
export async function unitInspections(ctx: ScoringContext, unitId: string): Promise<InspectionView[]> {
  const actor = requireUser(ctx);
  assertId(unitId, 'unitId');
  const manager = ctx.db.manager;
  const lineage = await rosterLineage(manager, unitId);
  if (lineage.length === 0) return [];
  const [years, all] = await Promise.all([
    manager.findBy(AssessmentYearEntity, { id: In([...new Set(lineage.map((l) => l.roster.yearId))]) }),
    manager.findBy(InspectionEntity, { unitId: In([...new Set(lineage.map((l) => l.roster.unitId))]) }),
  ]);
  const yearById = new Map(years.map((y) => [y.id, y]));
  const relation = (roster: RosterEntryEntity) => {
    const year = yearById.get(roster.yearId);
    return year ? relationTo(actor, year, roster) : 'NONE';
  };
  const readable = new Map<string, { year: AssessmentYearEntity; roster: RosterEntryEntity; manage: boolean }>();
  for (const { roster, via } of lineage) {
    const year = yearById.get(roster.yearId);
    if (!year) continue;
    const own = relationTo(actor, year, roster);
    if (roster.unitId !== unitId) {
      // A predecessor's years before the merge only, through a merged unit's year that named it.
      const merges = via.filter((r) => (yearById.get(r.yearId)?.year ?? 0) > year.year);
      if (merges.length === 0 || (own === 'NONE' && merges.every((r) => relation(r) === 'NONE'))) continue;
    } else if (own === 'NONE') continue;
    readable.set(`${year.id}|${roster.unitId}`, { year, roster, manage: own === 'MANAGE' });
  }
  const keyOf = (r: InspectionEntity) => `${r.yearId}|${r.unitId}`;
  const rows = all.filter((r) => readable.has(keyOf(r)));
  rows.sort((a, b) => (a.inspectionDate < b.inspectionDate ? 1 : a.inspectionDate > b.inspectionDate ? -1 : 0));
  return inspectionViews(manager, rows, {
    year: (r) => readable.get(keyOf(r))!.year.year,
    unitName: (r) => readable.get(keyOf(r))!.roster.unitName,
    canManage: (r) => readable.get(keyOf(r))!.manage,
    viaPredecessor: (r) => r.unitId !== unitId,
  });
}

export async function inspection(ctx: ScoringContext, id: string): Promise<InspectionView> {
  assertId(id, 'id');
  const row = await ctx.db.getRepository(InspectionEntity).findOneBy({ id });
  if (!row) throw notFound('Không tìm thấy cuộc kiểm tra.', 'Inspection not found.', { argument: 'id' });
  const access = await unitAccess(ctx, ctx.db.manager, row.yearId, row.unitId, 'READ');
  const [view] = await inspectionViews(ctx.db.manager, [row], {
    year: () => access.year.year,
    unitName: () => access.roster.unitName,
    canManage: () => access.relation === 'MANAGE',
  });
  return view;
}

function inspectionSnapshot(row: InspectionEntity, findings: readonly InspectionFindingEntity[]) {
  return {
    unitId: row.unitId,
    kind: row.kind,
    date: row.inspectionDate,
    team: row.team,
    decisionNumber: row.decisionNumber,
    conclusion: row.conclusion,
    findings: [...findings]
      .sort((a, b) => a.position - b.position)
      .map((f) => ({ id: f.id, text: f.text, criterionId: f.criterionId, quantity: f.quantity })),
  };
}

/**
 * Leaves a set of findings penalise, checked like assessorLeaf (leaf of the unit's set, entered by
 * the assessor, a method records can feed) but for all findings in two statements.
 */
async function penaltyLeaves(
  manager: EntityManager,
  sheet: ScoreSheetEntity,
  criterionIds: readonly string[],
): Promise<Map<string, CriteriaNodeEntity>> {
  const ids = [...new Set(criterionIds)];
  for (const id of ids) assertId(id, 'criterionId');
  if (ids.length === 0) return new Map();
  const [nodes, children] = await Promise.all([
    manager.findBy(CriteriaNodeEntity, { id: In(ids), groupId: sheet.groupId }),
    manager.findBy(CriteriaNodeEntity, { parentId: In(ids) }),
  ]);
  const parents = new Set(children.map((c) => c.parentId));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const id of ids) {
    const leaf = byId.get(id);
    if (!leaf || parents.has(id))
      throw notFound('Không tìm thấy tiêu chí lá này trong bộ chỉ số của đơn vị.', 'No such leaf in the unit’s criteria set.', {
        argument: 'criterionId',
      });
    if (!leaf.enteredByAssessor)
      throw badInput(
        `Tiêu chí ${leaf.code} do đơn vị tự chấm nên không thể trừ điểm theo kết luận kiểm tra; hãy chọn tiêu chí được đánh dấu "do cơ quan đánh giá nhập".`,
        `Criterion ${leaf.code} is scored by the unit; an inspection penalty needs a leaf marked "entered by the assessor".`,
        { argument: 'criterionId', reason: 'NOT_ASSESSOR_LEAF' },
      );
    if (!isAssessorMethod(leaf.method)) quantityFor(leaf, 1);
  }
  return byId;
}

interface FindingPlan {
  input: InspectionFindingInput;
  existing: InspectionFindingEntity | null;
  leaf: CriteriaNodeEntity | null;
  quantity: number | null;
}

/**
 * Writes an inspection's findings against what was stored, in the caller's transaction: penalty
 * records added, changed or removed on the unit's assessor leaves (then the leaves re-derived and
 * the results recomputed by applyAssessorRecords — points, index, rank in the same transaction),
 * remediation items opened for new findings, kept in step for changed ones, cancelled for
 * removed ones; everything audited.
 */
async function writeFindings(
  manager: EntityManager,
  ctx: ScoringContext,
  access: UnitAccess,
  row: InspectionEntity,
  inputs: readonly InspectionFindingInput[],
  stored: readonly InspectionFindingEntity[],
  reason: string | null,
): Promise<InspectionFindingEntity[]> {
  const storedById = new Map(stored.map((f) => [f.id, f]));
  for (const f of inputs)
    if (f.id && !storedById.has(f.id))
      throw notFound('Không tìm thấy nội dung kết luận cần sửa trong cuộc kiểm tra này.', 'Finding not found in this inspection.', {
        argument: 'findings',
      });
  const penaltyIds = inputs.map((f) => f.criterionId).filter((id): id is string => !!id);
  const touchesPenalties = penaltyIds.length > 0 || stored.some((f) => f.criterionId);
  const sheet = touchesPenalties ? await sheetOfUnit(manager, row.yearId, row.unitId) : null;
  if (touchesPenalties && !sheet)
    throw conflict(
      'Đơn vị chưa có phiếu đánh giá của năm này nên chưa thể trừ điểm theo kết luận kiểm tra.',
      'The unit has no sheet this year; no penalty can be recorded.',
      { reason: 'NO_SHEET' },
    );
  const leaves = sheet ? await penaltyLeaves(manager, sheet, penaltyIds) : new Map<string, CriteriaNodeEntity>();
  const plans: FindingPlan[] = inputs.map((input) => {
    const leaf = input.criterionId ? leaves.get(input.criterionId)! : null;
    return {
      input,
      existing: input.id ? storedById.get(input.id)! : null,
      leaf,
      quantity: leaf ? quantityFor(leaf, input.quantity ?? NaN) : null,
    };
  });
  const kept = new Set(plans.map((p) => p.existing?.id).filter(Boolean));
  const removed = stored.filter((f) => !kept.has(f.id));
  const penaltyChanged = (p: FindingPlan) =>
    !p.existing || p.existing.criterionId !== (p.leaf?.id ?? null) || p.existing.quantity !== p.quantity;
  const changedPenalties = plans.filter((p) => penaltyChanged(p) && (p.leaf || p.existing?.criterionId));
  const removedPenalties = removed.filter((f) => f.criterionId);
  if (changedPenalties.length || removedPenalties.length) assertYearOpenForRecords(access.year);

  const now = new Date();
  const actorName = access.actor.username;
  const label = (text: string) => findingLabel(row.kind, row.decisionNumber, text);
  const reference = { documentNumber: row.decisionNumber, documentDate: row.inspectionDate, issuer: row.team.slice(0, 500), title: null };

  // Penalty records: drop the ones of removed findings and of findings whose penalty changed,
  // insert the new ones (labels follow the current text and decision for every kept penalty).
  const dropRecordIds = [
    ...removed.map((f) => f.assessorEntryId),
    ...plans.filter((p) => p.existing && penaltyChanged(p)).map((p) => p.existing!.assessorEntryId),
  ].filter((id): id is string => !!id);
  if (dropRecordIds.length) await manager.delete(AssessorEntryEntity, { id: In(dropRecordIds) });
  const findingRows: InspectionFindingEntity[] = [];
  const newRecords: AssessorEntryEntity[] = [];
  const newItems: RemediationItemEntity[] = [];
  const itemUpdates: { item: RemediationItemEntity; patch: Partial<RemediationItemEntity>; change: RemediationEditChange | null }[] = [];
  // The note of the history steps this save writes on its items: the save's reason, or where it came from.
  const stepNote = reason ?? `Sửa kết luận kiểm tra (QĐ ${row.decisionNumber})`;
  const storedItemIds = stored.map((f) => f.remediationId).filter((id): id is string => !!id);
  const storedItems = storedItemIds.length ? await manager.findBy(RemediationItemEntity, { id: In(storedItemIds) }) : [];
  const itemById = new Map(storedItems.map((i) => [i.id, i]));
  const defaultDeadline = addDays(row.inspectionDate, DEFAULT_REMEDIATION_DAYS);

  plans.forEach((p, index) => {
    const id = p.existing?.id ?? randomUUID();
    const text = p.input.text.trim();
    let recordId = p.existing?.assessorEntryId ?? null;
    if (penaltyChanged(p)) recordId = null;
    if (p.leaf && sheet && recordId === null) {
      recordId = randomUUID();
      newRecords.push(
        Object.assign(new AssessorEntryEntity(), {
          id: recordId,
          yearId: row.yearId,
          sheetId: sheet.id,
          unitId: row.unitId,
          criterionId: p.leaf.id,
          quantity: p.quantity!,
          sourceType: 'INSPECTION' as const,
          sourceId: id,
          sourceLabel: label(text),
          reference,
          note: text,
          enteredBy: actorName,
          enteredAt: now,
        }),
      );
    }
    let remediationId = p.existing?.remediationId ?? null;
    const item = remediationId ? itemById.get(remediationId) : undefined;
    if (!item) {
      const created = Object.assign(new RemediationItemEntity(), {
        id: randomUUID(),
        yearId: row.yearId,
        unitId: row.unitId,
        sourceType: 'INSPECTION' as const,
        sourceId: id,
        sourceLabel: `${label(text)}`.slice(0, 500),
        criterionId: p.leaf?.id ?? null,
        criterionCode: p.leaf?.code ?? null,
        title: text.slice(0, 2000).trimEnd(),
        deadline: p.input.deadline ?? defaultDeadline,
        status: 'OPEN' as const,
        createdBy: actorName,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        revision: 1,
      });
      newItems.push(created);
      remediationId = created.id;
    } else if (isPending(item.status)) {
      const patch = {
        // The item's own text follows the finding only when the finding's text changed: an assessor's
        // edit of the item (updateRemediationItem) survives a later save of the inspection.
        title: p.existing && p.existing.text === text ? item.title : text.slice(0, 2000).trimEnd(),
        sourceLabel: label(text),
        criterionId: p.leaf?.id ?? null,
        criterionCode: p.leaf?.code ?? null,
        deadline: p.input.deadline ?? item.deadline,
      };
      // A moved deadline or a new text is an edit of the item, as in its own panel: checked by the
      // same rule (a moved deadline not before today), and a step of its history with the change.
      let change: RemediationEditChange | null = null;
      if (patch.title !== item.title || patch.deadline !== item.deadline) {
        const edit = remediationEdit(item, { title: patch.title, deadline: patch.deadline, reason: stepNote }, now);
        if ('refusal' in edit)
          throw badInput(`Kết luận ${index + 1}: ${edit.refusal.vi}`, `Finding ${index + 1}: ${edit.refusal.en}`, {
            argument: 'findings',
            reason: edit.refusal.reason,
          });
        change = edit.changed;
      }
      if (Object.entries(patch).some(([k, v]) => item[k as keyof RemediationItemEntity] !== v)) itemUpdates.push({ item, patch, change });
    }
    findingRows.push(
      Object.assign(new InspectionFindingEntity(), {
        id,
        inspectionId: row.id,
        position: index + 1,
        text,
        criterionId: p.leaf?.id ?? null,
        quantity: p.quantity,
        assessorEntryId: recordId,
        remediationId,
      }),
    );
  });
  // Kept penalties whose text changed: their record's label follows.
  for (const p of plans)
    if (p.existing?.assessorEntryId && !penaltyChanged(p) && p.existing.text !== p.input.text.trim())
      await manager.update(
        AssessorEntryEntity,
        { id: p.existing.assessorEntryId },
        { sourceLabel: label(p.input.text), note: p.input.text.trim() },
      );

  // Removed findings: their pending items are cancelled (closed ones stay as the record of what was done).
  const cancelled = removed
    .map((f) => (f.remediationId ? itemById.get(f.remediationId) : undefined))
    .filter((i): i is RemediationItemEntity => !!i && isPending(i.status));
  if (cancelled.length)
    await manager
      .createQueryBuilder()
      .update(RemediationItemEntity)
      .set({ status: 'CANCELLED', updatedAt: now, revision: () => 'revision + 1' })
      .where({ id: In(cancelled.map((i) => i.id)) })
      .execute();
  // An edit's step takes the next revision (as updateRemediationItem's does); the source's label
  // or leaf following the finding is no step of the item's own.
  for (const { item, patch, change } of itemUpdates)
    await manager.update(
      RemediationItemEntity,
      { id: item.id },
      { ...patch, updatedAt: now, ...(change ? { revision: item.revision + 1 } : {}) },
    );

  if (removed.length) await manager.delete(InspectionFindingEntity, { id: In(removed.map((f) => f.id)) });
  if (newRecords.length) await manager.insert(AssessorEntryEntity, newRecords);
  if (newItems.length) await manager.insert(RemediationItemEntity, newItems);
  await manager.save(InspectionFindingEntity, findingRows, { reload: false });
  await insertEvents(manager, [
    ...newItems.map((i) => remediationEvent(i, { action: 'CREATE' }, actorName, now)),
    ...cancelled.map((i) =>
      remediationEvent(i, { action: 'CANCEL', to: 'CANCELLED', note: 'Kết luận kiểm tra nguồn đã bị xóa' }, actorName, now),
    ),
    ...itemUpdates.flatMap(({ item, change }) =>
      change ? [remediationEvent(item, { action: 'UPDATE', note: stepNote, change }, actorName, now)] : [],
    ),
  ]);
  await recordAuditMany(
    manager,
    ctx,
    remediationAudits(
      [
        ...newItems.map((item) => ({ item, action: 'CREATE' as const, before: null })),
        ...cancelled.map((item) => ({ item: { ...item, status: 'CANCELLED' as const }, action: 'CANCEL' as const, before: item })),
        ...itemUpdates.map(({ item, patch }) => ({ item: { ...item, ...patch }, action: 'UPDATE' as const, before: item })),
      ],
      reason,
    ),
  );
  const affectedLeaves = [
    ...changedPenalties.flatMap((p) => [p.leaf?.id, p.existing?.criterionId]),
    ...removedPenalties.map((f) => f.criterionId),
  ].filter((id): id is string => !!id);
  if (sheet && affectedLeaves.length)
    await applyAssessorRecords(manager, ctx, sheet, affectedLeaves, {
      action: 'INSPECTION_PENALTY',
      reason: reason ?? `${findingLabel(row.kind, row.decisionNumber, '').replace(/: $/, '')}`,
    });
  return findingRows;
}

/**
 * Records or changes an inspection and its findings (the unit's assessor: the province, or a
 * district for its communes). One transaction: the inspection, its findings, the penalties' effect
 * on the unit's points, index and rank, the remediation items, the audit trail.
 */
export async function saveInspection(ctx: ScoringContext, input: InspectionInput): Promise<InspectionView> {
  assertId(input.yearId, 'yearId');
  assertId(input.unitId, 'unitId');
  const id = await ctx.db.transaction(async (manager) => {
    await lockUnitSheetFirst(manager, { yearId: input.yearId, unitId: input.unitId });
    const access = await unitAccess(ctx, manager, input.yearId, input.unitId, 'MANAGE');
    const problems = validateInspection(
      {
        kind: input.kind,
        date: input.date,
        team: input.team,
        decisionNumber: input.decisionNumber,
        findings: input.findings.map((f) => ({ ...f, text: f.text ?? '' })),
      },
      access.year.year,
    );
    if ((input.conclusion ?? '').length > 8000)
      problems.push({ vi: 'kết luận chung dài quá 8000 ký tự', en: 'the conclusion is limited to 8000 characters' });
    // The reason is also the note of the history steps the save writes on its items (their limit).
    if ((input.reason ?? '').trim().length > MAX_REMEDIATION_REASON)
      problems.push({
        vi: `lý do dài quá ${MAX_REMEDIATION_REASON} ký tự`,
        en: `the reason is limited to ${MAX_REMEDIATION_REASON} characters`,
      });
    if (problems.length)
      throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
        reason: 'INVALID_INSPECTION',
      });
    let existing: InspectionEntity | null = null;
    if (input.id) {
      assertId(input.id, 'id');
      existing = await manager.findOneBy(InspectionEntity, { id: input.id });
      if (!existing || existing.yearId !== access.year.id || existing.unitId !== input.unitId)
        throw notFound('Không tìm thấy cuộc kiểm tra cần sửa.', 'Inspection not found.', { argument: 'id' });
    }
    const stored = existing ? await manager.findBy(InspectionFindingEntity, { inspectionId: existing.id }) : [];
    const before = existing ? inspectionSnapshot(existing, stored) : null;
    const row = Object.assign(existing ?? new InspectionEntity(), {
      id: existing?.id ?? randomUUID(),
      yearId: access.year.id,
      unitId: input.unitId,
      kind: input.kind as InspectionKind,
      inspectionDate: input.date,
      team: input.team.trim(),
      decisionNumber: input.decisionNumber.trim(),
      conclusion: (input.conclusion ?? '').trim() || null,
      updatedBy: access.actor.username,
      updatedAt: new Date(),
    });
    await manager.save(InspectionEntity, row, { reload: false });
    const reason = (input.reason ?? '').trim() || null;
    const findings = await writeFindings(manager, ctx, access, row, input.findings, stored, reason);
    await recordAudit(manager, ctx, {
      yearId: access.year.id,
      entityType: AuditEntityType.INSPECTION,
      entityId: row.id,
      action: existing ? 'UPDATE' : 'CREATE',
      before,
      after: inspectionSnapshot(row, findings),
      reason,
    });
    return row.id;
  });
  return inspection(ctx, id);
}

/** Removes an inspection entered by mistake: its penalties are reversed and its open items cancelled (reason required). */
export async function deleteInspection(ctx: ScoringContext, id: string, reason: string): Promise<boolean> {
  assertId(id, 'id');
  if (!reason.trim()) throw badInput('Cần nêu lý do xóa.', 'A reason is required.', { argument: 'reason', reason: 'REASON_REQUIRED' });
  if (reason.trim().length > MAX_REMEDIATION_REASON)
    throw badInput(`Lý do dài quá ${MAX_REMEDIATION_REASON} ký tự.`, `The reason is limited to ${MAX_REMEDIATION_REASON} characters.`, {
      argument: 'reason',
    });
  const found = await ctx.db.getRepository(InspectionEntity).findOneBy({ id });
  await ctx.db.transaction(async (manager) => {
    if (found) await lockUnitSheetFirst(manager, { yearId: found.yearId, unitId: found.unitId });
    const row = await manager.findOneBy(InspectionEntity, { id });
    if (!row) throw notFound('Không tìm thấy cuộc kiểm tra.', 'Inspection not found.', { argument: 'id' });
    const access = await unitAccess(ctx, manager, row.yearId, row.unitId, 'MANAGE');
    const stored = await manager.findBy(InspectionFindingEntity, { inspectionId: row.id });
    const before = inspectionSnapshot(row, stored);
    await writeFindings(manager, ctx, access, row, [], stored, reason.trim());
    await manager.delete(InspectionEntity, { id: row.id });
    await recordAudit(manager, ctx, {
      yearId: row.yearId,
      entityType: AuditEntityType.INSPECTION,
      entityId: row.id,
      action: 'DELETE',
      before,
      after: null,
      reason: reason.trim(),
    });
  });
  return true;
}
