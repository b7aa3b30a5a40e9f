import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  accountabilityRelation,
  appraisalItemAllowed,
  appraisalItemExists,
  appraisalReduction,
  daysLeftToDeadline,
  isOverdue,
  isPending,
  pointsVi,
  remediationActions,
  remediationEdit,
  remediationEditable,
  remediationTransition,
  validateRemediation,
  type AccountabilityRelation,
  type RemediationAction,
  type RemediationSide,
  type RemediationStatus,
} from '../../../domain/accountability';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole, requireUser, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId, isId } from '../../../platform/graphql/ids';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit, recordAuditMany, type AuditInput } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { attachEvidenceFiles } from '../evidence/evidence-attach';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { effectiveState } from '../score-sheet/sheet-access';
import type { EvidenceInput } from '../score-sheet/score-sheet.types';
import type { ScoringContext } from '../scoring-context';
import { readableUnits, unitAccess } from './accountability-access';
import {
  RemediationActionEnum,
  RemediationSourceEnum,
  RemediationStatusEnum,
  type RemediationActionInput,
  type RemediationItemInput,
  type RemediationItemView,
  type RemediationUnitSummary,
} from './inspection.types';
import { RemediationEventEntity, RemediationItemEntity, type RemediationEvidence } from './remediation.entity';
import { insertEvents, remediationEvent } from './remediation-events';
import { lockUnitSheetFirst } from '../lock-order';

const UNIT_ROLES: readonly string[] = [Role.UNIT_OFFICER, Role.UNIT_HEAD];
const MAX_NOTE = 4000;
const MAX_EVIDENCE_TEXT = 500;

/** Which side of an item the actor acts on: the assessor (MANAGE) or the unit's own officer/head. */
export function sideOf(actor: SignedInActor, relation: AccountabilityRelation): RemediationSide | null {
  if (relation === 'MANAGE') return 'ASSESSOR';
  if (relation === 'OWN_UNIT' && actor.roles.some((r) => UNIT_ROLES.includes(r))) return 'UNIT';
  return null;
}

function snapshot(item: RemediationItemEntity) {
  return {
    unitId: item.unitId,
    sourceType: item.sourceType,
    sourceLabel: item.sourceLabel,
    criterionCode: item.criterionCode,
    title: item.title,
    deadline: item.deadline,
    status: item.status,
  };
}

/** Builds the views of items (events and evidence files read in one statement each). */
export async function remediationViews(
  manager: EntityManager,
  actor: SignedInActor,
  items: RemediationItemEntity[],
  context: {
    yearOf: (yearId: string) => AssessmentYearEntity | undefined;
    unitName: (item: RemediationItemEntity) => string;
    relation: (item: RemediationItemEntity) => AccountabilityRelation;
  },
  now = new Date(),
): Promise<RemediationItemView[]> {
  if (items.length === 0) return [];
  const events = await manager.findBy(RemediationEventEntity, { itemId: In(items.map((i) => i.id)) });
  const fileIds = [...new Set(events.flatMap((e) => e.evidence.map((x) => x.fileId).filter((id): id is string => !!id)))];
  const files = fileIds.length ? await manager.findBy(EvidenceFileEntity, { id: In(fileIds) }) : [];
  const fileById = new Map(files.map((f) => [f.id, f]));
  const byItem = new Map<string, RemediationEventEntity[]>();
  for (const e of events) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
  return items.map((item) => {
    const side = sideOf(actor, context.relation(item));
    return {
      id: item.id,
      yearId: item.yearId,
      year: context.yearOf(item.yearId)?.year ?? 0,
      unitId: item.unitId,
      unitName: context.unitName(item),
      sourceType: item.sourceType as RemediationSourceEnum,
      sourceId: item.sourceId,
      sourceLabel: item.sourceLabel,
      criterionId: item.criterionId,
      criterionCode: item.criterionCode,
      title: item.title,
      deadline: item.deadline,
      daysLeft: daysLeftToDeadline(now, item.deadline),
      overdue: isOverdue(item, now),
      status: item.status as RemediationStatusEnum,
      availableActions: side ? (remediationActions(item.status, side) as RemediationActionEnum[]) : [],
      canEdit: side === 'ASSESSOR' && remediationEditable(item.status),
      events: (byItem.get(item.id) ?? [])
        .sort((a, b) => a.seq - b.seq)
        .map((e) => ({
          id: e.id,
          action: e.action,
          fromStatus: e.fromStatus as RemediationStatusEnum | null,
          toStatus: e.toStatus as RemediationStatusEnum,
          note: e.note,
          titleBefore: e.change?.title?.before ?? null,
          titleAfter: e.change?.title?.after ?? null,
          deadlineBefore: e.change?.deadline?.before ?? null,
          deadlineAfter: e.change?.deadline?.after ?? null,
          evidence: e.evidence.map((x) => ({ ...x, file: x.fileId ? (fileById.get(x.fileId) ?? null) : null })),
          actorName: e.actorName,
          at: e.at,
        })),
      createdBy: item.createdBy,
      createdAt: item.createdAt,
      closedAt: item.closedAt,
    };
  });
}

