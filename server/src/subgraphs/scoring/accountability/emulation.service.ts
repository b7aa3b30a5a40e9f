import { In } from 'typeorm';
import {
  DEFAULT_EMULATION_RULE,
  emulationVerdicts,
  publicEmulationCounts,
  reportState,
  validateEmulationRule,
  type EmulationRule,
} from '../../../domain/accountability';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { requireUser } from '../../../platform/auth/request-context';
import { badInput, conflict, forbidden, notFound } from '../../../platform/errors/app-error';
import { assertId } from '../../../platform/graphql/ids';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { getYear, requireProvinceAdmin } from '../assessment-year/year-access';
import { AuditEntityType, recordAudit } from '../audit/audit.service';
import { buildRanking, fileSlug } from '../results/results.read';
import type { FileDownload } from '../results/results.types';
import { lockYearShared } from '../lock-order';
import type { ScoringContext } from '../scoring-context';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { readableUnits } from './accountability-access';
import { savingOnce } from '../../../platform/database/unique-violation';
import { EmulationRuleEntity } from './emulation-rule.entity';
import { InitiativeEntity } from './initiative.entity';
import { overdueByUnit } from './remediation.service';
import { ReportPeriodEntity } from './report-period.entity';
import type { EmulationList, EmulationRow, EmulationRuleInput, EmulationRuleView } from './reports.types';
import { UnitReportEntity } from './unit-report.entity';
import { exportNotes, tableDownload } from './xlsx';

const collator = new Intl.Collator('vi');

