import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { APPRAISE, ok, SAVE_SELF, seedDepartmentYear, START, SUBMIT, UPDATE_CRITERION, UPDATE_YEAR } from './results-test-kit';
import { resultDrift } from './results-oracle';
import { UnitResultEntity } from './unit-result.entity';

const TRANSITION = 'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to) { __typename } }';
const REOPEN =
  'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa bậc tỷ lệ theo hướng dẫn mới") { locked } }';
const LOCK = 'mutation($y: ID!, $g: ID!) { lockCriteriaSet(yearId: $y, groupId: $g) { locked } }';
const SURVEY = `mutation($y: ID!, $b: String!) { importSurveyResults(yearId: $y, base64: $b, format: CSV) { changed sheetsUpdated } }`;
const RECOMPUTE = `mutation($y: ID!, $d: Boolean!) { recomputeYearResults(yearId: $y, dryRun: $d) {
  phase dryRun done total sheets written entriesRescored
  changes { unitName groupName indexBefore indexAfter classificationBefore classificationAfter classificationAfterLabel rankBefore rankAfter } } }`;
const STATUS = 'query($y: ID!) { yearRecompute(yearId: $y) { phase done total changes { unitName } } }';
const CONFIRM_REVIEW =
  'mutation($s: ID!, $v: Int!, $c: [ID!]!) { confirmRuleReview(sheetId: $s, version: $v, criterionIds: $c) { version } }';
/** The fixture's original tiers (80 % → half the points), put back on a reopened set. */
const TIERS_BACK = {
  tiers: [
    { fromPercent: 0, toPercent: 80, sharePercent: 0 },
    { fromPercent: 80, toPercent: 100, sharePercent: 50 },
    { fromPercent: 100, toPercent: 100, sharePercent: 100 },
  ],
};
const SHEET = `query($id: ID!) { scoreSheet(id: $id) { ruleReview { count criteria message } entries { code selfPoints round1Points ruleReview } } }`;

const BANDS = (fairMin: number) => [
  { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 90, color: '#1B5E20' },
  { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 80, color: '#43A047' },
  { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: fairMin, color: '#FDD835' },
  { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minIndex: 50, color: '#FB8C00' },
  { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 0, color: '#E53935' },
];