export interface RemediationFilter {
  unitId?: string | null;
  status?: RemediationStatusEnum | null;
  overdueOnly?: boolean | null;
}

/**
 * Items of a year the actor may read: the province all, a district its communes, a unit its own.
 * A fixed number of statements whatever the number of units and items.
 */
export async function remediationItems(
  ctx: ScoringContext,
  yearId: string,
  filter: RemediationFilter = {},
): Promise<RemediationItemView[]> {
  const actor = requireUser(ctx);
  const manager = ctx.db.manager;
  const year = await getYear(manager, yearId);
  if (filter.unitId) assertId(filter.unitId, 'unitId');
  const readable = await readableUnits(ctx, manager, year, filter.unitId ? { unitIds: [filter.unitId] } : {});
  if (readable.size === 0) return [];
  const rows = await manager.findBy(RemediationItemEntity, {
    yearId: year.id,
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  });
  const now = new Date();
  const visible = rows
    .filter((r) => readable.has(r.unitId))
    .filter((r) => (filter.status ? true : r.status !== 'CANCELLED'))
    .filter((r) => !filter.overdueOnly || isOverdue(r, now));
  visible.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.createdAt.getTime() - b.createdAt.getTime()));
  return remediationViews(
    manager,
    actor,
    visible,
    {
      yearOf: () => year,
      unitName: (i) => readable.get(i.unitId)!.roster.unitName,
      relation: (i) => readable.get(i.unitId)!.relation,
    },
    now,
  );
}

/** Counts per unit (pending, overdue now, waiting for acceptance, closed) for the dashboards. */
export async function remediationSummary(ctx: ScoringContext, yearId: string): Promise<RemediationUnitSummary[]> {
  requireUser(ctx);
  const year = await getYear(ctx.db.manager, yearId);
  const readable = await readableUnits(ctx, ctx.db.manager, year);
  if (readable.size === 0) return [];
  const rows = await ctx.db.getRepository(RemediationItemEntity).findBy({ yearId: year.id });
  return summarize(
    rows.filter((r) => readable.has(r.unitId)),
    (unitId) => readable.get(unitId)!.roster.unitName,
  );
}

export function summarize(
  rows: readonly Pick<RemediationItemEntity, 'unitId' | 'status' | 'deadline'>[],
  unitName: (unitId: string) => string,
  now = new Date(),
) {
  const byUnit = new Map<string, RemediationUnitSummary>();
  for (const r of rows) {
    if (r.status === 'CANCELLED') continue;
    const s = byUnit.get(r.unitId) ?? { unitId: r.unitId, unitName: unitName(r.unitId), pending: 0, overdue: 0, reported: 0, closed: 0 };
    if (isPending(r.status)) s.pending++;
    if (isOverdue(r, now)) s.overdue++;
    if (r.status === 'REPORTED') s.reported++;
    if (r.status === 'CLOSED') s.closed++;
    byUnit.set(r.unitId, s);
  }
  return [...byUnit.values()];
}

/** One item with the actor's relation to its unit (or a coded refusal). */
async function itemAccess(ctx: ScoringContext, manager: EntityManager, id: string) {
  assertId(id, 'id');
  const item = await manager.findOneBy(RemediationItemEntity, { id });
  if (!item) throw notFound('Không tìm thấy nội dung khắc phục.', 'Remediation item not found.', { argument: 'id' });
  const access = await unitAccess(ctx, manager, item.yearId, item.unitId, 'READ');
  return { item, access };
}

export async function remediationItem(ctx: ScoringContext, id: string): Promise<RemediationItemView> {
  const { item, access } = await itemAccess(ctx, ctx.db.manager, id);
  const [view] = await remediationViews(ctx.db.manager, access.actor, [item], {
    yearOf: () => access.year,
    unitName: () => access.roster.unitName,
    relation: () => access.relation,
  });
  return view;
}

