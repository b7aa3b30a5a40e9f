import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { aggregateDeclared, checkQuantity, isAssessorMethod, leafEvidence, type AssessorMethod } from '../../../domain/accountability';
import { computeLeafPoints, parseScaled } from '../../../domain/scoring';
import { requireUser } from '../../../platform/auth/request-context';
import { badInput, conflict, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AuditEntityType, recordAuditMany, type AuditInput } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { recomputeResults } from '../results/recompute.service';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { unitAccess } from './accountability-access';
import { AssessorEntryEntity, type AssessorReference, type AssessorSourceType } from './assessor-entry.entity';
import { lockUnitSheetFirst } from '../lock-order';

const MAX_TEXT = 500;

/** Points in hundredths (score entries and the domain), as the API shows them. */
const points = (h: number | null) => (h === null ? null : h / 100);

export function assertYearOpenForRecords(year: AssessmentYearEntity): void {
  if (year.status === YearStatus.PLANNING)
    throw conflict('Kỳ đánh giá chưa mở tự đánh giá nên chưa có phiếu để ghi nhận.', 'The year has no sheets yet.', {
      reason: 'YEAR_STATUS',
    });
  if (year.status === YearStatus.FINALIZED || year.status === YearStatus.PUBLISHED)
    throw conflict('Kỳ đánh giá đã chốt kết quả, không thể ghi nhận điểm.', 'The year is final; no points can be recorded.', {
      reason: 'YEAR_STATUS',
    });
}

/** A reference to the document behind a record: a number or a title at least (issue 10 §2: "with a reference"). */
export function cleanReference(ref: AssessorReference | null | undefined): AssessorReference {
  const t = (v: string | null | undefined) => {
    const s = (v ?? '').trim();
    return s === '' ? null : s;
  };
  const out = {
    documentNumber: t(ref?.documentNumber),
    documentDate: ref?.documentDate ?? null,
    issuer: t(ref?.issuer),
    title: t(ref?.title),
  };
  if (!out.documentNumber && !out.title)
    throw badInput(
      'Cần nêu căn cứ: số ký hiệu hoặc tên văn bản (kết luận kiểm tra, quyết định…).',
      'A reference is required: a document number or title.',
      { argument: 'reference' },
    );
  if ([out.documentNumber, out.issuer, out.title].some((v) => (v?.length ?? 0) > MAX_TEXT))
    throw badInput(`Thông tin văn bản dài quá ${MAX_TEXT} ký tự.`, `Reference fields are limited to ${MAX_TEXT} characters.`, {
      argument: 'reference',
    });
  return out;
}

/** The quantity of a record for a leaf: a count, or points (2 decimals) for a MANUAL leaf, as an integer. */
export function quantityFor(leaf: CriteriaNodeEntity, value: number): number {
  let quantity = value;
  if (leaf.method === 'MANUAL') {
    const parsed = parseScaled(value, 2);
    quantity = parsed.ok ? parsed.value : parsed.reason === 'OUT_OF_RANGE' ? Infinity : NaN;
  }
  const problem = checkQuantity(leaf.method, quantity);
  if (problem)
    throw badInput(`Tiêu chí ${leaf.code}: ${problem.vi}.`, `Criterion ${leaf.code}: ${problem.en}.`, {
      argument: 'quantity',
      reason: 'INVALID_QUANTITY',
    });
  return quantity;
}

/** The leaf of a sheet's set that records may feed: entered by the assessor, with a method that sums. */
export async function assessorLeaf(manager: EntityManager, sheet: ScoreSheetEntity, criterionId: string): Promise<CriteriaNodeEntity> {
  assertId(criterionId, 'criterionId');
  const leaf = await manager.findOneBy(CriteriaNodeEntity, { id: criterionId, groupId: sheet.groupId });
  const isParent = leaf ? await manager.existsBy(CriteriaNodeEntity, { parentId: leaf.id }) : false;
  if (!leaf || isParent)
    throw notFound('Không tìm thấy tiêu chí lá này trong bộ chỉ số của đơn vị.', 'No such leaf in the unit’s criteria set.', {
      argument: 'criterionId',
    });
  if (!leaf.enteredByAssessor)
    throw badInput(
      `Tiêu chí ${leaf.code} do đơn vị tự chấm; chỉ tiêu chí được đánh dấu "do cơ quan đánh giá nhập" mới ghi nhận ở đây.`,
      `Criterion ${leaf.code} is scored by the unit; only leaves marked "entered by the assessor" take records.`,
      { argument: 'criterionId', reason: 'NOT_ASSESSOR_LEAF' },
    );
  if (!isAssessorMethod(leaf.method)) quantityFor(leaf, 1);
  return leaf;
}

