/**
 * A leaf holding the assessor's records keeps taking them while they exist: on a reopened set,
 * turning its "entered by the assessor" off, giving it a method records cannot feed, adding a child
 * under it, deleting it (or its area), or copying a set over it that does any of these is refused
 * (CONFLICT ASSESSOR_RECORDS_EXIST, Vietnamese, naming the leaf, the records' sources and units and
 * where to remove them), nothing written. Without records the same edits go through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import type { GraphQLResponse } from '../../../testing/test-system';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CriteriaNodeEntity } from '../criteria/criteria-node.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';

const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id } }`;
const INSPECTION = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id } }`;
const REOPEN_SET = 'mutation($y: ID!, $g: ID!) { reopenCriteriaSet(yearId: $y, groupId: $g, reason: "Sửa bộ chỉ số") { locked } }';
const UPDATE = `mutation($id: ID!, $input: UpdateCriterionInput!) { updateCriterion(id: $id, input: $input) { id enteredByAssessor } }`;
const ADD = `mutation($input: AddCriterionInput!) { addCriterion(input: $input) { id } }`;
const DELETE = `mutation($id: ID!) { deleteCriterion(id: $id) }`;
const COPY = `mutation($fy: ID!, $fg: ID!, $ty: ID!, $tg: ID!) { copyCriteriaSet(fromYearId: $fy, fromGroupId: $fg, toYearId: $ty, toGroupId: $tg) { locked } }`;

describe(`a leaf holding the assessor's records keeps taking them (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let manualId: string;
  let inspectionId: string;
  const d = (c: string) => f.nodes.d.get(c)!.id;

  /** Everything a refused edit could have written: the set, the audit trail, the sheets, the records. */
  async function snapshot() {
    const db = f.system.scoringDb;
    return {
      nodes: await db.getRepository(CriteriaNodeEntity).find({ where: { groupId: f.departments.id }, order: { id: 'ASC' } }),
      audits: await db.getRepository(AuditEventEntity).count(),
      sheets: (await db.getRepository(ScoreSheetEntity).find({ where: { yearId: f.year.id }, order: { id: 'ASC' } })).map((s) => [
        s.id,
        s.version,
      ]),
      records: await db.getRepository(AssessorEntryEntity).count(),
    };
  }
  const refused = async (attempt: () => Promise<GraphQLResponse<unknown>>, why: string) => {
    const before = await snapshot();
    const res = await attempt();
    expect([code(res), reason(res)], why).toEqual(['CONFLICT', 'ASSESSOR_RECORDS_EXIST']);
    expect(res.errors![0].message, why).toContain(why);
    expect(await snapshot(), why).toEqual(before);
    return res;
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ '2.4': 'Vi phạm do đoàn kiểm tra kết luận', 'D.1': 'Điểm trừ do chậm báo cáo' });
    const manual = await f.gql<{ recordAssessorEntry: { id: string } }>('appraiserP', RECORD, {
      input: { sheetId: f.sheetOf.STP, criterionId: d('2.4'), quantity: 1, reference: { documentNumber: '15/TB-SNV' } },
    });
    expect(manual.errors).toBeUndefined();
    manualId = (await f.system.scoringDb.getRepository(AssessorEntryEntity).findOneByOrFail({ sourceType: 'MANUAL' })).id;
    const inspection = await f.gql<{ saveInspection: { id: string } }>('appraiserP', INSPECTION, {
      input: {
        yearId: f.year.id,
        unitId: f.units.SYT.id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh',
        decisionNumber: '210/QĐ-UBND',
        findings: [{ text: 'Chưa công khai đầy đủ TTHC', criterionId: d('2.4'), quantity: 2 }],
      },
    });
    expect(inspection.errors).toBeUndefined();
    inspectionId = inspection.data!.saveInspection.id;
    expect((await f.gql('admin', REOPEN_SET, { y: f.year.id, g: f.departments.id })).errors).toBeUndefined();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('turning "entered by the assessor" off is refused, saying which records, whose, and where to remove them', async () => {
    const res = await refused(() => f.gql('admin', UPDATE, { id: d('2.4'), input: { enteredByAssessor: false } }), 'bỏ đánh dấu');
    const message = res.errors![0].message;
    expect(message).toMatch(/^Chưa lưu được: tiêu chí 2\.4 đang có 2 bản ghi do cơ quan đánh giá nhập/);
    expect(message).toContain('1 nhập trực tiếp, 1 theo kết luận kiểm tra');
    expect(message).toContain('của 2 đơn vị: Sở Tư pháp, Sở Y tế');
    expect(message).toContain('xóa bản ghi nhập trực tiếp (nêu lý do); sửa hoặc xóa nội dung kết luận kiểm tra có trừ điểm');
    expect(res.errors![0].extensions).toMatchObject({ criteria: ['2.4'], records: 2, units: 2 });
  });

  it('a method records cannot feed, a child under the leaf, deleting it or its area, a set copied over it: refused, nothing written', async () => {
    await refused(
      () => f.gql('admin', UPDATE, { id: d('2.4'), input: { method: 'PROPORTIONAL', params: '{}' } }),
      'đổi sang phương pháp chấm',
    );
    await refused(
      () =>
        f.gql('admin', ADD, {
          input: {
            yearId: f.year.id,
            groupId: f.departments.id,
            parentId: d('2.4'),
            code: '2.4.1',
            title: 'Vi phạm niêm yết',
            maxPoints: 1,
            section: 'SCORED',
            method: 'DEDUCTION',
            params: '{"pointsPerViolation":1}',
          },
        }),
      'thêm tiêu chí con',
    );
    await refused(() => f.gql('admin', DELETE, { id: d('2.4') }), 'bị xóa');
    await refused(() => f.gql('admin', DELETE, { id: d('2') }), '2.4: bị xóa');
    // The communes' set has 2.4 scored by the unit: copied over the departments' set it would turn the leaf off.
    await f.system.scoringDb.getRepository(CriteriaNodeEntity).update({ id: f.nodes.c.get('2.4')!.id }, { enteredByAssessor: false });
    await refused(
      () => f.gql('admin', COPY, { fy: f.year.id, fg: f.communes.id, ty: f.year.id, tg: f.departments.id }),
      'bỏ đánh dấu "do cơ quan đánh giá nhập"',
    );
  });

  it('a leaf without records is turned off as before; once its records are removed at their sources, so is 2.4', async () => {
    const free = await f.gql<{ updateCriterion: { enteredByAssessor: boolean } }>('admin', UPDATE, {
      id: d('D.1'),
      input: { enteredByAssessor: false },
    });
    expect(free.errors).toBeUndefined();
    expect(free.data!.updateCriterion.enteredByAssessor).toBe(false);
    expect(
      (await f.gql('appraiserP', 'mutation($id: ID!) { deleteAssessorEntry(id: $id, reason: "Nhập nhầm") { id } }', { id: manualId }))
        .errors,
    ).toBeUndefined();
    // One record left (the inspection's): still refused, now naming one unit.
    const one = await refused(() => f.gql('admin', UPDATE, { id: d('2.4'), input: { enteredByAssessor: false } }), 'của 1 đơn vị: Sở Y tế');
    expect(one.errors![0].message).not.toContain('nhập trực tiếp');
    expect(
      (await f.gql('appraiserP', 'mutation($id: ID!) { deleteInspection(id: $id, reason: "Nhập nhầm đơn vị") }', { id: inspectionId }))
        .errors,
    ).toBeUndefined();
    const done = await f.gql<{ updateCriterion: { enteredByAssessor: boolean } }>('admin', UPDATE, {
      id: d('2.4'),
      input: { enteredByAssessor: false },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateCriterion.enteredByAssessor).toBe(false);
  });
});
