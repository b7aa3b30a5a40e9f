/**
 * The province administrator organises the index wherever his own unit sits: in the demo he is a
 * user of the province unit, in many provinces he is an officer of Sở Nội vụ — a department, itself
 * assessed. Before this was settled he managed every unit but read results only as his own
 * department (one row of the ranking, one sheet on the dashboard, his own roster line). Every read
 * path he uses to run a year is checked here for an administrator of Sở Nội vụ with no other role,
 * next to an administrator of another province's Sở Nội vụ, who reads nothing of this one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import {
  APPROVE,
  appraiseAllAsDeclared,
  ok,
  RECOMPUTE,
  seedDepartmentsInAppraisal,
  type DepartmentsInAppraisal,
} from '../results/results-test-kit';

const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { provisional rows { unitId rank index classification { code } } } }`;
const SHEETS = 'query($y: ID!) { scoreSheets(yearId: $y) { totalCount } }';
const ROSTER = 'query($y: ID!) { roster(yearId: $y) { totalCount } }';
const SHEET =
  'query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { status historyReadable totals { index } availableActions } }';
const TRAIL = 'query($y: ID!) { auditTrail(yearId: $y, first: 50) { edges { node { action } } } }';
const ASSIGNMENTS = 'query($y: ID!) { appraiserAssignments(yearId: $y) { userId } }';
const ASSIGN = 'mutation($y: ID!, $u: ID!) { assignAppraiser(yearId: $y, userId: $u, unitIds: [], areaCodes: ["1"]) { id } }';
const TASKS = 'query { myTasks { kind yearId } }';
const ARCHIVED = 'query($y: ID!) { archivedSheets(yearId: $y) { unitId } }';
const RECOMPUTE_STATUS = 'query($y: ID!) { yearRecompute(yearId: $y) { yearId phase } }';
const ANALYSIS = 'query($y: ID!, $g: ID!) { criteriaAnalysis(yearId: $y, groupId: $g) { scope { kind } } }';
const EMULATION = 'query($y: ID!, $g: ID!) { emulationList(yearId: $y, groupId: $g) { rows { unitId rank classification { code } } } }';

describe(`the province administrator working in Sở Nội vụ reads his whole province (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let kit: DepartmentsInAppraisal;
  let snvAdmin: string;
  let outsider: string;
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;

  beforeAll(async () => {
    system = await startTestSystem();
    kit = await seedDepartmentsInAppraisal(system, {
      province: { name: 'Tỉnh Quảng Ninh', code: '22' },
      departments: ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế'],
      declared: (i) => ({ '2.1': String(3 - i), '2.5': '6' }),
    });
    await appraiseAllAsDeclared(kit);
    ok(await kit.act(APPROVE, 1, kit.admin));
    ok(await kit.act(APPROVE, 2, kit.admin));
    // Sở Nội vụ's own sheet stays APPRAISED: the year has one sheet left to approve.
    snvAdmin = (await system.createUser({ username: 'cchc.snv', unitId: kit.units[0].id, roles: [Role.PROVINCE_ADMIN] })).token;
    const p2 = await insertUnit(system.orgDb, { name: 'Tỉnh Lạng Sơn', kind: OrgUnitKind.PROVINCE, code: '20', subtype: 'tỉnh' });
    const snv2 = await insertUnit(system.orgDb, {
      name: 'Sở Nội vụ',
      kind: OrgUnitKind.DEPARTMENT,
      code: 'LS-SNV',
      subtype: 'sở',
      parent: p2,
    });
    outsider = (await system.createUser({ username: 'cchc.snv.ls', unitId: snv2.id, roles: [Role.PROVINCE_ADMIN] })).token;
  }, 120_000);
  afterAll(() => system?.stop());

  const as = <T>(token: string, query: string, variables: Record<string, unknown> = {}) => system.gql<T>(query, variables, { token });

  it('ranking, dashboard list and roster: every unit of the province, ranked where the appraisal is complete', async () => {
    const vars = { y: kit.year.id, g: kit.group.id };
    const ranking = ok(
      await as<{ ranking: { provisional: boolean; rows: { unitId: string; rank: number | null; index: number | null }[] } }>(
        snvAdmin,
        RANKING,
        vars,
      ),
    ).ranking;
    expect(ranking.provisional).toBe(true);
    expect(ranking.rows.map((r) => r.unitId).sort()).toEqual(kit.units.map((u) => u.id).sort());
    expect(ranking.rows.every((r) => r.rank !== null && r.index !== null)).toBe(true);
    expect(ok(await as<{ scoreSheets: { totalCount: number } }>(snvAdmin, SHEETS, { y: kit.year.id })).scoreSheets.totalCount).toBe(3);
    expect(ok(await as<{ roster: { totalCount: number } }>(snvAdmin, ROSTER, { y: kit.year.id })).roster.totalCount).toBe(3);

    // Rankings are served from a cache keyed by what each caller may see: right after the administrator,
    // his own department's officer gets his one row without a rank — and the administrator again all three.
    type Rows = { ranking: { rows: { unitId: string; rank: number | null }[] } };
    const officer = ok(await as<Rows>(kit.officers[0], RANKING, vars)).ranking.rows;
    expect(officer).toEqual([{ unitId: kit.units[0].id, rank: null, index: null, classification: null }]);
    expect(ok(await as<Rows>(snvAdmin, RANKING, vars)).ranking.rows).toHaveLength(3);
    const outside = ok(await as<{ ranking: { rows: unknown[] } }>(outsider, RANKING, vars)).ranking;
    expect(outside.rows).toEqual([]);
    expect(ok(await as<{ scoreSheets: { totalCount: number } }>(outsider, SHEETS, { y: kit.year.id })).scoreSheets.totalCount).toBe(0);
    // Another province's roster, archived sheets and assignments: refused with the reason, in Vietnamese.
    for (const query of [ROSTER, ARCHIVED, ASSIGNMENTS]) {
      const refused = await as(outsider, query, { y: kit.year.id });
      expect(refused.errors![0]).toMatchObject({
        message: 'Bạn không thuộc tỉnh của kỳ đánh giá này.',
        extensions: { code: 'FORBIDDEN', reason: 'OTHER_PROVINCE' },
      });
    }
    expect(ok(await as<{ archivedSheets: unknown[] }>(snvAdmin, ARCHIVED, { y: kit.year.id })).archivedSheets).toEqual([]);
  });

  it("another department's sheet: its appraised index, and the administrator's reopening", async () => {
    const res = await as<{
      scoreSheetFor: { status: string; historyReadable: boolean; totals: { index: number | null }; availableActions: string[] };
    }>(snvAdmin, SHEET, { y: kit.year.id, u: kit.units[1].id });
    const sheet = ok(res).scoreSheetFor;
    expect(sheet.status).toBe('APPROVED');
    expect(sheet.totals.index).toEqual(expect.any(Number));
    expect(sheet.availableActions).toContain('REOPEN_APPRAISAL');
    // The year's whole change history (his own settings' and every sheet's), and each sheet's.
    expect(sheet.historyReadable).toBe(true);
    const trail = ok(await as<{ auditTrail: { edges: { node: { action: string } }[] } }>(snvAdmin, TRAIL, { y: kit.year.id }));
    expect(trail.auditTrail.edges.map((e) => e.node.action)).toContain('APPROVE');
    expect(code(await as(outsider, TRAIL, { y: kit.year.id }))).toBe('FORBIDDEN');
    const refused = await as(outsider, SHEET, { y: kit.year.id, u: kit.units[1].id });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe('Bạn không có quyền xem phiếu đánh giá của đơn vị này.');
  });

  it('analysis and the commendation list cover the province; another province is refused in Vietnamese', async () => {
    const vars = { y: kit.year.id, g: kit.group.id };
    expect(ok(await as<{ criteriaAnalysis: { scope: { kind: string } } }>(snvAdmin, ANALYSIS, vars)).criteriaAnalysis.scope.kind).toBe(
      'PROVINCE',
    );
    const rows = ok(await as<{ emulationList: { rows: { unitId: string; rank: number | null }[] } }>(snvAdmin, EMULATION, vars))
      .emulationList.rows;
    expect(rows.map((r) => r.unitId).sort()).toEqual(kit.units.map((u) => u.id).sort());
    expect(rows.every((r) => r.rank !== null)).toBe(true);
    for (const query of [ANALYSIS, EMULATION]) {
      const refused = await as(outsider, query, vars);
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toMatch(/^(Bạn không thuộc tỉnh|Danh sách xét khen thưởng chỉ công khai)/);
    }
  });

  it("appraiser assignments he made, his inbox's year steps and his recompute's progress are his to read", async () => {
    const appraiser = await system.createUser({ username: 'td.snv', unitId: kit.province.id, roles: [Role.APPRAISER] });
    ok(await as(snvAdmin, ASSIGN, { y: kit.year.id, u: appraiser.user.id }));
    const assignments = ok(await as<{ appraiserAssignments: { userId: string }[] }>(snvAdmin, ASSIGNMENTS, { y: kit.year.id }));
    expect(assignments.appraiserAssignments.map((a) => a.userId)).toEqual([appraiser.user.id]);
    expect(code(await as(outsider, ASSIGNMENTS, { y: kit.year.id }))).toBe('FORBIDDEN');

    // Approving the last sheet makes "finalize" his next step.
    ok(await kit.act(APPROVE, 0, kit.admin));
    const tasks = ok(await as<{ myTasks: { kind: string; yearId: string }[] }>(snvAdmin, TASKS)).myTasks;
    expect(tasks).toContainEqual({ kind: 'FINALIZE_YEAR', yearId: kit.year.id });
    expect(ok(await as<{ myTasks: { yearId: string }[] }>(outsider, TASKS)).myTasks.filter((t) => t.yearId === kit.year.id)).toEqual([]);

    ok(await as(snvAdmin, RECOMPUTE, { y: kit.year.id }));
    const status = ok(await as<{ yearRecompute: { yearId: string } | null }>(snvAdmin, RECOMPUTE_STATUS, { y: kit.year.id }));
    expect(status.yearRecompute?.yearId).toBe(kit.year.id);
    expect(ok(await as<{ yearRecompute: unknown }>(outsider, RECOMPUTE_STATUS, { y: kit.year.id })).yearRecompute).toBeNull();
  });
});
