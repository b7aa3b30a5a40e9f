import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule } from '../unit-group/unit-group.entity';

const PREVIEW = `query($y: ID!, $b: String!, $f: SurveyFileFormat!) { surveyImportPreview(yearId: $y, base64: $b, format: $f) {
  rowCount validCount blankCount changedCount sheetsAffected canApply
  issues { row code message }
  rows { row unitCode unitName criterionCode criterionTitle value points currentPoints changed } } }`;
const APPLY = `mutation($y: ID!, $b: String!, $f: SurveyFileFormat!) { importSurveyResults(yearId: $y, base64: $b, format: $f) {
  imported changed sheetsUpdated } }`;
const TEMPLATE = `query($y: ID!) { surveyImportTemplate(yearId: $y) { fileName contentType base64 } }`;
const SHEET = `query($id: ID!) { scoreSheet(id: $id) { version totals { surveyPoints } entries { code declaredValue surveyPoints } } }`;

type Preview = {
  rowCount: number;
  validCount: number;
  blankCount: number;
  changedCount: number;
  sheetsAffected: number;
  canApply: boolean;
  issues: { row: number | null; code: string; message: string }[];
  rows: {
    row: number;
    unitCode: string;
    unitName: string;
    criterionCode: string;
    points: number;
    currentPoints: number | null;
    changed: boolean;
  }[];
};

const csv = (lines: string[]) => Buffer.from(['Mã đơn vị;Mã tiêu chí;Giá trị', ...lines].join('\n')).toString('base64');