/**
 * Re-derives the given assessor leaves of a sheet from their records and writes them, in the
 * caller's transaction: the score entry (declared aggregate; self, round-1 and final points from
 * the leaf's rule), the sheet's version (an attestation of the old figures no longer holds), the
 * audit trail, and the results through the one recompute mechanism.
 */
export async function applyAssessorRecords(
  manager: EntityManager,
  ctx: ScoringContext,
  sheet: ScoreSheetEntity,
  criterionIds: readonly string[],
  why: { action: string; reason: string | null },
): Promise<void> {
  const user = requireUser(ctx);
  const ids = [...new Set(criterionIds)];
  if (ids.length === 0) return;
  const [leaves, records, entries] = await Promise.all([
    manager.findBy(CriteriaNodeEntity, { id: In(ids) }),
    manager.findBy(AssessorEntryEntity, { sheetId: sheet.id, criterionId: In(ids) }),
    manager.findBy(ScoreEntryEntity, { sheetId: sheet.id, criterionId: In(ids) }),
  ]);
  const now = new Date();
  const audits: AuditInput[] = [];
  for (const leaf of leaves) {
    if (!isAssessorMethod(leaf.method)) continue;
    const mine = records.filter((r) => r.criterionId === leaf.id);
    const entry =
      entries.find((e) => e.criterionId === leaf.id) ?? newScoreEntry({ id: randomUUID(), sheetId: sheet.id, criterionId: leaf.id });
    const audit = deriveAssessorEntry(leaf, mine, entry, user.userId, now);
    await manager.save(ScoreEntryEntity, entry);
    audits.push({ ...audit, yearId: sheet.yearId, sheetId: sheet.id, action: why.action, reason: why.reason });
  }
  await manager
    .createQueryBuilder()
    .update(ScoreSheetEntity)
    .set({ version: () => 'version + 1', updatedAt: now })
    .where('id = :id', { id: sheet.id })
    .execute();
  await recordAuditMany(manager, ctx, audits);
  await recomputeResults(manager, ctx, { yearId: sheet.yearId, scope: { kind: 'SHEETS', sheetIds: [sheet.id] } });
  ctx.loaders.scoreSheets.sheetById.clear(sheet.id);
  ctx.loaders.scoreSheets.entriesBySheet.clear(sheet.id);
  ctx.loaders.scoreSheets.resultBySheet.clear(sheet.id);
  ctx.loaders.scoreSheets.componentsBySheet.clear(sheet.id);
  ctx.loaders.accountability.assessorEntriesBySheet.clear(sheet.id);
}

/**
 * Writes into `entry` what an assessor leaf's records give under the leaf's current rule: the
 * declared aggregate, self, round-1 (round 2 if any) and final points by the leaf's rule, the
 * records' labels as the note and their documents as evidence (each once, within the column).
 * Returns the audit row's before/after. Throws the rule's refusal (coded) when it scores nothing.
 */
function deriveAssessorEntry(
  leaf: CriteriaNodeEntity,
  records: readonly AssessorEntryEntity[],
  entry: ScoreEntryEntity,
  userId: string,
  now: Date,
): Pick<AuditInput, 'entityType' | 'entityId' | 'criterionId' | 'before' | 'after'> {
  const method = leaf.method as AssessorMethod;
  const mine = [...records].sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
  const declared = aggregateDeclared(
    method,
    mine.map((r) => r.quantity),
    leaf.maxPoints,
  );
  const computed = computeLeafPoints(method, leaf.params, leaf.maxPoints, declared, { code: leaf.code });
  if ('error' in computed) throw badInput(computed.error.vi, computed.error.en, { reason: 'INVALID_QUANTITY', criterion: leaf.code });
  const before = { declaredValue: entry.declaredValue, selfPoints: points(entry.selfPoints), finalPoints: points(entry.finalPoints) };
  entry.declaredValue = declared;
  entry.notApplicable = false;
  entry.selfPoints = computed.points;
  entry.round1Points = computed.points;
  entry.round2Points = entry.round2Points === null ? null : computed.points;
  entry.finalPoints = computed.points;
  entry.selfNote =
    mine.length === 0
      ? null
      : mine
          .map((r) => r.sourceLabel)
          .join('; ')
          .slice(0, 4000);
  entry.selfEvidence = leafEvidence(mine.map((r) => ({ fileId: null, ...(r.reference ?? {}) })));
  entry.updatedBy = userId;
  entry.updatedAt = now;
  return {
    entityType: AuditEntityType.SCORE,
    entityId: entry.id,
    criterionId: leaf.id,
    before,
    after: { declaredValue: declared, selfPoints: points(computed.points), finalPoints: points(computed.points), records: mine.length },
  };
}

