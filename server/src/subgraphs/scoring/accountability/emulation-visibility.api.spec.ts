/**
 * Who reads which rows of the commendation list (danh sách xét khen thưởng), and which of their
 * counts, before and after publication — the communes' block of a three-level year, where each
 * district assesses its own communes:
 *   Xã Thống Nhất (of H2)  Xuất sắc, one report late     → eligible (the rule does not look at lateness)
 *   Xã Đài Xuyên (of H1)   Tốt, reports on time          → eligible
 *   Xã Bình Dân (of H1)    Tốt, its report never came    → not eligible ("thiếu 1 báo cáo định kỳ")
 * The expected rows of each caller are written out, not derived from the rules under test (ties in
 * Vietnamese name order: Bình Dân before Đài Xuyên).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { code, reason, startAccountabilityFixture, type AccountabilityFixture } from './accountability-fixture';
import { ReportPeriodEntity } from './report-period.entity';

const LIST = `query($y: ID!, $g: ID!) { emulationList(yearId: $y, groupId: $g) {
  provisional rows { unitName rank classification { code } missingReports lateReports overdueRemediation eligible reasons } } }`;
const EXPORT = 'query($y: ID!, $g: ID!) { exportEmulationList(yearId: $y, groupId: $g) { fileName } }';
const PAPER = 'mutation($input: PaperReportInput!) { recordPaperReport(input: $input) { status } }';

interface Row {
  unitName: string;
  rank: number | null;
  classification: { code: string } | null;
  missingReports: number | null;
  lateReports: number | null;
  overdueRemediation: number | null;
  eligible: boolean;
  reasons: string[];
}

// Compared in NFC: the fixture's names are typed in either form.
const TN = 'Xã Thống Nhất'.normalize('NFC');
const DX = 'Xã Đài Xuyên'.normalize('NFC');
const BD = 'Xã Bình Dân'.normalize('NFC');
/** A row as the unit's own scope reads it (every count) and as others read it (the rule's counts only). */
const full: Record<string, Partial<Row>> = {
  [TN]: { rank: 1, eligible: true, missingReports: 0, lateReports: 1, overdueRemediation: 0, reasons: [] },
  [DX]: { rank: 2, eligible: true, missingReports: 0, lateReports: 0, overdueRemediation: 0, reasons: [] },
  [BD]: { rank: 2, eligible: false, missingReports: 1, lateReports: 0, overdueRemediation: 0, reasons: ['thiếu 1 báo cáo định kỳ'] },
};
const outside = (name: string): Partial<Row> => ({ ...full[name], lateReports: null });

