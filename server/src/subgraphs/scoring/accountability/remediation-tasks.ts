import { Brackets } from 'typeorm';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { registerTaskSource, type TaskItem, type TaskSourceInput } from '../inbox/task-sources';
import { TaskKind } from '../inbox/task.types';
import { RemediationItemEntity } from './remediation.entity';

const MANAGERS = [Role.PROVINCE_ADMIN, Role.APPRAISER, Role.ASSESSOR_CHAIR];
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s);

/**
 * Remediation work in the inbox (issue 10 §4): the unit's officer and head see the items they
 * must fix and report on (open or returned) with their deadline; the assessor sees the reports
 * waiting for acceptance. One statement per side, whatever the number of years and items.
 */
export async function remediationTasks({ db, actor, locale, years }: TaskSourceInput): Promise<TaskItem[]> {
  const en = locale === 'en';
  const yearById = new Map(years.map((y) => [y.id, y]));
  const yearIds = years.map((y) => y.id);
  if (yearIds.length === 0) return [];
  const base = () =>
    db
      .getRepository(RemediationItemEntity)
      .createQueryBuilder('i')
      .innerJoin(RosterEntryEntity, 'r', 'r.year_id = i.year_id AND r.unit_id = i.unit_id')
      .select(['i.id AS id', 'i.year_id AS yearId', 'i.unit_id AS unitId', 'i.title AS title', 'i.deadline AS deadline'])
      .addSelect(['i.status AS status', 'i.criterion_code AS criterionCode', 'r.unit_name AS unitName'])
      .where('i.year_id IN (:...yearIds)', { yearIds });
  type Row = {
    id: string;
    yearId: string;
    unitId: string;
    title: string;
    deadline: string;
    status: string;
    criterionCode: string | null;
    unitName: string;
  };
  const items: TaskItem[] = [];
  const item = (r: Row, kind: TaskKind, title: string, detail: string | null): TaskItem => ({
    key: `remediation:${r.id}:${kind}`,
    kind,
    title,
    detail,
    year: yearById.get(r.yearId)!,
    sheetId: null,
    targetId: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    deadline: kind === TaskKind.REMEDIATE ? r.deadline : null,
    deadlineFor: kind === TaskKind.REMEDIATE ? (en ? 'Remediation due' : 'Hạn khắc phục') : null,
  });
  if (hasRole(actor, Role.UNIT_OFFICER, Role.UNIT_HEAD)) {
    const rows: Row[] = await base()
      .andWhere('i.unit_id = :me', { me: actor.unitId })
      .andWhere("i.status IN ('OPEN', 'RETURNED')")
      .getRawMany();
    for (const r of rows)
      items.push(
        item(
          r,
          TaskKind.REMEDIATE,
          `${en ? 'Remediate' : 'Khắc phục'}${r.criterionCode ? ` (${en ? 'criterion' : 'tiêu chí'} ${r.criterionCode})` : ''}: ${short(r.title)}`,
          r.status === 'RETURNED' ? (en ? 'Returned by the assessor: report again' : 'Bị trả lại: cần báo cáo lại') : null,
        ),
      );
  }
  if (hasRole(actor, ...MANAGERS)) {
    const adminYears = years.filter((y) => administersProvince(actor, y.provinceUnitId)).map((y) => y.id);
    const managerRole = hasRole(actor, Role.APPRAISER, Role.ASSESSOR_CHAIR);
    if (adminYears.length || managerRole) {
      const rows: Row[] = await base()
        .andWhere("i.status = 'REPORTED'")
        .andWhere(
          new Brackets((w) => {
            if (managerRole) w.orWhere('r.assessor_unit_id = :me', { me: actor.unitId });
            if (adminYears.length) w.orWhere('i.year_id IN (:...adminYears)', { adminYears });
          }),
        )
        .getRawMany();
      for (const r of rows)
        items.push(
          item(
            r,
            TaskKind.REVIEW_REMEDIATION,
            `${en ? 'Review the remediation report' : 'Xem xét báo cáo khắc phục'}: ${short(r.title)}`,
            en ? 'Accept or return with a reason' : 'Chấp nhận hoặc trả lại có lý do',
          ),
        );
    }
  }
  return items;
}

export function registerRemediationTasks(): void {
  registerTaskSource('remediation', remediationTasks);
}
