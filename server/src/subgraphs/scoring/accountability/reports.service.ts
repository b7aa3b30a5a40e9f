import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  penaltyApplies,
  reportDaysLeft,
  reportPenaltyStillApplies,
  reportState,
  unitNamesVi,
  validateReportPeriod,
  vietnamDay,
  isIsoDay,
  type AccountabilityRelation,
  type ReportPeriodKind,
} from '../../../domain/accountability';
import { formatDateVi } from '../../../domain/scoring';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole, requireUser, type SignedInActor } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { ScoringContext } from '../scoring-context';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { readableUnits, unitAccess } from './accountability-access';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { applyAssessorRecords, assertYearOpenForRecords, assessorLeaf, insertAssessorRecord, quantityFor } from './assessor-entry.service';
import { ReportPeriodEntity } from './report-period.entity';
import {
  ReportPeriodKindGql,
  ReportStatusGql,
  type PaperReportInput,
  type ReportCellView,
  type ReportMatrix,
  type ReportMatrixRow,
  type ReportPeriodInput,
  type ReportPeriodView,
  type SubmitReportInput,
  type UnitReportView,
} from './reports.types';
import { UnitReportEntity } from './unit-report.entity';
import { isMysql } from '../../../platform/database/dialect';
import { lockRosterEntryFirst, lockUnitSheetFirst } from '../lock-order';

const MAX_SUMMARY = 4000;
const PROVINCE_MANAGERS = [Role.APPRAISER, Role.ASSESSOR_CHAIR];

/** Periods are the province's: its administrator, or its own appraisers and chair. */
export function managesPeriods(actor: SignedInActor, year: AssessmentYearEntity): boolean {
  return administersProvince(actor, year.provinceUnitId) || (actor.unitId === year.provinceUnitId && hasRole(actor, ...PROVINCE_MANAGERS));
}

function requirePeriodManager(actor: SignedInActor, year: AssessmentYearEntity): void {
  if (!managesPeriods(actor, year))
    throw forbidden(
      'Chỉ cấp tỉnh (quản trị viên, tổ thẩm định của tỉnh) mới được khai báo kỳ báo cáo.',
      'Only the province (its administrator or appraisers) defines reporting periods.',
      { reason: 'SCOPE' },
    );
}

function periodSnapshot(p: ReportPeriodEntity | null) {
  return p ? { kind: p.kind, title: p.title, dueDate: p.dueDate, groupIds: p.groupIds, penaltyLeafCode: p.penaltyLeafCode } : null;
}

function reportSnapshot(r: UnitReportEntity | null) {
  return r ? { channel: r.channel, receivedOn: r.receivedOn, summary: r.summary, fileId: r.fileId } : null;
}

async function loadPeriod(manager: EntityManager, periodId: string): Promise<ReportPeriodEntity> {
  assertId(periodId, 'periodId');
  const period = await manager.findOneBy(ReportPeriodEntity, { id: periodId });
  if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'Reporting period not found.', { argument: 'periodId' });
  return period;
}

function cleanSummary(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (s.length > MAX_SUMMARY)
    throw badInput(`Tóm tắt báo cáo dài quá ${MAX_SUMMARY} ký tự.`, `The summary is limited to ${MAX_SUMMARY} characters.`, {
      argument: 'summary',
    });
  return s === '' ? null : s;
}

function notRequired(): Error {
  return badInput('Khối của đơn vị không phải gửi báo cáo trong kỳ này.', 'The unit’s group does not report in this period.', {
    reason: 'NOT_REQUIRED',
  });
}

// ---------------------------------------------------------------------------
// periods

