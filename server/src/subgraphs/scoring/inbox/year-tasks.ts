import { In } from 'typeorm';
import { DEADLINE_PURPOSE } from '../../../domain/scoring';
import { administersProvince } from '../../../platform/auth/admin-scope';
import { hasRole } from '../../../platform/auth/request-context';
import { Role } from '../../../platform/auth/roles';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import type { TaskItem, TaskSourceInput } from './task-sources';
import { TaskKind } from './task.types';

const TITLES = {
  [TaskKind.OPEN_YEAR]: { vi: 'Mở kỳ tự đánh giá', en: 'Open self-assessment' },
  [TaskKind.FINALIZE_YEAR]: { vi: 'Chốt kết quả: mọi phiếu đã được phê duyệt', en: 'Finalize: every sheet is approved' },
  [TaskKind.PUBLISH_YEAR]: { vi: 'Công bố kết quả đã chốt', en: 'Publish the finalized results' },
} as const;

/**
 * The province administrator's steps on his own years: a year in preparation to open, a year
 * whose sheets are all approved to finalize, a finalized year to publish. One grouped count for
 * the years in appraisal, whatever their number.
 */
export async function yearTasks({ db, actor, locale, years }: TaskSourceInput): Promise<TaskItem[]> {
  if (!hasRole(actor, Role.PROVINCE_ADMIN)) return [];
  // His province's years, whether he sits in the province unit or in Sở Nội vụ (admin-scope).
  const mine = years.filter((y) => y.provinceUnitId === actor.unitId || administersProvince(actor, y.provinceUnitId));
  const appraising = mine.filter((y) => y.status === YearStatus.APPRAISAL).map((y) => y.id);
  const pending = new Map<string, number>();
  if (appraising.length) {
    const rows: { yearId: string; n: number | string }[] = await db
      .getRepository(ScoreSheetEntity)
      .createQueryBuilder('s')
      .select('s.year_id', 'yearId')
      .addSelect('COUNT(*)', 'n')
      .where({ yearId: In(appraising) })
      .andWhere("s.status <> 'APPROVED'")
      .groupBy('s.year_id')
      .getRawMany();
    for (const r of rows) pending.set(r.yearId, Number(r.n));
  }
  const lang = locale === 'en' ? 'en' : 'vi';
  const item = (year: AssessmentYearEntity, kind: keyof typeof TITLES, deadline: string | null): TaskItem => ({
    key: `year:${year.id}:${kind}`,
    kind,
    title: TITLES[kind][lang],
    detail: null,
    year,
    sheetId: null,
    targetId: null,
    unitId: null,
    unitName: null,
    deadline,
    deadlineFor: deadline ? DEADLINE_PURPOSE.publicationDeadline[lang] : null,
  });
  const items: TaskItem[] = [];
  for (const year of mine) {
    if (year.status === YearStatus.PLANNING) items.push(item(year, TaskKind.OPEN_YEAR, null));
    else if (year.status === YearStatus.APPRAISAL && !pending.has(year.id))
      items.push(item(year, TaskKind.FINALIZE_YEAR, year.publicationDeadline));
    else if (year.status === YearStatus.FINALIZED) items.push(item(year, TaskKind.PUBLISH_YEAR, year.publicationDeadline));
  }
  return items;
}
