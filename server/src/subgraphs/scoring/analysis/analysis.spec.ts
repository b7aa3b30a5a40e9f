import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AnalysisNoteEntity } from './analysis-note.entity';
import { seedAnalysisProvince, type AnalysisProvince } from './analysis-fixture';

const ANALYSIS = `query($y: ID!, $g: ID!, $d: ID) { criteriaAnalysis(yearId: $y, groupId: $g, districtId: $d) {
  year groupName unitCount pendingCount scope { kind districtUnitId districtName }
  areas { code title maxPoints unitCount averagePoints averageLoss unitsLosing lossShare averageGap index note { cause solution } }
  criteria { code title areaCode maxPoints unitCount averagePoints averageSelfPoints averageLoss unitsLosing lossShare averageGap index selfIndex
    note { cause solution updatedBy } }
  units { unitName rank index classification { code } areaIndices criterionIndices } districts { name } } }`;
const GAPS = `query($y: ID!, $g: ID!, $u: ID!) { unitCriteriaGaps(yearId: $y, groupId: $g, unitId: $u) {
  code index groupIndex difference loss } }`;
const COMPARE = `query($y: ID!, $b: ID!, $g: ID!) { compareAnalysisYears(yearId: $y, baseYearId: $b, groupId: $g) {
  year baseYear units { unitName index baseIndex delta basis baseUnits { unitName index } }
  criteria { code delta current { index unitCount } base { index unitCount } } } }`;
const SAVE = `mutation($i: AnalysisNoteInput!) { saveAnalysisNote(input: $i) { code cause solution updatedBy } }`;

type Analysis = {
  unitCount: number;
  scope: { kind: string; districtUnitId: string | null; districtName: string | null };
  areas: Record<string, unknown>[];
  criteria: Record<string, unknown>[];
  units: { unitName: string; rank: number; index: number; areaIndices: (number | null)[]; criterionIndices: (number | null)[] }[];
  districts: { name: string }[];
};