export async function saveReportPeriod(ctx: ScoringContext, input: ReportPeriodInput): Promise<ReportPeriodView> {
  const actor = requireUser(ctx);
  const id = await ctx.db.transaction(async (manager) => {
    // An edit and a penalty being applied on the period queue on its row (MySQL; see applyReportPenalty).
    if (input.id) await lockPeriodFirst(manager, input.id);
    const year = await getYear(manager, input.yearId);
    requirePeriodManager(actor, year);
    const groups = await manager.findBy(UnitGroupEntity, { yearId: year.id });
    const groupIds = [...new Set(input.groupIds)];
    const problems = validateReportPeriod(
      { kind: input.kind, title: input.title, dueDate: input.dueDate, groupIds },
      year.year,
      groups.map((g) => g.id),
    );
    const leafCode = (input.penaltyLeafCode ?? '').trim() || null;
    if ((leafCode?.length ?? 0) > 32)
      problems.push({ vi: 'mã tiêu chí dài quá 32 ký tự', en: 'the criterion code is limited to 32 characters' });
    if (problems.length > 0)
      throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
        reason: 'INVALID_PERIOD',
      });
    let existing: ReportPeriodEntity | null = null;
    if (input.id) {
      existing = await loadPeriod(manager, input.id);
      if (existing.yearId !== year.id) throw notFound('Không tìm thấy kỳ báo cáo.', 'Reporting period not found.', { argument: 'id' });
      await assertPenaltiesStillApply(manager, existing, { dueDate: input.dueDate, groupIds, penaltyLeafCode: leafCode });
    }
    const before = periodSnapshot(existing);
    const row = Object.assign(existing ?? new ReportPeriodEntity(), {
      id: existing?.id ?? randomUUID(),
      yearId: year.id,
      kind: input.kind as ReportPeriodKind,
      title: input.title.trim(),
      dueDate: input.dueDate,
      groupIds,
      penaltyLeafCode: leafCode,
      updatedBy: actor.username,
      updatedAt: new Date(),
    });
    await manager.save(ReportPeriodEntity, row);
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.REPORT,
      entityId: row.id,
      action: existing ? 'PERIOD_UPDATE' : 'PERIOD_CREATE',
      before,
      after: periodSnapshot(row),
      reason: input.reason ?? null,
    });
    return row.id;
  });
  const row = await ctx.db.getRepository(ReportPeriodEntity).findOneByOrFail({ id });
  const groups = await ctx.db.getRepository(UnitGroupEntity).findBy({ yearId: row.yearId });
  return periodView(row, new Map(groups.map((g) => [g.id, g.name])));
}

/** Removes a period entered by mistake; refused once a report or a penalty refers to it. */
export async function deleteReportPeriod(ctx: ScoringContext, id: string, reason: string | null): Promise<boolean> {
  const actor = requireUser(ctx);
  await ctx.db.transaction(async (manager) => {
    // The period's row first (MySQL): a report or a penalty being written on it is counted below.
    await lockPeriodFirst(manager, id);
    const period = await loadPeriod(manager, id);
    const year = await getYear(manager, period.yearId);
    requirePeriodManager(actor, year);
    const [reports, penalties] = await Promise.all([
      manager.countBy(UnitReportEntity, { periodId: period.id }),
      manager.countBy(AssessorEntryEntity, { sourceType: 'REPORT', sourceId: period.id }),
    ]);
    if (reports + penalties > 0)
      throw conflict(
        'Kỳ báo cáo đã có báo cáo hoặc điểm trừ, không thể xóa; hãy sửa thông tin kỳ.',
        'The period already has reports or penalties and cannot be deleted; edit it instead.',
        { reason: 'PERIOD_IN_USE' },
      );
    await manager.delete(ReportPeriodEntity, { id: period.id });
    await recordAudit(manager, ctx, {
      yearId: year.id,
      entityType: AuditEntityType.REPORT,
      entityId: period.id,
      action: 'PERIOD_DELETE',
      before: periodSnapshot(period),
      after: null,
      reason,
    });
  });
  return true;
}

/**
 * The period's row locked (for update) on MySQL before any plain read of the transaction — by an
 * edit of the period first, by a penalty being applied right after the unit's sheet — so a penalty
 * is never applied on a due day an edit is moving, nor an edit checked against penalties without
 * the one being applied. (MariaDB has no FOR SHARE; penalties are clicks, one at a time is fine.)
 * No-op on SQLite.
 */
async function lockPeriodFirst(manager: EntityManager, periodId: string): Promise<void> {
  if (!isMysql(manager)) return;
  assertId(periodId, 'periodId');
  await manager
    .createQueryBuilder(ReportPeriodEntity, 'p')
    .select('p.id', 'id')
    .setLock('pessimistic_write')
    .where('p.id = :id', { id: periodId })
    .getRawMany();
}

function penaltyWouldNotApply(vi: string, en: string, units: string[]): Error {
  return conflict(vi, en, { reason: 'PENALTY_WOULD_NOT_APPLY', units });
}