/** The unit's sheet of a year, if the year has sheets. */
export function sheetOfUnit(manager: EntityManager, yearId: string, unitId: string): Promise<ScoreSheetEntity | null> {
  return manager.findOneBy(ScoreSheetEntity, { yearId, unitId });
}

/**
 * The assessor gives a unit an item by hand, or from a leaf that lost points in appraisal (its
 * final points below the self-assessed ones). Inspection items come from findings only.
 */
export async function createRemediationItem(ctx: ScoringContext, input: RemediationItemInput): Promise<RemediationItemView> {
  assertId(input.yearId, 'yearId');
  assertId(input.unitId, 'unitId');
  const id = await ctx.db.transaction(async (manager) => {
    // Two clicks on "Giao khắc phục" at once must not both pass the "already given" check.
    await lockUnitSheetFirst(manager, { yearId: input.yearId, unitId: input.unitId });
    const access = await unitAccess(ctx, manager, input.yearId, input.unitId, 'MANAGE');
    if (input.sourceType === RemediationSourceEnum.INSPECTION)
      throw badInput(
        'Nội dung khắc phục từ kết luận kiểm tra được tạo khi ghi nhận kết luận.',
        'Inspection items are opened by recording the finding.',
        { argument: 'sourceType', reason: 'USE_INSPECTION' },
      );
    const title = input.title.trim();
    const problems = validateRemediation({ title, deadline: input.deadline });
    if (problems.length)
      throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
        reason: 'INVALID_REMEDIATION',
      });
    let leaf: CriteriaNodeEntity | null = null;
    let sourceLabel: string | null = null;
    if (input.criterionId || input.sourceType === RemediationSourceEnum.APPRAISAL) {
      if (!input.criterionId)
        throw badInput('Cần chọn tiêu chí bị trừ điểm khi thẩm định.', 'Choose the leaf that lost points in appraisal.', {
          argument: 'criterionId',
        });
      assertId(input.criterionId, 'criterionId');
      const sheet = await sheetOfUnit(manager, access.year.id, input.unitId);
      leaf = sheet ? await manager.findOneBy(CriteriaNodeEntity, { id: input.criterionId, groupId: sheet.groupId }) : null;
      if (!sheet || !leaf)
        throw notFound('Không tìm thấy tiêu chí này trong bộ chỉ số của đơn vị.', 'No such criterion in the unit’s set.', {
          argument: 'criterionId',
        });
      if (input.sourceType === RemediationSourceEnum.APPRAISAL) {
        if (!appraisalItemAllowed(effectiveState({ sheet, year: access.year })))
          throw conflict(
            'Phiếu của đơn vị chưa thẩm định xong: chỉ giao khắc phục theo kết quả thẩm định khi đã thẩm định xong (trước đó đơn vị chưa được xem điểm thẩm định); có thể giao khắc phục trực tiếp.',
            'The sheet’s appraisal is not complete: an appraisal item waits until it is (the unit may not read provisional points yet); create the item by hand instead.',
            { argument: 'sourceType', reason: 'APPRAISAL_INCOMPLETE' },
          );
        const [entry, given] = await Promise.all([
          manager.findOneBy(ScoreEntryEntity, { sheetId: sheet.id, criterionId: leaf.id }),
          manager.findBy(RemediationItemEntity, { yearId: access.year.id, unitId: input.unitId, criterionId: leaf.id }),
        ]);
        const reduction = appraisalReduction(entry);
        if (!reduction)
          throw badInput(
            `Tiêu chí ${leaf.code} không bị trừ điểm khi thẩm định; hãy giao nội dung khắc phục trực tiếp.`,
            `Criterion ${leaf.code} did not lose points in appraisal; create the item by hand.`,
            { argument: 'criterionId', reason: 'NOT_REDUCED' },
          );
        if (appraisalItemExists(given))
          throw conflict(
            `Tiêu chí ${leaf.code} đã được giao khắc phục theo kết quả thẩm định; hãy theo dõi hoặc mở lại nội dung đã giao.`,
            `An appraisal item was already given for criterion ${leaf.code}; follow or reopen it.`,
            { argument: 'criterionId', reason: 'ALREADY_ASSIGNED' },
          );
        sourceLabel = `Thẩm định: tiêu chí ${leaf.code} từ ${pointsVi(reduction.self)} xuống ${pointsVi(reduction.final)} điểm`;
      }
    }
    const now = new Date();
    const item = Object.assign(new RemediationItemEntity(), {
      id: randomUUID(),
      yearId: access.year.id,
      unitId: input.unitId,
      sourceType: input.sourceType as 'APPRAISAL' | 'MANUAL',
      sourceId: null,
      sourceLabel,
      criterionId: leaf?.id ?? null,
      criterionCode: leaf?.code ?? null,
      title,
      deadline: input.deadline,
      status: 'OPEN' as RemediationStatus,
      createdBy: access.actor.username,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      revision: 1,
    });
    await manager.insert(RemediationItemEntity, item);
    await insertEvents(manager, [remediationEvent(item, { action: 'CREATE' }, access.actor.username, now)]);
    await recordAudit(manager, ctx, {
      yearId: access.year.id,
      entityType: AuditEntityType.REMEDIATION,
      entityId: item.id,
      action: 'CREATE',
      before: null,
      after: snapshot(item),
      reason: null,
    });
    return item.id;
  });
  return remediationItem(ctx, id);
}