function ruleView(yearId: string, row: EmulationRuleEntity | null): EmulationRuleView {
  const rule: EmulationRule = row ?? DEFAULT_EMULATION_RULE;
  return {
    yearId,
    minClassification: rule.minClassification,
    excludeOverdueRemediation: rule.excludeOverdueRemediation,
    excludeMissingReports: rule.excludeMissingReports,
    excludeLateReports: rule.excludeLateReports,
    isDefault: row === null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function emulationRule(ctx: ScoringContext, yearId: string): Promise<EmulationRuleView> {
  const year = await getYear(ctx.db.manager, yearId);
  return ruleView(year.id, await ctx.db.getRepository(EmulationRuleEntity).findOneBy({ yearId: year.id }));
}

/** The province administrator sets the year's rule (until the results are published); audited. */
export async function saveEmulationRule(ctx: ScoringContext, input: EmulationRuleInput): Promise<EmulationRuleView> {
  await savingOnce(
    () =>
      ctx.db.transaction(async (manager) => {
        // The year's shared lock first (lock-order level 1 S, MySQL): a publication in progress holds
        // the year X until it commits, so "not published" is decided on its committed state — a plain
        // read would see the year as it was and save a rule under a list already published.
        assertId(input.yearId, 'yearId');
        await lockYearShared(manager, input.yearId);
        const year = await getYear(manager, input.yearId);
        const actor = requireProvinceAdmin(ctx, year.provinceUnitId);
        if (year.status === YearStatus.PUBLISHED)
          throw conflict(
            'Kết quả năm đã công bố: không thể đổi điều kiện xét khen thưởng.',
            'The year is published: the commendation rule can no longer change.',
            { reason: 'YEAR_STATUS' },
          );
        const rule: EmulationRule = {
          minClassification: input.minClassification,
          excludeOverdueRemediation: input.excludeOverdueRemediation,
          excludeMissingReports: input.excludeMissingReports,
          excludeLateReports: input.excludeLateReports,
        };
        const problems = validateEmulationRule(rule, year.bands);
        if (problems.length > 0)
          throw badInput(`Chưa lưu được: ${problems.map((p) => p.vi).join('; ')}.`, `Not saved: ${problems.map((p) => p.en).join('; ')}.`, {
            argument: 'minClassification',
            reason: 'INVALID_RULE',
          });
        const existing = await manager.findOneBy(EmulationRuleEntity, { yearId: year.id });
        const before = existing
          ? {
              minClassification: existing.minClassification,
              excludeOverdueRemediation: existing.excludeOverdueRemediation,
              excludeMissingReports: existing.excludeMissingReports,
              excludeLateReports: existing.excludeLateReports,
            }
          : null;
        await manager.save(
          EmulationRuleEntity,
          Object.assign(existing ?? new EmulationRuleEntity(), {
            yearId: year.id,
            ...rule,
            updatedBy: actor.username,
            updatedAt: new Date(),
          }),
        );
        await recordAudit(manager, ctx, {
          yearId: year.id,
          entityType: AuditEntityType.SETTING,
          entityId: year.id,
          action: 'EMULATION_RULE',
          before,
          after: rule,
          reason: input.reason ?? null,
        });
      }),
    {
      vi: 'Điều kiện xét khen thưởng của năm vừa được người khác lưu cùng lúc; hãy tải lại trang, xem lại rồi lưu.',
      en: 'The year’s commendation rule was saved by someone else at the same moment; reload, review and save again.',
    },
  );
  return emulationRule(ctx, input.yearId);
}

/** Missing and late reports per unit, for the year's periods its group must report in (3 statements at most). */
async function reportCounts(
  ctx: ScoringContext,
  year: AssessmentYearEntity,
  units: readonly { unitId: string; groupId: string }[],
  now: Date,
): Promise<Map<string, { missing: number; late: number }>> {
  const out = new Map(units.map((u) => [u.unitId, { missing: 0, late: 0 }]));
  const periods = await ctx.db.getRepository(ReportPeriodEntity).findBy({ yearId: year.id });
  if (periods.length === 0 || units.length === 0) return out;
  const reports = await ctx.db
    .getRepository(UnitReportEntity)
    .findBy({ periodId: In(periods.map((p) => p.id)), unitId: In(units.map((u) => u.unitId)) });
  const received = new Map(reports.map((r) => [`${r.periodId}:${r.unitId}`, r.receivedOn]));
  for (const u of units)
    for (const p of periods) {
      if (!p.groupIds.includes(u.groupId)) continue;
      const state = reportState(p.dueDate, received.get(`${p.id}:${u.unitId}`) ?? null, now);
      if (state.status === 'MISSING') out.get(u.unitId)!.missing += 1;
      if (state.status === 'LATE') out.get(u.unitId)!.late += 1;
    }
  return out;
}

/**
 * Per year and group, what the caller may read of the commendation list:
 * - before publication, the assessor side only (the province's staff and administrator, a
 *   district's assessor-side roles for its communes): every unit in its scope with its verdict,
 *   provisional. A unit sees nothing provisional — not even its own row (refused, NOT_PUBLISHED);
 * - once the year is published, the published list — its eligible units — for everyone (anonymous
 *   callers and external apps too), plus every unit in the caller's scope whatever its verdict. The
 *   internal counts (late reports, overdue remediation) of a unit are shown only to those whose scope
 *   covers it (the unit itself, its district, the province); others get only the counts the year's
 *   rule decides on (publicEmulationCounts).
 */
export async function emulationList(ctx: ScoringContext, yearId: string, groupId: string): Promise<EmulationList> {
  const year = await getYear(ctx.db.manager, yearId);
  assertId(groupId, 'groupId');
  const group = await ctx.db.getRepository(UnitGroupEntity).findOneBy({ id: groupId, yearId: year.id });
  if (!group) throw notFound('Không tìm thấy khối trong kỳ đánh giá này.', 'Unit group not found in this year.', { argument: 'groupId' });
  const isUser = ctx.actor.kind === 'user' && !!ctx.actor.userId;
  const readable = isUser ? await readableUnits(ctx, ctx.db.manager, year, { groupId }) : new Map();
  const published = year.status === YearStatus.PUBLISHED;
  // Before publication a unit's own relation (OWN_UNIT) shows nothing: its figures are provisional.
  const inScope = new Set([...readable].flatMap(([unitId, u]) => (published || u.relation !== 'OWN_UNIT' ? [unitId] : [])));
  if (!published && inScope.size === 0) {
    if (!isUser) requireUser(ctx);
    throw forbidden(
      'Danh sách xét khen thưởng chỉ công khai khi kết quả năm đã công bố.',
      'The commendation list is public only once the year’s results are published.',
      { reason: 'NOT_PUBLISHED' },
    );
  }
  const now = new Date();
  const [table, ruleRow] = await Promise.all([
    buildRanking(ctx, year, group, null),
    ctx.db.getRepository(EmulationRuleEntity).findOneBy({ yearId: year.id }),
  ]);
  const rule = ruleView(year.id, ruleRow);
  // Every unit of the group the caller reads gets a verdict; the ranking gives what of its result
  // he may see (a classification not visible yet means "not classified" for him).
  const rankRow = new Map(table.rows.map((r) => [r.unitId, r]));
  const roster = published
    ? await ctx.db.getRepository(RosterEntryEntity).findBy({ yearId: year.id, groupId: group.id })
    : [...readable.values()].flatMap((u) => (inScope.has(u.roster.unitId) ? [u.roster] : []));
  const rows = roster
    .map((u) => {
      const r = rankRow.get(u.unitId);
      return {
        unitId: u.unitId,
        unitName: u.unitName,
        unitCode: u.unitCode,
        index: r?.index ?? null,
        rank: r?.rank ?? null,
        classification: r?.classification ?? null,
      };
    })
    .sort((a, b) =>
      a.rank !== b.rank
        ? a.rank === null
          ? 1
          : b.rank === null
            ? -1
            : a.rank - b.rank
        : collator.compare(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1),
    );
  const unitIds = rows.map((r) => r.unitId);
  const groupOf = (unitId: string) => ({ unitId, groupId: group.id });
  const [counts, overdue, initiatives] = await Promise.all([
    reportCounts(ctx, year, unitIds.map(groupOf), now),
    // Open remediation items past their deadline, this year's and earlier years' (the remediation module's rule).
    unitIds.length > 0 ? overdueByUnit(ctx.db.manager, unitIds, year, now) : Promise.resolve(new Map<string, number>()),
    unitIds.length > 0
      ? ctx.db.getRepository(InitiativeEntity).findBy({ yearId: year.id, unitId: In(unitIds) })
      : Promise.resolve([] as InitiativeEntity[]),
  ]);
  const candidates = rows.map((r) => ({
    unitId: r.unitId,
    classificationCode: r.classification?.code ?? null,
    overdueRemediation: overdue.get(r.unitId) ?? 0,
    missingReports: counts.get(r.unitId)?.missing ?? 0,
    lateReports: counts.get(r.unitId)?.late ?? 0,
  }));
  const verdicts = emulationVerdicts(candidates, rule, year.bands);
  const lang = ctx.locale === 'en' ? 'en' : 'vi';
  const out: EmulationRow[] = rows.map((r, i) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    unitCode: r.unitCode,
    index: r.index,
    rank: r.rank,
    classification: r.classification,
    overdueRemediation: candidates[i].overdueRemediation,
    missingReports: candidates[i].missingReports,
    lateReports: candidates[i].lateReports,
    initiatives: initiatives.filter((x) => x.unitId === r.unitId).length,
    eligible: verdicts[i].eligible,
    reasons: verdicts[i].reasons.map((x) => x[lang]),
  }));
  return {
    yearId: year.id,
    year: year.year,
    groupId: group.id,
    groupName: group.name,
    rule,
    provisional: table.provisional,
    canEditRule: administersProvince(ctx.actor, year.provinceUnitId) && year.status !== YearStatus.PUBLISHED,
    // Units outside the caller's scope: the published (eligible) ones, with only the counts the year's rule decides on.
    rows: out.flatMap((r, i) =>
      inScope.has(r.unitId) ? [r] : r.eligible ? [{ ...r, ...publicEmulationCounts(rule, candidates[i]) }] : [],
    ),
  };
}

