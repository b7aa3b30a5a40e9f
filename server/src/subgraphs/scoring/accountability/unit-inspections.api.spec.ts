import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { insertRoster, insertYear, type RosterUnit } from '../score-sheet/year-setup-test-kit';
import { insertDepartmentsAndCommunes } from '../score-sheet/sheet-test-kit';
import { code, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';

const UNIT_INSPECTIONS = `query UnitInspections($u: ID!) { unitInspections(unitId: $u) { id year unitName kind date team decisionNumber
  canManage viaPredecessor penaltyCount findings { text remediationId remediationStatus remediationDeadline remediationOverdue } } }`;
const SAVE = `mutation($input: InspectionInput!) { saveInspection(input: $input) { id } }`;

type View = {
  id: string;
  year: number;
  unitName: string;
  date: string;
  decisionNumber: string;
  canManage: boolean;
  viaPredecessor: boolean;
  findings: { text: string; remediationStatus: string | null; remediationDeadline: string | null; remediationOverdue: boolean | null }[];
};

/** The Vietnam calendar day `days` from today. */
const vnDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A unit's own Kiểm tra page reads its inspections across years: the unit itself, its assessor
 * and the province (a district its communes); another unit, another district or another province
 * get nothing; anonymous callers and external apps are refused.
 */
describe(`inspections of a unit across years (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let y2025: AssessmentYearEntity;
  let otherAdmin: string;
  const read = async (who: string | undefined, unit: string, token?: string) => {
    const res = token
      ? await f.system.gql<{ unitInspections: View[] }>(UNIT_INSPECTIONS, { u: f.units[unit].id }, { token })
      : await f.gql<{ unitInspections: View[] }>(who, UNIT_INSPECTIONS, { u: f.units[unit].id });
    return res.errors ? String(code(res)) : res.data!.unitInspections;
  };
  const decisions = async (who: string, unit: string) => {
    const list = await read(who, unit);
    return typeof list === 'string' ? list : list.map((i) => `${i.year} ${i.decisionNumber}`);
  };
  const save = async (who: string, year: AssessmentYearEntity, unit: string, decisionNumber: string, date: string, deadline: string) => {
    const res = await f.gql(who, SAVE, {
      input: {
        yearId: year.id,
        unitId: f.units[unit].id,
        kind: 'CCHC',
        date,
        team: 'Đoàn kiểm tra',
        decisionNumber,
        findings: [{ text: `Hạn chế theo ${decisionNumber}`, deadline }],
      },
    });
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    const db = f.system.scoringDb;
    // 2025: the same units, the same assessors (a three-level year still).
    y2025 = await insertYear(db, {
      provinceUnitId: f.units.P.id,
      year: 2025,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.PLANNING,
    });
    const unit = (k: string): RosterUnit => ({
      id: f.units[k].id,
      name: f.units[k].name,
      code: f.units[k].code,
      kind: f.units[k].kind,
      subtype: f.units[k].subtype,
    });
    const { departments, communes } = await insertDepartmentsAndCommunes(db, y2025.id);
    await insertRoster(db, y2025.id, departments, { id: f.units.P.id, name: 'UBND tỉnh Quảng Ninh' }, ['STP', 'SYT'].map(unit));
    // The 2025 merge: Xã Đoàn Kết is formed from Xã Bình Dân (of H1) and Xã Thống Nhất (of H2); H1 assesses it.
    f.units.CM = await insertUnit(f.system.orgDb, {
      name: 'Xã Đoàn Kết',
      kind: OrgUnitKind.COMMUNE,
      code: '07210',
      subtype: 'xã',
      parent: f.units.H1,
    });
    await insertRoster(db, y2025.id, communes, { id: f.units.H1.id, name: 'UBND huyện Vân Đồn' }, ['C1a', 'CM'].map(unit), {
      parentDistrictId: () => f.units.H1.id,
      predecessors: (u) => (u.id === f.units.CM.id ? [f.units.C1b.id, f.units.C2a.id] : []),
    });
    f.tokens.officerCM = (await f.system.createUser({ username: 'officer.cm', unitId: f.units.CM.id, roles: [Role.UNIT_OFFICER] })).token;
    await save('appraiserP', f.year, 'STP', '120/QĐ-UBND', '2024-09-10', '2024-12-31');
    await save('appraiserP', y2025, 'STP', '1856/QĐ-UBND', '2025-10-14', vnDay(20));
    await save('appraiserP', y2025, 'SYT', '1901/QĐ-UBND', '2025-10-20', vnDay(20));
    await save('chairH1', f.year, 'C1a', '845/QĐ-UBND', '2024-10-22', '2025-01-31');
    await save('chairH1', y2025, 'C1a', '910/QĐ-UBND', '2025-08-01', vnDay(-3));
    await save('chairH2', f.year, 'C2a', '77/QĐ-UBND', '2024-11-02', '2025-01-31');
    await save('chairH1', f.year, 'C1b', '846/QĐ-UBND', '2024-10-25', '2025-01-31');
    await save('chairH1', y2025, 'CM', '915/QĐ-UBND', '2025-08-05', vnDay(30));
    // Another province and its administrator.
    const p2 = await insertUnit(f.system.orgDb, { name: 'Tỉnh Cao Bằng', kind: OrgUnitKind.PROVINCE, code: '04', subtype: 'tỉnh' });
    otherAdmin = (await f.system.createUser({ username: 'admin.cb', unitId: p2.id, roles: [Role.PROVINCE_ADMIN] })).token;
  }, 120_000);
  afterAll(() => f?.system.stop());

  it('the unit reads its own inspections of every year, newest first, with the remediation state and deadline', async () => {
    const mine = (await read('officerSTP', 'STP')) as View[];
    expect(mine.map((i) => [i.year, i.decisionNumber, i.unitName, i.canManage])).toEqual([
      [2025, '1856/QĐ-UBND', 'Sở Tư pháp', false],
      [2024, '120/QĐ-UBND', 'Sở Tư pháp', false],
    ]);
    expect(mine.map((i) => i.findings.map((x) => [x.remediationStatus, x.remediationDeadline, x.remediationOverdue]))).toEqual([
      [['OPEN', vnDay(20), false]],
      [['OPEN', '2024-12-31', true]],
    ]);
    expect(await decisions('headSTP', 'STP')).toEqual(['2025 1856/QĐ-UBND', '2024 120/QĐ-UBND']);
    // Not another unit's, even in the same group.
    expect(await decisions('officerSTP', 'SYT')).toEqual([]);
    expect(await decisions('officerC1b', 'C1a')).toEqual([]);
  });

  it('a district chairman reads his communes’ inspections of every year, not another district’s; the province reads all of its own', async () => {
    const c1a = (await read('chairH1', 'C1a')) as View[];
    expect(c1a.map((i) => [i.year, i.decisionNumber, i.canManage])).toEqual([
      [2025, '910/QĐ-UBND', true],
      [2024, '845/QĐ-UBND', true],
    ]);
    expect(c1a[0].findings[0]).toMatchObject({ remediationStatus: 'OPEN', remediationOverdue: true });
    expect(await decisions('chairH1', 'C2a')).toEqual([]);
    expect(await decisions('chairH1', 'STP')).toEqual([]);
    expect(await decisions('chairH2', 'C1a')).toEqual([]);
    expect(await decisions('appraiserP', 'C1a')).toEqual(['2025 910/QĐ-UBND', '2024 845/QĐ-UBND']);
    expect(((await read('appraiserP', 'C1a')) as View[]).every((i) => !i.canManage)).toBe(true);
    expect(await decisions('viewerP', 'STP')).toEqual(['2025 1856/QĐ-UBND', '2024 120/QĐ-UBND']);
  });

  it('another province reads nothing; anonymous callers and external apps are refused; a bad id is a coded error', async () => {
    expect(await read(undefined, 'STP', otherAdmin)).toEqual([]);
    expect(await read(undefined, 'C1a', otherAdmin)).toEqual([]);
    expect(await read(undefined, 'STP')).toBe('UNAUTHENTICATED');
    const key = await f.gql<{ createApiClient: { key: string } }>(
      'admin',
      'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }',
      { input: { name: 'Cổng thông tin' } },
    );
    const app = await f.system.gql(UNIT_INSPECTIONS, { u: f.units.STP.id }, { headers: { 'x-api-key': key.data!.createApiClient.key } });
    expect(code(app)).toBe('FORBIDDEN');
    expect(code(await f.gql('officerSTP', UNIT_INSPECTIONS, { u: 'not-an-id' }))).toBe('BAD_USER_INPUT');
  });

  it('a merged commune reads its predecessors’ inspections of the years before the merge, each under the predecessor’s name', async () => {
    const merged = (await read('officerCM', 'CM')) as View[];
    expect(merged.map((i) => [i.year, i.decisionNumber, i.unitName, i.viaPredecessor, i.canManage])).toEqual([
      [2025, '915/QĐ-UBND', 'Xã Đoàn Kết', false, false],
      [2024, '77/QĐ-UBND', 'Xã Thống Nhất', true, false],
      [2024, '846/QĐ-UBND', 'Xã Bình Dân', true, false],
    ]);
    expect(merged[1].findings.map((x) => x.remediationStatus)).toEqual(['OPEN']);
    // Its district, its assessor then and now, manages what it assessed; the other district's stays read-only.
    expect(((await read('chairH1', 'CM')) as View[]).map((i) => [i.decisionNumber, i.canManage])).toEqual([
      ['915/QĐ-UBND', true],
      ['77/QĐ-UBND', false],
      ['846/QĐ-UBND', true],
    ]);
    expect(await decisions('viewerP', 'CM')).toEqual(['2025 915/QĐ-UBND', '2024 77/QĐ-UBND', '2024 846/QĐ-UBND']);
    // The other district keeps what it could read before (its own commune's), nothing of the merged unit's.
    expect(await decisions('chairH2', 'CM')).toEqual(['2024 77/QĐ-UBND']);
    // The predecessors' own pages are unchanged: they do not show the merged unit's.
    expect(await decisions('chairH1', 'C1b')).toEqual(['2024 846/QĐ-UBND']);
    expect(((await read('chairH1', 'C1b')) as View[]).every((i) => !i.viaPredecessor)).toBe(true);
  });

  it('a merged unit’s lineage is its own: a sibling commune, the merged unit on a predecessor’s page and another province read nothing', async () => {
    expect(await decisions('officerC1a', 'CM')).toEqual([]);
    expect(await decisions('officerCM', 'C1b')).toEqual([]);
    expect(await decisions('officerCM', 'C1a')).toEqual([]);
    expect(await read(undefined, 'CM', otherAdmin)).toEqual([]);
  });

  it('costs the same statements whatever the number of years and inspections', async () => {
    const before = await countQueries(f.system.scoringDb, () => read('officerSTP', 'STP'));
    await save('appraiserP', y2025, 'STP', '2001/QĐ-UBND', '2025-11-20', vnDay(40));
    const after = await countQueries(f.system.scoringDb, () => read('officerSTP', 'STP'));
    expect((after.result as View[]).length).toBe((before.result as View[]).length + 1);
    expect(after.count).toBe(before.count);
    // A merged unit: one more statement for its generation of predecessors, not one per predecessor or inspection.
    const merged = await countQueries(f.system.scoringDb, () => read('officerCM', 'CM'));
    expect((merged.result as View[]).length).toBe(3);
    expect(merged.count).toBe(after.count + 1);
  });
});