describe(`commendation list: who reads which rows and counts (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  let otherProvince: string;
  const list = async (who: string | undefined) => {
    const res = await f.gql<{ emulationList: { provisional: boolean; rows: Row[] } }>(who, LIST, { y: f.year.id, g: f.communes.id });
    return res;
  };
  const rowsOf = async (who: string | undefined) => {
    const res = await list(who);
    expect(res.errors, `${who}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    return res.data!.emulationList.rows;
  };
  const expectRows = (rows: Row[], expected: [string, Partial<Row>][]) => {
    expect(rows.map((r) => r.unitName.normalize('NFC'))).toEqual(expected.map(([name]) => name));
    for (const [i, [, shape]] of expected.entries()) expect(rows[i]).toMatchObject(shape);
  };
  const setStatus = (status: YearStatus) => f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status });

  beforeAll(async () => {
    f = await startAccountabilityFixture();
    // The three communes' appraisal complete (stored results, as approval leaves them).
    const results = f.system.scoringDb.getRepository(UnitResultEntity);
    for (const [u, cls, index, rank] of [
      ['C2a', 'EXCELLENT', 9300, 1],
      ['C1a', 'GOOD', 8500, 2],
      ['C1b', 'GOOD', 8500, 2],
    ] as const) {
      await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf[u] }, { status: 'APPROVED' });
      await results.update({ sheetId: f.sheetOf[u] }, { classificationCode: cls, index, rankable: true, rankInGroup: rank });
    }
    await f.system.scoringDb.getRepository(UnitGroupEntity).increment({ id: f.communes.id }, 'resultsVersion', 1);
    const periods = f.system.scoringDb.getRepository(ReportPeriodEntity);
    const period = await periods.save(
      periods.create({
        id: randomUUID(),
        yearId: f.year.id,
        kind: 'HALF_YEAR',
        title: 'Báo cáo 6 tháng',
        dueDate: '2024-06-30',
        groupIds: [f.communes.id],
        penaltyLeafCode: null,
        updatedBy: 'test',
        updatedAt: new Date(),
      }),
    );
    for (const [u, receivedOn] of [
      ['C1a', '2024-06-28'],
      ['C2a', '2024-07-05'],
    ] as const) {
      const res = await f.gql('admin', PAPER, { input: { periodId: period.id, unitId: f.units[u].id, receivedOn } });
      expect(res.errors).toBeUndefined();
    }
    const p2 = await insertUnit(f.system.orgDb, { name: 'Tỉnh Lạng Sơn', kind: OrgUnitKind.PROVINCE, code: '20', subtype: 'tỉnh' });
    otherProvince = (await f.system.createUser({ username: 'viewer.ls', unitId: p2.id, roles: [Role.VIEWER] })).token;
    f.tokens.otherProvince = otherProvince;
  });
  afterAll(() => f?.system.stop());

  it('before publication: the assessor side reads its units, provisional; a unit reads nothing, not even its own row', async () => {
    // The province's staff and its administrator (working in Sở Nội vụ): every commune, every count.
    for (const who of ['admin', 'viewerP', 'appraiserP']) {
      const res = await list(who);
      expect(res.data!.emulationList.provisional).toBe(true);
      expectRows(res.data!.emulationList.rows, [
        [TN, full[TN]],
        [BD, full[BD]],
        [DX, full[DX]],
      ]);
    }
    // A district: its own communes only.
    expectRows(await rowsOf('chairH1'), [
      [BD, full[BD]],
      [DX, full[DX]],
    ]);
    expectRows(await rowsOf('chairH2'), [[TN, full[TN]]]);
    for (const who of ['officerC1a', 'headC1b', 'officerSTP', 'otherProvince']) {
      const res = await list(who);
      expect(code(res)).toBe('FORBIDDEN');
      expect(reason(res)).toBe('NOT_PUBLISHED');
      expect(res.errors![0].message).toBe('Danh sách xét khen thưởng chỉ công khai khi kết quả năm đã công bố.');
      expect(code(await f.gql(who, EXPORT, { y: f.year.id, g: f.communes.id }))).toBe('FORBIDDEN');
    }
    expect(code(await list(undefined))).toBe('UNAUTHENTICATED');
  });

  it('after publication: everyone reads the published list; units in the caller’s scope also unpublished rows and internal counts', async () => {
    await setStatus(YearStatus.PUBLISHED);
    try {
      // Outsiders — anonymous, another province, a department's officer: the eligible units, lateness not theirs to know.
      for (const who of [undefined, 'otherProvince', 'officerSTP']) {
        const res = await list(who);
        expect(res.data!.emulationList.provisional).toBe(false);
        expectRows(res.data!.emulationList.rows, [
          [TN, outside(TN)],
          [DX, outside(DX)],
        ]);
      }
      // A commune's officer: the whole published list, with his own counts; the neighbour's lateness stays internal.
      expectRows(await rowsOf('officerC1a'), [
        [TN, outside(TN)],
        [DX, full[DX]],
      ]);
      // A commune left out of the list still reads its own row and why.
      expectRows(await rowsOf('headC1b'), [
        [TN, outside(TN)],
        [BD, full[BD]],
        [DX, outside(DX)],
      ]);
      // A district: the published list, and its communes in full.
      expectRows(await rowsOf('chairH1'), [
        [TN, outside(TN)],
        [BD, full[BD]],
        [DX, full[DX]],
      ]);
      expectRows(await rowsOf('chairH2'), [
        [TN, full[TN]],
        [DX, outside(DX)],
      ]);
      for (const who of ['admin', 'viewerP'])
        expectRows(await rowsOf(who), [
          [TN, full[TN]],
          [BD, full[BD]],
          [DX, full[DX]],
        ]);
      expect((await f.gql('officerC1a', EXPORT, { y: f.year.id, g: f.communes.id })).errors).toBeUndefined();
    } finally {
      await setStatus(YearStatus.SELF_ASSESSMENT);
    }
  });
});
