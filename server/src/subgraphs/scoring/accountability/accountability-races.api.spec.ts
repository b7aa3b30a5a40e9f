import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeLockOrder } from '../../../testing/lock-order-observer';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { HeadTermEntity } from './head-term.entity';
import { RemediationItemEntity } from './remediation.entity';
import { ReportPeriodEntity } from './report-period.entity';

const APPLY = `mutation($p: ID!, $u: ID!) { applyReportPenalty(periodId: $p, unitId: $u, quantity: 1) { penaltyApplied } }`;
const CREATE = `mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id } }`;
const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id } }`;
const SAVE_INITIATIVE = `mutation($input: InitiativeInput!) { saveInitiative(input: $input) { id } }`;

/**
 * Ten clicks at once on what may happen once per unit, or what adds to a unit's leaf: on MySQL
 * each transaction read a snapshot older than the sheet lock (or took none), so every click passed
 * the "already applied" check, or summed the leaf without the others' records.
 */
describe(`parallel accountability writes on one unit (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let lockOrder: ReturnType<typeof observeLockOrder>;
  const parallel = <T>(n: number, call: () => Promise<T>) => Promise.all(Array.from({ length: n }, call));

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    lockOrder = observeLockOrder(f.system.scoringDb);
    await f.assessorLeaves({ 'D.1': 'Điểm trừ do chậm báo cáo', '2.4': 'Vi phạm do đoàn kiểm tra kết luận' });
    for (const unit of ['SNV', 'SYT', 'STP']) await f.submitOwnLeaves(unit, ['D.1', '2.4']);
  }, 120_000);
  afterAll(() => {
    lockOrder?.stop();
    return f?.system.stop();
  });

  it('ten first clicks on a late report’s penalty deduct it once', async () => {
    const periods = f.system.scoringDb.getRepository(ReportPeriodEntity);
    const period = await periods.save(
      periods.create({
        id: randomUUID(),
        yearId: f.year.id,
        kind: 'QUARTER',
        title: 'Báo cáo CCHC quý I',
        dueDate: '2024-03-31',
        groupIds: [f.departments.id, f.communes.id],
        penaltyLeafCode: 'D.1',
        updatedBy: 'test',
        updatedAt: new Date(),
      }),
    );
    // Before: 10 penalty records on MySQL (10 points off for one missing report).
    const answers = await parallel(10, () => f.gql('appraiserP', APPLY, { p: period.id, u: f.units.SNV.id }));
    expect(answers.map(code)).toEqual(Array(10).fill(null));
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).countBy({ sourceType: 'REPORT', unitId: f.units.SNV.id })).toBe(1);
    expect((await f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf.SNV })).penaltyPoints).toBe(100);
  });

  it('ten clicks on "Giao khắc phục" for one reduced leaf give one item', async () => {
    const leaf = f.nodes.d.get('1.1')!.id;
    await f.system.scoringDb
      .getRepository(ScoreEntryEntity)
      .update({ sheetId: f.sheetOf.SYT, criterionId: leaf }, { round1Points: 0, finalPoints: 0 });
    await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf.SYT }, { status: 'APPRAISED' });
    const input = {
      yearId: f.year.id,
      unitId: f.units.SYT.id,
      sourceType: 'APPRAISAL',
      criterionId: leaf,
      title: 'Ban hành kế hoạch đúng hạn',
      deadline: '2099-12-31',
    };
    // Before: 10 items on MySQL, each "given once".
    const answers = await parallel(10, () => f.gql('appraiserP', CREATE, { input }));
    expect(answers.filter((a) => code(a) === null)).toHaveLength(1);
    expect(answers.filter((a) => reason(a) === 'ALREADY_ASSIGNED')).toHaveLength(9);
    expect(await f.system.scoringDb.getRepository(RemediationItemEntity).countBy({ unitId: f.units.SYT.id, criterionId: leaf })).toBe(1);
  });

  it('ten records entered at once on one leaf all count', async () => {
    const leaf = f.nodes.d.get('2.4')!.id; // DEDUCTION: 5 points, 1 per violation
    const input = { sheetId: f.sheetOf.STP, criterionId: leaf, quantity: 1, reference: { documentNumber: '03/KL-ĐKT' } };
    // Before on MySQL: one succeeded, nine were INTERNAL_SERVER_ERROR (and a record could be left out of the leaf's sum).
    const answers = await parallel(10, () => f.gql('appraiserP', RECORD, { input }));
    expect(answers.map(code)).toEqual(Array(10).fill(null));
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).countBy({ sheetId: f.sheetOf.STP, criterionId: leaf })).toBe(10);
    const entry = await f.system.scoringDb.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: f.sheetOf.STP, criterionId: leaf });
    expect(entry).toMatchObject({ declaredValue: '10', selfPoints: 0 });
  });

  it('ten head terms saved at once for one unit do not overlap', async () => {
    const save = (i: number) =>
      f.gql('appraiserP', 'mutation($input: HeadTermInput!) { saveHeadTerm(input: $input) { unitId } }', {
        input: {
          yearId: f.year.id,
          unitId: f.units.SYT.id,
          role: 'HEAD',
          fullName: `Nguyễn Văn ${i}`,
          title: 'Giám đốc',
          fromDate: '2024-01-01',
        },
      });
    // Before on MySQL: 9 overlapping heads of one unit for the same days.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => save(i)));
    expect(answers.filter((a) => code(a) === null)).toHaveLength(1);
    expect(answers.filter((a) => reason(a) === 'INVALID_HEAD_TERM')).toHaveLength(9);
    expect(await f.system.scoringDb.getRepository(HeadTermEntity).countBy({ unitId: f.units.SYT.id, role: 'HEAD' })).toBe(1);
  });

  it('initiatives moved both ways between two units at once, beside new ones, all land and each bonus leaf sums its records', async () => {
    await f.assessorLeaves({ 'T.1': 'Sáng kiến được công nhận' }); // MANUAL, at most 2 points
    const leaf = f.nodes.d.get('T.1')!.id;
    const save = (unit: 'STP' | 'SNV', i: number, id?: string) =>
      f.gql<{ saveInitiative: { id: string } }>('appraiserP', SAVE_INITIATIVE, {
        input: {
          ...(id ? { id, reason: 'Chuyển đơn vị' } : {}),
          yearId: f.year.id,
          unitId: f.units[unit].id,
          title: `Mô hình số ${i}`,
          level: 'PROVINCE',
          decisionNumber: `${i}/QĐ-UBND`,
          decisionDate: '2024-09-10',
          bonusLeafCode: 'T.1',
          bonusValue: 0.25,
        },
      });
    const ids: Record<'STP' | 'SNV', string[]> = { STP: [], SNV: [] };
    for (const unit of ['STP', 'SNV'] as const)
      for (let i = 0; i < 4; i++) {
        const created = await save(unit, i);
        if (created.errors) throw new Error(JSON.stringify(created.errors));
        ids[unit].push(created.data!.saveInitiative.id);
      }
    // Before on MySQL: each move locked only the sheet it moved to, so A→B and B→A each held one sheet and waited for
    // the other (deadlock: INTERNAL_SERVER_ERROR), and a move summed the sheet it left from a snapshot without the
    // records saved there meanwhile.
    const answers = await Promise.all([
      ...ids.STP.map((id, i) => save('SNV', i, id)),
      ...ids.SNV.map((id, i) => save('STP', i, id)),
      ...[10, 11].flatMap((i) => [save('STP', i), save('SNV', i)]),
    ]);
    expect(answers.map(code)).toEqual(Array(answers.length).fill(null));
    for (const unit of ['STP', 'SNV'] as const) {
      const records = await f.system.scoringDb.getRepository(AssessorEntryEntity).findBy({ sheetId: f.sheetOf[unit], criterionId: leaf });
      expect(records.map((r) => r.quantity)).toEqual(Array(6).fill(25));
      const entry = await f.system.scoringDb
        .getRepository(ScoreEntryEntity)
        .findOneByOrFail({ sheetId: f.sheetOf[unit], criterionId: leaf });
      expect(entry).toMatchObject({ declaredValue: '1.50', finalPoints: 150 });
      expect((await f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf[unit] })).bonusPoints).toBe(
        150,
      );
    }
  });

  it('every write took the year first and locked no score entry row (lock-order; MySQL)', () => {
    expect(lockOrder.violations()).toEqual([]);
  });
});