/**
 * Refuses an edit of a period after which a penalty already applied on it would no longer be
 * justified (domain reportPenaltyStillApplies): the due day moved so the report is on time or
 * not yet due, the unit's group no longer reports in it, or the penalty leaf changed. Three
 * statements, only when the period has penalties.
 */
async function assertPenaltiesStillApply(
  manager: EntityManager,
  period: ReportPeriodEntity,
  next: { dueDate: string; groupIds: readonly string[]; penaltyLeafCode: string | null },
): Promise<void> {
  const penalties = await manager.findBy(AssessorEntryEntity, { sourceType: 'REPORT', sourceId: period.id });
  if (penalties.length === 0) return;
  const unitIds = [...new Set(penalties.map((p) => p.unitId))];
  const [roster, reports, leaves] = await Promise.all([
    manager.findBy(RosterEntryEntity, { yearId: period.yearId, unitId: In(unitIds) }),
    manager.findBy(UnitReportEntity, { periodId: period.id, unitId: In(unitIds) }),
    manager.findBy(CriteriaNodeEntity, { id: In([...new Set(penalties.map((p) => p.criterionId))]) }),
  ]);
  const codeOf = new Map(leaves.map((l) => [l.id, l.code]));
  const receivedOf = new Map(reports.map((r) => [r.unitId, r.receivedOn]));
  const now = new Date();
  const broken = roster.filter(
    (r) =>
      !penalties
        .filter((p) => p.unitId === r.unitId)
        .every((p) =>
          reportPenaltyStillApplies(
            next,
            { groupId: r.groupId, receivedOn: receivedOf.get(r.unitId) ?? null, leafCode: codeOf.get(p.criterionId) ?? null },
            now,
          ),
        ),
  );
  if (broken.length === 0) return;
  const names = unitNamesVi(broken.map((r) => r.unitName).sort((a, b) => collator.compare(a, b)));
  throw penaltyWouldNotApply(
    `Chưa lưu được: kỳ báo cáo "${period.title}" đã áp dụng điểm trừ do báo cáo chậm, thiếu cho ${names}; sau thay đổi này (hạn gửi, khối phải báo cáo hoặc tiêu chí điểm trừ) điểm trừ đó không còn căn cứ. Hãy gỡ điểm trừ của các đơn vị này (nêu lý do) trước, rồi sửa kỳ báo cáo.`,
    `Not saved: the period "${period.title}" has penalties for late or missing reports of ${broken.length} unit(s) that this change (due day, groups or penalty criterion) would leave unjustified. Withdraw those penalties (with a reason) first, then edit the period.`,
    broken.map((r) => r.unitId),
  );
}

function periodView(p: ReportPeriodEntity, groupNames: Map<string, string>): ReportPeriodView {
  return {
    id: p.id,
    yearId: p.yearId,
    kind: p.kind as ReportPeriodKindGql,
    title: p.title,
    dueDate: p.dueDate,
    groupIds: p.groupIds,
    groupNames: p.groupIds.map((g) => groupNames.get(g) ?? ''),
    penaltyLeafCode: p.penaltyLeafCode,
    updatedBy: p.updatedBy,
    updatedAt: p.updatedAt,
  };
}

// ---------------------------------------------------------------------------
// the matrix

export interface MatrixFilter {
  groupId?: string | null;
  unitIds?: string[];
  periodIds?: string[];
}

const PERIOD_ORDER = (a: ReportPeriodEntity, b: ReportPeriodEntity) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.title.localeCompare(b.title, 'vi');

const collator = new Intl.Collator('vi');

/**
 * The reports of the units the actor may read, for the year's periods that concern them: a fixed
 * number of statements (year, roster, groups, periods, reports, penalties, files) whatever the
 * number of units and periods.
 */
