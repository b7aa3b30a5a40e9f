import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { InitiativeEntity } from './initiative.entity';
import { RemediationItemEntity } from './remediation.entity';
import { ReportPeriodEntity } from './report-period.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';

const SAVE = `mutation($input: InitiativeInput!) { saveInitiative(input: $input) { id unitName bonusLeafCode bonusValue canManage } }`;
const LIST = `query($yearId: ID!) { initiatives(yearId: $yearId) { id unitName title canManage } }`;
const ELIGIBLE = `query($yearId: ID!, $groupId: ID!) { emulationList(yearId: $yearId, groupId: $groupId) {
  provisional canEditRule rule { minClassification isDefault }
  rows { unitName classification { code } missingReports overdueRemediation initiatives eligible reasons } } }`;
const RULE = `mutation($input: EmulationRuleInput!) { saveEmulationRule(input: $input) { minClassification excludeLateReports isDefault } }`;

type Row = {
  unitName: string;
  classification: { code: string } | null;
  missingReports: number;
  initiatives: number;
  eligible: boolean;
  reasons: string[];
};

describe(`emulation and initiatives (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const unit = (k: string) => f.units[k].id;
  const result = (k: string) => f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf[k] });
  const initiative = (over: Record<string, unknown> = {}) => ({
    yearId: f.year.id,
    unitId: unit('SYT'),
    title: 'Mô hình "Bệnh viện không giấy tờ"',
    level: 'PROVINCE',
    decisionNumber: '1234/QĐ-UBND',
    decisionDate: '2024-09-10',
    issuer: 'UBND tỉnh Quảng Ninh',
    bonusLeafCode: 'T.1',
    bonusValue: 1,
    ...over,
  });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ 'D.1': 'Điểm trừ do chậm báo cáo', 'T.1': 'Sáng kiến được công nhận' });
    for (const u of ['STP', 'SYT', 'SNV']) await f.submitOwnLeaves(u, ['D.1', 'T.1']);
  });
  afterAll(() => f?.system.stop());

  it('a recognised initiative with a bonus feeds the bonus leaf in the same transaction; editing does not double it', async () => {
    const before = await result('SYT');
    expect(code(await f.gql('chairH1', SAVE, { input: initiative() }))).toBe('FORBIDDEN');
    expect(code(await f.gql('officerSYT', SAVE, { input: initiative() }))).toBe('FORBIDDEN');
    const bad = await f.gql('appraiserP', SAVE, { input: initiative({ decisionNumber: ' ', bonusLeafCode: null }) });
    expect(reason(bad)).toBe('INVALID_INITIATIVE');
    expect(bad.errors![0].message).toMatch(/số quyết định công nhận.*cả mã tiêu chí và số lượng/);
    const notLeaf = await f.gql('appraiserP', SAVE, { input: initiative({ bonusLeafCode: '1.1' }) });
    expect(reason(notLeaf)).toBe('NOT_ASSESSOR_LEAF');

    const saved = await f.gql<{ saveInitiative: { id: string; bonusValue: number } }>('appraiserP', SAVE, { input: initiative() });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveInitiative.id;
    expect((await result('SYT')).bonusPoints).toBe(before.bonusPoints + 100);
    const edited = await f.gql('appraiserP', SAVE, { input: initiative({ id, bonusValue: 1.5, reason: 'Đính chính mức thưởng' }) });
    expect(edited.errors).toBeUndefined();
    expect((await result('SYT')).bonusPoints).toBe(before.bonusPoints + 150);
    const records = await f.system.scoringDb.getRepository(AssessorEntryEntity).findBy({ sourceType: 'INITIATIVE', sourceId: id });
    expect(records.map((r) => r.quantity)).toEqual([150]);
    expect(records[0].sourceLabel).toMatch(/1234\/QĐ-UBND ngày 10\/09\/2024/);
    const audits = await f.system.scoringDb.getRepository(AuditEventEntity).findBy({ entityId: id });
    expect(audits.map((a) => a.action).sort()).toEqual(['CREATE', 'UPDATE']);

    // A commune's initiative: its district records it, the register shows each reader his scope.
    const commune = await f.gql('chairH1', SAVE, {
      input: initiative({
        unitId: unit('C1a'),
        title: 'Mô hình "Xã thông minh"',
        level: 'DISTRICT',
        bonusLeafCode: null,
        bonusValue: null,
      }),
    });
    expect(commune.errors).toBeUndefined();
    const list = async (who: string) =>
      (await f.gql<{ initiatives: { unitName: string; canManage: boolean }[] }>(who, LIST, { yearId: f.year.id })).data!.initiatives;
    expect((await list('admin')).map((i) => i.unitName).sort()).toEqual(['Sở Y tế', 'Xã Đài Xuyên']);
    expect(await list('chairH1')).toEqual([expect.objectContaining({ unitName: 'Xã Đài Xuyên', canManage: true })]);
    expect(await list('officerC1b')).toEqual([]);
    expect(await list('officerSYT')).toEqual([expect.objectContaining({ unitName: 'Sở Y tế', canManage: false })]);
    expect(code(await f.gql(undefined, LIST, { yearId: f.year.id }))).toBe('FORBIDDEN');

    // Deleting removes the bonus.
    const del = await f.gql('appraiserP', 'mutation($id: ID!) { deleteInitiative(id: $id, reason: "Nhập trùng") }', { id });
    expect(del.errors).toBeUndefined();
    expect((await result('SYT')).bonusPoints).toBe(before.bonusPoints);
  });

  it('moving an initiative takes the assessor of both units; the bonus leaf and the result of both units follow', async () => {
    const entries = f.system.scoringDb.getRepository(ScoreEntryEntity);
    const t1 = (u: string) => entries.findOneByOrFail({ sheetId: f.sheetOf[u], criterionId: f.nodes.d.get('T.1')!.id });
    const [stp, syt] = [await result('STP'), await result('SYT')];
    const move = { unitId: unit('STP'), title: 'Mô hình "Tư pháp số"', decisionNumber: '77/QĐ-UBND' };
    const saved = await f.gql<{ saveInitiative: { id: string } }>('appraiserP', SAVE, { input: initiative(move) });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveInitiative.id;
    expect((await result('STP')).bonusPoints).toBe(stp.bonusPoints + 100);

    const moved = await f.gql<{ saveInitiative: { unitName: string } }>('appraiserP', SAVE, {
      input: initiative({ ...move, id, unitId: unit('SYT'), reason: 'Nhập nhầm đơn vị' }),
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.saveInitiative.unitName).toBe('Sở Y tế');
    // The old unit's leaf and result lose the bonus, the new unit's gain it, in the same transaction.
    expect((await result('STP')).bonusPoints).toBe(stp.bonusPoints);
    expect((await result('SYT')).bonusPoints).toBe(syt.bonusPoints + 100);
    expect(await t1('STP')).toMatchObject({ declaredValue: '0.00', finalPoints: 0, selfNote: null });
    expect(await t1('SYT')).toMatchObject({ declaredValue: '1.00', finalPoints: 100, selfNote: expect.stringMatching(/Tư pháp số/) });
    const records = await f.system.scoringDb.getRepository(AssessorEntryEntity).findBy({ sourceType: 'INITIATIVE', sourceId: id });
    expect(records.map((r) => r.unitId)).toEqual([unit('SYT')]);
    const audit = await f.system.scoringDb.getRepository(AuditEventEntity).findOneByOrFail({ entityId: id, action: 'UPDATE' });
    expect(audit).toMatchObject({
      before: expect.objectContaining({ unitId: unit('STP') }),
      after: expect.objectContaining({ unitId: unit('SYT') }),
    });

    // Communes: district H1 cannot move its commune's initiative to district H2's commune, nor H2 take it over.
    const commune = await f.gql<{ saveInitiative: { id: string } }>('chairH1', SAVE, {
      input: initiative({ unitId: unit('C1a'), title: 'Mô hình "Chợ số"', level: 'DISTRICT', bonusLeafCode: null, bonusValue: null }),
    });
    expect(commune.errors).toBeUndefined();
    const communeId = commune.data!.saveInitiative.id;
    const moveTo = (who: string) =>
      f.gql(who, SAVE, {
        input: initiative({
          id: communeId,
          unitId: unit('C2a'),
          title: 'Mô hình "Chợ số"',
          level: 'DISTRICT',
          bonusLeafCode: null,
          bonusValue: null,
        }),
      });
    const into = await moveTo('chairH1');
    expect([code(into), reason(into)]).toEqual(['FORBIDDEN', 'MOVE_TO_SCOPE']);
    expect(into.errors![0].message).toMatch(/^Không chuyển được sáng kiến: bạn không phải cơ quan đánh giá của đơn vị nhận/);
    const outOf = await moveTo('chairH2');
    expect([code(outOf), reason(outOf)]).toEqual(['FORBIDDEN', 'MOVE_FROM_SCOPE']);
    expect(outOf.errors![0].message).toMatch(/^Không chuyển được sáng kiến sang đơn vị khác: chỉ cơ quan đánh giá của đơn vị đang có/);
    // The department's assessor (the province) does not manage communes either way.
    const province = await f.gql('appraiserP', SAVE, {
      input: initiative({ ...move, id, unitId: unit('C1a'), bonusLeafCode: null, bonusValue: null }),
    });
    expect([code(province), reason(province)]).toEqual(['FORBIDDEN', 'MOVE_TO_SCOPE']);
    expect((await f.system.scoringDb.getRepository(InitiativeEntity).findOneByOrFail({ id: communeId })).unitId).toBe(unit('C1a'));
    expect((await f.system.scoringDb.getRepository(InitiativeEntity).findOneByOrFail({ id })).unitId).toBe(unit('SYT'));
    // A plain edit by someone who manages neither end keeps the general refusal.
    expect(reason(await f.gql('chairH2', SAVE, { input: initiative({ ...move, id, unitId: unit('SYT') }) }))).toBe('SCOPE');

    for (const [who, del] of [
      ['appraiserP', id],
      ['chairH1', communeId],
    ])
      expect(
        (await f.gql(who, 'mutation($id: ID!) { deleteInitiative(id: $id, reason: "Dọn dữ liệu thử") }', { id: del })).errors,
      ).toBeUndefined();
    expect((await result('SYT')).bonusPoints).toBe(syt.bonusPoints);
  });

  it('lists the units eligible for commendation under the year’s rule, with reasons, and exports it', async () => {
    // The departments' appraisal is complete: STP Xuất sắc, SYT Tốt, SNV Tốt (stored results, as approval leaves them).
    const results = f.system.scoringDb.getRepository(UnitResultEntity);
    for (const [u, cls, index] of [
      ['STP', 'EXCELLENT', 9200],
      ['SYT', 'GOOD', 8500],
      ['SNV', 'GOOD', 8100],
    ] as const) {
      await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf[u] }, { status: 'APPROVED' });
      await results.update({ sheetId: f.sheetOf[u] }, { classificationCode: cls, index, rankable: true });
    }
    await f.system.scoringDb.getRepository(UnitGroupEntity).increment({ id: f.departments.id }, 'resultsVersion', 1);
    // Hand-computed under the rule saved below (at least Trung bình, no overdue remediation, no missing report):
    // STP eligible; SYT out (2 overdue remediation items); SNV out (the half-year report never came).
    expect(
      code(
        await f.gql('chairP', RULE, {
          input: {
            yearId: f.year.id,
            minClassification: 'AVERAGE',
            excludeOverdueRemediation: true,
            excludeMissingReports: true,
            excludeLateReports: false,
          },
        }),
      ),
    ).toBe('FORBIDDEN');
    const rule = await f.gql('admin', RULE, {
      input: {
        yearId: f.year.id,
        minClassification: 'AVERAGE',
        excludeOverdueRemediation: true,
        excludeMissingReports: true,
        excludeLateReports: false,
        reason: 'Quy định năm 2024',
      },
    });
    expect(rule.errors).toBeUndefined();
    expect(
      reason(
        await f.gql('admin', RULE, {
          input: {
            yearId: f.year.id,
            minClassification: 'GOLD',
            excludeOverdueRemediation: true,
            excludeMissingReports: true,
            excludeLateReports: false,
          },
        }),
      ),
    ).toBe('INVALID_RULE');
    // SNV misses a report; SYT has overdue remediation items.
    const periods = f.system.scoringDb.getRepository(ReportPeriodEntity);
    await periods.save(
      periods.create({
        id: randomUUID(),
        yearId: f.year.id,
        kind: 'HALF_YEAR',
        title: 'Báo cáo 6 tháng',
        dueDate: '2024-06-30',
        groupIds: [f.departments.id],
        penaltyLeafCode: null,
        updatedBy: 'test',
        updatedAt: new Date(),
      }),
    );
    for (const u of ['STP', 'SYT'])
      expect(
        (
          await f.gql('appraiserP', `mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status } }`, {
            input: {
              periodId: (await periods.findOneByOrFail({ title: 'Báo cáo 6 tháng' })).id,
              unitId: unit(u),
              receivedOn: '2024-06-28',
            },
          })
        ).errors,
      ).toBeUndefined();
    // Two remediation items of SYT past their deadline and still open (one closed does not count).
    const items = f.system.scoringDb.getRepository(RemediationItemEntity);
    for (const [title, status] of [
      ['Công khai TTHC', 'OPEN'],
      ['Cập nhật quy chế', 'RETURNED'],
      ['Sắp xếp bộ phận một cửa', 'CLOSED'],
    ] as const)
      await items.save(
        items.create({
          id: randomUUID(),
          yearId: f.year.id,
          unitId: unit('SYT'),
          sourceType: 'MANUAL',
          sourceId: null,
          sourceLabel: null,
          criterionId: null,
          criterionCode: null,
          title,
          deadline: '2025-03-31',
          status,
          createdBy: 'test',
          createdAt: new Date(),
          updatedAt: new Date(),
          closedAt: null,
          revision: 1,
        }),
      );

    const res = await f.gql<{ emulationList: { canEditRule: boolean; rule: { isDefault: boolean }; rows: Row[] } }>('chairP', ELIGIBLE, {
      yearId: f.year.id,
      groupId: f.departments.id,
    });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.emulationList.rows;
    const by = Object.fromEntries(rows.map((r) => [r.unitName, r]));
    expect(Object.fromEntries(rows.map((r) => [r.unitName, r.classification?.code]))).toEqual(
      Object.fromEntries([
        ['Sở Tư pháp', 'EXCELLENT'],
        ['Sở Y tế', 'GOOD'],
        ['Sở Nội vụ', 'GOOD'],
      ]),
    );
    expect(by['Sở Tư pháp']).toMatchObject({ eligible: true, reasons: [] });
    expect(by['Sở Y tế']).toMatchObject({ eligible: false, reasons: ['còn 2 nhiệm vụ khắc phục quá hạn'] });
    expect(by['Sở Nội vụ']).toMatchObject({ eligible: false, missingReports: 1, reasons: ['thiếu 1 báo cáo định kỳ'] });
    expect(res.data!.emulationList.rule.isDefault).toBe(false);

    // Scope: a unit sees nothing provisional, not even its own row; outsiders nothing until published, then only the eligible
    // (emulation-visibility.api.spec.ts: every caller before and after publication).
    expect(reason(await f.gql('officerSNV', ELIGIBLE, { yearId: f.year.id, groupId: f.departments.id }))).toBe('NOT_PUBLISHED');
    expect(code(await f.gql(undefined, ELIGIBLE, { yearId: f.year.id, groupId: f.departments.id }))).toBe('UNAUTHENTICATED');
    expect(reason(await f.gql('chairH1', ELIGIBLE, { yearId: f.year.id, groupId: f.departments.id }))).toBe('NOT_PUBLISHED');

    const file = await f.gql<{ exportEmulationList: { fileName: string; base64: string } }>(
      'chairP',
      `query($yearId: ID!, $groupId: ID!) { exportEmulationList(yearId: $yearId, groupId: $groupId) { fileName base64 } }`,
      { yearId: f.year.id, groupId: f.departments.id },
    );
    expect(file.data!.exportEmulationList.fileName).toBe('xet-khen-thuong-2024-khoi-so-ban-nganh.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data!.exportEmulationList.base64, 'base64') as unknown as ArrayBuffer);
    const cells = book.worksheets[0]
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(cells).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Có', 'thiếu 1 báo cáo định kỳ']));

    // Statements do not grow with rows (a published read, as external apps make it).
    const run = () => countQueries(f.system.scoringDb, () => f.gql('admin', ELIGIBLE, { yearId: f.year.id, groupId: f.departments.id }));
    const a = await run();
    const b = await run();
    expect(b.count).toBe(a.count);

    await f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.PUBLISHED });
    try {
      const pub = await f.gql<{ emulationList: { rows: Row[] } }>(undefined, ELIGIBLE, { yearId: f.year.id, groupId: f.departments.id });
      expect(pub.errors).toBeUndefined();
      expect(pub.data!.emulationList.rows.map((r) => r.unitName)).toEqual(['Sở Tư pháp']);
    } finally {
      await f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status: YearStatus.SELF_ASSESSMENT });
    }
  });
});