const clean = (v: string | null | undefined) => {
  const s = (v ?? '').trim();
  return s === '' ? null : s;
};

/**
 * Evidence of a progress report, checked like a sheet's: a file, a document number or a title;
 * files uploaded by the unit itself and not attached to another unit's sheet. Files are attached
 * to the unit's sheet of the item's year, so whoever reads the item's unit reads them (and the
 * sweep of unattached uploads leaves them alone).
 */
async function reportEvidence(
  manager: EntityManager,
  item: RemediationItemEntity,
  input: readonly EvidenceInput[],
): Promise<{ evidence: RemediationEvidence[]; attach: string[]; sheetId: string | null }> {
  const fileIds = [...new Set(input.map((e) => clean(e.fileId)).filter((id): id is string => !!id))];
  for (const id of fileIds) assertId(id, 'fileId');
  const sheet = fileIds.length ? await sheetOfUnit(manager, item.yearId, item.unitId) : null;
  const files = fileIds.length ? await manager.findBy(EvidenceFileEntity, { id: In(fileIds) }) : [];
  const byId = new Map(files.map((f) => [f.id, f]));
  const evidence: RemediationEvidence[] = [];
  for (const e of input) {
    const fileId = clean(e.fileId);
    const documentNumber = clean(e.documentNumber);
    const title = clean(e.title);
    const issuer = clean(e.issuer);
    if (!fileId && !documentNumber && !title)
      throw badInput('Minh chứng cần có tệp, số ký hiệu hoặc tên văn bản.', 'Evidence needs a file, a document number or a title.', {
        argument: 'evidence',
        reason: 'INVALID_EVIDENCE',
      });
    if ([documentNumber, title, issuer].some((t) => (t?.length ?? 0) > MAX_EVIDENCE_TEXT))
      throw badInput(
        `Thông tin văn bản dài quá ${MAX_EVIDENCE_TEXT} ký tự.`,
        `Document fields are limited to ${MAX_EVIDENCE_TEXT} characters.`,
        {
          argument: 'evidence',
          reason: 'INVALID_EVIDENCE',
        },
      );
    if (fileId) {
      const file = byId.get(fileId);
      if (!file || file.uploaderUnitId !== item.unitId)
        throw badInput(
          'Tệp minh chứng không tồn tại hoặc không do đơn vị tải lên.',
          'The file does not exist or was not uploaded by the unit.',
          {
            argument: 'evidence',
            reason: 'INVALID_EVIDENCE',
          },
        );
      if (!sheet)
        throw conflict(
          'Kỳ đánh giá chưa có phiếu của đơn vị để lưu tệp minh chứng; hãy nêu số ký hiệu văn bản.',
          'The year has no sheet to keep the file; cite the document instead.',
          {
            reason: 'NO_SHEET',
          },
        );
      if (file.sheetId !== null && file.sheetId !== sheet.id)
        throw badInput('Tệp minh chứng đã gắn với phiếu khác.', 'The file is attached to another sheet.', {
          argument: 'evidence',
          reason: 'INVALID_EVIDENCE',
        });
    }
    evidence.push({ fileId, documentNumber, documentDate: e.documentDate ?? null, issuer, title });
  }
  // Every cited file, the ones already the sheet's too: each must still be unattached or the sheet's when attached.
  return { evidence, attach: files.map((f) => f.id), sheetId: sheet?.id ?? null };
}