export async function buildReportMatrix(ctx: ScoringContext, yearId: string, filter: MatrixFilter = {}): Promise<ReportMatrix> {
  const actor = requireUser(ctx);
  const year = await getYear(ctx.db.manager, yearId);
  if (filter.groupId) assertId(filter.groupId, 'groupId');
  const [readable, groups, allPeriods] = await Promise.all([
    readableUnits(ctx, ctx.db.manager, year, { groupId: filter.groupId ?? null, unitIds: filter.unitIds }),
    ctx.db.getRepository(UnitGroupEntity).findBy({ yearId: year.id }),
    ctx.db.getRepository(ReportPeriodEntity).findBy({ yearId: year.id }),
  ]);
  const canManagePeriods = managesPeriods(actor, year);
  if (readable.size === 0 && !canManagePeriods && !filter.unitIds)
    throw forbidden('Bạn không có quyền xem báo cáo định kỳ của kỳ đánh giá này.', 'You may not see this year’s periodic reports.', {
      reason: 'SCOPE',
    });
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const readableGroups = new Set([...readable.values()].map((u) => u.roster.groupId));
  const periods = allPeriods
    .filter((p) => (filter.periodIds ? filter.periodIds.includes(p.id) : true))
    .filter((p) => (canManagePeriods && !filter.groupId ? true : p.groupIds.some((g) => readableGroups.has(g))))
    .sort(PERIOD_ORDER);
  const units = [...readable.values()].sort(
    (a, b) => collator.compare(a.roster.unitName, b.roster.unitName) || (a.roster.unitId < b.roster.unitId ? -1 : 1),
  );
  const unitIds = units.map((u) => u.roster.unitId);
  const periodIds = periods.map((p) => p.id);
  const [reports, penalties] =
    unitIds.length > 0 && periodIds.length > 0
      ? await Promise.all([
          ctx.db.getRepository(UnitReportEntity).findBy({ periodId: In(periodIds), unitId: In(unitIds) }),
          ctx.db
            .getRepository(AssessorEntryEntity)
            .findBy({ yearId: year.id, sourceType: 'REPORT', sourceId: In(periodIds), unitId: In(unitIds) }),
        ])
      : [[], []];
  const fileIds = reports.map((r) => r.fileId).filter((f): f is string => f !== null);
  const files = fileIds.length > 0 ? await ctx.db.getRepository(EvidenceFileEntity).findBy({ id: In(fileIds) }) : [];
  const fileById = new Map(files.map((f) => [f.id, f]));
  const reportOf = new Map(reports.map((r) => [`${r.periodId}:${r.unitId}`, r]));
  const penalised = new Set(penalties.map((e) => `${e.sourceId}:${e.unitId}`));
  const now = new Date();
  const recordsOpen = year.status === YearStatus.SELF_ASSESSMENT || year.status === YearStatus.APPRAISAL;
  const rows: ReportMatrixRow[] = units.map(({ roster, relation }) => {
    const cells = periods.map((p) =>
      cellView(p, roster, relation, actor, reportOf.get(`${p.id}:${roster.unitId}`) ?? null, penalised.has(`${p.id}:${roster.unitId}`), {
        now,
        recordsOpen,
        fileById,
      }),
    );
    return {
      unitId: roster.unitId,
      unitName: roster.unitName,
      unitCode: roster.unitCode,
      groupId: roster.groupId,
      assessorUnitName: roster.assessorUnitName,
      cells,
      onTime: cells.filter((c) => c.status === ReportStatusGql.ON_TIME).length,
      late: cells.filter((c) => c.status === ReportStatusGql.LATE).length,
      missing: cells.filter((c) => c.status === ReportStatusGql.MISSING).length,
    };
  });
  return {
    yearId: year.id,
    year: year.year,
    periods: periods.map((p) => periodView(p, groupNames)),
    rows,
    canManagePeriods,
  };
}