describe(`survey import screen's API: template, preview, all-or-nothing apply, scope (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let province: OrgUnitEntity;
  let district: OrgUnitEntity;
  let year: AssessmentYearEntity;
  const communes: OrgUnitEntity[] = [];
  const tokens: Record<string, string> = {};
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const preview = (b: string, token = tokens.admin, f = 'CSV') =>
    system.gql<{ surveyImportPreview: Preview }>(PREVIEW, { y: year.id, b, f }, { token });
  const apply = (b: string, token = tokens.admin, f = 'CSV') =>
    system.gql<{ importSurveyResults: { imported: number; changed: number; sheetsUpdated: number } }>(
      APPLY,
      { y: year.id, b, f },
      { token },
    );

  /** Everything an import could write: entries, audit rows, sheet versions, stored results. */
  async function snapshot() {
    const db = system.scoringDb;
    const entries = await db.getRepository(ScoreEntryEntity).find({ order: { id: 'ASC' } });
    const sheets = await db.getRepository(ScoreSheetEntity).find({ where: { yearId: year.id }, order: { id: 'ASC' } });
    const results = await db.getRepository(UnitResultEntity).find({ where: { yearId: year.id }, order: { unitId: 'ASC' } });
    return {
      entries: entries.map((e) => [e.id, e.declaredValue, e.surveyPoints]),
      audits: await db.getRepository(AuditEventEntity).count(),
      sheets: sheets.map((s) => [s.id, s.version]),
      results: results.map((r) => [r.unitId, r.selfIndex, r.surveyPoints]),
    };
  }

  beforeAll(async () => {
    system = await startTestSystem();
    province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    district = await insertUnit(system.orgDb, {
      name: 'Thành phố Đông Triều',
      kind: OrgUnitKind.DISTRICT,
      code: '205',
      subtype: 'thành phố',
      parent: province,
    });
    for (const [i, name] of ['Xã An Sinh', 'Xã Bình Khê', 'Xã Tràng Lương'].entries())
      communes.push(await insertUnit(system.orgDb, { name, kind: OrgUnitKind.COMMUNE, code: `0712${i}`, subtype: 'xã', parent: district }));
    const other = await insertUnit(system.orgDb, { name: 'Tỉnh Bắc Ninh', kind: OrgUnitKind.PROVINCE, code: '27', subtype: 'tỉnh' });
    year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
    });
    const group = await insertGroup(system.scoringDb, year.id, {
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
    const user = async (username: string, unitId: string, roles: Role[]) =>
      (tokens[username] = (await system.createUser({ username, unitId, roles })).token);
    await user('admin', province.id, [Role.PROVINCE_ADMIN]);
    await user('appraiser', province.id, [Role.APPRAISER]);
    await user('chair.dongtrieu', district.id, [Role.ASSESSOR_CHAIR, Role.APPRAISER]);
    await user('officer', communes[0].id, [Role.UNIT_OFFICER]);
    await user('other', other.id, [Role.PROVINCE_ADMIN]);
  });
  afterAll(() => system?.stop());

  it('downloads a template with every roster unit × survey leaf, which previews back without errors', async () => {
    const res = await system.gql<{ surveyImportTemplate: { fileName: string; contentType: string; base64: string } }>(
      TEMPLATE,
      { y: year.id },
      { token: tokens.admin },
    );
    expect(res.errors).toBeUndefined();
    const file = res.data!.surveyImportTemplate;
    expect(file.fileName).toBe('mau-dieu-tra-xa-hoi-hoc-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]));
    expect(rows).toEqual([
      ['Mã đơn vị', 'Mã tiêu chí', 'Giá trị', 'Tên đơn vị (không nhập)'],
      ['07120', '3.1', null, 'Xã An Sinh'],
      ['07121', '3.1', null, 'Xã Bình Khê'],
      ['07122', '3.1', null, 'Xã Tràng Lương'],
    ]);
    // Untouched, the template is all blank values: nothing to import, said as such.
    const blank = await preview(file.base64, tokens.admin, 'XLSX');
    expect(blank.data!.surveyImportPreview).toMatchObject({ blankCount: 3, validCount: 0, canApply: false });
    expect(blank.data!.surveyImportPreview.issues).toEqual([expect.objectContaining({ row: null, code: 'EMPTY_FILE' })]);
    // Filled in two rows, the third left blank (keep as is).
    sheet.getCell('C2').value = 85.5;
    sheet.getCell('C3').value = 70;
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const ok = await preview(filled, tokens.admin, 'XLSX');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.surveyImportPreview).toMatchObject({
      validCount: 2,
      blankCount: 1,
      changedCount: 2,
      sheetsAffected: 2,
      canApply: true,
    });
    // 85.5 % of 30 = 25.65; 70 % = 21.
    expect(ok.data!.surveyImportPreview.rows.map((r) => [r.unitName, r.points, r.currentPoints])).toEqual([
      ['Xã An Sinh', 25.65, null],
      ['Xã Bình Khê', 21, null],
    ]);
  });

  it('previews every row error with its code and a Vietnamese message, and writes nothing', async () => {
    const before = await snapshot();
    const file = csv([
      '07120;3.1;80', // ok
      '99999;3.1;50', // unknown unit
      '07121;1.1;50', // not a survey leaf
      '07121;3.1;101', // over 100 %
      '07122;3.1;abc', // not a number
      '07120;3.1;90', // duplicate of row 2
      ';3.1;40', // missing unit code
    ]);
    const { result: res, queries } = await countQueries(system.scoringDb, () => preview(file));
    expect(res.errors).toBeUndefined();
    const p = res.data!.surveyImportPreview;
    expect(p.canApply).toBe(false);
    expect(p.rowCount).toBe(7);
    expect(p.validCount).toBe(1);
    expect(p.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'UNKNOWN_UNIT'],
      [4, 'NOT_SURVEY_CRITERION'],
      [5, 'INVALID_VALUE'],
      [6, 'INVALID_VALUE'],
      [7, 'DUPLICATE_ROW'],
      [8, 'MISSING_CELLS'],
    ]);
    expect(p.issues.every((i) => i.message.startsWith(`Dòng ${i.row}:`))).toBe(true);
    expect(p.issues[0].message).toContain('không có trong danh sách đơn vị được đánh giá');
    expect(p.issues[4].message).toContain('trùng với dòng 2');
    expect(p.rows).toEqual([expect.objectContaining({ row: 2, unitCode: '07120', criterionCode: '3.1', points: 24, changed: true })]);
    // A dry run: reads only.
    expect(queries.filter((q) => /^\s*(INSERT|UPDATE|DELETE)/i.test(q))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the whole file when one row is bad, and writes nothing', async () => {
    const before = await snapshot();
    const res = await apply(csv(['07120;3.1;80', '07121;3.1;75', '07122;3.1;120']));
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^Không nhập được kết quả điều tra: 1 lỗi\. Dòng 4:/);
    expect(res.errors![0].extensions).toMatchObject({
      reason: 'INVALID_ROWS',
      issues: [expect.objectContaining({ row: 4, code: 'INVALID_VALUE' })],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('applies a clean file: survey points on the sheets, results recomputed, audited; re-preview shows them as stored', async () => {
    const file = csv(['07120;3.1;80', '07121;3.1;75,5']);
    const audits = await system.scoringDb.getRepository(AuditEventEntity).countBy({ action: 'IMPORT_SURVEY' });
    const res = await apply(file);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importSurveyResults).toEqual({ imported: 2, changed: 2, sheetsUpdated: 2 });
    const sheetOf = (u: OrgUnitEntity) =>
      system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: year.id, unitId: u.id });
    type Sheet = {
      scoreSheet: {
        totals: { surveyPoints: number };
        entries: { code: string; declaredValue: string | null; surveyPoints: number | null }[];
      };
    };
    const shown = await system.gql<Sheet>(SHEET, { id: (await sheetOf(communes[1])).id }, { token: tokens.admin });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.scoreSheet.entries.find((e) => e.code === '3.1')).toMatchObject({ declaredValue: '75,5', surveyPoints: 22.65 });
    expect(shown.data!.scoreSheet.totals.surveyPoints).toBe(22.65);
    const stored = await system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ yearId: year.id, unitId: communes[0].id });
    expect(stored.surveyPoints).toBe(2400);
    expect(await system.scoringDb.getRepository(AuditEventEntity).countBy({ action: 'IMPORT_SURVEY' })).toBe(audits + 2);

    // "80,00" is the stored 80: not a change.
    const again = await preview(csv(['07120;3.1;80,00', '07121;3.1;60']));
    expect(again.data!.surveyImportPreview).toMatchObject({ changedCount: 1, sheetsAffected: 1 });
    expect(again.data!.surveyImportPreview.rows.map((r) => [r.unitCode, r.currentPoints, r.points, r.changed])).toEqual([
      ['07120', 24, 24, false],
      ['07121', 22.65, 18, true],
    ]);
  });

  it('is the province administrator’s alone: a district chairman may not import even for his own communes', async () => {
    const before = await snapshot();
    const own = csv(['07120;3.1;10']);
    for (const who of ['chair.dongtrieu', 'appraiser', 'officer', 'other']) {
      expect(code(await preview(own, tokens[who])), who).toBe('FORBIDDEN');
      expect(code(await apply(own, tokens[who])), who).toBe('FORBIDDEN');
      expect(code(await system.gql(TEMPLATE, { y: year.id }, { token: tokens[who] })), who).toBe('FORBIDDEN');
    }
    expect(code(await preview(own, ''))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });
});
