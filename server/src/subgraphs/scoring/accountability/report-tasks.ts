import { In } from 'typeorm';
import { penaltyApplies, reportDaysLeft, reportState } from '../../../domain/accountability';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { TaskItem, TaskSourceInput } from '../inbox/task-sources';
import { TaskKind } from '../inbox/task.types';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { ReportPeriodEntity } from './report-period.entity';
import { UnitReportEntity } from './unit-report.entity';

/** A report not yet sent appears on the unit's desk this many days before its due day. */
export const REPORT_DUE_WINDOW_DAYS = 30;
const OPEN_FOR_RECORDS = new Set<YearStatus>([YearStatus.SELF_ASSESSMENT, YearStatus.APPRAISAL]);
const DONE = new Set<YearStatus>([YearStatus.FINALIZED, YearStatus.PUBLISHED]);

/**
 * Periodic reports on the desk (issue 10 §5): a unit's officer and head see each report still to
 * send (due within 30 days, or overdue while the year is not final) with its due day; the unit's
 * assessor sees, per period, the late and missing reports he has not yet acted on (penalty not
 * applied) while the year's sheets take records. Set-based: the periods of all the user's years
 * in one statement (and nothing more when there are none), then roster, reports and penalties in
 * one statement each.
 */
export async function reportTasks({ db, actor, locale, now, years }: TaskSourceInput): Promise<TaskItem[]> {
  const isUnit = hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD);
  const assessorYears = years.filter(
    (y) =>
      OPEN_FOR_RECORDS.has(y.status) &&
      (administersProvince(actor, y.provinceUnitId) || hasRole(actor, Role.APPRAISER, Role.ASSESSOR_CHAIR)),
  );
  const unitYears = isUnit ? years.filter((y) => !DONE.has(y.status)) : [];
  const yearIds = [...new Set([...assessorYears, ...unitYears].map((y) => y.id))];
  if (yearIds.length === 0) return [];
  const periods = await db.getRepository(ReportPeriodEntity).findBy({ yearId: In(yearIds) });
  if (periods.length === 0) return [];
  const yearById = new Map(years.map((y) => [y.id, y]));
  const provinceWide = new Set(assessorYears.filter((y) => administersProvince(actor, y.provinceUnitId)).map((y) => y.id));
  const assessorIds = assessorYears.map((y) => y.id);
  const unitIds = unitYears.map((y) => y.id);
  // Roster rows the user reports for (his unit) or acts on (units he assesses; all for the province's administrator).
  const query = db.getRepository(RosterEntryEntity).createQueryBuilder('r').where('1 = 0');
  if (unitIds.length) query.orWhere('(r.year_id IN (:...unitIds) AND r.unit_id = :me)', { unitIds, me: actor.unitId });
  if (assessorIds.length) {
    const wide = [...provinceWide];
    const narrow = assessorIds.filter((id) => !provinceWide.has(id));
    if (wide.length) query.orWhere('r.year_id IN (:...wide)', { wide });
    if (narrow.length) query.orWhere('(r.year_id IN (:...narrow) AND r.assessor_unit_id = :me)', { narrow, me: actor.unitId });
  }
  const roster = await query.getMany();
  if (roster.length === 0) return [];
  const periodIds = periods.map((p) => p.id);
  const rosterUnitIds = [...new Set(roster.map((r) => r.unitId))];
  const [reports, penalties] = await Promise.all([
    db.getRepository(UnitReportEntity).findBy({ periodId: In(periodIds), unitId: In(rosterUnitIds) }),
    assessorIds.length
      ? db.getRepository(AssessorEntryEntity).findBy({ sourceType: 'REPORT', sourceId: In(periodIds), unitId: In(rosterUnitIds) })
      : Promise.resolve([] as AssessorEntryEntity[]),
  ]);
  const received = new Map(reports.map((r) => [`${r.periodId}:${r.unitId}`, r.receivedOn]));
  const penalised = new Set(penalties.map((e) => `${e.sourceId}:${e.unitId}`));
  const en = locale === 'en';
  const items: TaskItem[] = [];
  const base = (year: AssessmentYearEntity, key: string, kind: TaskKind, targetId: string) => ({
    key,
    kind,
    year,
    sheetId: null,
    targetId,
  });
  for (const period of periods) {
    const year = yearById.get(period.yearId)!;
    const mine = roster.filter((r) => r.yearId === period.yearId && period.groupIds.includes(r.groupId));
    // The unit's own report.
    const own = unitYears.includes(year) ? mine.find((r) => r.unitId === actor.unitId) : undefined;
    if (own && !received.has(`${period.id}:${own.unitId}`) && reportDaysLeft(now, period.dueDate) <= REPORT_DUE_WINDOW_DAYS) {
      const state = reportState(period.dueDate, null, now);
      items.push({
        ...base(year, `report:${period.id}:${own.unitId}:DUE`, TaskKind.REPORT_DUE, period.id),
        title: en ? `Send the report: ${period.title}` : `Gửi báo cáo: ${period.title}`,
        detail: state.status === 'MISSING' ? (en ? `Overdue by ${state.daysLate} day(s)` : `Đã quá hạn ${state.daysLate} ngày`) : null,
        unitId: own.unitId,
        unitName: own.unitName,
        deadline: period.dueDate,
        deadlineFor: en ? 'Report due' : 'Hạn gửi báo cáo',
      });
    }
    // The assessor's late and missing reports not yet acted on.
    if (!assessorIds.includes(year.id) || !period.penaltyLeafCode) continue;
    let late = 0;
    let missing = 0;
    for (const r of mine) {
      if (!provinceWide.has(year.id) && r.assessorUnitId !== actor.unitId) continue;
      if (penalised.has(`${period.id}:${r.unitId}`)) continue;
      const state = reportState(period.dueDate, received.get(`${period.id}:${r.unitId}`) ?? null, now);
      if (!penaltyApplies(state.status)) continue;
      if (state.status === 'LATE') late += 1;
      else missing += 1;
    }
    if (late + missing === 0) continue;
    items.push({
      ...base(year, `report:${period.id}:PENALTY`, TaskKind.REPORT_PENALTY, period.id),
      title: en ? `Late or missing reports: ${period.title}` : `Báo cáo chậm, thiếu cần xử lý: ${period.title}`,
      detail: en ? `${late} late, ${missing} missing` : `${late} đơn vị gửi chậm, ${missing} đơn vị chưa gửi`,
      unitId: null,
      unitName: null,
      deadline: null,
      deadlineFor: null,
    });
  }
  return items;
}