function cellView(
  period: ReportPeriodEntity,
  roster: RosterEntryEntity,
  relation: AccountabilityRelation,
  actor: SignedInActor,
  report: UnitReportEntity | null,
  penaltyApplied: boolean,
  env: { now: Date; recordsOpen: boolean; fileById: Map<string, EvidenceFileEntity> },
): ReportCellView {
  const required = period.groupIds.includes(roster.groupId);
  const state = required ? reportState(period.dueDate, report?.receivedOn ?? null, env.now) : null;
  const manage = relation === 'MANAGE';
  const file = report?.fileId ? (env.fileById.get(report.fileId) ?? null) : null;
  const reportView: UnitReportView | null = report
    ? {
        id: report.id,
        channel: report.channel,
        receivedOn: report.receivedOn,
        summary: report.summary,
        file: file ? { id: file.id, fileName: file.fileName, size: file.size, downloadUrl: file.downloadUrl } : null,
        submittedBy: report.submittedBy,
        submittedAt: report.submittedAt,
        updatedAt: report.updatedAt,
      }
    : null;
  return {
    periodId: period.id,
    unitId: roster.unitId,
    required,
    status: (state?.status ?? null) as ReportStatusGql | null,
    daysLate: state?.daysLate ?? null,
    daysLeft: state?.status === 'PENDING' ? reportDaysLeft(env.now, period.dueDate) : null,
    report: reportView,
    penaltyApplied,
    canSubmit: required && relation === 'OWN_UNIT' && hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD),
    canRecordPaper: required && manage && (report === null || report.channel === 'PAPER'),
    canApplyPenalty:
      required &&
      manage &&
      env.recordsOpen &&
      period.penaltyLeafCode !== null &&
      (penaltyApplied || (state !== null && penaltyApplies(state.status))),
  };
}

async function cellFor(ctx: ScoringContext, yearId: string, periodId: string, unitId: string): Promise<ReportCellView> {
  const matrix = await buildReportMatrix(ctx, yearId, { unitIds: [unitId], periodIds: [periodId] });
  const cell = matrix.rows[0]?.cells[0];
  if (!cell) throw notFound('Không tìm thấy báo cáo.', 'Report not found.');
  return cell;
}

// ---------------------------------------------------------------------------
// reports

/** Files the unit uploaded (POST /files) become the report's: the file row then points at the report. */
async function attachFile(manager: EntityManager, fileId: string, unitId: string, reportId: string): Promise<void> {
  assertId(fileId, 'fileId');
  const file = await manager.findOneBy(EvidenceFileEntity, { id: fileId });
  if (!file || file.uploaderUnitId !== unitId || (file.sheetId !== null && file.sheetId !== reportId))
    throw badInput('Tệp báo cáo không hợp lệ: hãy tải tệp lên lại.', 'The report file is not valid: upload it again.', {
      argument: 'fileId',
      reason: 'INVALID_FILE',
    });
  if (file.sheetId === null) await manager.update(EvidenceFileEntity, { id: file.id }, { sheetId: reportId });
}

/**
 * Serialises the writers of one unit's report (MySQL): its sheet (what applyReportPenalty locks,
 * so a report and a penalty never decide on each other's stale snapshot), then its roster entry
 * (there whether or not the year has sheets), both before any plain read. Two first submissions
 * at once otherwise both found no report and the second insert hit the unique index
 * (INTERNAL_SERVER_ERROR); a paper record racing an online one, the same.
 */
async function lockUnitReportFirst(manager: EntityManager, yearId: string, unitId: string): Promise<void> {
  await lockUnitSheetFirst(manager, { yearId, unitId });
  await lockRosterEntryFirst(manager, yearId, unitId);
}

/**
 * A report's period as it is now, after the unit's locks: its row locked (MySQL: after the sheet
 * and the roster entry, as a penalty takes it after the sheet), then read. The period read before
 * the transaction only located the year: an edit of its groups, or its deletion, committed since
 * would otherwise be missed — a report written for a unit no longer asked for it, or for a period
 * deleted meanwhile (deleteReportPeriod counted no report, then the report arrived).
 */
async function currentPeriod(manager: EntityManager, period: ReportPeriodEntity): Promise<void> {
  await lockPeriodFirst(manager, period.id);
  Object.assign(period, await loadPeriod(manager, period.id));
}

