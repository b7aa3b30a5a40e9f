/**
 * The read paths around the results — the ranking's Excel file, the heads list, the annual report,
 * the inbox and notification counts — for each kind of caller, before and after publication, on
 * the communes of a three-level year (Xã Đài Xuyên and Xã Bình Dân of H1, Xã Thống Nhất of H2,
 * every appraisal complete). The visibility matrix (results/visibility-matrix.api.spec.ts) covers
 * the sheet, ranking, unit result and dashboard list; this one the files and lists built on them,
 * and a disabled account's token on every path. Expected rows are written out per caller.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { UserEntity } from '../../org/user/user.entity';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { AssessmentYearEntity, YearStatus } from '../assessment-year/assessment-year.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { UnitGroupEntity } from '../unit-group/unit-group.entity';
import { code, startAccountabilityFixture, type AccountabilityFixture } from '../accountability/accountability-fixture';

const EXPORT = 'query($y: ID!, $g: ID!) { exportRanking(yearId: $y, groupId: $g) { base64 } }';
const HEADS = 'query($y: ID!, $g: ID!) { headsList(yearId: $y, groupId: $g) { rows { unitName rank headRating { code } } } }';
const REPORT = 'query($y: ID!) { annualReport(yearId: $y) { scope { kind districtUnitId } } }';
const UNREAD = 'query { unreadNotificationCount }';
const PUBLISHED = 'query($p: ID!) { publishedResults(provinceId: $p, year: 2024) { rankings { rows { unitId } } } }';

const TN = 'Xã Thống Nhất'.normalize('NFC');
const DX = 'Xã Đài Xuyên'.normalize('NFC');
const BD = 'Xã Bình Dân'.normalize('NFC');

describe(`read paths around the results, per caller and year state (${TEST_DB_KIND})`, () => {
  let f: AccountabilityFixture;
  const setStatus = (status: YearStatus) => f.system.scoringDb.getRepository(AssessmentYearEntity).update({ id: f.year.id }, { status });

  /** The unit names and ranks in the ranking's Excel file, in its order (rank '' when not shown). */
  async function fileRows(who: string): Promise<[string, number | string][]> {
    const res = await f.gql<{ exportRanking: { base64: string } }>(who, EXPORT, { y: f.year.id, g: f.communes.id });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(res.data!.exportRanking.base64, 'base64') as unknown as ArrayBuffer);
    const out: [string, number | string][] = [];
    book.worksheets[0].eachRow((row) => {
      const values = row.values as unknown[];
      const name = values.find((v) => typeof v === 'string' && /^Xã /.test(v)) as string | undefined;
      if (name) out.push([name.normalize('NFC'), typeof values[1] === 'number' ? values[1] : '']);
    });
    return out;
  }
  const heads = async (who: string) => {
    const res = await f.gql<{ headsList: { rows: { unitName: string; rank: number | null; headRating: { code: string } | null }[] } }>(
      who,
      HEADS,
      { y: f.year.id, g: f.communes.id },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.headsList.rows.map((r) => [r.unitName.normalize('NFC'), r.rank, r.headRating?.code ?? null]);
  };

  beforeAll(async () => {
    f = await startAccountabilityFixture(YearStatus.APPRAISAL);
    const results = f.system.scoringDb.getRepository(UnitResultEntity);
    for (const [u, cls, index, rank, rankInAssessor] of [
      ['C2a', 'EXCELLENT', 9300, 1, 1],
      ['C1a', 'GOOD', 8600, 2, 1],
      ['C1b', 'GOOD', 8100, 3, 2],
    ] as const) {
      await f.system.scoringDb.getRepository(ScoreSheetEntity).update({ id: f.sheetOf[u] }, { status: 'APPROVED' });
      await results.update(
        { sheetId: f.sheetOf[u] },
        { classificationCode: cls, index, rankable: true, rankInGroup: rank, rankInAssessor },
      );
    }
    await f.system.scoringDb.getRepository(UnitGroupEntity).increment({ id: f.communes.id }, 'resultsVersion', 1);
    // A viewer of the province whose account is disabled after he signed in.
    const disabled = await f.system.createUser({ username: 'xem.bikhoa', unitId: f.units.P.id, roles: [Role.VIEWER] });
    await f.system.orgDb.getRepository(UserEntity).update({ id: disabled.user.id }, { active: false });
    f.tokens.disabled = disabled.token;
  });
  afterAll(() => f?.system.stop());

  it('before publication: the Excel ranking and the heads list hold what the caller may see of each commune', async () => {
    // The province (its staff, its administrator working in Sở Nội vụ): every commune, ranked.
    for (const who of ['admin', 'viewerP']) {
      expect(await fileRows(who)).toEqual([
        [TN, 1],
        [DX, 2],
        [BD, 3],
      ]);
      expect(await heads(who)).toEqual([
        [TN, 1, expect.any(String)],
        [DX, 2, expect.any(String)],
        [BD, 3, expect.any(String)],
      ]);
    }
    // A district: its own communes only — never the neighbouring district's.
    expect(await fileRows('chairH1')).toEqual([
      [DX, 2],
      [BD, 3],
    ]);
    expect(await fileRows('chairH2')).toEqual([[TN, 1]]);
    expect((await heads('chairH1')).map((r) => r[0])).toEqual([DX, BD]);
    // A commune: its own row, without a rank or the head's rating; another commune: nothing of it.
    expect(await fileRows('officerC1a')).toEqual([[DX, '']]);
    expect(await heads('headC1a')).toEqual([[DX, null, null]]);
    expect(await fileRows('officerSTP')).toEqual([]);
    // The annual report: the province whole, a district its communes, a unit nothing yet.
    expect(
      (await f.gql<{ annualReport: { scope: { kind: string } } }>('admin', REPORT, { y: f.year.id })).data!.annualReport.scope.kind,
    ).toBe('PROVINCE');
    const district = await f.gql<{ annualReport: { scope: { districtUnitId: string } } }>('chairH2', REPORT, { y: f.year.id });
    expect(district.data!.annualReport.scope.districtUnitId).toBe(f.units.H2.id);
    const unit = await f.gql('officerC1a', REPORT, { y: f.year.id });
    expect(unit.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'UNPUBLISHED' } });
    expect(unit.errors![0].message).toMatch(/^Phân tích kết quả của kỳ chưa công bố/);
  });

  it('after publication: the Excel ranking is public to the province’s users; lists of heads stay within scope', async () => {
    await setStatus(YearStatus.PUBLISHED);
    try {
      for (const who of ['officerC1a', 'officerSTP', 'chairH2'])
        expect(await fileRows(who)).toEqual([
          [TN, 1],
          [DX, 2],
          [BD, 3],
        ]);
      expect(await heads('headC1a')).toEqual([[DX, 2, expect.any(String)]]);
      expect((await heads('chairH2')).map((r) => r[0])).toEqual([TN]);
    } finally {
      await setStatus(YearStatus.APPRAISAL);
    }
  });

  it('a disabled account’s token reads nothing, not even what is public, and is told why in Vietnamese', async () => {
    for (const [query, variables] of [
      [EXPORT, { y: f.year.id, g: f.communes.id }],
      [HEADS, { y: f.year.id, g: f.communes.id }],
      [REPORT, { y: f.year.id }],
      [UNREAD, {}],
      [PUBLISHED, { p: f.units.P.id }],
    ] as const) {
      const res = await f.gql('disabled', query, variables);
      expect(code(res)).toBe('UNAUTHENTICATED');
      expect(res.errors![0]).toMatchObject({
        message: 'Tài khoản đã bị khóa; vui lòng liên hệ quản trị cấp tỉnh.',
        extensions: { reason: 'SESSION_DISABLED' },
      });
      expect(res.data ?? null).toBeNull();
    }
  });
});