describe(`criteria analysis through the API (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: AnalysisProvince;
  const tokens: Record<string, string> = {};
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const analysis = (token: string, districtId: string | null = null, year = p.y2024, group = p.g2024) =>
    system.gql<{ criteriaAnalysis: Analysis }>(ANALYSIS, { y: year.id, g: group.id, d: districtId }, { token });

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedAnalysisProvince(system);
    const other = await insertUnit(system.orgDb, { name: 'Tỉnh Khác', kind: OrgUnitKind.PROVINCE, code: '99', subtype: 'tỉnh' });
    const user = async (username: string, unitId: string, roles: Role[]) =>
      (tokens[username] = (await system.createUser({ username, unitId, roles })).token);
    await user('admin', p.province.id, [Role.PROVINCE_ADMIN]);
    await user('appraiser', p.province.id, [Role.APPRAISER]);
    await user('chair.d1', p.d1.id, [Role.ASSESSOR_CHAIR]);
    await user('officer.a', p.a.id, [Role.UNIT_OFFICER]);
    await user('officer.d1', p.d1.id, [Role.UNIT_OFFICER]);
    await user('head.d1', p.d1.id, [Role.UNIT_HEAD]);
    await user('other', other.id, [Role.PROVINCE_ADMIN]);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('gives the hand-computed figures per criterion and area, and the heat map cells', async () => {
    const res = await analysis(tokens.appraiser);
    expect(res.errors).toBeUndefined();
    const a = res.data!.criteriaAnalysis;
    expect(a.unitCount).toBe(3);
    expect(a.scope).toEqual({ kind: 'PROVINCE', districtUnitId: null, districtName: null });
    expect(a.districts).toEqual([{ name: 'Huyện Hai' }, { name: 'Huyện Một' }]);
    expect(a.criteria).toEqual([
      expect.objectContaining({ code: '1.1', areaCode: '1', maxPoints: 10, unitCount: 3, averagePoints: 8, averageSelfPoints: 9.67 }),
      expect.objectContaining({ code: '1.2', maxPoints: 5, unitCount: 2, averagePoints: 4, averageLoss: 1, unitsLosing: 1, lossShare: 50 }),
      expect.objectContaining({
        code: '2.1',
        unitCount: 3,
        averagePoints: 9,
        averageLoss: 1,
        unitsLosing: 1,
        lossShare: 33.33,
        averageGap: 1,
        index: 90,
      }),
    ]);
    // 1.1: losses 2, 0, 4 → 2; 2 of 3 losing; gaps 2, 0, 3 → 1,67; Σ 24 of 30 → 80 %.
    expect(a.criteria[0]).toMatchObject({
      averageLoss: 2,
      unitsLosing: 2,
      lossShare: 66.67,
      averageGap: 1.67,
      index: 80,
      selfIndex: 96.67,
    });
    // Area 1: 13/15, 13/15, 6/10 → average 10,67, loss 2,67, every unit losing, gaps 2, 1, 3 → 2.
    expect(a.areas[0]).toMatchObject({
      code: '1',
      maxPoints: 15,
      averagePoints: 10.67,
      averageLoss: 2.67,
      unitsLosing: 3,
      lossShare: 100,
      averageGap: 2,
      index: 80,
    });
    expect(a.units.map((u) => [u.unitName, u.rank, u.index, ...u.areaIndices])).toEqual([
      ['Xã B', 1, 92, 86.67, 100],
      ['Xã A', 2, 80, 86.67, 70],
      ['Xã C', 2, 80, 60, 100],
    ]);
    expect(a.units.map((u) => u.criterionIndices)).toEqual([
      [100, 60, 100],
      [80, 100, 70],
      [60, null, 100],
    ]);
  });

  it('lists a unit’s weakest criteria against the group', async () => {
    const res = await system.gql<{ unitCriteriaGaps: { code: string; difference: number; loss: number }[] }>(
      GAPS,
      { y: p.y2024.id, g: p.g2024.id, u: p.b.id },
      { token: tokens.admin },
    );
    expect(res.data!.unitCriteriaGaps.map((g) => [g.code, g.difference, g.loss])).toEqual([
      ['1.2', -20, 2],
      ['2.1', 10, 0],
      ['1.1', 20, 0],
    ]);
  });

  it('district scope: a district chairman sees his communes only, with ranks among them; never another district', async () => {
    const mine = await analysis(tokens['chair.d1']);
    expect(mine.errors).toBeUndefined();
    const a = mine.data!.criteriaAnalysis;
    expect(a.scope).toEqual({ kind: 'DISTRICT', districtUnitId: p.d1.id, districtName: 'Huyện Một' });
    expect(a.units.map((u) => [u.unitName, u.rank])).toEqual([
      ['Xã B', 1],
      ['Xã A', 2],
    ]);
    expect(a.criteria[0]).toMatchObject({ unitCount: 2, averagePoints: 9, averageLoss: 1, lossShare: 50 });
    expect(code(await analysis(tokens['chair.d1'], p.d2.id))).toBe('FORBIDDEN');
    // The province narrows to one district on request.
    const narrowed = await analysis(tokens.admin, p.d2.id);
    expect(narrowed.data!.criteriaAnalysis.units.map((u) => u.unitName)).toEqual(['Xã C']);
  });

  it('a unit sees no analysis of an unpublished year; another province nothing; an anonymous caller must sign in', async () => {
    const unit = await analysis(tokens['officer.a']);
    expect(code(unit)).toBe('FORBIDDEN');
    expect(unit.errors![0].message).toContain('đơn vị chỉ xem phiếu của mình');
    expect(code(await analysis(tokens.other))).toBe('FORBIDDEN');
    expect(code(await system.gql(ANALYSIS, { y: p.y2024.id, g: p.g2024.id }))).toBe('UNAUTHENTICATED');
  });

  it('a district’s own officer and head (an assessed unit) see none of its communes’ figures before publication', async () => {
    // Before: DISTRICT scope with the communes' indices and ranks, which the ranking (visibility.ts) shows them none of.
    const reason = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.reason ?? null;
    for (const who of ['officer.d1', 'head.d1']) {
      const res = await analysis(tokens[who]);
      expect(code(res)).toBe('FORBIDDEN');
      expect(reason(res)).toBe('UNPUBLISHED');
      expect(JSON.stringify(res)).not.toMatch(/Xã A|Xã B/);
      const report = await system.gql('query($y: ID!) { annualReport(yearId: $y) { year } }', { y: p.y2024.id }, { token: tokens[who] });
      expect(reason(report)).toBe('UNPUBLISHED');
    }
    const ranking = await system.gql<{ ranking: { rows: unknown[] } }>(
      'query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { rows { unitName } } }',
      { y: p.y2024.id, g: p.g2024.id },
      { token: tokens['officer.d1'] },
    );
    expect(ranking.data!.ranking.rows).toEqual([]);
  });

  it('compares 2025 with 2024 across the merge: Xã N with Xã A and Xã B combined, Xã C with itself', async () => {
    const res = await system.gql<{
      compareAnalysisYears: {
        units: { unitName: string; index: number; baseIndex: number; delta: number; basis: string; baseUnits: { unitName: string }[] }[];
        criteria: { code: string; delta: number; current: { index: number }; base: { index: number; unitCount: number } }[];
      };
    }>(COMPARE, { y: p.y2025.id, b: p.y2024.id, g: p.g2025.id }, { token: tokens.admin });
    expect(res.errors).toBeUndefined();
    const cmp = res.data!.compareAnalysisYears;
    // N: 24/25 = 96 against (20 + 23) / (25 + 25) = 86; C: 19/20 = 95 against 16/20 = 80.
    expect(cmp.units.map((u) => [u.unitName, u.index, u.baseIndex, u.delta, u.basis, u.baseUnits.map((b) => b.unitName)])).toEqual([
      ['Xã N', 96, 86, 10, 'PREDECESSORS', ['Xã A', 'Xã B']],
      ['Xã C', 95, 80, 15, 'SAME_UNIT', ['Xã C']],
    ]);
    expect(cmp.criteria[0]).toMatchObject({ code: '1.1', current: { index: 95 }, base: { index: 80, unitCount: 3 }, delta: 15 });
    const bad = await system.gql(COMPARE, { y: p.y2025.id, b: p.y2025.id, g: p.g2025.id }, { token: tokens.admin });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('stores a cause and a solution per criterion and year (province admin only, audited, shown with the analysis)', async () => {
    const input = {
      yearId: p.y2024.id,
      groupId: p.g2024.id,
      code: '1.1',
      cause: 'Kế hoạch ban hành muộn',
      solution: 'Ban hành trước 31/12',
    };
    expect(code(await system.gql(SAVE, { i: input }, { token: tokens.appraiser }))).toBe('FORBIDDEN');
    expect(code(await system.gql(SAVE, { i: { ...input, code: '9.9' } }, { token: tokens.admin }))).toBe('BAD_USER_INPUT');
    expect(code(await system.gql(SAVE, { i: { ...input, cause: 'x'.repeat(4001) } }, { token: tokens.admin }))).toBe('BAD_USER_INPUT');
    const saved = await system.gql(SAVE, { i: input }, { token: tokens.admin });
    expect(saved.errors).toBeUndefined();
    const again = await system.gql(SAVE, { i: { ...input, solution: 'Ban hành trước 15/12' } }, { token: tokens.admin });
    expect(again.data).toEqual({
      saveAnalysisNote: { code: '1.1', cause: 'Kế hoạch ban hành muộn', solution: 'Ban hành trước 15/12', updatedBy: 'admin' },
    });
    expect(await system.scoringDb.getRepository(AnalysisNoteEntity).countBy({ yearId: p.y2024.id })).toBe(1);
    const audit = await system.scoringDb
      .getRepository(AuditEventEntity)
      .find({ where: { yearId: p.y2024.id, entityType: 'ANALYSIS' as never }, order: { id: 'ASC' } });
    expect(audit.map((e) => [e.action, e.before, e.after])).toEqual([
      ['analysis.note.create', null, { code: '1.1', cause: 'Kế hoạch ban hành muộn', solution: 'Ban hành trước 31/12' }],
      [
        'analysis.note.update',
        { cause: 'Kế hoạch ban hành muộn', solution: 'Ban hành trước 31/12' },
        { code: '1.1', cause: 'Kế hoạch ban hành muộn', solution: 'Ban hành trước 15/12' },
      ],
    ]);
    const a = (await analysis(tokens.admin)).data!.criteriaAnalysis;
    expect(a.criteria[0].note).toEqual({ cause: 'Kế hoạch ban hành muộn', solution: 'Ban hành trước 15/12', updatedBy: 'admin' });
    expect(a.criteria[1].note).toBeNull();
  });
});
