import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { resultDrift } from '../results/results-oracle';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';

const APPLY = `mutation($y: ID!, $b: String!) { importSurveyResults(yearId: $y, base64: $b, format: CSV) { imported changed sheetsUpdated } }`;
const REOPEN_SET =
  'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa thang điểm điều tra") { locked } }';
const UPDATE_CRITERION = 'mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id } }';
const csv = (lines: string[]) => Buffer.from(['Mã đơn vị;Mã tiêu chí;Giá trị', ...lines].join('\n')).toString('base64');

/**
 * A survey import checks its rows against the year's survey leaves and roster before its
 * transaction. A rule change committed between that check and the transaction (a leaf's maximum or
 * basis on a reopened set: the criteria edit takes the year's row for update) must not be missed:
 * under the year's lock the import sees state_version moved and checks the rows again from current
 * rows. The interleaving is forced: the change runs right before the import's transaction opens.
 */
describe(`a survey import checked before a rule change commits is decided under the change (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let admin: string;
  const communes: OrgUnitEntity[] = [];
  const ok = <T>(res: GraphQLResponse<T>) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const leaf = () => system.scoringDb.getRepository(CriteriaNodeEntity).findOneByOrFail({ groupId: group.id, code: '3.1' });
  const apply = (lines: string[]) =>
    system.gql<{ importSurveyResults: { imported: number; changed: number } }>(APPLY, { y: year.id, b: csv(lines) }, { token: admin });
  const entryOf = async (unit: OrgUnitEntity) => {
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: unit.id });
    return system.scoringDb.getRepository(ScoreEntryEntity).findOneBy({ sheetId: sheet.id, criterionId: (await leaf()).id });
  };

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const district = await insertUnit(system.orgDb, {
      name: 'Thành phố Đông Triều',
      kind: OrgUnitKind.DISTRICT,
      code: '205',
      subtype: 'thành phố',
      parent: province,
    });
    for (const [i, name] of ['Xã An Sinh', 'Xã Bình Khê'].entries())
      communes.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.COMMUNE, code: `0712${i}`, subtype: 'xã', parent: district }));
    year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
    });
    group = await insertGroup(system.scoringDb, year.id, {
      code: 'XA',
      name: 'Khối xã',
      rule: AssessorRule.PARENT_DISTRICT,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: district.id, name: district.name },
      communes.map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
      { parentDistrictId: () => district.id },
    );
    await createSheetsForYear(system.scoringDb, year.id);
    admin = (await system.createUser({ username: 'admin', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
  }, 120_000);
  afterAll(() => system?.stop());

  it('a survey leaf’s maximum lowered between the check and the transaction: the rows are scored under the new maximum', async () => {
    const lowered = beforeNextTransaction(system.scoringDb, async () =>
      ok(await system.gql(UPDATE_CRITERION, { id: (await leaf()).id, input: { maxPoints: 20 } }, { token: admin })),
    );
    const res = await apply(['07120;3.1;80']);
    expect(lowered()).toBe(true);
    expect(res.errors).toBeUndefined();
    // 80 % of the new 20 points (24 under the 30 the rows were checked against).
    expect((await entryOf(communes[0]))?.surveyPoints).toBe(1600);
    const result = await system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ yearId: year.id, unitId: communes[0].id });
    expect(result.surveyPoints).toBe(1600);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('a leaf’s basis changed to points meanwhile: the rows it no longer takes refuse the whole import, nothing written', async () => {
    const audits = await system.scoringDb.getRepository(AuditEventEntity).countBy({ action: 'IMPORT_SURVEY' });
    const before = await entryOf(communes[1]);
    const changed = beforeNextTransaction(system.scoringDb, async () =>
      ok(await system.gql(UPDATE_CRITERION, { id: (await leaf()).id, input: { params: '{"basis":"POINTS"}' } }, { token: admin })),
    );
    const res = await apply(['07121;3.1;75']);
    expect(changed()).toBe(true);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      issues: [expect.objectContaining({ row: 2, code: 'INVALID_VALUE' })],
    });
    expect(res.errors?.[0]?.message).toMatch(/^Không nhập được kết quả điều tra: 1 lỗi\. Dòng 2:/);
    expect(await entryOf(communes[1])).toEqual(before);
    expect(await system.scoringDb.getRepository(AuditEventEntity).countBy({ action: 'IMPORT_SURVEY' })).toBe(audits);
    // Under the points basis, 15 of the 20 points is taken.
    expect((await apply(['07121;3.1;15'])).errors).toBeUndefined();
    expect((await entryOf(communes[1]))?.surveyPoints).toBe(1500);
  });
});