/** The unit reports progress; the assessor accepts, returns, reopens or cancels (domain/accountability/remediation). */
export async function actOnRemediation(ctx: ScoringContext, input: RemediationActionInput): Promise<RemediationItemView> {
  assertId(input.id, 'id');
  const found = await ctx.db.getRepository(RemediationItemEntity).findOneBy({ id: input.id });
  await ctx.db.transaction(async (manager) => {
    // The unit's sheet first, as an inspection's save takes it (MySQL): a finding withdrawn while
    // the unit reports (or the assessor accepts) acts on what the other committed — the item's
    // history stays one line, and a step is never written over a cancellation or a closing.
    if (found) await lockUnitSheetFirst(manager, { yearId: found.yearId, unitId: found.unitId });
    const { item, access } = await itemAccess(ctx, manager, input.id);
    const side = sideOf(access.actor, access.relation);
    if (!side) throw forbidden('Bạn chỉ được xem nội dung khắc phục này.', 'You may only read this item.', { reason: 'SCOPE' });
    const note = clean(input.note);
    if ((note?.length ?? 0) > MAX_NOTE)
      throw badInput(`Nội dung dài quá ${MAX_NOTE} ký tự.`, `The text is limited to ${MAX_NOTE} characters.`, { argument: 'note' });
    const action = input.action as RemediationAction;
    const step = remediationTransition(item.status, action, side, note);
    if ('refusal' in step) {
      const { reason, vi, en } = step.refusal;
      if (reason === 'REMEDIATION_SIDE') throw forbidden(vi, en, { reason });
      if (reason === 'REMEDIATION_STATE') throw conflict(vi, en, { reason });
      throw badInput(vi, en, { reason, argument: 'note' });
    }
    const evidence = action === 'REPORT' ? await reportEvidence(manager, item, input.evidence ?? []) : null;
    const now = new Date();
    const updated = await manager
      .createQueryBuilder()
      .update(RemediationItemEntity)
      .set({ status: step.to, updatedAt: now, closedAt: step.to === 'CLOSED' ? now : null, revision: item.revision + 1 })
      .where('id = :id AND revision = :revision', { id: item.id, revision: item.revision })
      .execute();
    if (updated.affected !== 1)
      throw conflict('Nội dung khắc phục vừa được người khác cập nhật; hãy tải lại.', 'The item changed meanwhile; reload it.', {
        reason: 'STALE',
      });
    // Decided again on the file rows as they are now, under their locks (after the unit's sheet):
    // one swept or attached to the unit's other sheet since the check above refuses the report.
    if (evidence?.attach.length && evidence.sheetId) await attachEvidenceFiles(manager, evidence.attach, evidence.sheetId);
    await insertEvents(manager, [
      remediationEvent(item, { action, to: step.to, note, evidence: evidence?.evidence ?? [] }, access.actor.username, now),
    ]);
    await recordAudit(manager, ctx, {
      yearId: item.yearId,
      entityType: AuditEntityType.REMEDIATION,
      entityId: item.id,
      action,
      before: { status: item.status },
      after: { status: step.to, evidence: evidence?.evidence.length ?? 0 },
      reason: note,
    });
  });
  return remediationItem(ctx, input.id);
}

/**
 * The assessor side (MANAGE: the province administrator, the assessor unit's appraisers and chair —
 * the side that gives items) changes a pending item's text and/or deadline with a reason
 * (domain remediationEdit). The item's own history gets an UPDATE step with what changed, before
 * and after; the audit trail the same with the reason. The revision guards against a step taken
 * meanwhile (a report, an acceptance): that one wins and this edit is told to reload.
 */