/**
 * After a leaf's rule changed (a reopened set: its maximum, method or parameters), in the
 * criteria edit's transaction and before its re-score: every sheet whose records feed the leaf
 * gets the leaf re-derived from them under the new rule — records of 6 + 6 points on a leaf
 * lowered from 10 to 5 give 5, raised to 12 give 12 (the declared aggregate was capped at the old
 * maximum: left alone, the leaf kept "10.00", which the new rule no longer scores, and no unit
 * may declare an assessor leaf again). The sheets' versions move (an attestation of the old
 * figures no longer holds); audited per entry. Nothing when the leaf is not fed by records.
 */
export async function rederiveAssessorLeaf(
  manager: EntityManager,
  ctx: Pick<ScoringContext, 'actor'>,
  leaf: CriteriaNodeEntity,
  reason: string,
): Promise<void> {
  if (!leaf.enteredByAssessor || !isAssessorMethod(leaf.method)) return;
  const records = await manager.findBy(AssessorEntryEntity, { criterionId: leaf.id });
  if (records.length === 0) return;
  const user = requireUser(ctx);
  const sheetIds = [...new Set(records.map((r) => r.sheetId))];
  const [entries, sheets] = await Promise.all([
    manager.findBy(ScoreEntryEntity, { sheetId: In(sheetIds), criterionId: leaf.id }),
    manager.findBy(ScoreSheetEntity, { id: In(sheetIds) }),
  ]);
  const now = new Date();
  const audits: AuditInput[] = [];
  for (const sheet of sheets) {
    const entry =
      entries.find((e) => e.sheetId === sheet.id) ?? newScoreEntry({ id: randomUUID(), sheetId: sheet.id, criterionId: leaf.id });
    const audit = deriveAssessorEntry(
      leaf,
      records.filter((r) => r.sheetId === sheet.id),
      entry,
      user.userId,
      now,
    );
    await manager.save(ScoreEntryEntity, entry);
    audits.push({ ...audit, yearId: sheet.yearId, sheetId: sheet.id, action: 'ASSESSOR_LEAF_RULE', reason });
  }
  await manager
    .createQueryBuilder()
    .update(ScoreSheetEntity)
    .set({ version: () => 'version + 1', updatedAt: now })
    .where({ id: In(sheets.map((s) => s.id)) })
    .execute();
  await recordAuditMany(manager, ctx, audits);
}

export interface NewAssessorRecord {
  sheet: ScoreSheetEntity;
  leaf: CriteriaNodeEntity;
  quantity: number;
  sourceType: AssessorSourceType;
  sourceId: string | null;
  sourceLabel: string;
  reference: AssessorReference;
  note: string | null;
}

/** Inserts one record (the caller then applies its leaf), audited under the source's entity type. */
export async function insertAssessorRecord(
  manager: EntityManager,
  ctx: ScoringContext,
  input: NewAssessorRecord,
): Promise<AssessorEntryEntity> {
  const user = requireUser(ctx);
  const row = Object.assign(new AssessorEntryEntity(), {
    id: randomUUID(),
    yearId: input.sheet.yearId,
    sheetId: input.sheet.id,
    unitId: input.sheet.unitId,
    criterionId: input.leaf.id,
    quantity: input.quantity,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    sourceLabel: input.sourceLabel.slice(0, 500),
    reference: input.reference,
    note: input.note,
    enteredBy: user.username,
    enteredAt: new Date(),
  });
  await manager.save(AssessorEntryEntity, row);
  return row;
}

