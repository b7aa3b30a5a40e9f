/**
 * "Đã chấm x/y" counts the leaves the unit fills: a leaf the assessor enters (here D.1, as an
 * inspection penalty would be) is in neither the unit's count nor the appraisal's, before or after
 * its baseline is written on submission — the stored progress (progress pages, inbox) agrees with
 * the sheet's own check. Results stored under the old rule are corrected by migration
 * 1771004000000 to what a recompute gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { ProgressUnitLeaves1771004000000 } from '../migrations/1771004000000-progress-unit-leaves';
import { resultDrift } from '../results/results-oracle';
import { UnitResultEntity } from '../results/unit-result.entity';
import { startAccountabilityFixture, FULL_VALUES, type AccountabilityFixture } from './accountability-fixture';

const PROGRESS = 'query($id: ID!) { scoreSheet(id: $id) { status progress { total filled appraised } } }';
type Progress = { total: number; filled: number; appraised: number };

describe(`progress counts the unit's own leaves (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const progress = async (who: string, unit: string) => {
    const res = await f.gql<{ scoreSheet: { progress: Progress } }>(who, PROGRESS, { id: f.sheetOf[unit] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet.progress;
  };
  const ownLeaves = Object.keys(FULL_VALUES).length - 1;

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ 'D.1': 'Điểm trừ theo kết luận kiểm tra' });
  }, 120_000);
  afterAll(() => f?.system.stop());

  const migrate = async () => {
    const runner = f.system.scoringDb.createQueryRunner();
    try {
      await new ProgressUnitLeaves1771004000000().up(runner);
    } finally {
      await runner.release();
    }
  };

  it('results stored while the rule counted the assessor leaves are corrected by the migration', async () => {
    // The fixture turned D.1 into the assessor's in the tables, as a deployment before this rule holds it.
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toContain('Sở Tư pháp: leafTotal stored 9, recomputed 8');
    await migrate();
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
    expect(await progress('officerSTP', 'STP')).toEqual({ total: ownLeaves, filled: 0, appraised: 0 });
  });

  it('the unit sees x/y over its own leaves; filling them all reaches y, and submitting keeps it', async () => {
    await f.submitOwnLeaves('STP', ['D.1']);
    // D.1 now holds its baseline (0): still not in the count.
    expect(await progress('officerSTP', 'STP')).toEqual({ total: ownLeaves, filled: ownLeaves, appraised: 0 });
    expect(await progress('appraiserP', 'STP')).toMatchObject({ total: ownLeaves, filled: ownLeaves });
    expect(await resultDrift(f.system.scoringDb, f.year.id)).toEqual([]);
  });

  it('after submission too: filled and appraised lose exactly what the old rule counted', async () => {
    const db = f.system.scoringDb;
    const repo = db.getRepository(UnitResultEntity);
    const before = await repo.findBy({ yearId: f.year.id });
    // What the old rule stored: every sheet of a set with D.1 counted it; the submitted STP sheet as filled and
    // (baseline round-1 points) appraised, the others as open.
    const stp = f.sheetOf.STP;
    for (const r of before)
      await repo.update(
        { id: r.id },
        {
          leafTotal: r.leafTotal + 1,
          selfFilled: r.selfFilled + (r.sheetId === stp ? 1 : 0),
          appraisedFilled: r.appraisedFilled + (r.sheetId === stp ? 1 : 0),
        },
      );
    expect(await resultDrift(db, f.year.id)).not.toEqual([]);
    await migrate();
    expect(await resultDrift(db, f.year.id)).toEqual([]);
    const after = await repo.findBy({ yearId: f.year.id });
    expect(after.map((r) => [r.id, r.leafTotal, r.selfFilled, r.appraisedFilled]).sort()).toEqual(
      before.map((r) => [r.id, r.leafTotal, r.selfFilled, r.appraisedFilled]).sort(),
    );
    expect(after.find((r) => r.sheetId === stp)).toMatchObject({ leafTotal: ownLeaves, selfFilled: ownLeaves });
  });
});
