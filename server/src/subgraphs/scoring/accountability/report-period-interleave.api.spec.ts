/**
 * A periodic report (the unit's, or a paper one the assessor records) checks its period — which
 * groups it asks, whether it still exists — and its transaction writes the report. An edit or a
 * deletion of the period committed in between must not be missed: the report locks the period
 * after the unit's rows and reads it again. Forced: the change runs right before the report's
 * transaction opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { UnitReportEntity } from './unit-report.entity';

const SAVE_PERIOD = `mutation($input: ReportPeriodInput!) { saveReportPeriod(input: $input) { id } }`;
const DELETE_PERIOD = `mutation($id: ID!) { deleteReportPeriod(id: $id, reason: "Tạo nhầm kỳ") }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitPeriodicReport(input: $input) { status } }`;
const PAPER = `mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status } }`;

describe(`a periodic report checked before its period changes is decided under the change (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const period = (title: string, groupIds: string[], id?: string) => ({
    input: { id, yearId: f.year.id, kind: 'QUARTER', title, dueDate: '2024-09-30', groupIds, penaltyLeafCode: null },
  });
  const create = async (title: string) => {
    const res = await f.gql<{ saveReportPeriod: { id: string } }>('admin', SAVE_PERIOD, period(title, [f.departments.id, f.communes.id]));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.saveReportPeriod.id;
  };
  const ok = async (res: Promise<{ errors?: unknown }>) => {
    const r = await res;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };
  const reports = (periodId: string) => f.system.scoringDb.getRepository(UnitReportEntity).findBy({ periodId });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the departments taken off the period while a department sends its report: refused (NOT_REQUIRED), no report', async () => {
    const id = await create('Báo cáo CCHC quý III');
    const narrowed = beforeNextTransaction(f.system.scoringDb, () =>
      ok(f.gql('admin', SAVE_PERIOD, period('Báo cáo CCHC quý III', [f.communes.id], id))),
    );
    const res = await f.gql('officerSTP', SUBMIT, { input: { periodId: id, unitId: f.units.STP.id, summary: 'Kết quả quý III' } });
    expect(narrowed()).toBe(true);
    expect([code(res), reason(res)]).toEqual(['BAD_USER_INPUT', 'NOT_REQUIRED']);
    expect(await reports(id)).toEqual([]);
  });

  it('the period deleted while a report arrives, online or on paper: refused (NOT_FOUND), no report left without its period', async () => {
    for (const [who, doc, input] of [
      ['officerSTP', SUBMIT, { unitId: 'STP', summary: 'Kết quả quý' }],
      ['appraiserP', PAPER, { unitId: 'SYT', receivedOn: '2024-09-30', summary: 'Công văn 15/BC' }],
    ] as const) {
      const id = await create(`Báo cáo nhầm (${who})`);
      const deleted = beforeNextTransaction(f.system.scoringDb, () => ok(f.gql('admin', DELETE_PERIOD, { id })));
      const res = await f.gql(who, doc, { input: { ...input, periodId: id, unitId: f.units[input.unitId].id } });
      expect(deleted(), who).toBe(true);
      expect(code(res), who).toBe('NOT_FOUND');
      expect(res.errors![0].message, who).toBe('Không tìm thấy kỳ báo cáo.');
      expect(await reports(id), who).toEqual([]);
    }
  });
});
