import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { AuditEntityType, AuditEventEntity } from './audit-event.entity';

/** Who reads a score sheet's history (issue 11 §5): the province, the assessor unit, and now the unit itself. */
describe(`a score sheet's history: who reads it (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  const units: Record<string, OrgUnitEntity> = {};
  const tokens: Record<string, string> = {};
  const sheetOf: Record<string, string> = {};

  const TRAIL = `query($y: ID!, $s: ID) { auditTrail(yearId: $y, sheetId: $s) { totalCount edges { node { action reason } } } }`;
  type Trail = { auditTrail: { totalCount: number; edges: { node: { action: string; reason: string | null } }[] } };
  const trail = (who: string, sheet: string | null) =>
    system.gql<Trail>(TRAIL, { y: year.id, s: sheet }, { token: tokens[who] }) as Promise<GraphQLResponse<Trail>>;
  const actions = (res: GraphQLResponse<Trail>) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.auditTrail.edges.map((e) => e.node.action);
  };
  const readable = async (who: string, unit: string) => {
    const res = await system.gql<{ scoreSheet: { historyReadable: boolean } }>(
      'query($id: ID!) { scoreSheet(id: $id) { historyReadable } }',
      { id: sheetOf[unit] },
      { token: tokens[who] },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet.historyReadable;
  };
  const setStatus = (unit: string, status: ScoreSheetEntity['status']) =>
    system.scoringDb.getRepository(ScoreSheetEntity).update({ id: sheetOf[unit] }, { status });

  beforeAll(async () => {
    system = await startTestSystem();
    const db = system.orgDb;
    const p = (units.P = await insertUnit(db, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' }));
    units.STP = await insertUnit(db, { name: 'Sở Tư pháp', kind: OrgUnitKind.DEPARTMENT, code: 'STP', subtype: 'sở', parent: p });
    units.SYT = await insertUnit(db, { name: 'Sở Y tế', kind: OrgUnitKind.DEPARTMENT, code: 'SYT', subtype: 'sở', parent: p });
    units.H1 = await insertUnit(db, { name: 'Huyện Vân Đồn', kind: OrgUnitKind.DISTRICT, code: '203', subtype: 'huyện', parent: p });
    units.C1 = await insertUnit(db, { name: 'Xã Đài Xuyên', kind: OrgUnitKind.COMMUNE, code: '07192', subtype: 'xã', parent: units.H1 });
    year = await insertYear(system.scoringDb, {
      provinceUnitId: p.id,
      year: 2025,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
      deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
    });
    const group = await insertGroup(system.scoringDb, year.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    nodes = await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
      [units.STP, units.SYT].map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
    );
    // A commune the province assesses: its district reads the sheet (it is above the unit) but is
    // neither its assessor nor the unit, so it does not read the history.
    const communes = await insertGroup(system.scoringDb, year.id, {
      code: 'COMMUNES',
      name: 'Khối xã',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, year.id, communes.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      communes,
      { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
      [units.C1].map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
      { parentDistrictId: () => units.H1.id },
    );
    await createSheetsForYear(system.scoringDb, year.id);
    for (const s of await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id }))
      sheetOf[Object.keys(units).find((k) => units[k].id === s.unitId)!] = s.id;
    for (const [name, unit, roles] of [
      ['admin', 'P', [Role.PROVINCE_ADMIN]],
      ['appraiser', 'P', [Role.APPRAISER]],
      ['officerSTP', 'STP', [Role.UNIT_OFFICER]],
      ['headSTP', 'STP', [Role.UNIT_HEAD]],
      ['officerSYT', 'SYT', [Role.UNIT_OFFICER]],
      ['chairH1', 'H1', [Role.ASSESSOR_CHAIR]],
    ] as const)
      tokens[name] = (await system.createUser({ username: name, unitId: units[unit].id, roles: [...roles] })).token;

    // The unit saves through the API (SAVE_SELF in its history)…
    const sheet = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheetOf.STP });
    const saved = await system.gql(
      'mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id } }',
      { s: sheet.id, v: sheet.version, e: [{ criterionId: nodes.get('1.1')!.id, declaredValue: '1' }] },
      { token: tokens.officerSTP },
    );
    expect(saved.errors).toBeUndefined();
    // …then an appraiser's round-1 save of the same leaf is on record (as saveAppraisal writes it).
    await system.scoringDb.getRepository(AuditEventEntity).save({
      yearId: year.id,
      entityType: AuditEntityType.SCORE,
      entityId: sheet.id,
      sheetId: sheet.id,
      criterionId: nodes.get('1.1')!.id,
      action: 'SAVE_APPRAISAL_ROUND_1',
      actorUserId: null,
      actorName: 'appraiser',
      at: new Date(),
      before: { round: 1, points: null, note: null },
      after: { round: 1, points: 5, note: 'Kế hoạch ban hành muộn' },
      reason: 'Kế hoạch ban hành muộn',
    });
    await setStatus('STP', 'UNDER_APPRAISAL');
  });
  afterAll(() => system?.stop());

  it('the unit reads its own sheet’s history, without the appraisers’ saves while its appraisal is not disclosed', async () => {
    expect(actions(await trail('officerSTP', sheetOf.STP))).toEqual(['SAVE_SELF']);
    expect(actions(await trail('headSTP', sheetOf.STP))).toEqual(['SAVE_SELF']);
    expect((await trail('officerSTP', sheetOf.STP)).data!.auditTrail.totalCount).toBe(1);
    // The province sees both.
    expect(actions(await trail('admin', sheetOf.STP))).toEqual(['SAVE_APPRAISAL_ROUND_1', 'SAVE_SELF']);
    expect(actions(await trail('appraiser', sheetOf.STP))).toEqual(['SAVE_APPRAISAL_ROUND_1', 'SAVE_SELF']);
  });

  it('once its appraisal is complete the unit sees the appraisers’ saves with their reasons', async () => {
    await setStatus('STP', 'APPRAISED');
    const res = await trail('officerSTP', sheetOf.STP);
    expect(actions(res)).toEqual(['SAVE_APPRAISAL_ROUND_1', 'SAVE_SELF']);
    expect(res.data!.auditTrail.edges[0]!.node.reason).toBe('Kế hoạch ban hành muộn');
    await setStatus('STP', 'UNDER_APPRAISAL');
  });

  it('another unit, or a unit without a sheet filter, is refused with a Vietnamese reason', async () => {
    const other = await trail('officerSYT', sheetOf.STP);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toMatch(/chính đơn vị được đánh giá/);
    expect((await trail('officerSTP', null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the sheet says whether its history may be read (the admin shows the button only then)', async () => {
    expect(await readable('officerSTP', 'STP')).toBe(true);
    expect(await readable('admin', 'STP')).toBe(true);
    expect(await readable('officerSYT', 'SYT')).toBe(true);
    expect(await readable('chairH1', 'C1')).toBe(false);
    expect((await trail('chairH1', sheetOf.C1)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages newest first on the id; a forged cursor is a coded refusal, not a database error', async () => {
    const PAGE = `query($y: ID!, $s: ID, $after: String) {
      auditTrail(yearId: $y, sheetId: $s, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { action } } }
    }`;
    type Page = {
      auditTrail: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { action: string } }[] };
    };
    const first = await system.gql<Page>(PAGE, { y: year.id, s: sheetOf.STP }, { token: tokens.admin });
    expect(first.data!.auditTrail.edges.map((e) => e.node.action)).toEqual(['SAVE_APPRAISAL_ROUND_1']);
    expect(first.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
    const second = await system.gql<Page>(
      PAGE,
      { y: year.id, s: sheetOf.STP, after: first.data!.auditTrail.pageInfo.endCursor },
      { token: tokens.admin },
    );
    expect(second.data!.auditTrail.edges.map((e) => e.node.action)).toEqual(['SAVE_SELF']);
    expect(second.data!.auditTrail.totalCount).toBe(2);
    for (const forged of [Buffer.from('["x"]').toString('base64url'), Buffer.from('[-1]').toString('base64url'), 'not a cursor']) {
      const res = await system.gql<Page>(PAGE, { y: year.id, s: sheetOf.STP, after: forged }, { token: tokens.admin });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('Con trỏ phân trang không hợp lệ.');
    }
  });
});
