import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { In } from 'typeorm';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { RemediationItemEntity } from './remediation.entity';

const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id unitName kind date penaltyCount canManage
  findings { id text criterionCode quantity remediationId remediationStatus remediationDeadline } } }`;
const INSPECTIONS = `query($y: ID!, $u: ID) { inspections(yearId: $y, unitId: $u) { id unitName decisionNumber findings { text } } }`;
const ITEMS = `query($y: ID!, $u: ID, $o: Boolean) { remediationItems(yearId: $y, unitId: $u, overdueOnly: $o) {
  id unitName status title deadline overdue daysLeft criterionCode sourceType availableActions
  events { action toStatus note actorName evidence { documentNumber fileId } } } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status availableActions events { action note } } }`;
const TASKS = `{ myTasks { id kind title targetId deadline deadlineFor unitName } }`;

type Finding = {
  id: string;
  text: string;
  criterionCode: string | null;
  quantity: number | null;
  remediationId: string | null;
  remediationStatus: string | null;
  remediationDeadline: string | null;
};
type Inspection = { id: string; unitName: string; penaltyCount: number; canManage: boolean; findings: Finding[] };
type Item = {
  id: string;
  unitName: string;
  status: string;
  title: string;
  deadline: string;
  overdue: boolean;
  daysLeft: number;
  criterionCode: string | null;
  sourceType: string;
  availableActions: string[];
  events: { action: string; toStatus: string; note: string | null; actorName: string; evidence: { documentNumber: string | null }[] }[];
};

/** The Vietnam calendar day `days` from today. */
const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe(`inspections and remediation (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const leaf = (unit: string, c: string) => (['STP', 'SYT', 'SNV'].includes(unit) ? f.nodes.d : f.nodes.c).get(c)!.id;
  const save = (who: string, unit: string, findings: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    f.gql<{ saveInspection: Inspection }>(who, SAVE, {
      input: {
        yearId: f.year.id,
        unitId: f.units[unit].id,
        kind: 'CCHC',
        date: '2024-10-15',
        team: 'Đoàn kiểm tra CCHC tỉnh (QĐ 210/QĐ-UBND)',
        decisionNumber: '210/QĐ-UBND',
        findings,
        ...extra,
      },
    });
  const items = async (who: string, unit?: string, overdueOnly?: boolean) => {
    const res = await f.gql<{ remediationItems: Item[] }>(who, ITEMS, {
      y: f.year.id,
      u: unit ? f.units[unit].id : null,
      o: overdueOnly ?? null,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.remediationItems;
  };
  const act = (who: string, id: string, action: string, note: string | null = null, evidence: unknown[] = []) =>
    f.gql<{ actOnRemediation: Item }>(who, ACT, { input: { id, action, note, evidence } });
  const result = (unit: string) => f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf[unit] });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    // 2.4 (DEDUCTION, 5 points, 1 per violation) and D.1 (MANUAL penalty, at most 3) are the assessor's.
    await f.assessorLeaves({ '2.4': 'Vi phạm do đoàn kiểm tra kết luận', 'D.1': 'Điểm trừ theo kết luận' });
    for (const unit of ['STP', 'SYT', 'C1a']) await f.submitOwnLeaves(unit, ['D.1', '2.4']);
    // The two departments are appraised as declared, so they are ranked (a full recompute ranks them).
    await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: In([f.sheetOf.STP, f.sheetOf.SYT]) }, { status: 'APPRAISED' });
    const recomputed = await f.gql('admin', 'mutation($y: ID!) { recomputeYearResults(yearId: $y) { __typename } }', { y: f.year.id });
    expect(recomputed.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('a finding with a penalty lowers points, index and rank in the same transaction and opens a remediation item', async () => {
    const before = { syt: await result('SYT'), stp: await result('STP') };
    expect(before.syt.selfTotal).toBe(before.stp.selfTotal);
    expect(before.syt.rankInGroup).toBe(1);
    expect(before.stp.rankInGroup).toBe(1);

    // A refused finding (its leaf is the unit's own) leaves nothing behind, not even the valid finding beside it.
    const refused = await save('appraiserP', 'SYT', [
      { text: 'Chưa công khai đầy đủ TTHC', criterionId: leaf('SYT', '2.4'), quantity: 2 },
      { text: 'Chưa ban hành kế hoạch', criterionId: leaf('SYT', '1.1'), quantity: 1 },
    ]);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(reason(refused)).toBe('NOT_ASSESSOR_LEAF');
    expect(refused.errors![0].message).toMatch(/Tiêu chí 1\.1 do đơn vị tự chấm/);
    expect(await f.system.scoringDb.getRepository(RemediationItemEntity).count()).toBe(0);
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).count()).toBe(0);
    expect((await result('SYT')).selfTotal).toBe(before.syt.selfTotal);

    const res = await save('appraiserP', 'SYT', [
      { text: 'Chưa công khai đầy đủ TTHC tại bộ phận một cửa', criterionId: leaf('SYT', '2.4'), quantity: 2, deadline: '2025-03-31' },
      { text: 'Hồ sơ trễ hạn chưa có văn bản xin lỗi' },
    ]);
    expect(res.errors).toBeUndefined();
    const saved = res.data!.saveInspection;
    expect(saved).toMatchObject({ unitName: 'Sở Y tế', penaltyCount: 2, canManage: true });
    expect(saved.findings.map((x) => [x.criterionCode, x.quantity, x.remediationStatus, x.remediationDeadline])).toEqual([
      ['2.4', 2, 'OPEN', '2025-03-31'],
      [null, null, 'OPEN', '2024-12-14'],
    ]);
    // Stored results move as the mutation returns: 2 violations × 1 point off 2.4, the rank follows.
    const after = { syt: await result('SYT'), stp: await result('STP') };
    expect(after.syt.selfTotal).toBe(before.syt.selfTotal - 200);
    expect(Number(after.syt.index)).toBeLessThan(Number(before.syt.index));
    expect([after.stp.rankInGroup, after.syt.rankInGroup]).toEqual([1, 2]);
    const entry = await f.system.scoringDb
      .getRepository(ScoreEntryEntity)
      .findOneByOrFail({ sheetId: f.sheetOf.SYT, criterionId: leaf('SYT', '2.4') });
    expect(entry).toMatchObject({ declaredValue: '2', selfPoints: 300 });
    const record = await f.system.scoringDb.getRepository(AssessorEntryEntity).findOneByOrFail({ sheetId: f.sheetOf.SYT });
    expect(record).toMatchObject({ sourceType: 'INSPECTION', sourceId: saved.findings[0].id, quantity: 2 });
    expect(record.sourceLabel).toMatch(/^Kiểm tra CCHC — QĐ 210\/QĐ-UBND: Chưa công khai/);
    const list = await items('appraiserP', 'SYT');
    expect(list.map((i) => [i.criterionCode, i.sourceType, i.status])).toEqual([
      [null, 'INSPECTION', 'OPEN'],
      ['2.4', 'INSPECTION', 'OPEN'],
    ]);
    const audit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityType: 'INSPECTION' as AuditEventEntity['entityType'], entityId: saved.id });
    expect(audit).toMatchObject({ action: 'CREATE', actorName: 'appraiserp', before: null });

    // Editing the finding (1 violation) and then removing it reverses its effect step by step.
    const edit = await save(
      'appraiserP',
      'SYT',
      [{ id: saved.findings[0].id, text: saved.findings[0].text, criterionId: leaf('SYT', '2.4'), quantity: 1, deadline: '2025-03-31' }],
      { id: saved.id, reason: 'Đoàn kiểm tra đính chính kết luận' },
    );
    expect(edit.errors).toBeUndefined();
    expect((await result('SYT')).selfTotal).toBe(before.syt.selfTotal - 100);
    const cancelled = await f.system.scoringDb
      .getRepository(RemediationItemEntity)
      .findOneByOrFail({ id: saved.findings[1].remediationId! });
    expect(cancelled.status).toBe('CANCELLED');
    const removed = await save('appraiserP', 'SYT', [{ text: 'Không còn vi phạm' }], { id: saved.id, reason: 'Hủy kết luận' });
    expect(removed.errors).toBeUndefined();
    expect((await result('SYT')).selfTotal).toBe(before.syt.selfTotal);
    expect((await result('SYT')).rankInGroup).toBe((await result('STP')).rankInGroup);
    expect(await f.system.scoringDb.getRepository(AssessorEntryEntity).count()).toBe(0);
    const updateAudit = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findBy({ entityType: 'INSPECTION' as AuditEventEntity['entityType'], entityId: saved.id, action: 'UPDATE' });
    expect(updateAudit.map((a) => a.reason)).toEqual(['Đoàn kiểm tra đính chính kết luận', 'Hủy kết luận']);

    // Deleting the inspection needs a reason and cancels what it opened.
    expect(code(await f.gql('appraiserP', 'mutation($id: ID!) { deleteInspection(id: $id, reason: " ") }', { id: saved.id }))).toBe(
      'BAD_USER_INPUT',
    );
    const del = await f.gql('appraiserP', 'mutation($id: ID!) { deleteInspection(id: $id, reason: "Nhập nhầm đơn vị") }', { id: saved.id });
    expect(del.errors).toBeUndefined();
    expect((await items('appraiserP', 'SYT')).length).toBe(0);
  });

  it('a district chairman records inspections of his communes only; a commune officer sees only his own', async () => {
    const mine = await save('chairH1', 'C1a', [{ text: 'Bộ phận một cửa thiếu biển chỉ dẫn', deadline: vnDay(30) }], { kind: 'CONG_VU' });
    expect(mine.errors).toBeUndefined();
    expect(code(await save('chairH1', 'C2a', [{ text: 'x' }]))).toBe('FORBIDDEN');
    expect(code(await save('chairH1', 'STP', [{ text: 'x' }]))).toBe('FORBIDDEN');
    expect(code(await save('chairH2', 'C1a', [{ text: 'x' }]))).toBe('FORBIDDEN');
    expect(code(await save('officerC1a', 'C1a', [{ text: 'x' }]))).toBe('FORBIDDEN');
    // The province reads the district's communes (results roll up) but does not manage them.
    expect(code(await save('appraiserP', 'C1a', [{ text: 'x' }]))).toBe('FORBIDDEN');
    expect(code(await save('admin', 'C1b', [{ text: 'Thiếu báo cáo', deadline: vnDay(-1) }]))).toBeNull();

    const read = async (who: string | undefined, unit?: string) => {
      const res = await f.gql<{ inspections: { unitName: string }[] }>(who, INSPECTIONS, {
        y: f.year.id,
        u: unit ? f.units[unit].id : null,
      });
      return res.errors ? code(res) : res.data!.inspections.map((i) => i.unitName).sort();
    };
    expect(await read('chairH1')).toEqual(['Xã Bình Dân', 'Xã Đài Xuyên']);
    expect(await read('appraiserP')).toEqual(['Xã Bình Dân', 'Xã Đài Xuyên']);
    expect(await read('chairH2')).toEqual([]);
    expect(await read('officerC1a')).toEqual(['Xã Đài Xuyên']);
    expect(await read('officerC1a', 'C1b')).toEqual([]);
    expect(await read('headSTP')).toEqual([]);
    expect(await read(undefined)).toBe('UNAUTHENTICATED');
    const key = await f.gql<{ createApiClient: { key: string } }>(
      'admin',
      'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }',
      { input: { name: 'Cổng thông tin' } },
    );
    const app = await f.system.gql(INSPECTIONS, { y: f.year.id }, { headers: { 'x-api-key': key.data!.createApiClient.key } });
    expect(code(app)).toBe('FORBIDDEN');
    const appItems = await f.system.gql(ITEMS, { y: f.year.id }, { headers: { 'x-api-key': key.data!.createApiClient.key } });
    expect(code(appItems)).toBe('FORBIDDEN');

    expect((await items('officerC1a')).map((i) => i.unitName)).toEqual(['Xã Đài Xuyên']);
    expect((await items('chairH1')).map((i) => i.unitName).sort()).toEqual(['Xã Bình Dân', 'Xã Đài Xuyên']);
    expect(await items('chairH2')).toEqual([]);
    expect(await items('officerC1b', 'C1a')).toEqual([]);
    // Overdue: C1b's deadline was yesterday (Vietnam time).
    const overdue = await items('chairH1', undefined, true);
    expect(overdue.map((i) => [i.unitName, i.overdue, i.daysLeft])).toEqual([['Xã Bình Dân', true, -1]]);
    const heads = await f.gql<{ headsList: { rows: { unitName: string; overdueRemediation: number }[] } }>(
      'chairH1',
      'query($y: ID!, $g: ID!) { headsList(yearId: $y, groupId: $g) { rows { unitName overdueRemediation } } }',
      { y: f.year.id, g: f.communes.id },
    );
    expect(heads.data!.headsList.rows.map((r) => [r.unitName, r.overdueRemediation]).sort()).toEqual([
      ['Xã Bình Dân', 1],
      ['Xã Đài Xuyên', 0],
    ]);
  });

  it('the unit reports with evidence, the assessor returns with a reason then accepts; the inbox follows', async () => {
    const [item] = await items('officerC1a', 'C1a');
    expect(item.availableActions).toEqual(['REPORT']);
    const tasks = async (who: string) =>
      (await f.gql<{ myTasks: { kind: string; targetId: string | null; deadline: string | null }[] }>(who, TASKS)).data!.myTasks.filter(
        (t) => t.kind === 'REMEDIATE' || t.kind === 'REVIEW_REMEDIATION',
      );
    expect(await tasks('officerC1a')).toEqual([expect.objectContaining({ kind: 'REMEDIATE', targetId: item.id, deadline: vnDay(30) })]);
    expect(await tasks('chairH1')).toEqual([]);

    expect(reason(await act('officerC1a', item.id, 'ACCEPT'))).toBe('REMEDIATION_SIDE');
    expect(reason(await act('officerC1a', item.id, 'REPORT', ' '))).toBe('REASON_REQUIRED');
    expect(reason(await act('officerC1a', item.id, 'REPORT', 'Đã lắp biển', [{}]))).toBe('INVALID_EVIDENCE');
    expect(code(await act('officerC1b', item.id, 'REPORT', 'x'))).toBe('FORBIDDEN');
    const reported = await act('officerC1a', item.id, 'REPORT', 'Đã lắp biển chỉ dẫn', [
      { documentNumber: '45/BC-UBND', title: 'Báo cáo kết quả khắc phục' },
    ]);
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.actOnRemediation.status).toBe('REPORTED');
    expect(await tasks('chairH1')).toEqual([expect.objectContaining({ kind: 'REVIEW_REMEDIATION', targetId: item.id })]);
    expect(await tasks('officerC1a')).toEqual([]);

    expect(reason(await act('chairH1', item.id, 'RETURN', ''))).toBe('REASON_REQUIRED');
    expect(code(await act('chairH2', item.id, 'ACCEPT'))).toBe('FORBIDDEN');
    expect(code(await act('appraiserP', item.id, 'ACCEPT'))).toBe('FORBIDDEN');
    expect((await act('chairH1', item.id, 'RETURN', 'Thiếu ảnh chụp biển')).data!.actOnRemediation.status).toBe('RETURNED');
    expect(await tasks('officerC1a')).toEqual([expect.objectContaining({ kind: 'REMEDIATE' })]);
    expect((await act('officerC1a', item.id, 'REPORT', 'Bổ sung ảnh', [{ title: 'Ảnh chụp biển chỉ dẫn' }])).errors).toBeUndefined();
    const closed = await act('chairH1', item.id, 'ACCEPT');
    expect(closed.data!.actOnRemediation).toMatchObject({ status: 'CLOSED', availableActions: ['REOPEN'] });
    expect(reason(await act('chairH1', item.id, 'ACCEPT'))).toBe('REMEDIATION_STATE');
    const [done] = await items('officerC1a', 'C1a');
    expect(done.events.map((e) => `${e.action} ${e.toStatus} ${e.actorName}`)).toEqual([
      'CREATE OPEN chairh1',
      'REPORT REPORTED officerc1a',
      'RETURN RETURNED chairh1',
      'REPORT REPORTED officerc1a',
      'ACCEPT CLOSED chairh1',
    ]);
    expect(done.events[1].evidence).toEqual([{ documentNumber: '45/BC-UBND', fileId: null }]);
    const audits = await f.system.scoringDb
      .getRepository(AuditEventEntity)
      .findBy({ entityType: 'REMEDIATION' as AuditEventEntity['entityType'], entityId: item.id });
    expect(audits.map((a) => `${a.action}:${a.reason ?? ''}`)).toEqual([
      'CREATE:',
      'REPORT:Đã lắp biển chỉ dẫn',
      'RETURN:Thiếu ảnh chụp biển',
      'REPORT:Bổ sung ảnh',
      'ACCEPT:',
    ]);
  });

  it('a finding sent twice in one save is refused: it would leave a second penalty record no finding owns', async () => {
    const records = f.system.scoringDb.getRepository(AssessorEntryEntity);
    const first = await save('appraiserP', 'STP', [{ text: 'Niêm yết TTHC chưa đầy đủ', criterionId: leaf('STP', '2.4'), quantity: 1 }]);
    expect(first.errors).toBeUndefined();
    const inspection = first.data!.saveInspection;
    const finding = inspection.findings[0];
    const before = await records.countBy({ sheetId: f.sheetOf.STP });
    const penaltyBefore = (await result('STP')).selfTotal;
    // Before: both copies wrote a record for the finding; one stayed with no finding, counted on the leaf for good.
    const twice = await save(
      'appraiserP',
      'STP',
      [
        { id: finding.id, text: finding.text, criterionId: leaf('STP', '2.4'), quantity: 2 },
        { id: finding.id, text: finding.text, criterionId: leaf('STP', '2.4'), quantity: 2 },
      ],
      { id: inspection.id },
    );
    expect(code(twice)).toBe('BAD_USER_INPUT');
    expect(reason(twice)).toBe('INVALID_INSPECTION');
    expect(twice.errors![0].message).toMatch(/kết luận 2: trùng với kết luận 1/);
    expect(await records.countBy({ sheetId: f.sheetOf.STP })).toBe(before);
    expect((await result('STP')).selfTotal).toBe(penaltyBefore);
    // Removing the inspection gives the points back entirely.
    const removed = await f.gql('appraiserP', 'mutation($id: ID!) { deleteInspection(id: $id, reason: "Nhập nhầm") }', {
      id: inspection.id,
    });
    expect(removed.errors).toBeUndefined();
    expect(await records.countBy({ sheetId: f.sheetOf.STP, criterionId: leaf('STP', '2.4') })).toBe(0);
  });

  it('an item by hand or from a leaf that lost points in appraisal; reads cost the same whatever the number of items', async () => {
    const create = (unit: string, input: Record<string, unknown>) =>
      f.gql<{ createRemediationItem: Item }>(
        'appraiserP',
        'mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id status criterionCode sourceType } }',
        { input: { yearId: f.year.id, unitId: f.units[unit].id, deadline: vnDay(10), ...input } },
      );
    const notReduced = await create('STP', { sourceType: 'APPRAISAL', criterionId: leaf('STP', '1.2'), title: 'Nâng chất lượng' });
    expect(reason(notReduced)).toBe('NOT_REDUCED');
    expect(notReduced.errors![0].message).toMatch(/không bị trừ điểm khi thẩm định/);
    expect(code(await create('STP', { sourceType: 'MANUAL', title: ' ' }))).toBe('BAD_USER_INPUT');
    const count = () => countQueries(f.system.scoringDb, () => items('appraiserP'));
    const one = await count();
    for (const title of ['Rà soát quy chế', 'Cập nhật cổng dịch vụ công', 'Bổ sung kế hoạch'])
      expect((await create('STP', { sourceType: 'MANUAL', title })).errors).toBeUndefined();
    const more = await count();
    expect(more.result.length).toBe(one.result.length + 3);
    expect(more.count).toBe(one.count);
    const taskCount = (who: string) => countQueries(f.system.scoringDb, () => f.gql(who, TASKS));
    const officer = await taskCount('officerSTP');
    await create('STP', { sourceType: 'MANUAL', title: 'Thêm một nội dung' });
    expect((await taskCount('officerSTP')).count).toBe(officer.count);
  });

  it('a deadline changed to a day no calendar date of the API takes is refused, the item unchanged', async () => {
    const created = await f.gql<{ createRemediationItem: Item }>(
      'appraiserP',
      'mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id deadline } }',
      { input: { yearId: f.year.id, unitId: f.units.STP.id, sourceType: 'MANUAL', title: 'Cập nhật quy chế', deadline: vnDay(10) } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createRemediationItem.id;
    // Before: the deadline argument was text (String), checked only by the service; now it is the API's Date scalar
    // like createRemediationItem's, so a day no calendar has, or outside 1900–2199, is refused before the service.
    for (const deadline of ['0001-01-01', '9999-12-31', '2025-02-30', '2025-1-1', 'ngày mai', '']) {
      const res = await f.gql(
        'appraiserP',
        'mutation($id: ID!, $d: Date) { updateRemediationItem(id: $id, reason: "Gia hạn", deadline: $d) { id } }',
        { id, d: deadline },
      );
      expect(code(res), deadline).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message, deadline).toMatch(/Ngày (không hợp lệ|không tồn tại|phải nằm trong khoảng năm 1900–2199)/);
    }
    // A String variable no longer fits the argument: the client's document is refused as written, not run.
    const asText = await f.gql(
      'appraiserP',
      'mutation($id: ID!, $d: String) { updateRemediationItem(id: $id, reason: "Gia hạn", deadline: $d) { id } }',
      { id, d: vnDay(20) },
    );
    expect(code(asText)).toBe('GRAPHQL_VALIDATION_FAILED');
    const moved = await f.gql<{ updateRemediationItem: Item }>(
      'appraiserP',
      'mutation($id: ID!, $d: Date) { updateRemediationItem(id: $id, reason: "Gia hạn", deadline: $d) { id deadline } }',
      { id, d: vnDay(30) },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateRemediationItem.deadline).toBe(vnDay(30));
    await f.gql('appraiserP', 'mutation($id: ID!, $d: Date) { updateRemediationItem(id: $id, reason: "Trả lại", deadline: $d) { id } }', {
      id,
      d: vnDay(10),
    });
    expect((await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id })).deadline).toBe(vnDay(10));
  });
});
