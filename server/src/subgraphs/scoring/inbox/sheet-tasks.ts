import { Brackets, In } from 'typeorm';
import {
  availableActions,
  DEADLINE_PURPOSE,
  scopeOf,
  sheetStateForYear,
  sheetTask,
  type Role,
  type SheetTaskKind,
} from '../../../domain/scoring';
import type { Locale } from '../../../platform/errors/app-error';
import { AppraiserAssignmentEntity } from '../appraiser-assignment/appraiser-assignment.entity';
import { YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import type { TaskItem, TaskSourceInput } from './task-sources';
import { TaskKind } from './task.types';

const WORKING = new Set<YearStatus>([YearStatus.SELF_ASSESSMENT, YearStatus.APPRAISAL]);
const IN_CHUNK = 500;

const TITLES: Record<SheetTaskKind, { vi: (unit: string) => string; en: (unit: string) => string }> = {
  FILL: { vi: () => 'Nhập phiếu tự đánh giá', en: () => 'Fill in the self-assessment' },
  SUBMIT: { vi: () => 'Nộp phiếu tự đánh giá', en: () => 'Submit the self-assessment' },
  EXPLAIN: { vi: () => 'Giải trình theo đề nghị của đơn vị thẩm định', en: () => 'Explain as the appraisers asked' },
  APPRAISE: { vi: (u) => `Thẩm định phiếu của ${u}`, en: (u) => `Appraise ${u}’s sheet` },
  APPROVE: { vi: (u) => `Phê duyệt kết quả của ${u}`, en: (u) => `Approve ${u}’s results` },
};

function detailOf(kind: SheetTaskKind, progress: { total: number; filled: number; appraised: number }, locale: Locale): string | null {
  const { total, filled, appraised } = progress;
  if (kind === 'FILL')
    return locale === 'en' ? `${total - filled} of ${total} criteria still empty` : `Còn ${total - filled}/${total} tiêu chí chưa nhập`;
  if (kind === 'SUBMIT') return locale === 'en' ? `All ${total} criteria filled` : `Đã nhập đủ ${total} tiêu chí`;
  if (kind === 'APPRAISE' && appraised > 0)
    return locale === 'en' ? `${appraised} of ${total} criteria appraised` : `Đã thẩm định ${appraised}/${total} tiêu chí`;
  return null;
}

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await read(ids.slice(i, i + IN_CHUNK))));
  return out;
}

/**
 * Sheets waiting for the user in every working year: one statement for the sheets (read scope in
 * SQL, as the dashboard), one for their groups, one per 500 sheets for their progress, one for
 * his appraiser assignments; then the workflow table decides, per sheet, what he may do now.
 */
export async function sheetTasks({ db, actor, locale, now, years }: TaskSourceInput): Promise<TaskItem[]> {
  const working = years.filter((y) => WORKING.has(y.status));
  if (working.length === 0) return [];
  const own = working.filter((y) => y.provinceUnitId === actor.unitId).map((y) => y.id);
  const others = working.filter((y) => y.provinceUnitId !== actor.unitId).map((y) => y.id);
  const query = db.getRepository(ScoreSheetEntity).createQueryBuilder('s');
  query.where(
    new Brackets((w) => {
      if (own.length) w.orWhere('s.year_id IN (:...own)', { own });
      if (others.length)
        w.orWhere('(s.year_id IN (:...others) AND (s.unit_id = :me OR s.assessor_unit_id = :me OR s.district_unit_id = :me))', {
          others,
          me: actor.unitId,
        });
    }),
  );
  const sheets = await query.getMany();
  if (sheets.length === 0) return [];

  const yearIds = working.map((y) => y.id);
  const [groups, results, assignments] = await Promise.all([
    db
      .getRepository(UnitGroupEntity)
      .find({ where: { id: In([...new Set(sheets.map((s) => s.groupId))]) }, select: { id: true, code: true } }),
    inChunks(
      sheets.map((s) => s.id),
      (chunk) =>
        db.getRepository(UnitResultEntity).find({
          where: { sheetId: In(chunk) },
          select: { sheetId: true, leafTotal: true, selfFilled: true, appraisedFilled: true },
        }),
    ),
    db.getRepository(AppraiserAssignmentEntity).findBy({ userId: actor.userId, yearId: In(yearIds) }),
  ]);
  const groupCode = new Map(groups.map((g) => [g.id, g.code]));
  const progressOf = new Map(results.map((r) => [r.sheetId, { total: r.leafTotal, filled: r.selfFilled, appraised: r.appraisedFilled }]));
  const assignmentOf = new Map(assignments.map((a) => [a.yearId, a]));
  const yearOf = new Map<string, AssessmentYearEntity>(working.map((y) => [y.id, y]));
  const roles = actor.roles as readonly string[] as Role[];

  const items: TaskItem[] = [];
  for (const sheet of sheets) {
    const year = yearOf.get(sheet.yearId)!;
    const assignment = assignmentOf.get(year.id);
    const scopes = scopeOf(
      { unitId: actor.unitId, roles },
      { unitId: sheet.unitId, assessorUnitId: sheet.assessorUnitId, groupCode: groupCode.get(sheet.groupId) ?? '' },
      year.provinceUnitId,
      assignment && assignment.assessorUnitId === sheet.assessorUnitId
        ? { unitIds: assignment.unitIds, areaCodes: assignment.areaCodes }
        : null,
    );
    const decision = {
      roles,
      scopes,
      sheetState: sheetStateForYear(sheet.status, year.status),
      yearStatus: year.status,
      now,
      deadlines: {
        selfAssessmentDeadline: year.selfAssessmentDeadline,
        explanationDeadline: year.explanationDeadline,
        appraisalDeadline: year.appraisalDeadline,
      },
    };
    const progress = progressOf.get(sheet.id) ?? { total: 0, filled: 0, appraised: 0 };
    // A step refused only by its passed deadline is still work left undone: the user must see it
    // in red rather than have it vanish, so it is asked again without the deadlines.
    const late = sheetTask(availableActions(decision), progress) ?? sheetTask(availableActions({ ...decision, deadlines: {} }), progress);
    if (!late) continue;
    const deadline = late.deadlineKey ? year[late.deadlineKey] : null;
    items.push({
      key: `sheet:${sheet.id}:${late.kind}`,
      kind: TaskKind[late.kind],
      title: TITLES[late.kind][locale === 'en' ? 'en' : 'vi'](sheet.unitName),
      detail: detailOf(late.kind, progress, locale),
      year,
      sheetId: sheet.id,
      targetId: null,
      unitId: sheet.unitId,
      unitName: sheet.unitName,
      deadline,
      deadlineFor: deadline && late.deadlineKey ? DEADLINE_PURPOSE[late.deadlineKey][locale === 'en' ? 'en' : 'vi'] : null,
    });
  }
  return items;
}
