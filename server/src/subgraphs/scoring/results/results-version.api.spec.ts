import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { clearRankingCache } from './ranking-cache';
import {
  appraiseAllAsDeclared,
  APPROVE,
  type DepartmentsInAppraisal,
  LOCK_SET,
  ok,
  RECOMPUTE,
  seedDepartmentsInAppraisal,
  UPDATE_CRITERION,
  UPDATE_YEAR,
} from './results-test-kit';
import { resultDrift } from './results-oracle';

const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa tên tiêu chí") { locked } }';
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { rows { unitName rank index status classification { code } } } }`;
const SHEET = 'query($id: ID!) { scoreSheet(id: $id) { id version entries { code title evidenceGuidance } totals { index } } }';

type Ranking = {
  ranking: {
    rows: { unitName: string; rank: number | null; index: number | null; status: string; classification: { code: string } | null }[];
  };
};

/**
 * results_version keys every cached ranking table, ranking answer and sheet answer of a group. A
 * recompute that moves nothing must leave it (a full recompute, or a cap no unit reaches, used to
 * drop every cached table of the year); a write that changes something those answers show must
 * still move it, whether or not a result row moved.
 */
describe(`results_version moves exactly when a group's shown results change (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let kit: DepartmentsInAppraisal;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const leaf = (code: string) => kit.leaf(code);
  const sheetOf = (i: number) => kit.sheetOf(i);
  const act = async (...args: Parameters<DepartmentsInAppraisal['act']>) => ok(await kit.act(...args));
  const version = async () => (await system.scoringDb.getRepository(UnitGroupEntity).findOneByOrFail({ id: group.id })).resultsVersion;
  const ranking = async () => ok(await system.gql<Ranking>(RANKING, { y: year.id, g: group.id }, { token: admin })).ranking;
  /** The ranking read afresh: what the stored results say now. */
  const fresh = async () => {
    clearRankingCache(system.scoringDb);
    return ranking();
  };

  beforeAll(async () => {
    system = await startTestSystem();
    kit = await seedDepartmentsInAppraisal(system, {
      province: { name: 'Tỉnh Cao Bằng', code: '04' },
      departments: ['Sở Tài chính', 'Sở Xây dựng', 'Sở Giáo dục và Đào tạo'],
      declared: (i) => ({ '2.1': String(i + 1), '2.5': String(5 + i) }),
    });
    ({ year, group, admin } = kit);
    units.push(...kit.units);
    await appraiseAllAsDeclared(kit);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  }, 120_000);
  afterAll(() => system?.stop());

  it('a full recompute that finds nothing to repair keeps it, and the ranking is served from cache', async () => {
    const before = await version();
    const warm = await ranking();
    const run = ok(await system.gql<{ recomputeYearResults: { written: number } }>(RECOMPUTE, { y: year.id }, { token: admin }));
    expect(run.recomputeYearResults.written).toBe(0);
    expect(await version()).toBe(before);
    // The stored answer is still good: only its key is read.
    const hit = await countQueries(system.scoringDb, () => ranking());
    expect(hit.queries.filter((q) => /unit_result/.test(q))).toEqual([]);
    expect(hit.result).toEqual(warm);
    expect(await fresh()).toEqual(warm);
  });

  it('a cap that no unit reaches keeps it; the cached table is reused for the year’s new key', async () => {
    const before = await version();
    await ranking();
    ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1.8, penaltyCap: 2.5 } }, { token: admin }));
    expect(await version()).toBe(before);
    // The year row changed (the answer's key), the group's stored table did not: no result is read again.
    const read = await countQueries(system.scoringDb, () => ranking());
    expect(read.queries.filter((q) => /FROM .?unit_result/.test(q))).toEqual([]);
    expect(read.result).toEqual(await fresh());
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('bands that move a classification move it', async () => {
    const before = await version();
    await ranking();
    const bands = [
      { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 99.5, color: '#1B5E20' },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 99, color: '#43A047' },
      { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: 98.5, color: '#FDD835' },
      { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minIndex: 98, color: '#FB8C00' },
      { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 0, color: '#E53935' },
    ];
    ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { classificationBands: bands } }, { token: admin }));
    expect(await version()).toBeGreaterThan(before);
    const after = await ranking();
    expect(after).toEqual(await fresh());
    expect(after.rows.map((r) => r.classification?.code)).toEqual(after.rows.map(() => 'WEAK'));
  });

  it('an approval moves no figure but the shown status: it moves it', async () => {
    const before = await version();
    const warm = await ranking();
    expect(warm.rows.every((r) => r.status === 'APPRAISED')).toBe(true);
    await act(APPROVE, 0, admin);
    expect(await version()).toBeGreaterThan(before);
    const after = await ranking();
    expect(after).toEqual(await fresh());
    expect(after.rows.find((r) => r.unitName === units[0].name)!.status).toBe('APPROVED');
    expect(after.rows.map((r) => r.index)).toEqual(warm.rows.map((r) => r.index));
  });

  it('a reopened set’s guidance edit moves no stored figure but the sheets show it: it moves it and the cached sheet follows', async () => {
    ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
    const sheet = await sheetOf(1);
    type Sheet = { scoreSheet: { entries: { code: string; title: string; evidenceGuidance: string | null }[]; totals: { index: number } } };
    const read = async () => ok(await system.gql<Sheet>(SHEET, { id: sheet.id }, { token: admin })).scoreSheet;
    const warm = await read();
    await read(); // served as stored text from here on
    const before = await version();
    // Not in the stored components (a title is: its edit rewrites the result rows anyway).
    const guidance = 'Báo cáo thống kê trên Cổng dịch vụ công, có xác nhận của Văn phòng UBND tỉnh';
    ok(await system.gql(UPDATE_CRITERION, { id: leaf('2.3'), input: { evidenceGuidance: guidance } }, { token: admin }));
    expect(await version()).toBeGreaterThan(before);
    const after = await read();
    expect(after.entries.find((e) => e.code === '2.3')!.evidenceGuidance).toBe(guidance);
    expect(after.totals).toEqual(warm.totals);
    ok(await system.gql(LOCK_SET, { y: year.id, g: group.id }, { token: admin }));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });
});