/** The unit sends (or sends again) its report for a period: summary and an optional file; audited. */
export async function submitReport(ctx: ScoringContext, input: SubmitReportInput): Promise<ReportCellView> {
  const actor = requireUser(ctx);
  const period = await loadPeriod(ctx.db.manager, input.periodId);
  assertId(input.unitId, 'unitId');
  await ctx.db.transaction(async (manager) => {
    await lockUnitReportFirst(manager, period.yearId, input.unitId);
    await currentPeriod(manager, period);
    const access = await unitAccess(ctx, manager, period.yearId, input.unitId, 'READ');
    if (access.relation !== 'OWN_UNIT' || !hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD))
      throw forbidden(
        'Chỉ cán bộ hoặc người đứng đầu của đơn vị mới được gửi báo cáo của đơn vị.',
        'Only the unit’s officer or head may send its report.',
        { reason: 'SCOPE' },
      );
    if (!period.groupIds.includes(access.roster.groupId)) throw notRequired();
    const summary = cleanSummary(input.summary);
    if (!summary && !input.fileId)
      throw badInput('Cần nhập tóm tắt hoặc đính kèm tệp báo cáo.', 'A summary or a file is required.', { argument: 'summary' });
    const existing = await manager.findOneBy(UnitReportEntity, { periodId: period.id, unitId: input.unitId });
    if (existing?.channel === 'PAPER')
      throw conflict(
        'Cơ quan đánh giá đã ghi nhận báo cáo bản giấy của kỳ này.',
        'The assessor already recorded a paper report for this period.',
        { reason: 'REPORT_EXISTS' },
      );
    const now = new Date();
    const before = reportSnapshot(existing);
    const row = Object.assign(existing ?? new UnitReportEntity(), {
      id: existing?.id ?? randomUUID(),
      periodId: period.id,
      yearId: period.yearId,
      unitId: input.unitId,
      channel: 'ONLINE' as const,
      // The first arrival decides on time or late; a corrected version does not.
      receivedOn: existing?.receivedOn ?? vietnamDay(now),
      summary,
      fileId: input.fileId ?? existing?.fileId ?? null,
      submittedBy: existing?.submittedBy ?? actor.username,
      submittedAt: existing?.submittedAt ?? now,
      updatedAt: now,
    });
    if (input.fileId) await attachFile(manager, input.fileId, input.unitId, row.id);
    await manager.save(UnitReportEntity, row);
    await recordAudit(manager, ctx, {
      yearId: period.yearId,
      entityType: AuditEntityType.REPORT,
      entityId: row.id,
      action: existing ? 'REPORT_RESUBMIT' : 'REPORT_SUBMIT',
      before,
      after: { periodId: period.id, unitId: input.unitId, ...reportSnapshot(row) },
      reason: null,
    });
  });
  return cellFor(ctx, period.yearId, period.id, input.unitId);
}

/** The assessor records a report received on paper, with the day it was received; audited. */
export async function recordPaperReport(ctx: ScoringContext, input: PaperReportInput): Promise<ReportCellView> {
  const actor = requireUser(ctx);
  const period = await loadPeriod(ctx.db.manager, input.periodId);
  assertId(input.unitId, 'unitId');
  await ctx.db.transaction(async (manager) => {
    await lockUnitReportFirst(manager, period.yearId, input.unitId);
    await currentPeriod(manager, period);
    const access = await unitAccess(ctx, manager, period.yearId, input.unitId, 'MANAGE');
    if (!period.groupIds.includes(access.roster.groupId)) throw notRequired();
    // A report of year N arrives in N or later, never before the year it reports on, never tomorrow.
    const firstDay = `${access.year.year}-01-01`;
    if (!isIsoDay(input.receivedOn) || input.receivedOn > vietnamDay(new Date()) || input.receivedOn < firstDay)
      throw badInput(
        `Ngày nhận không hợp lệ: phải từ ${formatDateVi(firstDay)} đến hôm nay.`,
        `The received date is invalid: it must fall between ${firstDay} and today.`,
        { argument: 'receivedOn' },
      );
    const existing = await manager.findOneBy(UnitReportEntity, { periodId: period.id, unitId: input.unitId });
    if (existing?.channel === 'ONLINE')
      throw conflict('Đơn vị đã gửi báo cáo trên hệ thống.', 'The unit already sent its report online.', { reason: 'REPORT_EXISTS' });
    // A penalised late or missing report recorded (or corrected) as received on time: the penalty would lose its ground.
    if (existing?.receivedOn !== input.receivedOn) {
      const penalties = await manager.findBy(AssessorEntryEntity, { sourceType: 'REPORT', sourceId: period.id, unitId: input.unitId });
      const leaves = penalties.length ? await manager.findBy(CriteriaNodeEntity, { id: In(penalties.map((p) => p.criterionId)) }) : [];
      const now = new Date();
      if (
        leaves.some(
          (l) =>
            !reportPenaltyStillApplies(period, { groupId: access.roster.groupId, receivedOn: input.receivedOn, leafCode: l.code }, now),
        )
      )
        throw penaltyWouldNotApply(
          `Chưa lưu được: ${access.roster.unitName} đã bị áp dụng điểm trừ do báo cáo "${period.title}" gửi chậm; nếu nhận ngày ${formatDateVi(input.receivedOn)} thì báo cáo đúng hạn và điểm trừ không còn căn cứ. Hãy gỡ điểm trừ (nêu lý do) trước, rồi sửa ngày nhận.`,
          `Not saved: ${access.roster.unitName} was penalised for a late report; received on ${input.receivedOn} it is on time. Withdraw the penalty (with a reason) first, then correct the day.`,
          [input.unitId],
        );
    }
    const now = new Date();
    const before = reportSnapshot(existing);
    const row = Object.assign(existing ?? new UnitReportEntity(), {
      id: existing?.id ?? randomUUID(),
      periodId: period.id,
      yearId: period.yearId,
      unitId: input.unitId,
      channel: 'PAPER' as const,
      receivedOn: input.receivedOn,
      summary: cleanSummary(input.summary),
      fileId: null,
      submittedBy: actor.username,
      submittedAt: existing?.submittedAt ?? now,
      updatedAt: now,
    });
    await manager.save(UnitReportEntity, row);
    await recordAudit(manager, ctx, {
      yearId: period.yearId,
      entityType: AuditEntityType.REPORT,
      entityId: row.id,
      action: existing ? 'REPORT_PAPER_UPDATE' : 'REPORT_PAPER',
      before,
      after: { periodId: period.id, unitId: input.unitId, ...reportSnapshot(row) },
      reason: null,
    });
  });
  return cellFor(ctx, period.yearId, period.id, input.unitId);
}

