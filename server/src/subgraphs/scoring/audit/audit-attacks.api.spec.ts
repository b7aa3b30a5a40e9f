/**
 * Adversarial audit of the audit-trail reads: who reads which sheet's history in a three-level
 * year (a district assesses its communes), whether filters open a way around the rules, page
 * bounds, and statements flat with the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
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

const TRAIL = `query($y: ID!, $s: ID, $t: AuditEntityType, $e: ID, $c: ID, $first: Int, $after: String) {
  auditTrail(yearId: $y, sheetId: $s, entityType: $t, entityId: $e, criterionId: $c, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id action sheetId after reason } } } }`;
type Trail = {
  auditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; action: string; sheetId: string | null; after: string | null; reason: string | null } }[];
  };
};

describe(`audit-trail reads under attack (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let otherYear: AssessmentYearEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  const units: Record<string, OrgUnitEntity> = {};
  const tokens: Record<string, string> = {};
  const sheetOf: Record<string, string> = {};
  let appraisalEventEntity: string;

  const trail = (who: string, vars: Record<string, unknown>) =>
    system.gql<Trail>(TRAIL, { y: year.id, ...vars }, { token: tokens[who] }) as Promise<GraphQLResponse<Trail>>;
  const actions = (res: GraphQLResponse<Trail>) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.auditTrail.edges.map((e) => e.node.action);
  };
  const refusal = (res: GraphQLResponse<Trail>) => ({ code: res.errors?.[0]?.extensions?.code, data: res.data?.auditTrail ?? null });
  const setStatus = (unit: string, status: ScoreSheetEntity['status']) =>
    system.scoringDb.getRepository(ScoreSheetEntity).update({ id: sheetOf[unit] }, { status });
  const event = (unit: string, action: string, after: unknown, reason: string | null = null) =>
    system.scoringDb.getRepository(AuditEventEntity).save({
      yearId: year.id,
      entityType: AuditEntityType.SCORE,
      entityId: crypto.randomUUID(),
      sheetId: sheetOf[unit],
      criterionId: nodes.get('1.1')!.id,
      action,
      actorUserId: null,
      actorName: 'thu.nghiem',
      at: new Date(),
      before: null,
      after,
      reason,
    });

  beforeAll(async () => {
    system = await startTestSystem();
    const db = system.orgDb;
    const p = (units.P = await insertUnit(db, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' }));
    units.Q = await insertUnit(db, { name: 'Tỉnh Bắc Ninh', kind: OrgUnitKind.PROVINCE, code: '27', subtype: 'tỉnh' });
    units.H1 = await insertUnit(db, { name: 'Huyện Vân Đồn', kind: OrgUnitKind.DISTRICT, code: '203', subtype: 'huyện', parent: p });
    units.H2 = await insertUnit(db, { name: 'Huyện Cô Tô', kind: OrgUnitKind.DISTRICT, code: '207', subtype: 'huyện', parent: p });
    units.C1 = await insertUnit(db, { name: 'Xã Đài Xuyên', kind: OrgUnitKind.COMMUNE, code: '07192', subtype: 'xã', parent: units.H1 });
    units.C2 = await insertUnit(db, { name: 'Xã Thanh Lân', kind: OrgUnitKind.COMMUNE, code: '07210', subtype: 'xã', parent: units.H2 });
    year = await insertYear(system.scoringDb, {
      provinceUnitId: p.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.APPRAISAL,
      deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
    });
    otherYear = await insertYear(system.scoringDb, {
      provinceUnitId: units.Q.id,
      year: 2024,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PUBLISHED,
    });
    const districts = await insertGroup(system.scoringDb, year.id, {
      code: 'HUYEN',
      name: 'Khối huyện',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DISTRICT],
    });
    nodes = await insertCriteria(system.scoringDb, year.id, districts.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      districts,
      { id: p.id, name: 'UBND tỉnh Quảng Ninh' },
      [units.H1, units.H2].map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
    );
    const communes = await insertGroup(system.scoringDb, year.id, {
      code: 'XA',
      name: 'Khối xã',
      rule: AssessorRule.PARENT_DISTRICT,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, year.id, communes.id, TEST_CRITERIA);
    for (const [commune, district] of [
      ['C1', 'H1'],
      ['C2', 'H2'],
    ] as const)
      await insertRoster(
        system.scoringDb,
        year.id,
        communes,
        { id: units[district].id, name: `UBND ${units[district].name}` },
        [units[commune]].map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
        { parentDistrictId: () => units[district].id },
      );
    await createSheetsForYear(system.scoringDb, year.id);
    for (const s of await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: year.id }))
      sheetOf[Object.keys(units).find((k) => units[k].id === s.unitId)!] = s.id;
    for (const [name, unit, roles] of [
      ['admin', 'P', [Role.PROVINCE_ADMIN]],
      ['viewer', 'P', [Role.VIEWER]],
      ['otherAdmin', 'Q', [Role.PROVINCE_ADMIN]],
      ['chairH1', 'H1', [Role.ASSESSOR_CHAIR]],
      ['appraiserH1', 'H1', [Role.APPRAISER]],
      // The district's own officer fills the district's sheet; he is no appraiser of its communes.
      ['officerH1', 'H1', [Role.UNIT_OFFICER]],
      ['headH1', 'H1', [Role.UNIT_HEAD]],
      ['chairH2', 'H2', [Role.ASSESSOR_CHAIR]],
      ['officerC1', 'C1', [Role.UNIT_OFFICER]],
      ['officerC2', 'C2', [Role.UNIT_OFFICER]],
    ] as const)
      tokens[name] = (await system.createUser({ username: `aud.${name.toLowerCase()}`, unitId: units[unit].id, roles: [...roles] })).token;

    await event('C1', 'SAVE_SELF', { declaredValue: '1' });
    const appraisal = await event('C1', 'SAVE_APPRAISAL_ROUND_1', { round: 1, points: 0, note: 'Không có kế hoạch' }, 'Không có kế hoạch');
    appraisalEventEntity = appraisal.entityId;
    await event('H1', 'SAVE_SELF', { declaredValue: '1' });
    await setStatus('C1', 'UNDER_APPRAISAL');
  });
  afterAll(() => system?.stop());

  it('the commune’s assessor side (district chair, appraiser) and the province read its history in full', async () => {
    for (const who of ['admin', 'viewer', 'chairH1', 'appraiserH1'])
      expect([who, actions(await trail(who, { s: sheetOf.C1 }))]).toEqual([who, ['SAVE_APPRAISAL_ROUND_1', 'SAVE_SELF']]);
  });

  it('the district’s own officer and head — who may not read the commune’s sheet — do not read its history either', async () => {
    for (const who of ['officerH1', 'headH1']) {
      const sheet = await system.gql('query($id: ID!) { scoreSheet(id: $id) { id } }', { id: sheetOf.C1 }, { token: tokens[who] });
      expect(sheet.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const res = await trail(who, { s: sheetOf.C1 });
      expect([who, refusal(res)]).toEqual([who, { code: 'FORBIDDEN', data: null }]);
      expect(res.errors?.[0]?.message).toMatch(/^Chỉ cấp tỉnh, đơn vị đánh giá và chính đơn vị được đánh giá/);
      const readable = await system.gql<{ scoreSheet: { historyReadable: boolean } }>(
        'query($id: ID!) { scoreSheet(id: $id) { historyReadable } }',
        { id: sheetOf.H1 },
        { token: tokens[who] },
      );
      // Their own sheet stays theirs to read.
      expect(readable.data?.scoreSheet.historyReadable).toBe(true);
      expect(actions(await trail(who, { s: sheetOf.H1 }))).toEqual(['SAVE_SELF']);
    }
  });

  it('another district, another commune, another province: refused, with or without filters, also on their own year', async () => {
    for (const [who, vars] of [
      ['chairH2', { s: sheetOf.C1 }],
      ['officerC2', { s: sheetOf.C1 }],
      ['otherAdmin', { s: sheetOf.C1 }],
      ['otherAdmin', {}],
      ['otherAdmin', { t: 'SCORE' }],
      ['officerC1', {}],
      ['officerC1', { e: appraisalEventEntity }],
      ['chairH1', { c: nodes.get('1.1')!.id }],
      ['officerC1', { y: otherYear.id, s: sheetOf.C1 }],
    ] as const) {
      const res = await trail(who, vars);
      expect([who, vars, refusal(res)]).toEqual([who, vars, { code: 'FORBIDDEN', data: null }]);
    }
    // The sheet named with the reader's own province's year: that year's rows only, so nothing.
    const foreign = await trail('otherAdmin', { y: otherYear.id, s: sheetOf.C1 });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data!.auditTrail).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('the commune reads its own history without the appraisal saves until its appraisal is complete, whatever the filters', async () => {
    for (const vars of [
      { s: sheetOf.C1 },
      { s: sheetOf.C1, t: 'SCORE' },
      { s: sheetOf.C1, e: appraisalEventEntity },
      { s: sheetOf.C1, c: nodes.get('1.1')!.id },
      { s: sheetOf.C1, first: 500 },
    ]) {
      const res = await trail('officerC1', vars);
      expect(actions(res)).not.toContain('SAVE_APPRAISAL_ROUND_1');
      expect(JSON.stringify(res.data)).not.toContain('Không có kế hoạch');
    }
    expect((await trail('officerC1', { s: sheetOf.C1 })).data!.auditTrail.totalCount).toBe(1);
    await setStatus('C1', 'APPRAISED');
    try {
      expect(actions(await trail('officerC1', { s: sheetOf.C1 }))).toEqual(['SAVE_APPRAISAL_ROUND_1', 'SAVE_SELF']);
    } finally {
      await setStatus('C1', 'UNDER_APPRAISAL');
    }
  });

  it('page bounds: too large, negative, fractional-like and forged cursors are coded refusals; 0 is an empty page', async () => {
    for (const first of [501, 1_000_000, -1, 2 ** 31 - 1]) {
      const res = await trail('admin', { first });
      expect([first, res.errors?.[0]?.extensions?.code]).toEqual([first, 'BAD_USER_INPUT']);
      // Past the gateway's cost limit the refusal comes from there, in the same words for the official.
      expect(res.errors?.[0]?.message).toMatch(/^Số bản ghi mỗi trang phải từ 0 đến 500|hãy yêu cầu trang nhỏ hơn/);
    }
    const empty = await trail('admin', { first: 0 });
    expect(empty.data!.auditTrail.edges).toEqual([]);
    expect(empty.data!.auditTrail.totalCount).toBe(3);
    for (const after of [
      Buffer.from('[9007199254740993]').toString('base64url'),
      Buffer.from('[0]').toString('base64url'),
      Buffer.from('[1.5]').toString('base64url'),
      Buffer.from('{"id":1}').toString('base64url'),
      'x'.repeat(10_000),
      "1' OR '1'='1",
    ]) {
      const res = await trail('admin', { after });
      expect([after.slice(0, 20), res.errors?.[0]?.extensions?.code]).toEqual([after.slice(0, 20), 'BAD_USER_INPUT']);
    }
    for (const [name, value] of [
      ['s', 'x'.repeat(5000)],
      ['s', "' OR 1=1 --"],
      ['c', '../../etc'],
    ] as const) {
      const res = await trail('admin', { [name]: value });
      expect([name, res.errors?.[0]?.extensions?.code]).toEqual([name, 'BAD_USER_INPUT']);
    }
  });

  it('statements stay flat with the rows returned (no N+1)', async () => {
    const page = (first: number) =>
      countQueries([system.scoringDb, system.orgDb], async () => {
        const res = await trail('admin', { first });
        expect(res.errors).toBeUndefined();
        return res.data!.auditTrail.edges.length;
      });
    const small = await page(2);
    for (let i = 0; i < 150; i++) await event(i % 2 ? 'C1' : 'H1', 'SAVE_SELF', { declaredValue: String(i % 2) });
    const large = await page(150);
    expect(small.result).toBe(2);
    expect(large.result).toBe(150);
    expect(large.count).toBeLessThanOrEqual(small.count);
  });
});
