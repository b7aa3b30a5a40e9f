/**
 * Adversarial audit of periodic reports (báo cáo định kỳ) and of remediation steps: duplicate
 * submissions racing, the late status and its penalty when what it is derived from changes (the
 * due day moves, the groups change, the paper report's received day is corrected), hostile dates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { UnitResultEntity } from '../results/unit-result.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { AssessorEntryEntity } from './assessor-entry.entity';
import { RemediationEventEntity, RemediationItemEntity } from './remediation.entity';
import { ReportPeriodEntity } from './report-period.entity';
import { UnitReportEntity } from './unit-report.entity';

const SAVE_PERIOD = `mutation($input: ReportPeriodInput!) { saveReportPeriod(input: $input) { id dueDate groupIds penaltyLeafCode } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitPeriodicReport(input: $input) { status report { channel receivedOn } } }`;
const PAPER = `mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status report { channel receivedOn } } }`;
const APPLY = `mutation($p: ID!, $u: ID!) { applyReportPenalty(periodId: $p, unitId: $u, quantity: 1) { status penaltyApplied } }`;
const REMOVE = `mutation($p: ID!, $u: ID!) { removeReportPenalty(periodId: $p, unitId: $u, reason: "Đã có lý do chính đáng") { penaltyApplied } }`;
const CREATE_ITEM = `mutation($input: RemediationItemInput!) { createRemediationItem(input: $input) { id status } }`;
const ACT = `mutation($input: RemediationActionInput!) { actOnRemediation(input: $input) { id status } }`;

describe(`periodic reports and remediation under attack (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const unit = (k: string) => f.units[k].id;
  const parallel = <T>(n: number, call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => call(i)));
  const savePeriod = (input: Record<string, unknown>) =>
    f.gql<{ saveReportPeriod: { id: string; dueDate: string } }>('admin', SAVE_PERIOD, { input });
  const periodInput = (over: Record<string, unknown> = {}) => ({
    yearId: f.year.id,
    kind: 'HALF_YEAR',
    title: 'Báo cáo CCHC 6 tháng đầu năm 2024',
    dueDate: '2024-06-30',
    groupIds: [f.departments.id, f.communes.id],
    penaltyLeafCode: 'D.1',
    ...over,
  });
  const penaltiesOf = (periodId: string) =>
    f.system.scoringDb.getRepository(AssessorEntryEntity).findBy({ sourceType: 'REPORT', sourceId: periodId });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    await f.assessorLeaves({ 'D.1': 'Điểm trừ do chậm báo cáo' });
    for (const u of ['STP', 'SYT', 'SNV']) await f.submitOwnLeaves(u, ['D.1']);
  });
  afterAll(() => f?.system.stop());

  it('ten first submissions of one report at once: all answer, one report kept, received once', async () => {
    const period = (await savePeriod(periodInput({ title: 'Báo cáo quý IV', dueDate: '2025-01-15' }))).data!.saveReportPeriod.id;
    const answers = await parallel(10, (i) =>
      f.gql<{ submitPeriodicReport: { report: { receivedOn: string } } }>(i % 2 ? 'officerSTP' : 'headSTP', SUBMIT, {
        input: { periodId: period, unitId: unit('STP'), summary: `Báo cáo lần ${i + 1}` },
      }),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    const rows = await f.system.scoringDb.getRepository(UnitReportEntity).findBy({ periodId: period, unitId: unit('STP') });
    expect(rows).toHaveLength(1);
    expect(new Set(answers.map((a) => a.data!.submitPeriodicReport.report.receivedOn))).toEqual(new Set([rows[0].receivedOn]));
  });

  it('an online submission and a paper record racing: one wins, the other is told why (coded), one report', async () => {
    const period = (await savePeriod(periodInput({ title: 'Báo cáo chuyên đề', dueDate: '2025-02-15' }))).data!.saveReportPeriod.id;
    const answers = await parallel(6, (i) =>
      i % 2
        ? f.gql('officerSYT', SUBMIT, { input: { periodId: period, unitId: unit('SYT'), summary: 'Gửi trực tuyến' } })
        : f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SYT'), receivedOn: '2025-02-10', summary: 'Bản giấy' } }),
    );
    for (const a of answers) if (a.errors) expect([code(a), reason(a)]).toEqual(['CONFLICT', 'REPORT_EXISTS']);
    const rows = await f.system.scoringDb.getRepository(UnitReportEntity).findBy({ periodId: period, unitId: unit('SYT') });
    expect(rows).toHaveLength(1);
  });

  it('a penalised late report: moving the due day past it or dropping the group would leave the penalty unjustified — refused, nothing changed', async () => {
    const period = (await savePeriod(periodInput())).data!.saveReportPeriod.id;
    // Received on paper five days late, then penalised.
    expect(
      (await f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SNV'), receivedOn: '2024-07-05' } })).errors,
    ).toBeUndefined();
    expect((await f.gql('admin', APPLY, { p: period, u: unit('SNV') })).errors).toBeUndefined();
    const before = await f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf.SNV });
    expect(await penaltiesOf(period)).toHaveLength(1);

    // The due day moves past the day it was received: the report is on time, yet the points would stay off.
    const moved = await savePeriod(periodInput({ id: period, dueDate: '2024-07-31' }));
    expect([code(moved), reason(moved)]).toEqual(['CONFLICT', 'PENALTY_WOULD_NOT_APPLY']);
    expect(moved.errors![0].message).toMatch(/Sở Nội vụ/);
    expect(moved.errors![0].message).toMatch(/gỡ điểm trừ/);
    // The departments no longer report in this period.
    const dropped = await savePeriod(periodInput({ id: period, groupIds: [f.communes.id] }));
    expect(reason(dropped)).toBe('PENALTY_WOULD_NOT_APPLY');
    // The penalty leaf changes under an applied penalty.
    const releaf = await savePeriod(periodInput({ id: period, penaltyLeafCode: '2.4' }));
    expect(reason(releaf)).toBe('PENALTY_WOULD_NOT_APPLY');
    const stored = await f.system.scoringDb.getRepository(ReportPeriodEntity).findOneByOrFail({ id: period });
    expect([stored.dueDate, stored.groupIds.length, stored.penaltyLeafCode]).toEqual(['2024-06-30', 2, 'D.1']);

    // A move that keeps the report late is fine (title, a due day still before it arrived).
    const earlier = await savePeriod(periodInput({ id: period, dueDate: '2024-07-01', title: 'Báo cáo 6 tháng (sửa tên)' }));
    expect(earlier.errors).toBeUndefined();
    // Withdrawn first, the move goes through, and the unit's result is back to what it was without the penalty.
    expect((await f.gql('admin', REMOVE, { p: period, u: unit('SNV') })).errors).toBeUndefined();
    expect((await savePeriod(periodInput({ id: period, dueDate: '2024-07-31' }))).errors).toBeUndefined();
    const after = await f.system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ sheetId: f.sheetOf.SNV });
    expect(await penaltiesOf(period)).toHaveLength(0);
    expect(after.index).not.toBeNull();
    expect(Number(after.index)).toBeGreaterThanOrEqual(Number(before.index));
  });

  it('a penalised missing paper report: correcting its received day to one on time is refused while the penalty stands', async () => {
    const period = (await savePeriod(periodInput({ title: 'Báo cáo quý I', dueDate: '2024-03-31' }))).data!.saveReportPeriod.id;
    // Received late on paper, then penalised.
    expect(
      (await f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SYT'), receivedOn: '2024-04-10' } })).errors,
    ).toBeUndefined();
    expect((await f.gql('appraiserP', APPLY, { p: period, u: unit('SYT') })).errors).toBeUndefined();
    const corrected = await f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SYT'), receivedOn: '2024-03-30' } });
    expect([code(corrected), reason(corrected)]).toEqual(['CONFLICT', 'PENALTY_WOULD_NOT_APPLY']);
    const report = await f.system.scoringDb.getRepository(UnitReportEntity).findOneByOrFail({ periodId: period, unitId: unit('SYT') });
    expect(report.receivedOn).toBe('2024-04-10');
    // Still late by another day: fine.
    expect(
      (await f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SYT'), receivedOn: '2024-04-02' } })).errors,
    ).toBeUndefined();
  });

  it('a paper report received before the reporting year, or in the future, is refused', async () => {
    const period = (await savePeriod(periodInput({ title: 'Báo cáo quý II', dueDate: '2024-06-30' }))).data!.saveReportPeriod.id;
    for (const receivedOn of ['1900-01-01', '2023-12-31', '2199-12-31']) {
      const res = await f.gql('appraiserP', PAPER, { input: { periodId: period, unitId: unit('SNV'), receivedOn } });
      expect([receivedOn, code(res)]).toEqual([receivedOn, 'BAD_USER_INPUT']);
    }
    expect(await f.system.scoringDb.getRepository(UnitReportEntity).countBy({ periodId: period })).toBe(0);
  });

  it('two assessors closing the same item at once: one closes it, the others are told (coded), one history step', async () => {
    const created = await f.gql<{ createRemediationItem: { id: string } }>('admin', CREATE_ITEM, {
      input: { yearId: f.year.id, unitId: unit('STP'), sourceType: 'MANUAL', title: 'Niêm yết TTHC', deadline: '2099-06-30' },
    });
    const id = created.data!.createRemediationItem.id;
    expect(
      (await f.gql('officerSTP', ACT, { input: { id, action: 'REPORT', note: 'Đã niêm yết', evidence: [{ documentNumber: '12/BC' }] } }))
        .errors,
    ).toBeUndefined();
    const answers = await parallel(8, (i) => f.gql(i % 2 ? 'admin' : 'appraiserP', ACT, { input: { id, action: 'ACCEPT' } }));
    const ok = answers.filter((a) => !a.errors);
    expect(ok).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) expect(code(a)).toBe('CONFLICT');
    const events = await f.system.scoringDb.getRepository(RemediationEventEntity).findBy({ itemId: id });
    expect(events.map((e) => e.action).sort()).toEqual(['ACCEPT', 'CREATE', 'REPORT']);
    expect(new Set(events.map((e) => e.seq)).size).toBe(3);
    const item = await f.system.scoringDb.getRepository(RemediationItemEntity).findOneByOrFail({ id });
    expect([item.status, item.revision]).toEqual(['CLOSED', 3]);
  });
});