export async function exportEmulationList(ctx: ScoringContext, yearId: string, groupId: string): Promise<FileDownload> {
  const list = await emulationList(ctx, yearId, groupId);
  const year = await getYear(ctx.db.manager, yearId);
  const minBand = year.bands.find((b) => b.code === list.rule.minClassification);
  const conditions = [
    `xếp loại từ ${minBand?.labelVi ?? list.rule.minClassification} trở lên`,
    ...(list.rule.excludeOverdueRemediation ? ['không còn nhiệm vụ khắc phục quá hạn'] : []),
    ...(list.rule.excludeMissingReports ? ['không thiếu báo cáo định kỳ'] : []),
    ...(list.rule.excludeLateReports ? ['không có báo cáo gửi chậm'] : []),
  ];
  return tableDownload(`xet-khen-thuong-${list.year}-${fileSlug(list.groupName)}.xlsx`, {
    sheetName: 'Xet khen thuong',
    title: `Danh sách đơn vị đủ điều kiện đề nghị khen thưởng — năm ${list.year} — ${list.groupName}`,
    notes: [`Điều kiện: ${conditions.join('; ')}.`, ...exportNotes(list.provisional)],
    headers: [
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Chỉ số CCHC (%)',
      'Xếp hạng',
      'Xếp loại',
      'Khắc phục quá hạn',
      'Báo cáo thiếu',
      'Báo cáo chậm',
      'Sáng kiến được công nhận',
      'Đủ điều kiện',
      'Lý do chưa đủ điều kiện',
    ],
    widths: [6, 12, 32, 14, 10, 14, 14, 12, 12, 14, 12, 48],
    rows: list.rows.map((r, i) => [
      i + 1,
      r.unitCode,
      r.unitName,
      r.index,
      r.rank,
      r.classification?.label ?? '',
      r.overdueRemediation ?? '',
      r.missingReports ?? '',
      r.lateReports ?? '',
      r.initiatives,
      r.eligible ? 'Có' : 'Không',
      r.reasons.join('; '),
    ]),
  });
}