describe(`derived results after the data they derive from changes (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let kit: DepartmentsInAppraisal;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const leaf = (code: string) => kit.leaf(code);
  const ranking = async () => ok(await system.gql<Ranking>(RANKING, { y: year.id, g: group.id }, { token: admin })).ranking;

  beforeAll(async () => {
    system = await startTestSystem();
    kit = await seedDepartmentsInAppraisal(system, {
      province: { name: 'Tỉnh Lào Cai', code: '10' },
      departments: ['Sở Tài chính', 'Sở Xây dựng', 'Sở Giáo dục và Đào tạo'],
      declared: (i) => ({ '2.1': String(i + 1), '2.5': String(6 + i) }),
    });
    ({ year, group, admin } = kit);
    units.push(...kit.units);
    await appraiseAllAsDeclared(kit);
  }, 120_000);
  afterAll(() => system?.stop());

  it('a leaf’s maximum lowered under appraised points: stored index, classification and ranks follow at once, the appraisals are flagged', async () => {
    const before = (await ranking()).rows;
    expect(before.map((r) => [r.rank, r.index])).toEqual([
      [1, 56],
      [2, 52.5],
      [3, 49],
    ]);
    ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
    // 2.5 from 10 to 5 points (appraised 6, 7 and 8 points stand above it), 2.1 from 10 to 15 (the area keeps its total).
    ok(await system.gql(UPDATE_CRITERION, { id: leaf('2.5'), input: { maxPoints: 5 } }, { token: admin }));
    ok(await system.gql(UPDATE_CRITERION, { id: leaf('2.1'), input: { maxPoints: 15 } }, { token: admin }));
    const after = await ranking();
    // Final points count up to the leaf's new maximum: 6, 7, 8 → 5.
    expect(after.rows.map((r) => [r.unitName, r.rank, r.index])).toEqual([
      [before[0].unitName, 1, 53],
      [before[1].unitName, 2, 50.5],
      [before[2].unitName, 3, 48],
    ]);
    clearRankingCache(system.scoringDb);
    expect(await ranking()).toEqual(after);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    const flagged = await system.scoringDb.getRepository(ScoreEntryEntity).countBy({ criterionId: leaf('2.5'), ruleReview: true });
    expect(flagged).toBe(3);
    ok(await system.gql(LOCK_SET, { y: year.id, g: group.id }, { token: admin }));
  });
});