// ---------------------------------------------------------------------------
// penalties

/** The unit's sheet, locked where the database has row locks, so two clicks apply once. */
export async function sheetForUpdate(manager: EntityManager, yearId: string, unitId: string): Promise<ScoreSheetEntity> {
  const query = manager.createQueryBuilder(ScoreSheetEntity, 's').where('s.year_id = :yearId AND s.unit_id = :unitId', { yearId, unitId });
  const sheet = await (isMysql(manager) ? query.setLock('pessimistic_write') : query).getOne();
  if (!sheet)
    throw conflict('Đơn vị chưa có phiếu đánh giá của năm để ghi điểm trừ.', 'The unit has no score sheet for the year yet.', {
      reason: 'NO_SHEET',
    });
  return sheet;
}

async function penaltyLeaf(manager: EntityManager, period: ReportPeriodEntity, sheet: ScoreSheetEntity): Promise<CriteriaNodeEntity> {
  if (!period.penaltyLeafCode)
    throw badInput(
      'Kỳ báo cáo chưa khai báo tiêu chí điểm trừ khi báo cáo chậm, thiếu.',
      'The period names no penalty criterion for late or missing reports.',
      { reason: 'NO_PENALTY_LEAF' },
    );
  const node = await manager.findOneBy(CriteriaNodeEntity, { groupId: sheet.groupId, code: period.penaltyLeafCode });
  if (!node)
    throw badInput(
      `Bộ chỉ số của đơn vị không có tiêu chí ${period.penaltyLeafCode}.`,
      `The unit’s criteria set has no criterion ${period.penaltyLeafCode}.`,
      { reason: 'NO_PENALTY_LEAF' },
    );
  return assessorLeaf(manager, sheet, node.id);
}

/**
 * At the assessor's click, a late or missing report costs points on the period's penalty leaf
 * (assessor_entry sourceType REPORT, sourceId = the period): the leaf and the results are
 * recomputed in the same transaction. Clicking again changes nothing.
 */
