import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { clearRankingCache, rankingCacheSize } from './ranking-cache';
import {
  ADD_UNIT,
  APPRAISE,
  COMPLETE,
  LOCK_SET,
  ok,
  RECOMPUTE,
  REMOVE_UNIT,
  SAVE_SELF,
  seedDepartmentYear,
  type SheetActions,
  sheetActions,
  START,
  SUBMIT,
  SURVEY,
  UPDATE_CRITERION,
  UPDATE_YEAR,
} from './results-test-kit';
import { resultDrift } from './results-oracle';

/**
 * Issue 9 item 2: a ranking is shaped from the group's stored table, cached per results_version.
 * For every write that changes a result: read (the cache is warm) → change → read again, and the
 * answer equals one built with no cache at all (which reads the stored results, themselves equal
 * to a recompute: resultDrift). And the cache never carries one caller's view to another: a unit
 * officer reading after the administrator has warmed it gets no rank, classification or index.
 */
const TRANSITION = 'mutation($id: ID!, $to: YearStatus!) { transitionAssessmentYear(id: $id, to: $to, reason: "Điều chỉnh") { to } }';
const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa bậc") { locked } }';
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { provisional rows {
  unitName rank index status provisional classification { code label } headRating { code }
  totals { selfTotal appraisedTotal index selfIndex bonusPoints penaltyPoints } areas { code index selfIndex } } } }`;

interface Row {
  unitName: string;
  rank: number | null;
  index: number | null;
  classification: { code: string } | null;
  headRating: { code: string } | null;
  totals: { selfIndex: number | null; index: number | null };
}

describe(`rankings served from the stored table cached per results version (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  let admin: string;
  const units: OrgUnitEntity[] = [];
  const officers: string[] = [];
  const heads: string[] = [];
  const leaf = (code: string) => nodes.get(code)!.id;

  let sheets: SheetActions;
  const act = async (doc: string, i: number, token: string, vars: Record<string, unknown> = {}) =>
    ok(await sheets.act(doc, i, token, vars));
  const read = async (token: string) =>
    ok(await system.gql<{ ranking: { provisional: boolean; rows: Row[] } }>(RANKING, { y: year.id, g: group.id }, { token })).ranking;
  /** The same read with no cache: what the stored results say now. */
  const fresh = async (token: string) => {
    clearRankingCache(system.scoringDb);
    return read(token);
  };

  /** read (warm) → change → read again: equals a build from the stored results, which equal a recompute. */
  async function throughCache(change: () => Promise<unknown>): Promise<{ before: Row[]; after: Row[] }> {
    const before = (await read(admin)).rows;
    expect(rankingCacheSize(system.scoringDb)).toBeGreaterThan(0);
    await change();
    const after = await read(admin);
    expect(after).toEqual(await fresh(admin));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
    return { before, after: after.rows };
  }
  const figure = (rows: Row[], name: string) => rows.find((r) => r.unitName === name);

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Yên Bái', code: '15' },
      departments: ['Sở Công Thương', 'Sở Du lịch', 'Sở Ngoại vụ', 'Sở Khoa học'],
      rostered: 3,
    });
    ({ year, group, nodes, admin } = seeded);
    units.push(...seeded.units);
    officers.push(...seeded.officers);
    heads.push(...seeded.heads);
    sheets = sheetActions(system, seeded);
  });
  afterAll(() => system?.stop());

  const declare = (i: number, ratio: string, bonus: string) =>
    act(SAVE_SELF, i, officers[i], {
      e: [
        { criterionId: leaf('1.1'), declaredValue: '1' },
        { criterionId: leaf('1.2'), declaredValue: 'tot' },
        { criterionId: leaf('2.1'), declaredValue: String(2 + i) },
        { criterionId: leaf('2.2'), declaredValue: ratio },
        { criterionId: leaf('2.3'), declaredValue: '90' },
        { criterionId: leaf('2.4'), declaredValue: '1' },
        { criterionId: leaf('2.5'), declaredValue: '7' },
        { criterionId: leaf('T.1'), declaredValue: bonus },
        { criterionId: leaf('D.1'), declaredValue: '0' },
      ],
    });

  it('a sheet save moves the cached ranking at once', async () => {
    const { before, after } = await throughCache(() => declare(0, '85', '2'));
    expect(figure(after, 'Sở Công Thương')!.totals.selfIndex).not.toBe(figure(before, 'Sở Công Thương')!.totals.selfIndex);
    await declare(1, '100', '1');
    await declare(2, '70', '0');
  });

  it('a survey import, a cap change and a reopened set’s tier change each invalidate it', async () => {
    const survey = Buffer.from('Mã đơn vị;Mã tiêu chí;Giá trị\nS0;3.1;90\nS1;3.1;60\nS2;3.1;75').toString('base64');
    let step = await throughCache(() => system.gql(SURVEY, { y: year.id, b: survey }, { token: admin }).then(ok));
    expect(figure(step.after, 'Sở Du lịch')!.totals.selfIndex).not.toBe(figure(step.before, 'Sở Du lịch')!.totals.selfIndex);
    step = await throughCache(() => system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 0.5 } }, { token: admin }).then(ok));
    expect(figure(step.after, 'Sở Công Thương')!.totals.selfIndex).toBeLessThan(figure(step.before, 'Sở Công Thương')!.totals.selfIndex!);
    step = await throughCache(async () => {
      ok(await system.gql(REOPEN_SET, { y: year.id, g: group.id }, { token: admin }));
      const tiers = [
        { fromPercent: 0, toPercent: 80, sharePercent: 0 },
        { fromPercent: 80, toPercent: 100, sharePercent: 90 },
        { fromPercent: 100, toPercent: 100, sharePercent: 100 },
      ];
      ok(await system.gql(UPDATE_CRITERION, { id: leaf('2.2'), input: { params: JSON.stringify({ tiers }) } }, { token: admin }));
      ok(await system.gql(LOCK_SET, { y: year.id, g: group.id }, { token: admin }));
    });
    expect(figure(step.after, 'Sở Công Thương')!.totals.selfIndex).toBeGreaterThan(
      figure(step.before, 'Sở Công Thương')!.totals.selfIndex!,
    );
  });

  it('roster changes add and remove rows of the cached table', async () => {
    let step = await throughCache(() => system.gql(ADD_UNIT, { y: year.id, g: group.id, u: units[3].id }, { token: admin }).then(ok));
    expect(step.after.map((r) => r.unitName)).toContain('Sở Khoa học');
    step = await throughCache(() => system.gql(REMOVE_UNIT, { y: year.id, u: units[3].id }, { token: admin }).then(ok));
    expect(step.after.map((r) => r.unitName)).not.toContain('Sở Khoa học');
  });

  it('submissions, a year transition and completed appraisals rank the units; bands and head ratings re-label them', async () => {
    for (const i of [0, 1, 2]) await throughCache(() => act(SUBMIT, i, heads[i]));
    await throughCache(() => system.gql(TRANSITION, { id: year.id, to: 'APPRAISAL' }, { token: admin }).then(ok));
    for (const i of [0, 1, 2])
      await throughCache(async () => {
        await act(START, i, admin);
        const e = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', 'T.1', 'D.1'].map((code) => ({
          criterionId: leaf(code),
          points: null,
        }));
        await act(APPRAISE, i, admin, { e });
        await act(COMPLETE, i, admin);
      });
    const ranked = (await read(admin)).rows;
    expect(ranked.map((r) => r.rank).sort()).toEqual([1, 2, 3]);
    const top = ranked.find((r) => r.rank === 1)!;

    // Every band starts above the top unit's index but the lowest: it becomes "Yếu".
    const bands = [
      { code: 'EXCELLENT', labelVi: 'Xuất sắc', labelEn: 'Excellent', minIndex: 99.5, color: '#1B5E20' },
      { code: 'GOOD', labelVi: 'Tốt', labelEn: 'Good', minIndex: 99, color: '#43A047' },
      { code: 'FAIR', labelVi: 'Khá', labelEn: 'Fair', minIndex: 98.5, color: '#FDD835' },
      { code: 'AVERAGE', labelVi: 'Trung bình', labelEn: 'Average', minIndex: 98, color: '#FB8C00' },
      { code: 'WEAK', labelVi: 'Yếu', labelEn: 'Weak', minIndex: 0, color: '#E53935' },
    ];
    const step = await throughCache(() =>
      system.gql(UPDATE_YEAR, { id: year.id, input: { classificationBands: bands } }, { token: admin }).then(ok),
    );
    expect(figure(step.after, top.unitName)!.classification?.code).toBe('WEAK');
    const ratings = bands.map((b) => ({
      bandCode: b.code,
      code: 'COMPLETION',
      labelVi: 'Hoàn thành nhiệm vụ',
      labelEn: 'Completed duties',
    }));
    const relabelled = await throughCache(() =>
      system.gql(UPDATE_YEAR, { id: year.id, input: { headRatings: ratings } }, { token: admin }).then(ok),
    );
    expect(figure(relabelled.after, top.unitName)!.headRating?.code).toBe('COMPLETION');
  });

  it('a full recompute after a change behind the API is served at once', async () => {
    const results = system.scoringDb.getRepository((await import('./unit-result.entity')).UnitResultEntity);
    await results.update({ yearId: year.id, unitId: units[1].id }, { rankInGroup: 9 });
    const step = await throughCache(() => system.gql(RECOMPUTE, { y: year.id }, { token: admin }).then(ok));
    expect(figure(step.after, 'Sở Du lịch')!.rank).not.toBe(9);
  });

  it('a unit officer reading after the administrator warmed the cache gets his own row, without rank, classification or index', async () => {
    const adminView = await read(admin);
    expect(adminView.rows.every((r) => r.rank !== null && r.classification !== null)).toBe(true);
    for (const [i, token] of officers.slice(0, 3).entries()) {
      const view = await read(token);
      expect(view.provisional).toBe(true);
      expect(view.rows).toHaveLength(1);
      expect(view.rows[0]).toMatchObject({ unitName: units[i].name, rank: null, index: null, classification: null, headRating: null });
      expect(view.rows[0].totals.index).toBeNull();
    }
    // …and the administrator's next read, from the same cache, still shows everything.
    expect(await read(admin)).toEqual(adminView);
  });

  it('a repeated read issues no statement for the table, and its key one raw statement for the year and group', async () => {
    const counted = () => countQueries(system.scoringDb, () => read(admin));
    await counted(); // warms the gateway's session cache (see score-sheet.api.spec)
    await counted(); // stored as the answer's text (response cache)
    const hit = await counted();
    // A hit of the stored answer costs its key: the year's and group's rows in one raw statement,
    // no entity built (it was two entity reads, the year's and the group's).
    expect(hit.count).toBe(1);
    expect(hit.queries[0]).toMatch(/FROM unit_group g JOIN assessment_year y/);
    clearRankingCache(system.scoringDb);
    expect(rankingCacheSize(system.scoringDb)).toBe(0);
    const cold = await counted();
    expect(rankingCacheSize(system.scoringDb)).toBe(1);
    // Cold: besides the key, results, roster and sheets, and the year and group the answer is shaped with.
    expect(cold.count - hit.count).toBe(5);
    expect((await counted()).count).toBe(hit.count);
  });
});
