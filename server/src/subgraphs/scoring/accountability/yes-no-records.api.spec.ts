/**
 * YES_NO leaves fed by the assessor take records of exactly 1; values above 1 stored before that
 * rule (records and inspection findings) are set to 1 by migration 1771004200000, each with an audit
 * row keeping the former value, and no point, declared value or stored result moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { YesNoRecordsOne1771004200000 } from '../migrations/1771004200000-yes-no-records-one';
import { resultDrift } from '../results/results-oracle';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { code, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { InspectionFindingEntity } from './inspection.entity';

const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id } }`;
const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id findings { id quantity } } }`;

describe(`YES_NO records hold exactly 1 (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const leafId = (c: string) => f.nodes.d.get(c)!.id;
  const migrate = async (direction: 'up' | 'down' = 'up') => {
    const runner = f.system.scoringDb.createQueryRunner();
    try {
      await new YesNoRecordsOne1771004200000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    // 1.1 (YES_NO, 10 points) and 2.4 (DEDUCTION) are the assessor's to enter.
    await f.assessorLeaves({ '1.1': 'Theo kết luận kiểm tra', '2.4': 'Vi phạm do đoàn kiểm tra kết luận' });
    await f.submitOwnLeaves('STP', ['1.1', '2.4']);
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the API refuses anything but 1 on a YES_NO leaf', async () => {
    const res = await f.gql('appraiserP', RECORD, {
      input: { sheetId: f.sheetOf.STP, criterionId: leafId('1.1'), quantity: 2, reference: { documentNumber: '15/TB-SNV' } },
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('giá trị phải là 1');
  });

  it('values above 1 from before the rule become 1, audited with the former value; points and results do not move; once', async () => {
    const db = f.system.scoringDb;
    const recorded = await f.gql('appraiserP', RECORD, {
      input: { sheetId: f.sheetOf.STP, criterionId: leafId('1.1'), quantity: 1, reference: { documentNumber: '15/TB-SNV' } },
    });
    expect(recorded.errors).toBeUndefined();
    const saved = await f.gql<{ saveInspection: { id: string; findings: { id: string; quantity: number }[] } }>('appraiserP', SAVE, {
      input: {
        yearId: f.year.id,
        unitId: f.units.STP.id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh',
        decisionNumber: '210/QĐ-UBND',
        findings: [
          { text: 'Chưa ban hành kế hoạch kiểm tra nội bộ', criterionId: leafId('1.1'), quantity: 1 },
          { text: 'Tiếp nhận hồ sơ sai quy định', criterionId: leafId('2.4'), quantity: 3 },
        ],
      },
    });
    expect(saved.errors).toBeUndefined();
    const [yesNoFinding, countFinding] = saved.data!.saveInspection.findings;
    // What an older release stored: counts on the YES_NO leaf.
    const records = await db.getRepository(AssessorEntryEntity).findBy({ sheetId: f.sheetOf.STP, criterionId: leafId('1.1') });
    expect(records.length).toBeGreaterThanOrEqual(2);
    const manual = records.find((r) => r.sourceType === 'MANUAL')!;
    await db.getRepository(AssessorEntryEntity).update({ id: manual.id }, { quantity: 3 });
    await db.getRepository(InspectionFindingEntity).update({ id: yesNoFinding.id }, { quantity: 2 });
    const entryBefore = await db.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: f.sheetOf.STP, criterionId: leafId('1.1') });
    const otherRecords = await db.getRepository(AssessorEntryEntity).findBy({ criterionId: leafId('2.4') });
    const results = await db.getRepository(UnitResultEntity).find({ order: { id: 'ASC' } });

    await migrate();
    expect((await db.getRepository(AssessorEntryEntity).findOneByOrFail({ id: manual.id })).quantity).toBe(1);
    expect((await db.getRepository(InspectionFindingEntity).findOneByOrFail({ id: yesNoFinding.id })).quantity).toBe(1);
    // A count on another method is left alone.
    expect((await db.getRepository(InspectionFindingEntity).findOneByOrFail({ id: countFinding.id })).quantity).toBe(3);
    expect(await db.getRepository(AssessorEntryEntity).findBy({ criterionId: leafId('2.4') })).toEqual(otherRecords);
    const audits = await db.getRepository(AuditEventEntity).find({ where: { action: 'NORMALIZE_YES_NO' }, order: { id: 'ASC' } });
    expect(audits.map((a) => [a.entityType, a.before, a.after])).toEqual([
      ['SCORE', { recordId: manual.id, quantity: 3 }, { recordId: manual.id, quantity: 1 }],
      ['INSPECTION', { findingId: yesNoFinding.id, quantity: 2 }, { findingId: yesNoFinding.id, quantity: 1 }],
    ]);
    expect(audits[0]).toMatchObject({ sheetId: f.sheetOf.STP, criterionId: leafId('1.1'), actorUserId: null });
    expect(audits[0].reason).toContain('Có/Không chỉ mang giá trị 1');
    expect(audits[1].entityId).toBe(saved.data!.saveInspection.id);
    // The leaf's points, declared value and the stored results are as they were.
    expect(await db.getRepository(ScoreEntryEntity).findOneByOrFail({ sheetId: f.sheetOf.STP, criterionId: leafId('1.1') })).toEqual(
      entryBefore,
    );
    expect(await db.getRepository(UnitResultEntity).find({ order: { id: 'ASC' } })).toEqual(results);
    expect((await resultDrift(db, f.year.id)).filter((d) => d.startsWith('Sở Tư pháp'))).toEqual([]);
    // Run again: nothing left to change, nothing more written.
    await migrate();
    expect(await db.getRepository(AuditEventEntity).countBy({ action: 'NORMALIZE_YES_NO' })).toBe(2);
    // down puts the former values back from the audit rows.
    await migrate('down');
    expect((await db.getRepository(AssessorEntryEntity).findOneByOrFail({ id: manual.id })).quantity).toBe(3);
    expect((await db.getRepository(InspectionFindingEntity).findOneByOrFail({ id: yesNoFinding.id })).quantity).toBe(2);
  });
});
