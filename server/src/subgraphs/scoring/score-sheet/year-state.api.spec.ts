import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import type { AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import type { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { resultDrift } from '../results/results-oracle';
import { ok, SAVE_SELF, seedDepartmentYear, UPDATE_YEAR } from '../results/results-test-kit';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

/**
 * A sheet action reads the sheet, the year and its criteria before its transaction. A change to
 * the year's rules or state that commits in between (caps, bands, deadlines, a transition, a
 * criteria edit: every one takes the year's row for update) must not be missed: inside its
 * transaction the action reads the year's state_version under the year's shared lock and, when it
 * moved since its plan, plans again from fresh rows. The interleaving is forced: the next
 * transaction the scoring database opens (the action's, after its plan) first waits for the other
 * write to commit.
 */
describe(`a sheet action planned before a year change commits is computed under the change (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let year: AssessmentYearEntity;
  let nodes: Map<string, CriteriaNodeEntity>;
  let admin: string;
  let units: OrgUnitEntity[];
  let officers: string[];
  const leaf = (code: string) => nodes.get(code)!.id;
  const sheetOf = (i: number) => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: units[i].id });

  const save = async (i: number, bonus: string) => {
    const sheet = await sheetOf(i);
    return system.gql(
      SAVE_SELF,
      {
        s: sheet.id,
        v: sheet.version,
        e: [
          { criterionId: leaf('1.1'), declaredValue: '1' },
          { criterionId: leaf('2.1'), declaredValue: '2' },
          { criterionId: leaf('T.1'), declaredValue: bonus },
        ],
      },
      { token: officers[i] },
    );
  };

  beforeAll(async () => {
    system = await startTestSystem();
    ({ year, nodes, admin, units, officers } = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Lào Cai', code: '10' },
      departments: ['Sở Nội vụ', 'Sở Tư pháp'],
      officerIsHead: true,
    }));
  }, 120_000);
  afterAll(() => system?.stop());

  it('a bonus cap lowered between a save’s plan and its transaction caps the saved sheet’s result', async () => {
    const cap = beforeNextTransaction(system.scoringDb, async () =>
      ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 0.5 } }, { token: admin })),
    );
    const saved = await save(0, '2');
    expect(cap()).toBe(true);
    expect(saved.errors).toBeUndefined();
    const sheet = await sheetOf(0);
    const result = await system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: sheet.id });
    // 10 (1.1) + 5 (2.1) + the leaf's 2 points of bonus under the cap of 0.5 (1.5 when the save was planned: 16.50).
    expect(result.selfTotal).toBe(1550);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('a year changed again before the action’s second plan refuses it (CONFLICT YEAR_CHANGED, nothing written)', async () => {
    const before = await sheetOf(0);
    let again = () => false;
    const first = beforeNextTransaction(system.scoringDb, async () => {
      ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1 } }, { token: admin }));
      again = beforeNextTransaction(system.scoringDb, async () =>
        ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { bonusCap: 1.5 } }, { token: admin })),
      );
    });
    const saved = await save(0, '1');
    expect([first(), again()]).toEqual([true, true]);
    expect(saved.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_CHANGED' });
    expect(saved.errors?.[0]?.message).toMatch(/tải lại phiếu/);
    expect((await sheetOf(0)).version).toBe(before.version);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });

  it('a deadline moved into the past between a save’s plan and its transaction refuses the save (nothing written)', async () => {
    const before = await sheetOf(1);
    const moved = beforeNextTransaction(system.scoringDb, async () =>
      ok(await system.gql(UPDATE_YEAR, { id: year.id, input: { selfAssessmentDeadline: '2025-01-31' } }, { token: admin })),
    );
    const saved = await save(1, '1');
    expect(moved()).toBe(true);
    expect(saved.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEADLINE' });
    expect((await sheetOf(1)).version).toBe(before.version);
    expect(await resultDrift(system.scoringDb, year.id)).toEqual([]);
  });
});
