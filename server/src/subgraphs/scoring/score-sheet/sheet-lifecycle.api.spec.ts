import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from './year-setup-test-kit';

/** Sheets follow the year through the year service's hooks (the config module never imports sheets). */
describe(`score sheets follow the year and its roster (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let admin: string;
  let officer: string;
  const unitIds: string[] = [];
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code ?? null;

  beforeAll(async () => {
    system = await startTestSystem();
    const p = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const names = ['Sở Tư pháp', 'Sở Y tế', 'Sở Xây dựng'];
    const units = [];
    for (const [i, name] of names.entries())
      units.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.DEPARTMENT, code: `S${i}`, subtype: 'sở', parent: p }));
    unitIds.push(...units.map((u) => u.id));
    year = await insertYear(system.scoringDb, {
      provinceUnitId: p.id,
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
    });
    const group = await insertGroup(system.scoringDb, year.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
      units.map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
    );
    admin = (await system.createUser({ username: 'admin', unitId: p.id, roles: [Role.PROVINCE_ADMIN] })).token;
    officer = (await system.createUser({ username: 'officer', unitId: units[0].id, roles: [Role.UNIT_OFFICER] })).token;
  });
  afterAll(() => system?.stop());

  const transition = (to: string, reason?: string) =>
    system.gql(
      'mutation($id: ID!, $to: YearStatus!, $r: String) { transitionAssessmentYear(id: $id, to: $to, reason: $r) { __typename } }',
      { id: year.id, to, r: reason },
      { token: admin },
    );

  it('opening self-assessment creates a draft sheet and an empty result per roster unit, in the same transaction', async () => {
    expect(await system.scoringDb.getRepository(ScoreSheetEntity).countBy({ yearId: year.id })).toBe(0);
    const res = await transition('SELF_ASSESSMENT');
    expect(res.errors).toBeUndefined();
    const sheets = await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id });
    expect(sheets.map((s) => s.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    expect(await system.scoringDb.getRepository(UnitResultEntity).countBy({ yearId: year.id })).toBe(3);
  });

  it('a unit leaves the roster only while its sheet is an untouched draft', async () => {
    const remove = (unitId: string) =>
      system.gql(
        'mutation($y: ID!, $u: ID!) { removeRosterUnit(yearId: $y, unitId: $u, reason: "Sáp nhập") }',
        { y: year.id, u: unitId },
        { token: admin },
      );
    expect((await remove(unitIds[2])).errors).toBeUndefined();
    expect(await system.scoringDb.getRepository(ScoreSheetEntity).countBy({ yearId: year.id })).toBe(2);
    expect(await system.scoringDb.getRepository(UnitResultEntity).countBy({ yearId: year.id })).toBe(2);

    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: unitIds[0] });
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ id: sheet.id }, { status: 'SUBMITTED' });
    const refused = await remove(unitIds[0]);
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/đã nộp phiếu/);
  });

  it('finalizing is refused until every sheet is approved (sheet counts come from the sheets)', async () => {
    expect((await transition('APPRAISAL')).errors).toBeUndefined();
    const refused = await transition('FINALIZED');
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/chưa được phê duyệt/);
    // The officer's sheet cannot be edited any more: the self-assessment phase is over.
    const s = await system.gql<{ scoreSheetFor: { lockReason: string; availableActions: string[] } }>(
      'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { lockReason availableActions } }',
      { y: year.id, u: unitIds[0] },
      { token: officer },
    );
    expect(s.data!.scoreSheetFor.availableActions).toEqual([]);
    expect(s.data!.scoreSheetFor.lockReason).toBeTruthy();
  });
});
