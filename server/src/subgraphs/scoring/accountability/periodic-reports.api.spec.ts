import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../../domain/accountability';
import { Role } from '../../../platform/auth/roles';
import { countQueries } from '../../../testing/query-counter';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { ReportPeriodEntity } from './report-period.entity';

const MATRIX = `query($yearId: ID!, $groupId: ID) { reportMatrix(yearId: $yearId, groupId: $groupId) {
  canManagePeriods periods { id title dueDate groupNames penaltyLeafCode }
  rows { unitName onTime late missing cells { periodId status daysLate daysLeft penaltyApplied canSubmit canRecordPaper canApplyPenalty
    report { channel receivedOn summary file { fileName } } } } } }`;
const SAVE_PERIOD = `mutation($input: ReportPeriodInput!) { saveReportPeriod(input: $input) { id title groupNames } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitPeriodicReport(input: $input) { status report { channel receivedOn } } }`;
const PAPER = `mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status daysLate report { channel } } }`;
const APPLY = `mutation($p: ID!, $u: ID!, $q: Float) { applyReportPenalty(periodId: $p, unitId: $u, quantity: $q) { status penaltyApplied } }`;
const REMOVE = `mutation($p: ID!, $u: ID!) { removeReportPenalty(periodId: $p, unitId: $u, reason: "Đơn vị đã giải trình, có lý do chính đáng") { penaltyApplied } }`;
const TASKS = `{ myTasks { id kind title detail deadline daysLeft overdue targetId } }`;

type Cell = {
  periodId: string;
  status: string | null;
  daysLate: number | null;
  daysLeft: number | null;
  penaltyApplied: boolean;
  canSubmit: boolean;
  canRecordPaper: boolean;
  canApplyPenalty: boolean;
  report: { channel: string; receivedOn: string; summary: string | null; file: { fileName: string } | null } | null;
};
type Matrix = {
  canManagePeriods: boolean;
  periods: { id: string; title: string; groupNames: string[] }[];
  rows: { unitName: string; onTime: number; late: number; missing: number; cells: Cell[] }[];
};