async function sheetFor(ctx: ScoringContext, manager: EntityManager, sheetId: string) {
  assertId(sheetId, 'sheetId');
  const sheet = await manager.findOneBy(ScoreSheetEntity, { id: sheetId });
  if (!sheet) throw notFound('Không tìm thấy phiếu đánh giá.', 'Score sheet not found.', { argument: 'sheetId' });
  const access = await unitAccess(ctx, manager, sheet.yearId, sheet.unitId, 'MANAGE');
  assertYearOpenForRecords(access.year);
  return { sheet, access };
}

/** The assessor records points on an assessor leaf by hand, with a reference (issue 10 §2). */
export async function recordAssessorEntry(
  ctx: ScoringContext,
  input: { sheetId: string; criterionId: string; quantity: number; reference: AssessorReference; note?: string | null },
): Promise<ScoreSheetEntity> {
  assertId(input.sheetId, 'sheetId');
  // Read before the transaction only to know which year to lock first (a sheet never changes year).
  const located = await ctx.db
    .getRepository(ScoreSheetEntity)
    .findOne({ where: { id: input.sheetId }, select: { id: true, yearId: true } });
  const sheetId = await ctx.db.transaction(async (manager) => {
    if (located) await lockUnitSheetFirst(manager, { yearId: located.yearId, sheetId: located.id });
    const { sheet } = await sheetFor(ctx, manager, input.sheetId);
    const leaf = await assessorLeaf(manager, sheet, input.criterionId);
    const quantity = quantityFor(leaf, input.quantity);
    const reference = cleanReference(input.reference);
    const note = (input.note ?? '').trim() || null;
    if ((note?.length ?? 0) > 4000)
      throw badInput('Ghi chú dài quá 4000 ký tự.', 'The note is limited to 4000 characters.', { argument: 'note' });
    const label = [reference.documentNumber, reference.title].filter(Boolean).join(' – ');
    await insertAssessorRecord(manager, ctx, {
      sheet,
      leaf,
      quantity,
      sourceType: 'MANUAL',
      sourceId: null,
      sourceLabel: label,
      reference,
      note,
    });
    await applyAssessorRecords(manager, ctx, sheet, [leaf.id], { action: 'ASSESSOR_ENTRY', reason: note ?? label });
    return sheet.id;
  });
  return ctx.db.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetId });
}

/** Removes a record entered by mistake (a reason is required; the leaf is re-derived). */
export async function deleteAssessorEntry(ctx: ScoringContext, id: string, reason: string): Promise<ScoreSheetEntity> {
  assertId(id, 'id');
  if (!reason.trim()) throw badInput('Cần nêu lý do xóa.', 'A reason is required.', { argument: 'reason' });
  const found = await ctx.db.getRepository(AssessorEntryEntity).findOneBy({ id });
  const sheetId = await ctx.db.transaction(async (manager) => {
    if (found) await lockUnitSheetFirst(manager, { yearId: found.yearId, sheetId: found.sheetId });
    const row = await manager.findOneBy(AssessorEntryEntity, { id });
    if (!row) throw notFound('Không tìm thấy bản ghi.', 'Record not found.', { argument: 'id' });
    if (row.sourceType !== 'MANUAL')
      throw conflict(
        'Bản ghi này sinh ra từ kết luận kiểm tra, báo cáo hoặc sáng kiến; hãy sửa tại nguồn.',
        'This record comes from an inspection, a report or an initiative; change it at its source.',
        { reason: 'HAS_SOURCE' },
      );
    const { sheet } = await sheetFor(ctx, manager, row.sheetId);
    await manager.delete(AssessorEntryEntity, { id });
    await applyAssessorRecords(manager, ctx, sheet, [row.criterionId], { action: 'ASSESSOR_ENTRY_DELETE', reason });
    return sheet.id;
  });
  return ctx.db.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetId });
}

/** The baseline of an assessor leaf that has no record yet (no violation, no bonus), filled at submission. */
export function assessorBaseline(leaf: CriteriaNodeEntity): { declared: string; points: number } | null {
  if (!leaf.enteredByAssessor || !isAssessorMethod(leaf.method)) return null;
  const declared = aggregateDeclared(leaf.method, [], leaf.maxPoints);
  const computed = computeLeafPoints(leaf.method, leaf.params, leaf.maxPoints, declared, { code: leaf.code });
  return 'error' in computed ? null : { declared, points: computed.points };
}
