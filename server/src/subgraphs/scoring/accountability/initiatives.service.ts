import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  INITIATIVE_LEVELS,
  INITIATIVE_LEVEL_LABELS,
  isIsoDay,
  MAX_RECORD_POINTS_HUNDREDTHS,
  type InitiativeLevel,
} from '../../../domain/accountability';
import { formatDateVi, parseScaled } from '../../../domain/scoring';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import type { FileDownload } from '../results/results.types';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { assertManages, readableUnits, unitAccess, type Refusal } from './accountability-access';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { applyAssessorRecords, assertYearOpenForRecords, assessorLeaf, insertAssessorRecord, quantityFor } from './assessor-entry.service';
import { InitiativeEntity } from './initiative.entity';
import { sheetForUpdate } from './reports.service';
import { InitiativeLevelGql, type InitiativeInput, type InitiativeView } from './reports.types';
import { exportNotes, tableDownload } from './xlsx';
import { lockUnitSheetFirst, lockUnitSheetsFirst } from '../lock-order';

const collator = new Intl.Collator('vi');

function snapshot(row: InitiativeEntity | null) {
  return row
    ? {
        unitId: row.unitId,
        title: row.title,
        level: row.level,
        decisionNumber: row.decisionNumber,
        decisionDate: row.decisionDate,
        issuer: row.issuer,
        bonusLeafCode: row.bonusLeafCode,
        bonusValue: row.bonusQuantity === null ? null : row.bonusQuantity / 100,
      }
    : null;
}

function view(row: InitiativeEntity, unitName: string, canManage: boolean): InitiativeView {
  return {
    id: row.id,
    yearId: row.yearId,
    unitId: row.unitId,
    unitName,
    title: row.title,
    level: row.level as InitiativeLevelGql,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuer: row.issuer,
    description: row.description,
    bonusLeafCode: row.bonusLeafCode,
    bonusValue: row.bonusQuantity === null ? null : row.bonusQuantity / 100,
    canManage,
    updatedBy: canManage ? row.updatedBy : null,
    updatedAt: canManage ? row.updatedAt : null,
  };
}

/**
 * The register of a year (optionally one unit): the units the caller may read, with what he may
 * change; anonymous callers, external apps and users outside the units' scope read the register
 * of a published year (recognition decisions are public acts).
 */
export async function initiatives(ctx: ScoringContext, yearId: string, unitId?: string | null): Promise<InitiativeView[]> {
  const year = await getYear(ctx.db.manager, yearId);
  if (unitId) assertId(unitId, 'unitId');
  const isUser = ctx.actor.kind === 'user' && !!ctx.actor.userId;
  const readable = isUser ? await readableUnits(ctx, ctx.db.manager, year, unitId ? { unitIds: [unitId] } : {}) : new Map();
  const publicRead = year.status === YearStatus.PUBLISHED;
  if (readable.size === 0 && !publicRead)
    throw forbidden('Bạn không có quyền xem sổ sáng kiến của kỳ đánh giá này.', 'You may not see this year’s register of initiatives.', {
      reason: 'SCOPE',
    });
  const rows = await ctx.db.getRepository(InitiativeEntity).findBy({ yearId: year.id, ...(unitId ? { unitId } : {}) });
  const visible = readable.size > 0 && !publicRead ? rows.filter((r) => readable.has(r.unitId)) : rows;
  const names =
    readable.size > 0 && !publicRead
      ? new Map([...readable.values()].map((u) => [u.roster.unitId, u.roster.unitName]))
      : new Map(
          (visible.length > 0
            ? await ctx.db
                .getRepository(RosterEntryEntity)
                .findBy({ yearId: year.id, unitId: In([...new Set(visible.map((r) => r.unitId))]) })
            : []
          ).map((r) => [r.unitId, r.unitName]),
        );
  return visible
    .map((r) => view(r, names.get(r.unitId) ?? '', readable.get(r.unitId)?.relation === 'MANAGE'))
    .sort(
      (a, b) =>
        b.decisionDate.localeCompare(a.decisionDate) || collator.compare(a.unitName, b.unitName) || collator.compare(a.title, b.title),
    );
}

