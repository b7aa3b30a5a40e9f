import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { insertDepartmentsAndCommunes } from '../score-sheet/sheet-test-kit';
import { AssessorRule } from '../unit-group/unit-group.entity';

interface Task {
  id: string;
  kind: string;
  title: string;
  detail: string | null;
  year: number;
  sheetId: string | null;
  unitName: string | null;
  deadline: string | null;
  deadlineFor: string | null;
  daysLeft: number | null;
  overdue: boolean;
}
const MY_TASKS = `{ myTasks { id kind title detail year sheetId unitName deadline deadlineFor daysLeft overdue } }`;

/** An ISO day `days` from today in Vietnam time (UTC+7). */
function vnDay(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Two years open at once (last year still in appraisal, this year in self-assessment) and one in
 * preparation: each role's inbox lists exactly its work in both, with deadlines and days left.
 */
describe(`Việc cần làm across two open years (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const token: Record<string, string> = {};
  const sheet: Record<string, ScoreSheetEntity> = {};
  let last: AssessmentYearEntity;
  let current: AssessmentYearEntity;

  const tasksOf = async (who: string): Promise<Task[]> => {
    const res = await system.gql<{ myTasks: Task[] }>(MY_TASKS, {}, { token: token[who] });
    expect(res.errors).toBeUndefined();
    return res.data!.myTasks;
  };
  const summary = (tasks: Task[]) => tasks.map((t) => `${t.year} ${t.kind} ${t.unitName ?? ''}`.trim());
  const setStatus = (s: ScoreSheetEntity, status: ScoreSheetEntity['status']) =>
    system.scoringDb.getRepository(ScoreSheetEntity).update({ id: s.id }, { status });

  beforeAll(async () => {
    system = await startTestSystem();
    const db = system.scoringDb;
    const p = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const justice = await insertUnit(system.orgDb, {
      name: 'Sở Tư pháp',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'STP',
      subtype: 'sở',
      parent: p,
    });
    const health = await insertUnit(system.orgDb, { name: 'Sở Y tế', kind: OrgUnitKind.DEPARTMENT, code: 'SYT', subtype: 'sở', parent: p });
    const district = await insertUnit(system.orgDb, {
      name: 'Thành phố Đông Triều',
      kind: OrgUnitKind.DISTRICT,
      code: 'DT',
      subtype: 'thành phố',
      parent: p,
    });
    const ward = await insertUnit(system.orgDb, {
      name: 'Phường Mạo Khê',
      kind: OrgUnitKind.COMMUNE,
      code: 'MK',
      subtype: 'phường',
      parent: district,
    });
    const roster = (u: typeof justice) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });

    // 2024, three levels, in appraisal: the district chairman appraises his ward.
    last = await insertYear(db, {
      provinceUnitId: p.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.APPRAISAL,
      deadlines: { selfAssessment: vnDay(-60), explanation: vnDay(3), appraisal: vnDay(-1) },
    });
    const { departments: deps24, communes: com24 } = await insertDepartmentsAndCommunes(db, last.id);
    for (const g of [deps24, com24]) await insertCriteria(db, last.id, g.id, TEST_CRITERIA);
    await insertRoster(db, last.id, deps24, { id: p.id, name: 'UBND tỉnh' }, [roster(justice), roster(health)]);
    await insertRoster(db, last.id, com24, { id: district.id, name: 'UBND TP Đông Triều' }, [roster(ward)], {
      parentDistrictId: () => district.id,
    });
    // 2025, two levels, in self-assessment.
    current = await insertYear(db, {
      provinceUnitId: p.id,
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
      deadlines: { selfAssessment: vnDay(10), explanation: vnDay(30), appraisal: vnDay(40) },
    });
    const deps25 = await insertGroup(db, current.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    await insertCriteria(db, current.id, deps25.id, TEST_CRITERIA);
    await insertRoster(db, current.id, deps25, { id: p.id, name: 'UBND tỉnh' }, [roster(justice), roster(health)]);
    // 2026 in preparation: the administrator's to open.
    await insertYear(db, { provinceUnitId: p.id, year: 2026, model: GovernmentModel.TWO_LEVEL, status: YearStatus.PLANNING });

    for (const y of [last, current]) await createSheetsForYear(db, y.id);
    for (const s of await db.getRepository(ScoreSheetEntity).find({ relations: {} }))
      sheet[`${s.yearId === last.id ? 2024 : 2025} ${s.unitName}`] = s;
    await setStatus(sheet['2024 Sở Tư pháp'], 'EXPLANATION_REQUESTED');
    await setStatus(sheet['2024 Sở Y tế'], 'APPRAISED');
    await setStatus(sheet['2024 Phường Mạo Khê'], 'SUBMITTED');
    await setStatus(sheet['2025 Sở Y tế'], 'SUBMITTED');

    const users: [string, string, Role[]][] = [
      ['officer', justice.id, [Role.UNIT_OFFICER]],
      ['head', health.id, [Role.UNIT_HEAD]],
      ['appraiser', p.id, [Role.APPRAISER]],
      ['chair', p.id, [Role.ASSESSOR_CHAIR]],
      ['admin', p.id, [Role.PROVINCE_ADMIN]],
      ['viewer', p.id, [Role.VIEWER]],
      ['districtAppraiser', district.id, [Role.APPRAISER]],
      ['wardOfficer', ward.id, [Role.UNIT_OFFICER]],
    ];
    for (const [name, unitId, roles] of users) token[name] = (await system.createUser({ username: name, unitId, roles })).token;
  });
  afterAll(() => system?.stop());

  it('a unit officer sees last year’s explanation request and this year’s sheet to fill, each with what its deadline is for', async () => {
    const tasks = await tasksOf('officer');
    expect(summary(tasks)).toEqual(['2024 EXPLAIN Sở Tư pháp', '2025 FILL Sở Tư pháp']);
    const [explain, fill] = tasks;
    expect(explain).toMatchObject({
      sheetId: sheet['2024 Sở Tư pháp'].id,
      deadline: vnDay(3),
      deadlineFor: 'Hạn giải trình',
      daysLeft: 3,
      overdue: false,
    });
    expect(fill).toMatchObject({ sheetId: sheet['2025 Sở Tư pháp'].id, deadlineFor: 'Hạn nộp tự đánh giá', daysLeft: 10 });
    expect(fill.detail).toMatch(/^Còn \d+\/\d+ tiêu chí chưa nhập$/);
  });

  it('the appraiser sees submitted sheets of both years; last year’s appraisal is overdue and comes first', async () => {
    const tasks = await tasksOf('appraiser');
    expect(summary(tasks)).toEqual(['2025 APPRAISE Sở Y tế']);
    // Only the province's units: the ward is the district's to appraise.
    const district = await tasksOf('districtAppraiser');
    expect(summary(district)).toEqual(['2024 APPRAISE Phường Mạo Khê']);
    expect(district[0]).toMatchObject({ daysLeft: -1, overdue: true, deadlineFor: 'Hạn thẩm định' });
  });

  it('the chair sees what waits for his approval, the administrator the year to open, a viewer nothing', async () => {
    expect(summary(await tasksOf('chair'))).toEqual(['2024 APPROVE Sở Y tế']);
    expect(summary(await tasksOf('admin'))).toEqual(['2026 OPEN_YEAR']);
    expect(await tasksOf('viewer')).toEqual([]);
    // The health head submitted this year and waits on the appraisers: nothing on his desk.
    expect(await tasksOf('head')).toEqual([]);
  });

  it('an overdue draft stays on the unit’s desk, in red, rather than vanishing when its deadline passes', async () => {
    const db = system.scoringDb;
    await db.getRepository(AssessmentYearEntity).update({ id: current.id }, { selfAssessmentDeadline: vnDay(-2) });
    try {
      const tasks = await tasksOf('officer');
      expect(tasks[0]).toMatchObject({ kind: 'FILL', year: 2025, daysLeft: -2, overdue: true });
    } finally {
      await db.getRepository(AssessmentYearEntity).update({ id: current.id }, { selfAssessmentDeadline: vnDay(10) });
    }
  });

  it('is answered in English with ?locale', async () => {
    const res = await system.gql<{ myTasks: Task[] }>(MY_TASKS, {}, { token: token.officer, locale: 'en' });
    expect(res.data!.myTasks.map((t) => t.deadlineFor)).toEqual(['Explanation due', 'Self-assessment due']);
  });

  it('costs the same number of statements whatever the number of sheets (no N+1)', async () => {
    const run = () => countQueries(system.scoringDb, () => tasksOf('chair'));
    const before = await run();
    await setStatus(sheet['2024 Sở Tư pháp'], 'APPRAISED');
    await setStatus(sheet['2025 Sở Tư pháp'], 'APPRAISED');
    try {
      const after = await run();
      expect(summary(after.result)).toEqual(['2024 APPROVE Sở Tư pháp', '2024 APPROVE Sở Y tế', '2025 APPROVE Sở Tư pháp']);
      expect(after.count).toBe(before.count);
      // 6 for sheets and years, +1 for the periodic reports' periods of all the user's years (one statement, whatever their number).
      expect(after.count).toBeLessThanOrEqual(7);
    } finally {
      await setStatus(sheet['2024 Sở Tư pháp'], 'EXPLANATION_REQUESTED');
      await setStatus(sheet['2025 Sở Tư pháp'], 'DRAFT');
    }
  });
});
