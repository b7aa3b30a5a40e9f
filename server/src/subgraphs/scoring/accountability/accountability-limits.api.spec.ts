/**
 * Adversarial audit, continued: what the public commendation list tells an outsider, texts and
 * lists that outgrow their MySQL columns (a national index's source, the evidence an assessor leaf
 * collects from its records), first saves racing on one key (the year's commendation rule, an
 * analysis note), and the notification page's bounds.
 */
import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { NationalIndexEntity } from '../national-index/national-index.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';

const LIST = `query($y: ID!, $g: ID!) { emulationList(yearId: $y, groupId: $g) {
  rows { unitName eligible overdueRemediation missingReports lateReports initiatives reasons } } }`;
const RULE = `mutation($input: EmulationRuleInput!) { saveEmulationRule(input: $input) { minClassification } }`;
const NOTE = `mutation($i: AnalysisNoteInput!) { saveAnalysisNote(input: $i) { code } }`;
const CREATE_INDEX = `mutation($i: NationalIndexInput!) { createNationalIndex(input: $i) { id source } }`;
const UPDATE_INDEX = `mutation($id: ID!, $i: NationalIndexUpdateInput!) { updateNationalIndex(id: $id, input: $i) { id source } }`;
const SAVE_INSPECTION = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id penaltyCount } }`;
const RECORD = `mutation($input: AssessorEntryInput!) { recordAssessorEntry(input: $input) { id } }`;
const NOTIFICATIONS = `query($first: Int!, $after: String) { myNotifications(first: $first, after: $after) { totalCount } }`;
const IMPORT_INDICES = `mutation($p: ID!, $b: String!) { importNationalIndices(provinceId: $p, base64: $b) { created updated unchanged } }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

type Row = {
  unitName: string;
  eligible: boolean;
  overdueRemediation: number | null;
  missingReports: number | null;
  lateReports: number | null;
  reasons: string[];
};