function cleanInput(input: InitiativeInput) {
  const t = (v: string | null | undefined) => (v ?? '').trim();
  const problems: { vi: string; en: string }[] = [];
  const title = t(input.title);
  const decisionNumber = t(input.decisionNumber);
  const issuer = t(input.issuer) || null;
  const description = t(input.description) || null;
  const bonusLeafCode = t(input.bonusLeafCode) || null;
  if (title === '') problems.push({ vi: 'cần nhập tên sáng kiến, mô hình', en: 'the title is required' });
  if (title.length > 500) problems.push({ vi: 'tên dài quá 500 ký tự', en: 'the title is limited to 500 characters' });
  if (decisionNumber === '') problems.push({ vi: 'cần nhập số quyết định công nhận', en: 'the decision number is required' });
  if (decisionNumber.length > 120) problems.push({ vi: 'số quyết định dài quá 120 ký tự', en: 'the decision number is too long' });
  if (!isIsoDay(input.decisionDate)) problems.push({ vi: 'ngày quyết định không hợp lệ (YYYY-MM-DD)', en: 'invalid decision date' });
  if (!(INITIATIVE_LEVELS as readonly string[]).includes(input.level))
    problems.push({ vi: 'cấp công nhận không hợp lệ', en: 'invalid level' });
  if ((issuer?.length ?? 0) > 200) problems.push({ vi: 'cơ quan công nhận dài quá 200 ký tự', en: 'the issuer is too long' });
  if ((description?.length ?? 0) > 4000) problems.push({ vi: 'mô tả dài quá 4000 ký tự', en: 'the description is too long' });
  if ((bonusLeafCode?.length ?? 0) > 32) problems.push({ vi: 'mã tiêu chí dài quá 32 ký tự', en: 'the criterion code is too long' });
  const hasValue = input.bonusValue !== null && input.bonusValue !== undefined;
  if (hasValue !== (bonusLeafCode !== null))
    problems.push({
      vi: 'điểm thưởng cần cả mã tiêu chí và số lượng (hoặc để trống cả hai)',
      en: 'a bonus needs both the criterion code and the value (or neither)',
    });
  let bonusQuantity: number | null = null;
  if (hasValue) {
    const parsed = parseScaled(input.bonusValue as number, 2);
    if ((!parsed.ok && parsed.reason === 'OUT_OF_RANGE') || (parsed.ok && parsed.value > MAX_RECORD_POINTS_HUNDREDTHS))
      problems.push({ vi: 'điểm thưởng quá lớn (tối đa 9.999,99)', en: 'the bonus value is too large (at most 9,999.99)' });
    else if (!parsed.ok || parsed.value <= 0)
      problems.push({ vi: 'số lượng điểm thưởng phải lớn hơn 0', en: 'the bonus value must be positive' });
    else bonusQuantity = parsed.value;
  }
  if (problems.length > 0)
    throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
      reason: 'INVALID_INITIATIVE',
    });
  return {
    title,
    decisionNumber,
    decisionDate: input.decisionDate,
    issuer,
    description,
    bonusLeafCode,
    bonusQuantity,
    level: input.level as InitiativeLevel,
  };
}