export async function updateRemediationItem(
  ctx: ScoringContext,
  input: { id: string; title?: string | null; deadline?: string | null; reason: string },
): Promise<RemediationItemView> {
  assertId(input.id, 'id');
  const found = await ctx.db.getRepository(RemediationItemEntity).findOneBy({ id: input.id });
  await ctx.db.transaction(async (manager) => {
    // The unit's sheet first, as every writer of the unit's items takes it (an inspection's save
    // moves the same item's text and deadline): the two queue instead of one overwriting the other.
    if (found) await lockUnitSheetFirst(manager, { yearId: found.yearId, unitId: found.unitId });
    const { item, access } = await itemAccess(ctx, manager, input.id);
    if (access.relation !== 'MANAGE')
      throw forbidden('Chỉ cơ quan đánh giá của đơn vị mới được sửa nội dung khắc phục.', 'Only the unit’s assessor may change the item.', {
        reason: 'SCOPE',
      });
    const now = new Date();
    const edit = remediationEdit(item, input, now);
    if ('refusal' in edit) {
      const { reason, vi, en } = edit.refusal;
      if (reason === 'REMEDIATION_STATE') throw conflict(vi, en, { reason });
      throw badInput(vi, en, {
        reason,
        argument: reason === 'REASON_REQUIRED' ? 'reason' : reason === 'NO_CHANGE' ? 'deadline' : undefined,
      });
    }
    const before = snapshot(item);
    const updated = await manager
      .createQueryBuilder()
      .update(RemediationItemEntity)
      .set({ ...edit.next, updatedAt: now, revision: item.revision + 1 })
      .where('id = :id AND revision = :revision', { id: item.id, revision: item.revision })
      .execute();
    if (updated.affected !== 1)
      throw conflict('Nội dung khắc phục vừa được người khác cập nhật; hãy tải lại.', 'The item changed meanwhile; reload it.', {
        reason: 'STALE',
      });
    const reason = input.reason.trim();
    await insertEvents(manager, [
      remediationEvent(item, { action: 'UPDATE', note: reason, change: edit.changed }, access.actor.username, now),
    ]);
    await recordAudit(manager, ctx, {
      yearId: item.yearId,
      entityType: AuditEntityType.REMEDIATION,
      entityId: item.id,
      action: 'UPDATE',
      before,
      after: snapshot(Object.assign(new RemediationItemEntity(), item, edit.next)),
      reason,
    });
  });
  return remediationItem(ctx, input.id);
}

/** Audit rows for items an inspection opened or cancelled (the inspection service writes them in its transaction). */
export function remediationAudits(
  items: { item: RemediationItemEntity; action: 'CREATE' | 'CANCEL' | 'UPDATE'; before: RemediationItemEntity | null }[],
  reason: string | null,
): AuditInput[] {
  return items.map(({ item, action, before }) => ({
    yearId: item.yearId,
    entityType: AuditEntityType.REMEDIATION,
    entityId: item.id,
    action,
    before: before ? snapshot(before) : null,
    after: snapshot(item),
    reason,
  }));
}

export { recordAuditMany };

/**
 * Items of earlier years of the units of these sheets that are not closed yet: shown on the
 * sheet beside the leaf of the same code (issue 10 §4 "listed in next year's sheet"). Two
 * statements for any number of sheets.
 */
export async function priorItemsByUnit(
  manager: EntityManager,
  unitIds: readonly string[],
): Promise<{ items: RemediationItemEntity[]; years: Map<string, AssessmentYearEntity> }> {
  if (unitIds.length === 0) return { items: [], years: new Map() };
  const items = await manager.findBy(RemediationItemEntity, {
    unitId: In([...unitIds]),
    status: In(['OPEN', 'REPORTED', 'RETURNED']),
  });
  const yearIds = [...new Set(items.map((i) => i.yearId))].filter(isId);
  const years = yearIds.length ? await manager.findBy(AssessmentYearEntity, { id: In(yearIds) }) : [];
  return { items, years: new Map(years.map((y) => [y.id, y])) };
}

/** The relation of the actor to a sheet's unit, from the sheet row alone (no statement). */
export function relationToSheet(actor: SignedInActor, sheet: ScoreSheetEntity, provinceUnitId: string): AccountabilityRelation {
  return accountabilityRelation(
    { unitId: actor.unitId, roles: actor.roles, provinceAdmin: administersProvince(actor, provinceUnitId) },
    { unitId: sheet.unitId, assessorUnitId: sheet.assessorUnitId, parentDistrictId: sheet.districtUnitId },
    provinceUnitId,
  );
}

export function isUnitActor(actor: SignedInActor): boolean {
  return hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD);
}

/**
 * Overdue items per unit today, from the given year and earlier years of the same province (an
 * item of last year still open counts against this year's head). Two statements.
 */
export async function overdueByUnit(
  manager: EntityManager,
  unitIds: readonly string[],
  year: Pick<AssessmentYearEntity, 'year' | 'provinceUnitId'>,
  now = new Date(),
): Promise<Map<string, number>> {
  const { items, years } = await priorItemsByUnit(manager, unitIds);
  const out = new Map<string, number>();
  for (const i of items) {
    const y = years.get(i.yearId);
    if (!y || y.provinceUnitId !== year.provinceUnitId || y.year > year.year || !isOverdue(i, now)) continue;
    out.set(i.unitId, (out.get(i.unitId) ?? 0) + 1);
  }
  return out;
}
