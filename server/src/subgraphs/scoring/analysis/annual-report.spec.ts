import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Role } from '../../../platform/auth/roles';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { seedAnalysisProvince, type AnalysisProvince } from './analysis-fixture';

const REPORT = `query($y: ID!, $d: ID) { annualReport(yearId: $y, districtId: $d) {
  year provinceName baseYear scope { kind districtName } missingSections
  summary { unitCount rankedCount averageIndex comparableCount averageDelta distribution { code label count share } }
  groups { code name summary { unitCount rankedCount averageIndex averageDelta distribution { code count } }
    areas { code averageIndex } top { unitName rank } bottom { unitName rank } rows { unitName rank index baseIndex delta } }
  notes { groupName code title cause solution } } }`;
const RANKING = `query($y: ID!, $g: ID!, $a: ID) { ranking(yearId: $y, groupId: $g, assessorUnitId: $a) {
  rows { rank index provisional classification { code } } } }`;

type Report = {
  year: number;
  provinceName: string;
  baseYear: number | null;
  scope: { kind: string; districtName: string | null };
  missingSections: string[];
  summary: {
    unitCount: number;
    rankedCount: number;
    averageIndex: number;
    comparableCount: number;
    averageDelta: number | null;
    distribution: { code: string; count: number; share: number }[];
  };
  groups: {
    code: string;
    summary: {
      unitCount: number;
      rankedCount: number;
      averageIndex: number;
      averageDelta: number | null;
      distribution: { code: string; count: number }[];
    };
    areas: { code: string; averageIndex: number }[];
    top: { unitName: string }[];
    bottom: { unitName: string }[];
    rows: { unitName: string; rank: number; index: number; baseIndex: number | null; delta: number | null }[];
  }[];
  notes: { code: string; title: string; cause: string }[];
};

describe(`annual report (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: AnalysisProvince;
  let admin: string;
  let chair: string;
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const report = async (token: string, yearId: string, districtId: string | null = null) => {
    const res = await system.gql<{ annualReport: Report }>(REPORT, { y: yearId, d: districtId }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.annualReport;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedAnalysisProvince(system);
    admin = (await system.createUser({ username: 'admin', unitId: p.province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    chair = (await system.createUser({ username: 'chair.d1', unitId: p.d1.id, roles: [Role.ASSESSOR_CHAIR] })).token;
    await system.gql(
      'mutation($i: AnalysisNoteInput!) { saveAnalysisNote(input: $i) { code } }',
      { i: { yearId: p.y2025.id, groupId: p.g2025.id, code: '2.1', cause: 'Hồ sơ trễ hạn', solution: 'Theo dõi hằng tuần' } },
      { token: admin },
    );
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('its totals equal the rankings’: units, ranked units, average index and the distribution by classification', async () => {
    const r = await report(admin, p.y2024.id);
    const ranking = await system.gql<{
      ranking: { rows: { rank: number | null; index: number; provisional: boolean; classification: { code: string } | null }[] };
    }>(RANKING, { y: p.y2024.id, g: p.g2024.id }, { token: admin });
    const rows = ranking.data!.ranking.rows;
    const ranked = rows.filter((x) => !x.provisional && x.rank !== null);
    const [group] = r.groups;
    expect(group.summary.unitCount).toBe(rows.length);
    expect(group.summary.rankedCount).toBe(ranked.length);
    expect(group.summary.averageIndex).toBe(Math.round(ranked.reduce((s, x) => s + Math.round(x.index * 100), 0) / ranked.length) / 100);
    for (const d of group.summary.distribution) expect(d.count).toBe(ranked.filter((x) => x.classification?.code === d.code).length);
    expect(group.rows.map((x) => [x.unitName, x.rank, x.index])).toEqual([
      ['Xã B', 1, 92],
      ['Xã A', 2, 80],
      ['Xã C', 2, 80],
    ]);
    // (92 + 80 + 80) ÷ 3 = 84; one Xuất sắc, two Tốt; the whole report is the one group here.
    expect(r.summary).toMatchObject({ unitCount: 3, rankedCount: 3, averageIndex: 84 });
    expect(r.summary.distribution.slice(0, 2)).toEqual([
      { code: 'EXCELLENT', label: 'Xuất sắc', count: 1, share: 33.33 },
      { code: 'GOOD', label: 'Tốt', count: 2, share: 66.67 },
    ]);
    expect(group.areas).toEqual([
      { code: '1', averageIndex: 77.78 }, // (86,67 + 86,67 + 60) ÷ 3
      { code: '2', averageIndex: 90 },
    ]);
    expect(r.baseYear).toBeNull(); // no 2023 year
    expect(r.missingSections).toHaveLength(2);
  });

  it('2025 against 2024 follows the merge; carries the analysis notes', async () => {
    const r = await report(admin, p.y2025.id);
    expect(r.baseYear).toBe(2024);
    expect(r.groups[0].rows.map((x) => [x.unitName, x.baseIndex, x.delta])).toEqual([
      ['Xã N', 86, 10],
      ['Xã C', 80, 15],
    ]);
    expect(r.summary).toMatchObject({ comparableCount: 2, averageDelta: 12.5 });
    expect(r.notes).toEqual([expect.objectContaining({ code: '2.1', title: 'Hồ sơ giải quyết đúng hạn', cause: 'Hồ sơ trễ hạn' })]);
  });

  it('a district gets the same report for its communes only; another district is refused', async () => {
    const r = await report(chair, p.y2024.id);
    expect(r.scope).toEqual({ kind: 'DISTRICT', districtName: 'Huyện Một' });
    expect(r.groups[0].rows.map((x) => [x.unitName, x.rank])).toEqual([
      ['Xã B', 1],
      ['Xã A', 2],
    ]);
    expect(r.summary).toMatchObject({ unitCount: 2, averageIndex: 86 });
    const other = await system.gql(REPORT, { y: p.y2024.id, d: p.d2.id }, { token: chair });
    expect(code(other)).toBe('FORBIDDEN');
  });

  it('as XLSX: the summary with the national motto, one ranking sheet per group, the analysis notes', async () => {
    const res = await system.gql<{ exportAnnualReport: { fileName: string; base64: string } }>(
      'query($y: ID!) { exportAnnualReport(yearId: $y) { fileName base64 } }',
      { y: p.y2025.id },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportAnnualReport.fileName).toBe('bao-cao-chi-so-cchc-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(res.data!.exportAnnualReport.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'XH XA', 'Phân tích']);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell(1, 5).value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(summary.getCell(2, 5).value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(summary.getCell(4, 1).value).toBe('BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    const total = summary.getRows(1, 20)!.find((row) => row.getCell(1).value === 'Toàn bộ')!;
    expect([total.getCell(2).value, total.getCell(3).value, total.getCell(4).value, total.getCell(5).value]).toEqual([2, 2, 95.5, 12.5]);
    const ranking = workbook.getWorksheet('XH XA')!;
    expect([ranking.getCell(5, 3).value, ranking.getCell(5, 5).value]).toEqual(['Xã N', 96]);
    expect(workbook.getWorksheet('Phân tích')!.getRow(2).values).toEqual([
      undefined,
      'Khối xã, phường',
      '2.1',
      'Hồ sơ giải quyết đúng hạn',
      'Hồ sơ trễ hạn',
      'Theo dõi hằng tuần',
    ]);
  });
});