/** Re-feeds the bonus leaf from an initiative (old records removed, the new one inserted), results recomputed. */
async function refeedBonus(
  manager: EntityManager,
  ctx: ScoringContext,
  year: AssessmentYearEntity,
  row: InitiativeEntity,
  previous: InitiativeEntity | null,
  reason: string | null,
): Promise<void> {
  const unchanged =
    previous !== null &&
    previous.unitId === row.unitId &&
    previous.bonusLeafCode === row.bonusLeafCode &&
    previous.bonusQuantity === row.bonusQuantity;
  if (unchanged || (previous?.bonusLeafCode == null && row.bonusLeafCode === null)) return;
  assertYearOpenForRecords(year);
  const old = await manager.findBy(AssessorEntryEntity, { sourceType: 'INITIATIVE', sourceId: row.id });
  if (old.length > 0) await manager.delete(AssessorEntryEntity, { id: In(old.map((r) => r.id)) });
  const bySheet = new Map<string, string[]>();
  for (const r of old) bySheet.set(r.sheetId, [...(bySheet.get(r.sheetId) ?? []), r.criterionId]);
  const label = `Sáng kiến, mô hình "${row.title}" — QĐ ${row.decisionNumber} ngày ${formatDateVi(row.decisionDate)}`;
  if (row.bonusLeafCode !== null && row.bonusQuantity !== null) {
    const sheet = await sheetForUpdate(manager, year.id, row.unitId);
    const node = await manager.findOneBy(CriteriaNodeEntity, { groupId: sheet.groupId, code: row.bonusLeafCode });
    if (!node)
      throw badInput(
        `Bộ chỉ số của đơn vị không có tiêu chí ${row.bonusLeafCode}.`,
        `The unit’s criteria set has no criterion ${row.bonusLeafCode}.`,
        { argument: 'bonusLeafCode', reason: 'NOT_ASSESSOR_LEAF' },
      );
    const leaf = await assessorLeaf(manager, sheet, node.id);
    const quantity = quantityFor(leaf, row.bonusQuantity / 100);
    await insertAssessorRecord(manager, ctx, {
      sheet,
      leaf,
      quantity,
      sourceType: 'INITIATIVE',
      sourceId: row.id,
      sourceLabel: label,
      reference: {
        documentNumber: row.decisionNumber,
        documentDate: row.decisionDate,
        issuer: row.issuer,
        title: `Quyết định công nhận sáng kiến, mô hình: ${row.title}`,
      },
      note: null,
    });
    bySheet.set(sheet.id, [...(bySheet.get(sheet.id) ?? []), leaf.id]);
  }
  for (const [sheetId, leafIds] of bySheet) {
    const sheet = await sheetForUpdateById(manager, sheetId);
    await applyAssessorRecords(manager, ctx, sheet, leafIds, { action: 'INITIATIVE_BONUS', reason: reason ?? label });
  }
}

function sheetForUpdateById(manager: EntityManager, sheetId: string): Promise<ScoreSheetEntity> {
  return manager.findOneByOrFail(ScoreSheetEntity, { id: sheetId });
}

/** Moving an initiative takes the assessor of both units: the one that holds it and the one it goes to. */
const MOVE_FROM_REFUSAL: Refusal = {
  vi: 'Không chuyển được sáng kiến sang đơn vị khác: chỉ cơ quan đánh giá của đơn vị đang có sáng kiến này mới được chuyển nó đi.',
  en: 'The initiative was not moved: only the assessor of the unit that holds it may move it elsewhere.',
  reason: 'MOVE_FROM_SCOPE',
};
const MOVE_TO_REFUSAL: Refusal = {
  vi: 'Không chuyển được sáng kiến: bạn không phải cơ quan đánh giá của đơn vị nhận, nên không thể chuyển sáng kiến sang đơn vị đó.',
  en: 'The initiative was not moved: you are not the assessor of the unit it would move to.',
  reason: 'MOVE_TO_SCOPE',
};

/**
 * The unit's assessor records (or corrects) a recognised initiative; with a bonus it feeds the leaf
 * in the same transaction. Moved to another unit, both units' sheets are locked first (in a fixed
 * order), the caller must manage both, and both units' leaves and results are recomputed.
 */
