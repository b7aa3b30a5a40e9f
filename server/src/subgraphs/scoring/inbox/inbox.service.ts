import { compareTasks, daysLeft } from '../../../domain/scoring';
import { requireUser } from '../../../platform/auth/request-context';
import { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import type { ScoringContext } from '../scoring-context';
import { sheetTasks } from './sheet-tasks';
import { registerTaskSource, taskSources } from './task-sources';
import type { InboxTask } from './task.types';
import { yearTasks } from './year-tasks';

registerTaskSource('sheets', sheetTasks);
registerTaskSource('years', yearTasks);

const collator = new Intl.Collator('vi');

/**
 * Years the user takes part in: his province's own, or any whose roster names his unit as
 * assessed, assessor or district. One statement.
 */
function yearsOf(ctx: ScoringContext, unitId: string): Promise<AssessmentYearEntity[]> {
  return ctx.db
    .getRepository(AssessmentYearEntity)
    .createQueryBuilder('y')
    .where('y.province_unit_id = :me', { me: unitId })
    .orWhere(
      `EXISTS (${ctx.db
        .getRepository(RosterEntryEntity)
        .createQueryBuilder('r')
        .select('1')
        .where('r.year_id = y.id')
        .andWhere('(r.unit_id = :me OR r.assessor_unit_id = :me OR r.parent_district_id = :me)')
        .getQuery()})`,
    )
    .getMany();
}

/** Việc cần làm: every source’s tasks across all the user’s years, most urgent first. */
export async function myTasks(ctx: ScoringContext): Promise<InboxTask[]> {
  const actor = requireUser(ctx);
  const years = await yearsOf(ctx, actor.unitId);
  if (years.length === 0) return [];
  for (const y of years) ctx.loaders.scoreSheets.yearById.prime(y.id, y);
  const now = new Date();
  const input = { db: ctx.db, actor, locale: ctx.locale, now, years };
  const lists = await Promise.all(taskSources().map((s) => s.collect(input)));
  const tasks = lists.flat().map((t) => {
    const left = t.deadline ? daysLeft(now, t.deadline) : null;
    return {
      id: t.key,
      kind: t.kind,
      title: t.title,
      detail: t.detail,
      yearId: t.year.id,
      year: t.year.year,
      yearName: t.year.name,
      sheetId: t.sheetId,
      targetId: t.targetId,
      unitId: t.unitId,
      unitName: t.unitName,
      deadline: t.deadline,
      deadlineFor: t.deadlineFor,
      daysLeft: left,
      overdue: left !== null && left < 0,
    };
  });
  return tasks.sort((a, b) => compareTasks(a, b, collator));
}
