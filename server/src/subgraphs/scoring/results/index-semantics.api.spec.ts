import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { type UnitGroupEntity } from '../unit-group/unit-group.entity';
import {
  APPRAISE,
  COMPLETE,
  ok,
  SAVE_SELF,
  seedDepartmentYear,
  type SheetActions,
  sheetActions,
  START,
  SUBMIT,
  SURVEY,
  UPDATE_YEAR,
} from './results-test-kit';
import { resultDrift } from './results-oracle';

/**
 * Issue 8 item 3, through the API (docs/criteria-template.md, "Chỉ số: điểm thưởng và điểm trừ"):
 * bonus points may lift the index past 100 — by at most the year's bonus cap — and a penalty
 * larger than everything earned leaves a total of 0 and an index of 0, never negative.
 */
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { rows {
  unitName rank index classification { code label } areas { code index }
  totals { maxApplicable selfTotal appraisedTotal bonusPoints penaltyPoints index selfIndex } } } }`;

interface Row {
  unitName: string;
  rank: number | null;
  index: number | null;
  classification: { code: string; label: string } | null;
  areas: { code: string; index: number | null }[];
  totals: {
    maxApplicable: number;
    selfTotal: number;
    appraisedTotal: number | null;
    bonusPoints: number | null;
    penaltyPoints: number | null;
    index: number | null;
    selfIndex: number | null;
  };
}

describe(`index semantics: bonus past 100 up to the cap, penalties floor the total at 0 (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let admin: string;
  const officers: string[] = [];

  let sheets: SheetActions;
  const act = async (doc: string, i: number, token: string, vars: Record<string, unknown> = {}) =>
    ok(await sheets.act(doc, i, token, vars));
  const rows = async () =>
    new Map(
      ok(await system.gql<{ ranking: { rows: Row[] } }>(RANKING, { y: year.id, g: group.id }, { token: admin })).ranking.rows.map((r) => [
        r.unitName,
        r,
      ]),
    );

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Lào Cai', code: '10' },
      departments: ['Sở Tài chính', 'Sở Xây dựng'],
      officerIsHead: true,
    });
    ({ year, group, admin } = seeded);
    officers.push(...seeded.officers);
    sheets = sheetActions(system, seeded);

    const { leaf } = sheets;
    // Sở Tài chính: every point of the scored part, 100 % satisfaction, 2 bonus points declared.
    const full = { '1.1': '1', '1.2': 'tot', '2.1': '4', '2.2': '100', '2.3': '100', '2.4': '0', '2.5': '10', 'T.1': '2', 'D.1': '0' };
    // Sở Xây dựng: nothing earned, 0 % satisfaction, and the full 3 penalty points.
    const none = { '1.1': '0', '1.2': 'khong', '2.1': '0', '2.2': '0', '2.3': '0', '2.4': '5', '2.5': '0', 'T.1': '0', 'D.1': '3' };
    for (const [i, values] of [full, none].entries()) {
      await act(SAVE_SELF, i, officers[i], {
        e: Object.entries(values).map(([code, declaredValue]) => ({ criterionId: leaf(code), declaredValue })),
      });
      await act(SUBMIT, i, officers[i]);
    }
    const csv = `Mã đơn vị;Mã tiêu chí;Giá trị\nS0;3.1;100\nS1;3.1;0`;
    ok(await system.gql(SURVEY, { y: year.id, b: Buffer.from(csv).toString('base64') }, { token: admin }));
    for (const i of [0, 1]) {
      await act(START, i, admin);
      // The appraiser accepts every self-assessed point as it is.
      await act(APPRAISE, i, admin, { e: Object.keys(full).map((code) => ({ criterionId: leaf(code), points: null })) });
      await act(COMPLETE, i, admin);
    }
  });
  afterAll(() => system?.stop());

  it('bonus lifts the index past 100 by at most the bonus cap; the areas stay within 100', async () => {
    const top = (await rows()).get('Sở Tài chính')!;
    // (70 + 30 + min(2, cap 1.5) − 0) ÷ 100 = 101.5 %
    expect(top.totals).toMatchObject({ maxApplicable: 100, appraisedTotal: 101.5, bonusPoints: 1.5, penaltyPoints: 0, index: 101.5 });
    expect(top.totals.selfIndex).toBe(101.5);
    expect(top).toMatchObject({ rank: 1, index: 101.5, classification: { code: 'EXCELLENT', label: 'Xuất sắc' } });
    // Bonus and penalty belong to the whole sheet: area indices are shares of their own maxima.
    for (const area of top.areas) expect(area.index).toBe(100);

    // Raising the cap to 3 lets the 2 declared points count in full (the leaf's own maximum): 102 %.
    ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 3 } }, { token: admin }));
    expect((await rows()).get('Sở Tài chính')!.index).toBe(102);
    ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1.5 } }, { token: admin }));
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('a penalty larger than everything earned leaves a total of 0 and an index of 0, never negative', async () => {
    const bottom = (await rows()).get('Sở Xây dựng')!;
    expect(bottom.totals).toMatchObject({ selfTotal: 0, appraisedTotal: 0, bonusPoints: 0, penaltyPoints: 3, index: 0, selfIndex: 0 });
    expect(bottom).toMatchObject({ rank: 2, index: 0, classification: { code: 'WEAK', label: 'Yếu' } });
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });
});