describe(`periodic reports (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let half: string; // due 2024-06-30, both groups: passed
  let future: string; // due far ahead (inserted directly): pending until sent
  let soon: string; // due in 5 days (inserted directly): on the unit's desk
  const unit = (k: string) => f.units[k].id;
  const matrix = async (who: string, groupId?: string) => {
    const res = await f.gql<{ reportMatrix: Matrix }>(who, MATRIX, { yearId: f.year.id, groupId });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.reportMatrix;
  };
  const cellOf = (m: Matrix, unitName: string, periodId: string) => {
    const i = m.periods.findIndex((p) => p.id === periodId);
    return m.rows.find((r) => r.unitName === unitName)!.cells[i];
  };
  const result = (k: string) => f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf[k] });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ 'D.1': 'Điểm trừ do chậm báo cáo', 'T.1': 'Sáng kiến được công nhận' });
    // SNV and SYT submit (the head), so their results exist before any penalty.
    for (const u of ['SNV', 'SYT']) await f.submitOwnLeaves(u, ['D.1', 'T.1']);
    const periods = f.system.scoringDb.getRepository(ReportPeriodEntity);
    const direct = (title: string, dueDate: string) =>
      periods.save(
        periods.create({
          id: randomUUID(),
          yearId: f.year.id,
          kind: 'QUARTER',
          title,
          dueDate,
          groupIds: [f.departments.id, f.communes.id],
          penaltyLeafCode: 'D.1',
          updatedBy: 'test',
          updatedAt: new Date(),
        }),
      );
    future = (await direct('Báo cáo quý IV', '2099-12-15')).id;
    soon = (await direct('Báo cáo chuyên đề', vietnamDay(new Date(Date.now() + 5 * 86_400_000)))).id;
  });
  afterAll(() => f?.system.stop());

  it('the province defines periods; a district or a unit may not; bad input is refused with a reason', async () => {
    const input = {
      yearId: f.year.id,
      kind: 'HALF_YEAR',
      title: 'Báo cáo CCHC 6 tháng đầu năm 2024',
      dueDate: '2024-06-30',
      groupIds: [f.departments.id, f.communes.id],
      penaltyLeafCode: 'D.1',
    };
    expect(code(await f.gql('chairH1', SAVE_PERIOD, { input }))).toBe('FORBIDDEN');
    expect(code(await f.gql('officerSTP', SAVE_PERIOD, { input }))).toBe('FORBIDDEN');
    const bad = await f.gql('admin', SAVE_PERIOD, { input: { ...input, dueDate: '2023-12-31', groupIds: [] } });
    expect(reason(bad)).toBe('INVALID_PERIOD');
    expect(bad.errors![0].message).toMatch(/hạn gửi phải trong năm 2024.*ít nhất một khối/);
    const ok = await f.gql<{ saveReportPeriod: { id: string; groupNames: string[] } }>('admin', SAVE_PERIOD, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveReportPeriod.groupNames).toEqual(['Khối sở, ban, ngành', 'Khối xã']);
    half = ok.data!.saveReportPeriod.id;
    const audit = await f.system.scoringDb.getRepository(AuditEventEntity).findOneByOrFail({ entityId: half, action: 'PERIOD_CREATE' });
    expect(audit.after).toMatchObject({ dueDate: '2024-06-30', penaltyLeafCode: 'D.1' });
  });

  it('a unit sends its report (on time before the due day, late after); the assessor records paper ones', async () => {
    const submit = (who: string, u: string, periodId: string) =>
      f.gql<{ submitPeriodicReport: { status: string; report: { receivedOn: string } } }>(who, SUBMIT, {
        input: { periodId, unitId: unit(u), summary: 'Kết quả thực hiện nhiệm vụ CCHC trong kỳ' },
      });
    const onTime = await submit('officerSTP', 'STP', future);
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data!.submitPeriodicReport).toMatchObject({ status: 'ON_TIME', report: { receivedOn: vietnamDay(new Date()) } });
    expect((await submit('officerSTP', 'STP', half)).data!.submitPeriodicReport.status).toBe('LATE');
    // Another unit's report, or a district's officer for its commune: refused.
    expect(code(await submit('officerSTP', 'SYT', future))).toBe('FORBIDDEN');
    expect(code(await submit('chairH1', 'C1a', future))).toBe('FORBIDDEN');
    // Paper: the province for a department, the district for its commune, not another district.
    const paper = (who: string, u: string, receivedOn: string) =>
      f.gql<{ recordPaperReport: { status: string; daysLate: number | null } }>(who, PAPER, {
        input: { periodId: half, unitId: unit(u), receivedOn, summary: 'Công văn số 15/BC' },
      });
    expect((await paper('appraiserP', 'SYT', '2024-06-30')).data!.recordPaperReport).toMatchObject({ status: 'ON_TIME', daysLate: null });
    expect(code(await paper('chairH2', 'C1a', '2024-07-05'))).toBe('FORBIDDEN');
    expect((await paper('chairH1', 'C1a', '2024-07-05')).data!.recordPaperReport).toMatchObject({ status: 'LATE', daysLate: 5 });
    expect(reason(await paper('appraiserP', 'STP', '2024-06-30'))).toBe('REPORT_EXISTS');
    expect(code(await paper('appraiserP', 'SNV', '2099-01-01'))).toBe('BAD_USER_INPUT');
    const audits = await f.system.scoringDb.getRepository(AuditEventEntity).findBy({ entityType: 'REPORT' as never });
    expect(audits.map((a) => a.action).sort()).toEqual(
      expect.arrayContaining(['REPORT_SUBMIT', 'REPORT_SUBMIT', 'REPORT_PAPER', 'REPORT_PAPER', 'PERIOD_CREATE']),
    );
  });

  it('the province sees every unit; a district chairman only his communes; a commune officer only his own; no other province', async () => {
    const all = await matrix('admin');
    expect(all.canManagePeriods).toBe(true);
    expect(all.periods.map((p) => p.id)).toEqual([half, soon, future]);
    const statusOf = (m: Matrix, name: string) => cellOf(m, name, half)?.status;
    expect(
      Object.fromEntries(
        ['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ', 'Xã Đài Xuyên', 'Xã Bình Dân', 'Xã Thống Nhất'].map((n) => [n, statusOf(all, n)]),
      ),
    ).toEqual({
      'Sở Tư pháp': 'LATE',
      'Sở Y tế': 'ON_TIME',
      'Sở Nội vụ': 'MISSING',
      'Xã Đài Xuyên': 'LATE',
      'Xã Bình Dân': 'MISSING',
      'Xã Thống Nhất': 'MISSING',
    });
    expect(cellOf(all, 'Sở Tư pháp', future)).toMatchObject({ status: 'ON_TIME', canApplyPenalty: false });
    expect(cellOf(all, 'Sở Nội vụ', future)).toMatchObject({ status: 'PENDING', daysLate: null });
    expect(cellOf(all, 'Sở Nội vụ', soon)).toMatchObject({ status: 'PENDING', daysLeft: 5 });
    expect(all.rows.find((r) => r.unitName === 'Sở Tư pháp')).toMatchObject({ onTime: 1, late: 1, missing: 0 });

    const district = await matrix('chairH1');
    expect(district.rows.map((r) => r.unitName)).toEqual(['Xã Bình Dân', 'Xã Đài Xuyên']);
    expect(district.canManagePeriods).toBe(false);
    expect(cellOf(district, 'Xã Bình Dân', half)).toMatchObject({ status: 'MISSING', canApplyPenalty: true, canRecordPaper: true });

    const commune = await matrix('officerC1a');
    expect(commune.rows.map((r) => r.unitName)).toEqual(['Xã Đài Xuyên']);
    expect(cellOf(commune, 'Xã Đài Xuyên', half)).toMatchObject({ status: 'LATE', canApplyPenalty: false, canRecordPaper: false });
    expect(cellOf(commune, 'Xã Đài Xuyên', future)).toMatchObject({ status: 'PENDING', canSubmit: true });

    // The province's appraiser reads the district's communes but does not act on them.
    const province = await matrix('appraiserP');
    expect(cellOf(province, 'Xã Bình Dân', half)).toMatchObject({ status: 'MISSING', canApplyPenalty: false });

    const other = await insertUnit(f.system.orgDb, { name: 'Tỉnh Bình Định', kind: OrgUnitKind.PROVINCE, code: '52', subtype: 'tỉnh' });
    const outsider = await f.system.createUser({ username: 'admin-bd', unitId: other.id, roles: [Role.PROVINCE_ADMIN] });
    const res = await f.system.gql(MATRIX, { yearId: f.year.id }, { token: outsider.token });
    expect(code(res)).toBe('FORBIDDEN');
    expect(code(await f.gql(undefined, MATRIX, { yearId: f.year.id }))).toBe('UNAUTHENTICATED');
  });

  it('a late or missing report costs points at the assessor’s click, once, and the index follows in the same request', async () => {
    const before = await result('SNV');
    expect(before.penaltyPoints).toBe(0);
    // On time: nothing to penalise; a district cannot act on a department.
    expect(reason(await f.gql('appraiserP', APPLY, { p: half, u: unit('SYT') }))).toBe('REPORT_NOT_LATE');
    expect(code(await f.gql('chairH1', APPLY, { p: half, u: unit('SNV') }))).toBe('FORBIDDEN');
    const first = await f.gql<{ applyReportPenalty: { status: string; penaltyApplied: boolean } }>('appraiserP', APPLY, {
      p: half,
      u: unit('SNV'),
      q: 1.5,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.applyReportPenalty).toEqual({ status: 'MISSING', penaltyApplied: true });
    const after = await result('SNV');
    expect(after.penaltyPoints).toBe(150);
    expect(after.selfTotal).toBe(before.selfTotal - 150);
    // Clicking again (even in parallel) does not double the penalty.
    const again = await Promise.all([1, 2].map(() => f.gql('appraiserP', APPLY, { p: half, u: unit('SNV'), q: 1.5 })));
    expect(again.map(code)).toEqual([null, null]);
    expect((await result('SNV')).penaltyPoints).toBe(150);
    const records = await f.system.scoringDb.getRepository(AssessorEntryEntity).findBy({ sourceType: 'REPORT', unitId: unit('SNV') });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ sourceId: half, quantity: 150 });
    expect(records[0].sourceLabel).toMatch(
      /Báo cáo định kỳ "Báo cáo CCHC 6 tháng đầu năm 2024" \(hạn 30\/06\/2024\): quá hạn \d+ ngày chưa gửi/,
    );
    const audit = await f.system.scoringDb.getRepository(AuditEventEntity).findBy({ action: 'REPORT_PENALTY' });
    expect(audit.map((a) => a.entityType).sort()).toEqual(['REPORT', 'SCORE']);
    // The unit sees the source beside the leaf.
    const sheet = await f.gql<{ scoreSheet: { entries: { code: string; assessorRecords: { sourceType: string; sourceId: string }[] }[] } }>(
      'officerSNV',
      `query($id: ID!) { scoreSheet(id: $id) { entries { code assessorRecords { sourceType sourceId } } } }`,
      { id: f.sheetOf.SNV },
    );
    expect(sheet.data!.scoreSheet.entries.find((e) => e.code === 'D.1')!.assessorRecords).toEqual([
      { sourceType: 'REPORT', sourceId: half },
    ]);
    // Withdrawn with a reason: back to no penalty.
    const removed = await f.gql<{ removeReportPenalty: { penaltyApplied: boolean } }>('appraiserP', REMOVE, { p: half, u: unit('SNV') });
    expect(removed.data!.removeReportPenalty.penaltyApplied).toBe(false);
    expect((await result('SNV')).penaltyPoints).toBe(0);
  });

  it('puts reports due on the unit’s desk and late/missing ones on the assessor’s', async () => {
    const unitTasks = await f.gql<{ myTasks: { id: string; kind: string; title: string; daysLeft: number; targetId: string }[] }>(
      'officerSNV',
      TASKS,
    );
    const due = unitTasks.data!.myTasks.filter((t) => t.kind === 'REPORT_DUE');
    expect(due.map((t) => [t.title, t.daysLeft])).toEqual([
      ['Gửi báo cáo: Báo cáo CCHC 6 tháng đầu năm 2024', expect.any(Number)],
      ['Gửi báo cáo: Báo cáo chuyên đề', 5],
    ]);
    expect(due[0].daysLeft).toBeLessThan(0);
    const districtTasks = await f.gql<{ myTasks: { kind: string; title: string; detail: string; targetId: string }[] }>('chairH1', TASKS);
    expect(districtTasks.data!.myTasks.filter((t) => t.kind === 'REPORT_PENALTY')).toEqual([
      expect.objectContaining({ targetId: half, detail: '1 đơn vị gửi chậm, 1 đơn vị chưa gửi' }),
    ]);
    const provinceTasks = await f.gql<{ myTasks: { kind: string; detail: string }[] }>('appraiserP', TASKS);
    expect(provinceTasks.data!.myTasks.filter((t) => t.kind === 'REPORT_PENALTY').map((t) => t.detail)).toEqual([
      '1 đơn vị gửi chậm, 1 đơn vị chưa gửi',
    ]);
  });

  it('a report’s file (uploaded like evidence) is readable by whoever reads the unit’s reports, not by others', async () => {
    const base = f.system.gatewayUrl.replace(/\/graphql$/, '');
    const upload = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.tokens.officerC1b}`, 'x-file-name': encodeURIComponent('Báo cáo 6 tháng.pdf') },
      body: Buffer.from('%PDF-1.4\nbao cao\n%%EOF'),
    });
    const file = (await upload.json()) as { id: string };
    // Another unit cannot send C1b's file as its own.
    const stolen = await f.gql('officerC2a', SUBMIT, { input: { periodId: future, unitId: unit('C2a'), summary: 'x', fileId: file.id } });
    expect(reason(stolen)).toBe('INVALID_FILE');
    const sent = await f.gql<{ submitPeriodicReport: { status: string } }>('officerC1b', SUBMIT, {
      input: { periodId: future, unitId: unit('C1b'), summary: 'Báo cáo kèm tệp', fileId: file.id },
    });
    expect(sent.errors).toBeUndefined();
    const get = (who: string) =>
      fetch(`${base}/files/${file.id}`, { headers: { authorization: `Bearer ${f.tokens[who]}` } }).then((r) => r.status);
    expect(await get('officerC1b')).toBe(200);
    expect(await get('chairH1')).toBe(200);
    expect(await get('admin')).toBe(200);
    expect(await get('chairH2')).toBe(403);
    expect(await get('officerC1a')).toBe(403);
    const m = await matrix('chairH1');
    expect(cellOf(m, 'Xã Bình Dân', future).report).toMatchObject({ channel: 'ONLINE', file: { fileName: 'Báo cáo 6 tháng.pdf' } });
  });

  it('reads the matrix and the inbox in a fixed number of statements whatever the number of periods and reports', async () => {
    const run = () => countQueries(f.system.scoringDb, () => matrix('admin'));
    const inbox = () => countQueries(f.system.scoringDb, () => f.gql('chairH1', TASKS));
    const before = await run();
    const inboxBefore = await inbox();
    const periods = f.system.scoringDb.getRepository(ReportPeriodEntity);
    for (const q of ['I', 'II', 'III'])
      await periods.save(
        periods.create({
          id: randomUUID(),
          yearId: f.year.id,
          kind: 'QUARTER',
          title: `Báo cáo quý ${q}`,
          dueDate: '2024-10-15',
          groupIds: [f.departments.id, f.communes.id],
          penaltyLeafCode: 'D.1',
          updatedBy: 'test',
          updatedAt: new Date(),
        }),
      );
    await f.gql('officerSYT', SUBMIT, { input: { periodId: future, unitId: unit('SYT'), summary: 'Báo cáo' } });
    const after = await run();
    expect(after.result.periods).toHaveLength(6);
    expect(after.count).toBe(before.count);
    expect((await inbox()).count).toBe(inboxBefore.count);
  });
});