describe(`accountability limits (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const unit = (k: string) => f.units[k].id;
  const parallel = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)));

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ '2.4': 'Vi phạm do đoàn kiểm tra kết luận' });
    for (const u of ['STP', 'SYT', 'SNV']) await f.submitOwnLeaves(u, ['2.4']);
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the published commendation list shows outsiders the figures its verdict rests on, not internal counts it ignores', async () => {
    // STP: a half-year report received late on paper, one remediation item past its deadline.
    const period = await f.gql<{ saveReportPeriod: { id: string } }>(
      'admin',
      `mutation($input: ReportPeriodInput!) { saveReportPeriod(input: $input) { id } }`,
      {
        input: {
          yearId: f.year.id,
          kind: 'HALF_YEAR',
          title: 'Báo cáo 6 tháng',
          dueDate: '2024-06-30',
          groupIds: [f.departments.id],
        },
      },
    );
    expect(period.errors).toBeUndefined();
    const periodId = period.data!.saveReportPeriod.id;
    for (const u of ['STP', 'SYT', 'SNV'])
      expect(
        (
          await f.gql('admin', `mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status } }`, {
            input: { periodId, unitId: unit(u), receivedOn: u === 'STP' ? '2024-07-05' : '2024-06-20' },
          })
        ).errors,
      ).toBeUndefined();
    const item = await f.gql('admin', `mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id } }`, {
      input: { yearId: f.year.id, unitId: unit('STP'), sourceType: 'MANUAL', title: 'Cập nhật quy chế', deadline: '2024-12-31' },
    });
    expect(item.errors).toBeUndefined();
    // The rule looks at classification (all three are Trung bình) and missing reports only.
    const rule = await f.gql('admin', RULE, {
      input: {
        yearId: f.year.id,
        minClassification: 'AVERAGE',
        excludeOverdueRemediation: false,
        excludeMissingReports: true,
        excludeLateReports: false,
      },
    });
    expect(rule.errors).toBeUndefined();
    // Appraised as declared and approved, results recomputed, then published.
    await f.system.scoringDb
      .createQueryBuilder()
      .update(ScoreEntryEntity)
      .set({ round1Points: () => 'self_points', finalPoints: () => 'self_points' })
      .where({ sheetId: In([f.sheetOf.STP, f.sheetOf.SYT, f.sheetOf.SNV]) })
      .execute();
    await f.system.scoringDb
      .getRepository(ScoreSheetEntity)
      .update({ id: In([f.sheetOf.STP, f.sheetOf.SYT, f.sheetOf.SNV]) }, { status: 'APPROVED' });
    const recomputed = await f.gql('admin', 'mutation($y: ID!) { recomputeYearResults(yearId: $y) { __typename } }', { y: f.year.id });
    expect(recomputed.errors).toBeUndefined();
    const inside = await f.gql<{ emulationList: { rows: Row[] } }>('chairP', LIST, { y: f.year.id, g: f.departments.id });
    const stpInside = inside.data!.emulationList.rows.find((r) => r.unitName === 'Sở Tư pháp')!;
    expect(stpInside).toMatchObject({ eligible: true, overdueRemediation: 1, lateReports: 1, missingReports: 0 });

    await f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.PUBLISHED });
    try {
      for (const who of [undefined, 'chairH1']) {
        const outside = await f.gql<{ emulationList: { rows: Row[] } }>(who, LIST, { y: f.year.id, g: f.departments.id });
        expect(outside.errors).toBeUndefined();
        const rows = outside.data!.emulationList.rows;
        const stp = rows.find((r) => r.unitName === 'Sở Tư pháp')!;
        // The rule ignores late reports and overdue items: an outsider is not told of them (the matrix is internal).
        expect([who ?? 'anonymous', stp]).toEqual([
          who ?? 'anonymous',
          expect.objectContaining({ eligible: true, missingReports: 0, lateReports: null, overdueRemediation: null }),
        ]);
      }
      // The unit's own officer still reads his own figures in full.
      const own = await f.gql<{ emulationList: { rows: Row[] } }>('officerSTP', LIST, { y: f.year.id, g: f.departments.id });
      expect(own.data!.emulationList.rows.find((r) => r.unitName === 'Sở Tư pháp')).toMatchObject({
        lateReports: 1,
        overdueRemediation: 1,
      });
    } finally {
      await f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.SELF_ASSESSMENT });
    }
  });

  it('a national index’s source longer than its column is refused in Vietnamese, on create, update and import', async () => {
    const input = { provinceId: unit('P'), year: 2023, kind: 'PCI', value: '68,5', rank: 10 };
    const long = 'Báo cáo PCI năm 2023 của VCCI, '.repeat(20);
    expect(long.length).toBeGreaterThan(500);
    const refused = await f.gql('admin', CREATE_INDEX, { i: { ...input, source: long } });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/nguồn/i);
    expect(await f.system.scoringDb.getRepository(NationalIndexEntity).count()).toBe(0);
    const created = await f.gql<{ createNationalIndex: { id: string } }>('admin', CREATE_INDEX, { i: { ...input, source: 'VCCI' } });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createNationalIndex.id;
    expect(code(await f.gql('admin', UPDATE_INDEX, { id, i: { value: '70', source: long } }))).toBe('BAD_USER_INPUT');
    expect((await f.system.scoringDb.getRepository(NationalIndexEntity).findOneByOrFail({ id })).source).toBe('VCCI');
    // Exactly at the column's length: kept whole.
    const edge = 'ữ'.repeat(500);
    const kept = await f.gql<{ updateNationalIndex: { source: string } }>('admin', UPDATE_INDEX, { id, i: { value: '70', source: edge } });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateNationalIndex.source).toBe(edge);
    // The import names the row.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chi so');
    sheet.addRow(['Năm', 'Chỉ số', 'Mã đơn vị (DDCI)', 'Giá trị', 'Thứ hạng', 'Trên tổng số', 'Nguồn']);
    sheet.addRow([2022, 'PCI', null, 66, 20, null, 'VCCI']);
    sheet.addRow([2021, 'PCI', null, 65, 21, null, long]);
    const b = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await f.gql('admin', IMPORT_INDICES, { p: unit('P'), b });
    expect([code(imported), reason(imported)]).toEqual(['BAD_USER_INPUT', 'INVALID_ROWS']);
    expect(imported.errors![0].message).toMatch(/Dòng 3: Nguồn số liệu dài/);
    expect(await f.system.scoringDb.getRepository(NationalIndexEntity).count()).toBe(1);
  });

  it('an assessor leaf fed by many records keeps its evidence inside its column: 100 findings of one inspection, 40 long manual references', async () => {
    const team = 'Đoàn kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính của Ủy ban nhân dân tỉnh; '
      .repeat(10)
      .slice(0, 1000);
    const findings = Array.from({ length: 100 }, (_, i) => ({
      text: `Vi phạm thứ ${i + 1}`,
      criterionId: f.nodes.d.get('2.4')!.id,
      quantity: 1,
    }));
    const saved = await f.gql<{ saveInspection: { penaltyCount: number } }>('admin', SAVE_INSPECTION, {
      input: { yearId: f.year.id, unitId: unit('SYT'), kind: 'CONG_VU', date: '2024-11-20', team, decisionNumber: '15/QĐ-UBND', findings },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveInspection.penaltyCount).toBe(100);
    const entry = await f.system.scoringDb
      .getRepository(ScoreEntryEntity)
      .findOneByOrFail({ sheetId: f.sheetOf.SYT, criterionId: f.nodes.d.get('2.4')!.id });
    expect(entry.declaredValue).toBe('100');
    expect(Buffer.byteLength(JSON.stringify(entry.selfEvidence))).toBeLessThanOrEqual(65_535);

    // Forty manual records, each with its own long reference.
    const sheetId = f.sheetOf.SNV;
    for (let i = 0; i < 40; i++) {
      const res = await f.gql('admin', RECORD, {
        input: {
          sheetId,
          criterionId: f.nodes.d.get('2.4')!.id,
          quantity: 1,
          reference: {
            documentNumber: `${i + 1}/BC-${'Đ'.repeat(80)}`,
            issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh — Văn phòng '.repeat(5).slice(0, 250),
            title: `Kết luận số ${i + 1}: ${'Việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính chưa đúng quy định; '.repeat(8).slice(0, 480)}`,
          },
        },
      });
      expect([i, res.errors ?? null]).toEqual([i, null]);
    }
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).countBy({ sheetId })).toBe(40);
    const manual = await f.system.scoringDb
      .getRepository(ScoreEntryEntity)
      .findOneByOrFail({ sheetId, criterionId: f.nodes.d.get('2.4')!.id });
    expect(manual.declaredValue).toBe('40');
    expect(Buffer.byteLength(JSON.stringify(manual.selfEvidence))).toBeLessThanOrEqual(65_535);
  });

  it('first saves racing on one key answer, coded: the year’s commendation rule, an analysis note', async () => {
    const rules = await parallel(6, (i) =>
      f.gql('admin', RULE, {
        input: {
          yearId: f.year.id,
          minClassification: i % 2 ? 'GOOD' : 'EXCELLENT',
          excludeOverdueRemediation: true,
          excludeMissingReports: true,
          excludeLateReports: i % 2 === 0,
        },
      }),
    );
    for (const r of rules) if (r.errors) expect(code(r)).toBe('CONFLICT');
    expect(rules.some((r) => !r.errors)).toBe(true);
    const notes = await parallel(6, (i) =>
      f.gql('admin', NOTE, {
        i: { yearId: f.year.id, groupId: f.departments.id, code: '2.4', cause: `Nguyên nhân ${i}`, solution: `Giải pháp ${i}` },
      }),
    );
    for (const r of notes) if (r.errors) expect(code(r)).toBe('CONFLICT');
    expect(notes.some((r) => !r.errors)).toBe(true);
  });

  it('notification pages and marks: bounds are coded refusals', async () => {
    for (const [first, after] of [
      [0, null],
      [101, null],
      [-1, null],
      [20, 'abc'],
      [20, '0'],
      [20, '-5'],
      [20, '1.5'],
      [20, 'x'.repeat(5000)],
    ] as const) {
      const res = await f.gql('officerSTP', NOTIFICATIONS, { first, after });
      expect([first, after?.slice(0, 10), code(res)]).toEqual([first, after?.slice(0, 10), 'BAD_USER_INPUT']);
    }
    expect(code(await f.gql('officerSTP', MARK, { ids: ['abc'] }))).toBe('BAD_USER_INPUT');
    // A thousand ids (the longest list the API takes), none his: nothing marked, no error.
    const many = await f.gql<{ markNotificationsRead: number }>('officerSTP', MARK, {
      ids: Array.from({ length: 1000 }, (_, i) => String(i + 1)),
    });
    expect(many.errors).toBeUndefined();
    expect(code(await f.gql('officerSTP', MARK, { ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) }))).toBe('BAD_USER_INPUT');
    expect(reason(await f.gql(undefined, NOTIFICATIONS, { first: 5 }))).toBeNull();
    expect(code(await f.gql(undefined, NOTIFICATIONS, { first: 5 }))).toBe('UNAUTHENTICATED');
  });
});
