/**
 * Who sees what, when (issue 8 §2), through the gateway: every caller × every year state, on the
 * same commune (Xã Đài Xuyên, assessed by its district). The expected view of each cell is written
 * out in the table below, not derived from the rules under test.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { pointsFor } from '../../../seed/plausible-scores';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { CriteriaSection, type CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { newScoreEntry, ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { computeResult, rerankGroups, resultFields } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

type Caller =
  | 'anonymous'
  | 'apiKey'
  | 'viewer'
  | 'unitOfficer'
  | 'unitHead'
  | 'otherUnit'
  | 'appraiser'
  | 'districtChairman'
  | 'otherDistrictChairman'
  | 'districtOfficer'
  | 'provinceAdmin'
  | 'provinceAdminInDepartment'
  | 'otherProvince';
type State = 'PLANNING' | 'SELF_ASSESSMENT' | 'APPRAISAL' | 'FINALIZED' | 'PUBLISHED';

/**
 * What a caller may see of the commune's result:
 * - refused: signed-in reads of the sheet are FORBIDDEN (UNAUTHENTICATED for anonymous), the
 *   commune is in no ranking row and its assessment is null (an app is FORBIDDEN: published only);
 * - unit: its own sheet with declared values and self points; appraised points and notes only
 *   once its appraisal is complete; never an index, rank, classification or head rating;
 * - assessor: provisional ("tạm tính") figures of its units, index/rank/classification only over
 *   a complete appraisal, "x/y tiêu chí đã thẩm định" otherwise;
 * - public: everything, not provisional.
 * In PLANNING there are no sheets yet: nothing to see for anyone (checked separately).
 */
type View = 'refused' | 'unit' | 'assessor' | 'public';
const ASSESSOR_SIDE: Record<State, View> = {
  PLANNING: 'assessor',
  SELF_ASSESSMENT: 'assessor',
  APPRAISAL: 'assessor',
  FINALIZED: 'assessor',
  PUBLISHED: 'public',
};
const OWN: Record<State, View> = { PLANNING: 'unit', SELF_ASSESSMENT: 'unit', APPRAISAL: 'unit', FINALIZED: 'unit', PUBLISHED: 'public' };
const OUTSIDER: Record<State, View> = {
  PLANNING: 'refused',
  SELF_ASSESSMENT: 'refused',
  APPRAISAL: 'refused',
  FINALIZED: 'refused',
  PUBLISHED: 'public',
};
const MATRIX: Record<Caller, Record<State, View>> = {
  anonymous: OUTSIDER,
  apiKey: OUTSIDER,
  viewer: ASSESSOR_SIDE,
  unitOfficer: OWN,
  unitHead: OWN,
  otherUnit: OUTSIDER,
  appraiser: ASSESSOR_SIDE,
  districtChairman: ASSESSOR_SIDE,
  // The chairman of a neighbouring district assesses his own communes, not these.
  otherDistrictChairman: OUTSIDER,
  // The district's own officer: the district is an assessed unit, not its communes' assessor side.
  districtOfficer: OUTSIDER,
  provinceAdmin: ASSESSOR_SIDE,
  // The administrator working in Sở Nội vụ (a department) organises the index: every unit of his province, in every state.
  provinceAdminInDepartment: ASSESSOR_SIDE,
  otherProvince: OUTSIDER,
};
const STATES: State[] = ['PLANNING', 'SELF_ASSESSMENT', 'APPRAISAL', 'FINALIZED', 'PUBLISHED'];
/** The commune's sheet in each year: submitted, half appraised (5 of its 9 scored leaves), then approved. */
const SHEET_STATE: Record<State, { status: ScoreSheetEntity['status']; appraisedShare: number } | null> = {
  PLANNING: null,
  SELF_ASSESSMENT: { status: 'SUBMITTED', appraisedShare: 0 },
  APPRAISAL: { status: 'UNDER_APPRAISAL', appraisedShare: 0.5 },
  FINALIZED: { status: 'APPROVED', appraisedShare: 1 },
  PUBLISHED: { status: 'APPROVED', appraisedShare: 1 },
};
const COMPLETE: Record<State, boolean> = { PLANNING: false, SELF_ASSESSMENT: false, APPRAISAL: false, FINALIZED: true, PUBLISHED: true };