export async function applyReportPenalty(
  ctx: ScoringContext,
  input: { periodId: string; unitId: string; quantity?: number | null; note?: string | null },
): Promise<ReportCellView> {
  const period = await loadPeriod(ctx.db.manager, input.periodId);
  assertId(input.unitId, 'unitId');
  await ctx.db.transaction(async (manager) => {
    await lockUnitSheetFirst(manager, { yearId: period.yearId, unitId: input.unitId });
    await lockPeriodFirst(manager, period.id);
    // The period as it is now (an edit may have committed since the read above).
    Object.assign(period, await loadPeriod(manager, period.id));
    const access = await unitAccess(ctx, manager, period.yearId, input.unitId, 'MANAGE');
    assertYearOpenForRecords(access.year);
    if (!period.groupIds.includes(access.roster.groupId)) throw notRequired();
    const sheet = await sheetForUpdate(manager, period.yearId, input.unitId);
    const already = await manager.existsBy(AssessorEntryEntity, { sourceType: 'REPORT', sourceId: period.id, unitId: input.unitId });
    if (already) return;
    const report = await manager.findOneBy(UnitReportEntity, { periodId: period.id, unitId: input.unitId });
    const state = reportState(period.dueDate, report?.receivedOn ?? null, new Date());
    if (!penaltyApplies(state.status))
      throw conflict(
        'Chỉ áp dụng điểm trừ khi báo cáo gửi chậm hoặc quá hạn chưa gửi.',
        'A penalty applies only to a late or missing report.',
        { reason: 'REPORT_NOT_LATE' },
      );
    const leaf = await penaltyLeaf(manager, period, sheet);
    const quantity = quantityFor(leaf, input.quantity ?? 1);
    const what = state.status === 'LATE' ? `gửi chậm ${state.daysLate} ngày` : `quá hạn ${state.daysLate} ngày chưa gửi`;
    const label = `Báo cáo định kỳ "${period.title}" (hạn ${formatDateVi(period.dueDate)}): ${what}`;
    const note = (input.note ?? '').trim() || null;
    await insertAssessorRecord(manager, ctx, {
      sheet,
      leaf,
      quantity,
      sourceType: 'REPORT',
      sourceId: period.id,
      sourceLabel: label,
      reference: { documentNumber: null, documentDate: period.dueDate, issuer: null, title: `Báo cáo định kỳ: ${period.title}` },
      note,
    });
    await recordAudit(manager, ctx, {
      yearId: period.yearId,
      entityType: AuditEntityType.REPORT,
      entityId: period.id,
      sheetId: sheet.id,
      criterionId: leaf.id,
      action: 'REPORT_PENALTY',
      before: null,
      after: { unitId: input.unitId, status: state.status, daysLate: state.daysLate, leaf: leaf.code, quantity },
      reason: note ?? label,
    });
    await applyAssessorRecords(manager, ctx, sheet, [leaf.id], { action: 'REPORT_PENALTY', reason: note ?? label });
  });
  return cellFor(ctx, period.yearId, period.id, input.unitId);
}

/** Withdraws the penalty of a report (a reason is required); the leaf and results are recomputed. */
export async function removeReportPenalty(
  ctx: ScoringContext,
  input: { periodId: string; unitId: string; reason: string },
): Promise<ReportCellView> {
  if (!input.reason.trim()) throw badInput('Cần nêu lý do gỡ điểm trừ.', 'A reason is required.', { argument: 'reason' });
  const period = await loadPeriod(ctx.db.manager, input.periodId);
  assertId(input.unitId, 'unitId');
  await ctx.db.transaction(async (manager) => {
    await lockUnitSheetFirst(manager, { yearId: period.yearId, unitId: input.unitId });
    const access = await unitAccess(ctx, manager, period.yearId, input.unitId, 'MANAGE');
    assertYearOpenForRecords(access.year);
    const sheet = await sheetForUpdate(manager, period.yearId, input.unitId);
    const rows = await manager.findBy(AssessorEntryEntity, { sourceType: 'REPORT', sourceId: period.id, unitId: input.unitId });
    if (rows.length === 0) return;
    await manager.delete(AssessorEntryEntity, { id: In(rows.map((r) => r.id)) });
    await recordAudit(manager, ctx, {
      yearId: period.yearId,
      entityType: AuditEntityType.REPORT,
      entityId: period.id,
      sheetId: sheet.id,
      action: 'REPORT_PENALTY_REMOVE',
      before: { unitId: input.unitId, records: rows.map((r) => ({ criterionId: r.criterionId, quantity: r.quantity })) },
      after: null,
      reason: input.reason,
    });
    await applyAssessorRecords(
      manager,
      ctx,
      sheet,
      rows.map((r) => r.criterionId),
      { action: 'REPORT_PENALTY_REMOVE', reason: input.reason },
    );
  });
  return cellFor(ctx, period.yearId, period.id, input.unitId);
}