export async function saveInitiative(ctx: ScoringContext, input: InitiativeInput): Promise<InitiativeView> {
  const clean = cleanInput(input);
  assertId(input.yearId, 'yearId');
  assertId(input.unitId, 'unitId');
  if (input.id) assertId(input.id, 'id');
  // Read before the transaction only to know which sheets to lock: a move changes two units' leaves.
  const stored = input.id ? await ctx.db.getRepository(InitiativeEntity).findOneBy({ id: input.id }) : null;
  const locked = [input.unitId, ...(stored ? [stored.unitId] : [])];
  const id = await ctx.db.transaction(async (manager) => {
    await lockUnitSheetsFirst(manager, input.yearId, locked);
    // A unit the caller may not even read is refused before anything is read: with the move's words when it is one.
    const moveHint = stored !== null && stored.unitId !== input.unitId ? MOVE_TO_REFUSAL : undefined;
    const access = await unitAccess(ctx, manager, input.yearId, input.unitId, 'READ', moveHint);
    let previous: InitiativeEntity | null = null;
    if (input.id) {
      previous = await manager.findOneBy(InitiativeEntity, { id: input.id, yearId: access.year.id });
      if (!previous) throw notFound('Không tìm thấy sáng kiến cần sửa.', 'Initiative not found.', { argument: 'id' });
      if (!locked.includes(previous.unitId))
        throw conflict(
          'Sáng kiến vừa được chuyển sang đơn vị khác trong lúc bạn sửa; hãy tải lại danh sách rồi thử lại.',
          'The initiative was moved to another unit meanwhile; reload and try again.',
          { reason: 'MOVED_MEANWHILE' },
        );
    }
    const movedFrom = previous && previous.unitId !== input.unitId ? previous.unitId : null;
    if (movedFrom) await unitAccess(ctx, manager, input.yearId, movedFrom, 'MANAGE', MOVE_FROM_REFUSAL);
    assertManages(access, movedFrom ? MOVE_TO_REFUSAL : undefined);
    const before = snapshot(previous);
    const prevCopy = previous ? Object.assign(new InitiativeEntity(), previous) : null;
    const row = Object.assign(previous ?? new InitiativeEntity(), {
      id: previous?.id ?? randomUUID(),
      yearId: access.year.id,
      unitId: input.unitId,
      ...clean,
      updatedBy: access.actor.username,
      updatedAt: new Date(),
    });
    await manager.save(InitiativeEntity, row);
    await recordAudit(manager, ctx, {
      yearId: access.year.id,
      entityType: AuditEntityType.INITIATIVE,
      entityId: row.id,
      action: previous ? 'UPDATE' : 'CREATE',
      before,
      after: snapshot(row),
      reason: input.reason ?? null,
    });
    await refeedBonus(manager, ctx, access.year, row, prevCopy, input.reason ?? null);
    return row.id;
  });
  const row = await ctx.db.getRepository(InitiativeEntity).findOneByOrFail({ id });
  const roster = await ctx.db.getRepository(RosterEntryEntity).findOneByOrFail({ yearId: row.yearId, unitId: row.unitId });
  return view(row, roster.unitName, true);
}

export async function deleteInitiative(ctx: ScoringContext, id: string, reason: string): Promise<boolean> {
  assertId(id, 'id');
  if (!reason.trim()) throw badInput('Cần nêu lý do xóa.', 'A reason is required.', { argument: 'reason' });
  const found = await ctx.db.getRepository(InitiativeEntity).findOneBy({ id });
  await ctx.db.transaction(async (manager) => {
    if (found) await lockUnitSheetFirst(manager, { yearId: found.yearId, unitId: found.unitId });
    const row = await manager.findOneBy(InitiativeEntity, { id });
    if (!row) throw notFound('Không tìm thấy sáng kiến.', 'Initiative not found.', { argument: 'id' });
    const access = await unitAccess(ctx, manager, row.yearId, row.unitId, 'MANAGE');
    const prev = Object.assign(new InitiativeEntity(), row);
    const cleared = Object.assign(new InitiativeEntity(), row, { bonusLeafCode: null, bonusQuantity: null });
    await refeedBonus(manager, ctx, access.year, cleared, prev, reason);
    await manager.delete(InitiativeEntity, { id });
    await recordAudit(manager, ctx, {
      yearId: row.yearId,
      entityType: AuditEntityType.INITIATIVE,
      entityId: id,
      action: 'DELETE',
      before: snapshot(prev),
      after: null,
      reason,
    });
  });
  return true;
}

export async function exportInitiatives(ctx: ScoringContext, yearId: string): Promise<FileDownload> {
  const year = await getYear(ctx.db.manager, yearId);
  const list = await initiatives(ctx, yearId);
  return tableDownload(`sang-kien-${year.year}.xlsx`, {
    sheetName: 'Sang kien',
    title: `Sổ theo dõi sáng kiến, mô hình hay được công nhận — năm ${year.year}`,
    notes: exportNotes(null),
    headers: [
      'STT',
      'Đơn vị',
      'Tên sáng kiến, mô hình',
      'Cấp công nhận',
      'Số quyết định',
      'Ngày quyết định',
      'Cơ quan công nhận',
      'Điểm thưởng',
    ],
    widths: [6, 32, 48, 16, 18, 14, 28, 16],
    rows: list.map((r, i) => [
      i + 1,
      r.unitName,
      r.title,
      INITIATIVE_LEVEL_LABELS[r.level as InitiativeLevel].vi,
      r.decisionNumber,
      formatDateVi(r.decisionDate),
      r.issuer ?? '',
      r.bonusLeafCode ? `${r.bonusLeafCode}: ${r.bonusValue}` : '',
    ]),
  });
}