const TOTALS =
  'totals { selfTotal selfIndex appraisedTotal index gapPoints gapIndex provisional appraisalComplete appraisedCriteria criteriaToAppraise }';
const SHEET = `query($y: ID!, $u: ID!) { scoreSheetFor(yearId: $y, unitId: $u) { status ${TOTALS}
  areas { finalPoints index selfPoints } entries { code declaredValue selfPoints round1Points round1Note finalPoints } } }`;
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { provisional warnings { code }
  rows { unitId rank tied index provisional classification { code } headRating { code } ${TOTALS} areas { index finalPoints }
  classificationCode areaIndices } } }`;
const ASSESSMENT = `query($u: ID!, $y: ID!) { orgUnit(id: $u) { id assessment(yearId: $y) { provisional rankInGroup rankInAssessor
  classification { code } headRating { code } ${TOTALS} areas { index finalPoints } } indexHistory { yearId index rankInGroup classification { code } provisional } } }`;
const LIST = `query($y: ID!) { scoreSheets(yearId: $y) { totalCount edges { node { unitId ${TOTALS} } } } }`;
const PUBLISHED_RESULTS =
  'query($p: ID!, $y: Int!) { publishedResults(provinceId: $p, year: $y) { rankings { rows { unitId rank index } } } }';

interface Totals {
  selfTotal: number;
  selfIndex: number | null;
  appraisedTotal: number | null;
  index: number | null;
  gapPoints: number | null;
  gapIndex: number | null;
  provisional: boolean;
  appraisalComplete: boolean;
  appraisedCriteria: number;
  criteriaToAppraise: number;
}
interface Row {
  unitId: string;
  rank: number | null;
  tied: boolean;
  index: number | null;
  classification: { code: string } | null;
  headRating: { code: string } | null;
  totals: Totals;
  areas: { index: number | null; finalPoints: number | null }[];
  classificationCode: string | null;
  areaIndices: (number | null)[];
}

/** The compact form the admin reads hides exactly what the object form hides. */
function expectCompactAgrees(rows: Row[]): void {
  for (const r of rows) {
    expect(r.classificationCode).toBe(r.classification?.code ?? null);
    expect(r.areaIndices).toEqual(r.areas.map((a) => a.index));
  }
}

describe(`visibility matrix: caller × year state through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  const units: Record<string, OrgUnitEntity> = {};
  const auth: Record<Caller, { token?: string; apiKey?: string }> = {} as never;
  const years = {} as Record<State, { year: AssessmentYearEntity; groupId: string; number: number }>;

  const call = async <T>(caller: Caller, query: string, variables: Record<string, unknown>) => {
    const { token, apiKey } = auth[caller];
    return (await system.gql<T>(query, variables, { token, headers: apiKey ? { 'x-api-key': apiKey } : {} })) as GraphQLResponse<T>;
  };
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;

  /** Self-assessment of every leaf; appraisal (the unit's own points) of the first `share` of the scored leaves. */
  async function fillSheet(
    year: AssessmentYearEntity,
    nodes: CriteriaNodeEntity[],
    unitId: string,
    status: ScoreSheetEntity['status'],
    share: number,
  ) {
    const db = system.scoringDb;
    const sheet = await db.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId });
    const parents = new Set(nodes.map((n) => n.parentId));
    const leaves = nodes.filter((n) => !parents.has(n.id)).sort((a, b) => a.code.localeCompare(b.code));
    const values: Record<string, string> = {
      '1.1': '1',
      '1.2': 'day_du',
      '2.1': '3',
      '2.2': '90',
      '2.3': '80',
      '2.4': '1',
      '2.5': '6',
      '3.1': '75',
      'T.1': '1',
      'D.1': '0.5',
    };
    const scored = leaves.filter((l) => l.section !== CriteriaSection.SURVEY);
    const appraised = new Set(scored.slice(0, Math.round(scored.length * share)).map((l) => l.id));
    const entries = leaves.map((leaf) => {
      const points = pointsFor(leaf, values[leaf.code]);
      const survey = leaf.section === CriteriaSection.SURVEY;
      const cut = appraised.has(leaf.id) && leaf.code === '1.2'; // one leaf trimmed, with the note the rules require
      return newScoreEntry({
        id: randomUUID(),
        sheetId: sheet.id,
        criterionId: leaf.id,
        declaredValue: values[leaf.code],
        selfPoints: survey ? null : points,
        surveyPoints: survey ? points : null,
        round1Points: appraised.has(leaf.id) ? (cut ? 0 : points) : null,
        round1Note: cut ? 'Chưa có báo cáo kiểm chứng' : null,
        finalPoints: appraised.has(leaf.id) ? (cut ? 0 : points) : null,
      });
    });
    await db.getRepository(ScoreEntryEntity).save(entries);
    await db.getRepository(ScoreSheetEntity).update({ id: sheet.id }, { status });
    const fields = resultFields(year, status, computeResult(year, { bonusPenaltyDefaultZero: false }, nodes, entries));
    await db.getRepository(UnitResultEntity).update({ sheetId: sheet.id }, fields);
  }

  beforeAll(async () => {
    system = await startTestSystem();
    const db = system.orgDb;
    const p = (units.P = await insertUnit(db, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' }));
    units.H1 = await insertUnit(db, { name: 'Huyện Vân Đồn', kind: OrgUnitKind.DISTRICT, code: '203', subtype: 'huyện', parent: p });
    units.C1 = await insertUnit(db, { name: 'Xã Đài Xuyên', kind: OrgUnitKind.COMMUNE, code: '07192', subtype: 'xã', parent: units.H1 });
    units.C2 = await insertUnit(db, { name: 'Xã Bình Dân', kind: OrgUnitKind.COMMUNE, code: '07195', subtype: 'xã', parent: units.H1 });
    units.H2 = await insertUnit(db, { name: 'Huyện Cô Tô', kind: OrgUnitKind.DISTRICT, code: '207', subtype: 'huyện', parent: p });
    units.SNV = await insertUnit(db, { name: 'Sở Nội vụ', kind: OrgUnitKind.DEPARTMENT, code: 'SNV', subtype: 'sở', parent: p });
    units.P2 = await insertUnit(db, { name: 'Tỉnh Lạng Sơn', kind: OrgUnitKind.PROVINCE, code: '20', subtype: 'tỉnh' });
    const users: [Caller, OrgUnitEntity, Role][] = [
      ['viewer', p, Role.VIEWER],
      ['unitOfficer', units.C1, Role.UNIT_OFFICER],
      ['unitHead', units.C1, Role.UNIT_HEAD],
      ['otherUnit', units.C2, Role.UNIT_OFFICER],
      ['appraiser', p, Role.APPRAISER],
      ['districtChairman', units.H1, Role.ASSESSOR_CHAIR],
      ['otherDistrictChairman', units.H2, Role.ASSESSOR_CHAIR],
      ['districtOfficer', units.H1, Role.UNIT_OFFICER],
      ['provinceAdmin', p, Role.PROVINCE_ADMIN],
      ['provinceAdminInDepartment', units.SNV, Role.PROVINCE_ADMIN],
      ['otherProvince', units.P2, Role.PROVINCE_ADMIN],
    ];
    for (const [caller, unit, role] of users)
      auth[caller] = { token: (await system.createUser({ username: caller, unitId: unit.id, roles: [role] })).token };
    auth.anonymous = {};
    const key = await system.gql<{ createApiClient: { key: string } }>(
      'mutation { createApiClient(input: { name: "Cổng thông tin điện tử tỉnh" }) { key } }',
      {},
      { token: auth.provinceAdmin.token },
    );
    auth.apiKey = { apiKey: key.data!.createApiClient.key };

    const sdb = system.scoringDb;
    for (const [i, state] of STATES.entries()) {
      const number = 2020 + i;
      const year = await insertYear(sdb, {
        provinceUnitId: p.id,
        year: number,
        model: GovernmentModel.THREE_LEVEL,
        status: state as YearStatus,
        deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
      });
      const group = await insertGroup(sdb, year.id, {
        code: 'COMMUNES',
        name: 'Khối xã',
        rule: AssessorRule.PARENT_DISTRICT,
        kinds: [OrgUnitKind.COMMUNE],
      });
      const nodes = [...(await insertCriteria(sdb, year.id, group.id, TEST_CRITERIA)).values()];
      const rosterUnit = (u: OrgUnitEntity) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype });
      await insertRoster(sdb, year.id, group, { id: units.H1.id, name: units.H1.name }, [rosterUnit(units.C1), rosterUnit(units.C2)], {
        parentDistrictId: () => units.H1.id,
      });
      years[state] = { year, groupId: group.id, number };
      const plan = SHEET_STATE[state];
      if (!plan) continue;
      await createSheetsForYear(sdb, year.id);
      await fillSheet(year, nodes, units.C1.id, plan.status, plan.appraisedShare);
      // The other commune is appraised in full from the appraisal on, so the assessor side sees a ranked row next to ours.
      await fillSheet(
        year,
        nodes,
        units.C2.id,
        state === 'SELF_ASSESSMENT' ? 'SUBMITTED' : 'APPROVED',
        state === 'SELF_ASSESSMENT' ? 0 : 1,
      );
      await sdb.transaction((m) => rerankGroups(m, year.id, [group.id]));
    }
  }, 120_000);
  afterAll(() => system?.stop());

  const cells = (Object.keys(MATRIX) as Caller[]).flatMap((caller) =>
    STATES.map((state) => [caller, state, MATRIX[caller][state]] as const),
  );

  it.each(cells)('%s in a %s year: %s view of the commune', async (caller, state, view) => {
    const { year, groupId, number } = years[state];
    const c1 = units.C1.id;
    const complete = COMPLETE[state];
    const [sheet, ranking, assessment, list] = await Promise.all([
      call<{
        scoreSheetFor: {
          status: string;
          totals: Totals;
          areas: Row['areas'];
          entries: {
            code: string;
            declaredValue: string | null;
            selfPoints: number | null;
            round1Points: number | null;
            round1Note: string | null;
            finalPoints: number | null;
          }[];
        } | null;
      }>(caller, SHEET, { y: year.id, u: c1 }),
      call<{ ranking: { provisional: boolean; warnings: unknown[]; rows: Row[] } }>(caller, RANKING, { y: year.id, g: groupId }),
      call<{
        orgUnit: {
          assessment:
            | (Omit<Row, 'unitId' | 'rank' | 'tied' | 'index'> & {
                provisional: boolean;
                rankInGroup: number | null;
                rankInAssessor: number | null;
              })
            | null;
          indexHistory: {
            yearId: string;
            index: number | null;
            rankInGroup: number | null;
            classification: unknown;
            provisional: boolean;
          }[];
        };
      }>(caller, ASSESSMENT, { u: c1, y: year.id }),
      call<{ scoreSheets: { totalCount: number; edges: { node: { unitId: string; totals: Totals } }[] } }>(caller, LIST, { y: year.id }),
    ]);
    const history = (assessment.data?.orgUnit?.indexHistory ?? []).filter((h) => h.yearId === year.id);

    if (state === 'PLANNING') {
      // No sheets before self-assessment opens: nothing to see, whoever asks.
      expect(sheet.data?.scoreSheetFor ?? null).toBeNull();
      expect(ranking.data?.ranking.rows ?? []).toEqual([]);
      expect(assessment.data?.orgUnit.assessment ?? null).toBeNull();
      return;
    }

    if (view === 'refused') {
      const signedIn = caller !== 'anonymous' && caller !== 'apiKey';
      expect(code(sheet)).toBe(signedIn ? 'FORBIDDEN' : caller === 'apiKey' ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      if (signedIn) {
        expect(ranking.errors).toBeUndefined();
        expect(ranking.data!.ranking.rows.map((r) => r.unitId)).not.toContain(c1);
        expect(assessment.data!.orgUnit.assessment).toBeNull();
        expect(history).toEqual([]);
        expect(list.data!.scoreSheets.edges.map((e) => e.node.unitId)).not.toContain(c1);
      } else {
        expect(code(ranking)).toBe(caller === 'apiKey' ? 'FORBIDDEN' : 'UNAUTHENTICATED');
        // An app reading an unpublished year is told so; the public gets null.
        if (caller === 'apiKey') expect(code(assessment)).toBe('FORBIDDEN');
        else expect(assessment.data!.orgUnit.assessment).toBeNull();
        const published = await call(caller, PUBLISHED_RESULTS, { p: units.P.id, y: number });
        expect(code(published)).toBe(caller === 'apiKey' ? 'FORBIDDEN' : 'NOT_FOUND');
      }
      return;
    }

    if (view === 'public') {
      // Published: everyone reads the ranking (signed-in users also the sheet), nothing provisional.
      const published = await call<{ publishedResults: { rankings: { rows: { unitId: string; rank: number; index: number }[] }[] } }>(
        caller,
        PUBLISHED_RESULTS,
        { p: units.P.id, y: number },
      );
      expect(published.errors).toBeUndefined();
      const row = published.data!.publishedResults.rankings[0].rows.find((r) => r.unitId === c1)!;
      expect(row.rank).toBeGreaterThan(0);
      expect(row.index).toBeGreaterThan(0);
      if (caller === 'anonymous' || caller === 'apiKey') {
        expect(assessment.errors).toBeUndefined();
      } else {
        expect(sheet.errors).toBeUndefined();
        expect(sheet.data!.scoreSheetFor!.totals).toMatchObject({ provisional: false, appraisalComplete: true, index: expect.any(Number) });
        expect(ranking.data!.ranking.provisional).toBe(false);
        expectCompactAgrees(ranking.data!.ranking.rows);
        expect(ranking.data!.ranking.rows.map((r) => r.unitId).sort()).toEqual([c1, units.C2.id].sort());
      }
      const a = assessment.data!.orgUnit.assessment!;
      expect(a).toMatchObject({
        provisional: false,
        rankInGroup: expect.any(Number),
        classification: { code: expect.any(String) },
        headRating: { code: expect.any(String) },
      });
      expect(a.totals.index).toEqual(expect.any(Number));
      return;
    }

    // Signed in before publication: the unit or its assessor side.
    expect(sheet.errors, JSON.stringify(sheet.errors)).toBeUndefined();
    const s = sheet.data!.scoreSheetFor!;
    expect(s.totals.provisional).toBe(true);
    expect(s.totals.appraisalComplete).toBe(complete);
    expect(s.totals.selfTotal).toBeGreaterThan(0);
    expect(s.entries.every((e) => e.code.startsWith('3') || e.selfPoints !== null)).toBe(true); // declared values and self points, always
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!.ranking.provisional).toBe(true);
    expectCompactAgrees(ranking.data!.ranking.rows);
    const myRow = ranking.data!.ranking.rows.find((r) => r.unitId === c1)!;
    expect(myRow).toBeDefined();
    const a = assessment.data!.orgUnit.assessment!;
    expect(a.provisional).toBe(true);

    if (view === 'unit') {
      // Own figures only: no other unit's row, no rank, classification, head rating or appraised index.
      expect(ranking.data!.ranking.rows.map((r) => r.unitId)).toEqual([c1]);
      expect(ranking.data!.ranking.warnings).toEqual([]);
      expect(list.data!.scoreSheets.edges.map((e) => e.node.unitId)).toEqual([c1]);
      for (const seen of [s.totals, myRow.totals, a.totals]) expect(seen).toMatchObject({ index: null, gapIndex: null });
      expect(myRow).toMatchObject({ rank: null, tied: false, index: null, classification: null, headRating: null });
      expect(a).toMatchObject({ rankInGroup: null, rankInAssessor: null, classification: null, headRating: null });
      expect([...s.areas, ...myRow.areas, ...a.areas].every((c) => c.index === null)).toBe(true);
      expect(history.every((h) => h.index === null && h.rankInGroup === null && h.classification === null && h.provisional)).toBe(true);
      // Appraised points and the appraiser's notes once the appraisal is complete, not before.
      if (complete) {
        expect(s.totals.appraisedTotal).toEqual(expect.any(Number));
        expect(s.entries.find((e) => e.code === '1.2')).toMatchObject({
          round1Points: 0,
          round1Note: 'Chưa có báo cáo kiểm chứng',
          finalPoints: 0,
        });
      } else {
        for (const seen of [s.totals, myRow.totals, a.totals]) expect(seen).toMatchObject({ appraisedTotal: null, gapPoints: null });
        expect(s.entries.every((e) => e.round1Points === null && e.round1Note === null && e.finalPoints === null)).toBe(true);
        expect([...s.areas, ...a.areas].every((c) => c.finalPoints === null)).toBe(true);
      }
      return;
    }

    // Assessor side: its units' provisional figures; index, rank, classification only over a complete appraisal.
    expect(ranking.data!.ranking.rows.map((r) => r.unitId).sort()).toEqual([c1, units.C2.id].sort());
    expect(list.data!.scoreSheets.totalCount).toBe(2);
    expect(s.totals.appraisedTotal).toEqual(expect.any(Number));
    expect(s.totals.criteriaToAppraise).toBe(9);
    if (complete) {
      expect(s.totals.appraisedCriteria).toBe(9);
      expect(myRow).toMatchObject({ rank: expect.any(Number), index: expect.any(Number), classification: { code: expect.any(String) } });
      expect(a).toMatchObject({ rankInGroup: expect.any(Number), headRating: { code: expect.any(String) } });
      expect(s.totals.index).toEqual(expect.any(Number));
    } else {
      // "x/y tiêu chí đã thẩm định" and the points appraised so far; no index over a partial appraisal.
      expect(s.totals.appraisedCriteria).toBe(state === 'APPRAISAL' ? 5 : 0);
      for (const seen of [s.totals, myRow.totals, a.totals])
        expect(seen).toMatchObject({ index: null, gapIndex: null, appraisalComplete: false });
      expect(myRow).toMatchObject({ rank: null, index: null, classification: null, headRating: null });
      expect(a).toMatchObject({ rankInGroup: null, classification: null, headRating: null });
      expect(s.entries.filter((e) => e.finalPoints !== null)).toHaveLength(state === 'APPRAISAL' ? 5 : 0);
      // The other commune, fully appraised, is ranked next to it from the appraisal on.
      const other = ranking.data!.ranking.rows.find((r) => r.unitId === units.C2.id)!;
      if (state === 'APPRAISAL') expect(other).toMatchObject({ rank: 1, classification: { code: expect.any(String) } });
    }
  });

  it('the other commune sees its own appraised points once its appraisal is complete, still without an index or rank', async () => {
    const { year } = years.APPRAISAL;
    const res = await call<{ scoreSheetFor: { totals: Totals } }>('otherUnit', SHEET, { y: year.id, u: units.C2.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.scoreSheetFor.totals).toMatchObject({
      appraisalComplete: true,
      appraisedTotal: expect.any(Number),
      index: null,
      provisional: true,
    });
  });
});
