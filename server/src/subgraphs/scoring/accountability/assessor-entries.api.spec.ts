import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { InitiativeEntity } from './initiative.entity';
import { InspectionEntity } from './inspection.entity';

const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id version } }`;
const ENTRIES = `query($id: ID!) { scoreSheet(id: $id) { entries { code enteredByAssessor assessorEntryReason selfPoints declaredValue
  assessorRecords { id quantity sourceType sourceLabel reference { documentNumber issuer } note enteredBy } } } }`;
type Entry = {
  code: string;
  enteredByAssessor: boolean;
  assessorEntryReason: string | null;
  selfPoints: number | null;
  declaredValue: string | null;
  assessorRecords: {
    id: string;
    quantity: number;
    sourceType: string;
    sourceLabel: string;
    reference: { documentNumber: string | null } | null;
    enteredBy: string;
  }[];
};

describe(`leaves entered by the assessor (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const entry = async (who: string, unit: string, c: string) => {
    const res = await f.gql<{ scoreSheet: { entries: Entry[] } }>(who, ENTRIES, { id: f.sheetOf[unit] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.scoreSheet.entries.find((e) => e.code === c)!;
  };
  const record = (who: string, unit: string, c: string, quantity: number, documentNumber: string | null = '15/TB-SNV') =>
    f.gql(who, RECORD, {
      input: {
        sheetId: f.sheetOf[unit],
        criterionId: (['STP', 'SYT', 'SNV'].includes(unit) ? f.nodes.d : f.nodes.c).get(c)!.id,
        quantity,
        reference: { documentNumber, issuer: 'Sở Nội vụ', title: documentNumber ? 'Thông báo chậm báo cáo' : null },
        note: 'Báo cáo quý III gửi chậm 12 ngày',
      },
    });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    // The penalty leaf D.1 (MANUAL, at most 3 points) and the deduction leaf 2.4 (5 points, 1 per violation) are the assessor's.
    await f.assessorLeaves({
      'D.1': 'Điểm trừ do chậm báo cáo, theo thông báo của Sở Nội vụ',
      '2.4': 'Vi phạm do đoàn kiểm tra kết luận',
    });
  });
  afterAll(() => f?.system.stop());

  it('the unit sees the leaf read-only with its reason; its own write is refused with a code', async () => {
    const d1 = await entry('officerSTP', 'STP', 'D.1');
    expect(d1).toMatchObject({
      enteredByAssessor: true,
      assessorEntryReason: 'Điểm trừ do chậm báo cáo, theo thông báo của Sở Nội vụ',
      assessorRecords: [],
    });
    const res = await f.sheetAct(
      'officerSTP',
      'STP',
      'saveSelfAssessment(sheetId: $sheetId, version: $version, entries: $entries) { version }',
      '$entries: [SelfAssessmentEntryInput!]!',
      {
        entries: [
          { criterionId: f.nodes.d.get('1.1')!.id, declaredValue: '1' },
          { criterionId: f.nodes.d.get('D.1')!.id, declaredValue: '0' },
        ],
      },
    );
    expect(code(res)).toBe('FORBIDDEN');
    expect(reason(res)).toBe('ASSESSOR_ENTERED');
    expect(res.errors![0].message).toMatch(/D\.1 do cơ quan đánh giá nhập/);
    // Nothing was written, not even the unit's own leaf of the same save.
    expect(await f.system.scoringDb.getRepository(ScoreEntryEntity).countBy({ sheetId: f.sheetOf.STP })).toBe(0);
  });

  it('the assessor enters points with a reference; the leaf’s rule scores them and the result follows', async () => {
    // A submitted unit: the head submits; assessor leaves get their baseline (no penalty, 2.4 full).
    await f.submitOwnLeaves('SYT', ['D.1', '2.4']);
    expect(await entry('appraiserP', 'SYT', '2.4')).toMatchObject({ declaredValue: '0', selfPoints: 5 });
    const resultRepo = f.system.scoringDb.getRepository(UnitResultEntity);
    const before = await resultRepo.findOneByOrFail({ sheetId: f.sheetOf.SYT });
    expect(before.selfTotal).toBe(6800);

    // Refusals: no reference, a unit, another district, a leaf the unit scores.
    expect(code(await record('appraiserP', 'SYT', 'D.1', 1.5, null).then((r) => r))).toBe('BAD_USER_INPUT');
    expect(code(await record('officerSYT', 'SYT', 'D.1', 1.5))).toBe('FORBIDDEN');
    expect(code(await record('chairH1', 'SYT', 'D.1', 1.5))).toBe('FORBIDDEN');
    expect(reason(await record('appraiserP', 'SYT', '1.1', 1))).toBe('NOT_ASSESSOR_LEAF');
    expect(reason(await record('appraiserP', 'SYT', '2.4', 1.5))).toBe('INVALID_QUANTITY');

    expect(code(await record('appraiserP', 'SYT', 'D.1', 1.5))).toBeNull();
    expect(code(await record('appraiserP', 'SYT', '2.4', 2, 'KL 03/KL-ĐKT'))).toBeNull();
    // D.1: 1.50 penalty; 2.4: 5 − 2 × 1 = 3.00. Self total 68 − 2 − 1.5 = 64.50, in the same request.
    const after = await resultRepo.findOneByOrFail({ sheetId: f.sheetOf.SYT });
    expect(after.penaltyPoints).toBe(150);
    expect(after.selfTotal).toBe(6450);
    const d1 = await entry('officerSYT', 'SYT', 'D.1');
    expect(d1).toMatchObject({ selfPoints: 1.5, declaredValue: '1.50' });
    expect(d1.assessorRecords).toEqual([
      expect.objectContaining({
        quantity: 1.5,
        sourceType: 'MANUAL',
        reference: expect.objectContaining({ documentNumber: '15/TB-SNV' }),
        enteredBy: 'appraiserp',
      }),
    ]);

    // A district records on its commune only; the audit has before/after and the reason.
    expect(code(await record('chairH1', 'C1a', 'D.1', 1))).toBeNull();
    expect(code(await record('chairH2', 'C1a', 'D.1', 1))).toBe('FORBIDDEN');
    const audit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ sheetId: f.sheetOf.SYT, action: 'ASSESSOR_ENTRY', criterionId: f.nodes.d.get('D.1')!.id });
    expect(audit).toMatchObject({ actorName: 'appraiserp', reason: 'Báo cáo quý III gửi chậm 12 ngày' });
    expect(audit.after).toMatchObject({ declaredValue: '1.50', selfPoints: 1.5 });

    // Deleting a record re-derives the leaf.
    const del = await f.gql('appraiserP', 'mutation($id: ID!) { deleteAssessorEntry(id: $id, reason: "Nhập nhầm") { id } }', {
      id: d1.assessorRecords[0].id,
    });
    expect(del.errors).toBeUndefined();
    expect((await resultRepo.findOneByOrFail({ sheetId: f.sheetOf.SYT })).penaltyPoints).toBe(0);
  });

  it('a quantity no record can carry is a coded refusal on every path that feeds the leaf, with nothing written', async () => {
    // Before: 3 000 000 000 violations reached the 32-bit column (INTERNAL_SERVER_ERROR on MySQL, stored on SQLite).
    const repo = f.system.scoringDb.getRepository(AssessorEntryEntity);
    const records = await repo.count();
    for (const [leaf, quantity] of [
      ['2.4', 3e9],
      ['2.4', 1e308],
      ['2.4', 10_001],
      ['D.1', 3e7],
      ['D.1', 1e13],
    ] as const) {
      const res = await record('appraiserP', 'STP', leaf, quantity);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(reason(res)).toBe('INVALID_QUANTITY');
      expect(res.errors![0].message).toMatch(new RegExp(`Tiêu chí ${leaf.replace('.', '\\.')}: số (lượng|điểm) quá lớn \\(tối đa`));
    }
    const finding = await f.gql('appraiserP', 'mutation($input: InspectionInput!) { saveInspection(input: $input) { id } }', {
      input: {
        yearId: f.year.id,
        unitId: f.units.STP.id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh',
        decisionNumber: '210/QĐ-UBND',
        findings: [{ text: 'Vi phạm', criterionId: f.nodes.d.get('2.4')!.id, quantity: 3e9 }],
      },
    });
    expect(reason(finding)).toBe('INVALID_QUANTITY');
    const initiative = await f.gql('appraiserP', 'mutation($input: InitiativeInput!) { saveInitiative(input: $input) { id } }', {
      input: {
        yearId: f.year.id,
        unitId: f.units.STP.id,
        title: 'Mô hình một cửa số',
        level: 'PROVINCE',
        decisionNumber: '12/QĐ-UBND',
        decisionDate: '2024-09-10',
        bonusLeafCode: 'D.1',
        bonusValue: 3e7,
      },
    });
    expect(reason(initiative)).toBe('INVALID_INITIATIVE');
    expect(initiative.errors![0].message).toMatch(/điểm thưởng quá lớn/);
    expect(await repo.count()).toBe(records);
    expect(await f.system.scoringDb.getRepository(InspectionEntity).count()).toBe(0);
    expect(await f.system.scoringDb.getRepository(InitiativeEntity).count()).toBe(0);
  });

  it('a YES_NO leaf takes records of exactly 1 (its message says so); 2 or 10 000 are refused with nothing written', async () => {
    // Before: any whole count up to 10 000 was stored on a YES_NO leaf, while 0 was refused with "giá trị phải là 1".
    await f.assessorLeaves({ '1.1': 'Cơ quan đánh giá xác nhận việc ban hành kế hoạch' });
    const repo = f.system.scoringDb.getRepository(AssessorEntryEntity);
    const records = await repo.count();
    for (const quantity of [2, 10_000, 0.5]) {
      const res = await record('appraiserP', 'SYT', '1.1', quantity);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(reason(res)).toBe('INVALID_QUANTITY');
      expect(res.errors![0].message).toBe('Tiêu chí 1.1: giá trị phải là 1.');
    }
    const initiative = await f.gql('appraiserP', 'mutation($input: InitiativeInput!) { saveInitiative(input: $input) { id } }', {
      input: {
        yearId: f.year.id,
        unitId: f.units.SYT.id,
        title: 'Mô hình tiếp nhận hồ sơ trực tuyến',
        level: 'PROVINCE',
        decisionNumber: '13/QĐ-UBND',
        decisionDate: '2024-09-12',
        bonusLeafCode: '1.1',
        bonusValue: 2,
      },
    });
    expect(reason(initiative)).toBe('INVALID_QUANTITY');
    expect(await repo.count()).toBe(records);
    expect(await f.system.scoringDb.getRepository(InitiativeEntity).count()).toBe(0);
    const ok = await record('appraiserP', 'SYT', '1.1', 1);
    expect(ok.errors).toBeUndefined();
    expect(await entry('appraiserP', 'SYT', '1.1')).toMatchObject({ declaredValue: '1', assessorRecords: [{ quantity: 1 }] });
  });
});