describe(`every change that moves a figure recomputes the stored results (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const officers: string[] = [];
  const heads: string[] = [];

  const sheetOf = (i: number) => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: units[i].id });
  const resultOf = (i: number) =>
    system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ yearId: year.id, unitId: units[i].id });
  const expectNoDrift = async () => expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  async function act(doc: string, vars: (sheet: ScoreSheetEntity) => Record<string, unknown>, i: number, token: string) {
    const sheet = await sheetOf(i);
    return ok(await system.gql(doc, { s: sheet.id, v: sheet.version, ...vars(sheet) }, { token }));
  }

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Quảng Ninh', code: '22' },
      departments: ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Y tế'],
    });
    ({ year, group, nodes, admin } = seeded);
    units.push(...seeded.units);
    officers.push(...seeded.officers);
    heads.push(...seeded.heads);
    // Three self-assessments that differ on the tiered ratio (2.2) and the bonus (T.1).
    const leaf = (code: string) => nodes.get(code)!.id;
    for (const [i, ratio] of ['95', '85', '70'].entries())
      await act(
        SAVE_SELF,
        () => ({
          e: [
            { criterionId: leaf('1.1'), declaredValue: '1' },
            { criterionId: leaf('1.2'), declaredValue: i === 2 ? 'day_du' : 'tot' },
            { criterionId: leaf('2.1'), declaredValue: String(4 - i) },
            { criterionId: leaf('2.2'), declaredValue: ratio },
            { criterionId: leaf('2.3'), declaredValue: '80' },
            { criterionId: leaf('2.4'), declaredValue: String(i) },
            { criterionId: leaf('2.5'), declaredValue: '8' },
            { criterionId: leaf('T.1'), declaredValue: '2' },
            { criterionId: leaf('D.1'), declaredValue: i === 2 ? '3' : '0' },
          ],
        }),
        i,
        officers[i],
      );
    const csv = units.map((u, i) => `${u.code};3.1;${90 - i * 10}`).join('\n');
    ok(
      await system.gql(
        SURVEY,
        { y: year.id, b: Buffer.from(`Mã đơn vị;Mã tiêu chí;Giá trị\n${csv}`).toString('base64') },
        { token: admin },
      ),
    );
  });
  afterAll(() => system?.stop());

  it('a sheet save and a survey import leave stored results equal to a recompute', async () => {
    await expectNoDrift();
    expect((await resultOf(0)).surveyPoints).toBe(2700);
  });

  it('bonus cap 1.5 → 1 and Khá from 70 to 73 move the stored index and classification at once', async () => {
    const before = await resultOf(1);
    ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1 } }, { token: admin }));
    const after = await resultOf(1);
    // Self-assessed: 2 bonus points declared, capped at 1 instead of 1.5 (0.5 of 100 points).
    expect(after.selfIndex).toBe(before.selfIndex! - 50);
    await expectNoDrift();

    const selfIndex = (await resultOf(2)).selfIndex!;
    // Move Khá's threshold just above the unit's self index: its stored classification follows.
    ok(
      await system.gql(
        UPDATE_YEAR,
        { id: year.id, input: { classificationBands: BANDS(Math.floor(selfIndex / 100) + 1) } },
        { token: admin },
      ),
    );
    await expectNoDrift();
  });

  it('a reopened set’s tier change re-scores self points from the declared values and flags appraised points for review', async () => {
    for (const i of [0, 1, 2]) await act(SUBMIT, () => ({}), i, heads[i]);
    ok(await system.gql(TRANSITION, { id: year.id, to: 'APPRAISAL' }, { token: admin }));
    await act(START, () => ({}), 0, admin);
    const leaf22 = nodes.get('2.2')!;
    await act(APPRAISE, () => ({ e: [{ criterionId: leaf22.id, points: 5, note: 'Tỷ lệ đúng hạn thực tế thấp hơn' }] }), 0, admin);
    await expectNoDrift();
    const selfBefore = (
      await system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ criterionId: leaf22.id, sheetId: (await sheetOf(1)).id })
    ).selfPoints;
    expect(selfBefore).toBe(750); // 85 % → 50 % of 15 points under the old tiers

    ok(await system.gql(REOPEN, { y: year.id, g: group.id }, { token: admin }));
    const tiers = {
      tiers: [
        { fromPercent: 0, toPercent: 80, sharePercent: 0 },
        { fromPercent: 80, toPercent: 100, sharePercent: 80 },
        { fromPercent: 100, toPercent: 100, sharePercent: 100 },
      ],
    };
    ok(await system.gql(UPDATE_CRITERION, { id: leaf22.id, input: { params: JSON.stringify(tiers) } }, { token: admin }));
    await expectNoDrift();
    const entry = (i: number) =>
      sheetOf(i).then((s) => system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ criterionId: leaf22.id, sheetId: s.id }));
    expect((await entry(1)).selfPoints).toBe(1200); // 85 % → 80 % of 15 points under the new tiers
    expect((await entry(1)).ruleReview).toBe(false); // not appraised yet: nothing to review
    expect((await entry(0)).round1Points).toBe(500); // the appraiser's points stay his…
    expect((await entry(0)).ruleReview).toBe(true); // …flagged for him to review
    const rescoreAudits = await system.scoringDb.getRepository(AuditEventEntity).countBy({ yearId: year.id, action: 'RULE_RESCORE' });
    expect(rescoreAudits).toBe(2); // units 0 and 1 (70 % scores 0 under both rules)

    const sheet = ok(
      await system.gql<{ scoreSheet: { ruleReview: { count: number; criteria: string[]; message: string } | null } }>(
        SHEET,
        { id: (await sheetOf(0)).id },
        { token: admin },
      ),
    ).scoreSheet;
    expect(sheet.ruleReview).toMatchObject({ count: 1, criteria: ['2.2'] });
    expect(sheet.ruleReview!.message).toContain('thẩm định viên cần rà soát lại');
    ok(await system.gql(LOCK, { y: year.id, g: group.id }, { token: admin }));

    // Saving the leaf again (same points) is the review: the flag goes, the audit says so.
    await act(APPRAISE, () => ({ e: [{ criterionId: leaf22.id, points: 5, note: 'Giữ nguyên sau khi rà soát' }] }), 0, admin);
    expect((await entry(0)).ruleReview).toBe(false);
    await expectNoDrift();
  });

  it('the appraiser confirms flagged points he keeps ("cần rà soát" → reviewed); the unit never sees the flag', async () => {
    const leaf22 = nodes.get('2.2')!;
    ok(await system.gql(REOPEN, { y: year.id, g: group.id }, { token: admin }));
    ok(await system.gql(UPDATE_CRITERION, { id: leaf22.id, input: { params: JSON.stringify(TIERS_BACK) } }, { token: admin }));
    ok(await system.gql(LOCK, { y: year.id, g: group.id }, { token: admin }));
    const sheet0 = await sheetOf(0);
    type View = { scoreSheet: { ruleReview: { count: number } | null; entries: { code: string; ruleReview: boolean }[] } };
    const flaggedFor = async (token: string) => ok(await system.gql<View>(SHEET, { id: sheet0.id }, { token })).scoreSheet;
    expect((await flaggedFor(admin)).ruleReview).toMatchObject({ count: 1 });
    const LIST = 'query($y: ID!) { scoreSheets(yearId: $y) { edges { node { unitName ruleReviewCount } } } }';
    type List = { scoreSheets: { edges: { node: { unitName: string; ruleReviewCount: number } }[] } };
    const counts = async (token: string) =>
      ok(await system.gql<List>(LIST, { y: year.id }, { token })).scoreSheets.edges.map((e) => [e.node.unitName, e.node.ruleReviewCount]);
    // The progress list tells the appraiser which sheets to review; the unit sees 0.
    expect(await counts(admin)).toContainEqual(['Sở Tư pháp', 1]);
    expect(await counts(officers[0])).toEqual([['Sở Tư pháp', 0]]);
    // The unit's own officer is told nothing of it.
    const unitView = await flaggedFor(officers[0]);
    expect(unitView.ruleReview).toBeNull();
    expect(unitView.entries.some((e) => e.ruleReview)).toBe(false);
    // Only a flagged leaf can be confirmed; the refusal names it in Vietnamese.
    const wrong = await system.gql(CONFIRM_REVIEW, { s: sheet0.id, v: sheet0.version, c: [nodes.get('1.1')!.id] }, { token: admin });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toContain('không cần rà soát');
    // The unit cannot confirm an appraisal.
    const byUnit = await system.gql(CONFIRM_REVIEW, { s: sheet0.id, v: sheet0.version, c: [leaf22.id] }, { token: officers[0] });
    expect(byUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = await system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: sheet0.id, criterionId: leaf22.id });
    ok(await system.gql(CONFIRM_REVIEW, { s: sheet0.id, v: sheet0.version, c: [leaf22.id] }, { token: admin }));
    const after = await system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: sheet0.id, criterionId: leaf22.id });
    expect(after).toMatchObject({ ruleReview: false, round1Points: before.round1Points });
    expect((await flaggedFor(admin)).ruleReview).toBeNull();
    const audit = await system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityId: after.id, action: 'CONFIRM_RULE_REVIEW' });
    expect(audit.reason).toContain('rà soát');
    await expectNoDrift();
  });

  it('a full recompute repairs a tampered result, reports what moved, and shows its progress', async () => {
    const tampered = await resultOf(1);
    await system.scoringDb.getRepository(UnitResultEntity).update({ id: tampered.id }, { index: 1234, classificationCode: 'WEAK' });
    expect(await resultDrift(system.scoringDb, year.id)).not.toEqual([]);

    const preview = ok(
      await system.gql<{ recomputeYearResults: RecomputeView }>(RECOMPUTE, { y: year.id, d: true }, { token: admin }),
    ).recomputeYearResults;
    expect(preview).toMatchObject({ phase: 'DONE', dryRun: true, sheets: 3, total: 3 });
    expect(preview.changes).toEqual([expect.objectContaining({ unitName: 'Sở Nội vụ', indexBefore: 12.34, classificationBefore: 'WEAK' })]);
    expect((await resultOf(1)).index).toBe(1234); // a preview writes nothing

    const run = ok(
      await system.gql<{ recomputeYearResults: RecomputeView }>(RECOMPUTE, { y: year.id, d: false }, { token: admin }),
    ).recomputeYearResults;
    expect(run.changes).toEqual([
      expect.objectContaining({ unitName: 'Sở Nội vụ', groupName: 'Khối sở', indexBefore: 12.34, indexAfter: tampered.index! / 100 }),
    ]);
    await expectNoDrift();
    const audit = await system.scoringDb.getRepository(AuditEventEntity).findOneByOrFail({ yearId: year.id, action: 'RECOMPUTE_RESULTS' });
    expect(audit.after).toMatchObject({ sheets: 3, changed: 1 });
    const status = ok(await system.gql<{ yearRecompute: { phase: string; done: number } }>(STATUS, { y: year.id }, { token: admin }));
    expect(status.yearRecompute).toMatchObject({ phase: 'DONE', done: 3 });
    // Another user of the province sees nothing of it.
    const officerView = ok(await system.gql<{ yearRecompute: unknown }>(STATUS, { y: year.id }, { token: officers[0] }));
    expect(officerView.yearRecompute).toBeNull();
    // Nothing to repair: a second run reports nothing and writes no result.
    const again = ok(
      await system.gql<{ recomputeYearResults: RecomputeView }>(RECOMPUTE, { y: year.id, d: false }, { token: admin }),
    ).recomputeYearResults;
    expect(again).toMatchObject({ changes: [], written: 0 });
  });

  it('a head rating that differs from the mapping is reported before → after with its Vietnamese labels, then repaired', async () => {
    const row = await resultOf(2);
    const mapped = row.headRatingCode;
    expect(mapped).not.toBeNull();
    await system.scoringDb.getRepository(UnitResultEntity).update({ id: row.id }, { headRatingCode: 'EXCELLENT_COMPLETION' });
    const doc = `mutation($y: ID!, $d: Boolean!) { recomputeYearResults(yearId: $y, dryRun: $d) { changes {
      unitName indexBefore indexAfter headRatingBefore headRatingAfter headRatingBeforeLabel headRatingAfterLabel } } }`;
    type Change = { unitName: string; indexBefore: number; indexAfter: number; headRatingBefore: string; headRatingAfter: string };
    const preview = ok(await system.gql<{ recomputeYearResults: { changes: Change[] } }>(doc, { y: year.id, d: true }, { token: admin }));
    expect(preview.recomputeYearResults.changes).toEqual([
      expect.objectContaining({
        unitName: 'Sở Y tế',
        indexBefore: row.index! / 100,
        indexAfter: row.index! / 100,
        headRatingBefore: 'EXCELLENT_COMPLETION',
        headRatingAfter: mapped,
        headRatingBeforeLabel: 'Hoàn thành xuất sắc nhiệm vụ',
      }),
    ]);
    ok(await system.gql(doc, { y: year.id, d: false }, { token: admin }));
    expect((await resultOf(2)).headRatingCode).toBe(mapped);
    await expectNoDrift();
  });

  it('after publication a recompute or a change of caps is refused in Vietnamese; a preview still runs', async () => {
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: year.id }, { status: YearStatus.PUBLISHED });
    const refused = await system.gql(RECOMPUTE, { y: year.id, d: false }, { token: admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('đã được công bố');
    const caps = await system.gql(UPDATE_YEAR, { id: year.id, input: { penaltyCap: 1 } }, { token: admin });
    expect(caps.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      ok(await system.gql<{ recomputeYearResults: RecomputeView }>(RECOMPUTE, { y: year.id, d: true }, { token: admin }))
        .recomputeYearResults,
    ).toMatchObject({ dryRun: true, changes: [] });
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: year.id }, { status: YearStatus.APPRAISAL });
  });
});

interface RecomputeView {
  phase: string;
  dryRun: boolean;
  sheets: number;
  total: number;
  written: number;
  changes: { unitName: string; indexBefore: number | null; indexAfter: number | null; classificationBefore: string | null }[];
}

/**
 * Survey import and a full recompute are set-based: the statements they issue do not grow with
 * the year's sheets (raw reads, chunked multi-row writes).
 */
describe(`survey import and year recompute cost the same statements for 4 and 60 sheets (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let admin: string;
  let province: OrgUnitEntity;

  beforeAll(async () => {
    system = await startTestSystem();
    province = await insertUnit(system.orgDb, { name: 'Tỉnh Bắc Ninh', kind: OrgUnitKind.PROVINCE, code: '27', subtype: 'tỉnh' });
    admin = (await system.createUser({ username: 'admin.bn', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
  });
  afterAll(() => system?.stop());

  async function yearOf(size: number, calendarYear: number) {
    const year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: calendarYear,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
    });
    const group = await insertGroup(system.scoringDb, year.id, {
      code: 'XA',
      name: 'Khối xã',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    const units = Array.from({ length: size }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `Xã Số ${calendarYear}-${i}`,
      code: `X${calendarYear}-${i}`,
      kind: OrgUnitKind.COMMUNE,
      subtype: 'xã',
    }));
    await insertRoster(system.scoringDb, year.id, group, { id: province.id, name: 'UBND tỉnh Bắc Ninh' }, units);
    await createSheetsForYear(system.scoringDb, year.id);
    return { year, units };
  }

  it('imports, recomputes and re-imports in a flat number of statements', async () => {
    const counts: number[][] = [];
    for (const [size, calendarYear] of [
      [4, 2021],
      [60, 2022],
    ]) {
      const { year, units } = await yearOf(size, calendarYear);
      const csv = (shift: number) =>
        Buffer.from(units.map((u, i) => `${u.code};3.1;${(i * 7 + shift) % 100}`).join('\n')).toString('base64');
      const first = await countQueries(system.scoringDb, () => system.gql(SURVEY, { y: year.id, b: csv(1) }, { token: admin }));
      expect(first.result.errors).toBeUndefined();
      const second = await countQueries(system.scoringDb, () => system.gql(SURVEY, { y: year.id, b: csv(2) }, { token: admin }));
      expect(second.result.errors).toBeUndefined();
      const recompute = await countQueries(system.scoringDb, () => system.gql(RECOMPUTE, { y: year.id, d: false }, { token: admin }));
      expect(recompute.result.errors).toBeUndefined();
      expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
      counts.push([first.count, second.count, recompute.count]);
    }
    expect(counts[1]).toEqual(counts[0]);
    // Was ~13 statements per sheet; now a small constant.
    for (const c of counts[0]) expect(c).toBeLessThanOrEqual(25);
  });
});
