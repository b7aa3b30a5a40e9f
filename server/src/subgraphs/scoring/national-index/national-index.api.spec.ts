import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus, type AssessmentYearEntity } from '../assessment-year/assessment-year.entity';
import { seedAnalysisProvince, type AnalysisProvince } from '../analysis/analysis-fixture';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { UnitResultEntity } from '../results/unit-result.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { NationalIndexEntity } from './national-index.entity';

const OVERVIEW = `query($p: ID!, $k: NationalIndexKind, $y: Int) { nationalIndices(provinceId: $p, kind: $k, year: $y) {
  canManage entries { id year kind unitName unitCode value rank rankOf published source }
  ownAverages { year status averageIndex unitCount } } }`;
const CREATE = `mutation($i: NationalIndexInput!) { createNationalIndex(input: $i) { id year kind value rank rankOf published unitName } }`;
const UPDATE = `mutation($id: ID!, $i: NationalIndexUpdateInput!) { updateNationalIndex(id: $id, input: $i) { id value rank } }`;
const DELETE = `mutation($id: ID!, $r: String!) { deleteNationalIndex(id: $id, reason: $r) }`;
const PUBLISH = `mutation($p: ID!, $y: Int!, $v: Boolean!) { publishNationalIndices(provinceId: $p, year: $y, published: $v) }`;
const HISTORY = `query($id: ID!) { nationalIndexHistory(id: $id) { action reason actorName before after } }`;
const IMPORT = `mutation($p: ID!, $b: String!) { importNationalIndices(provinceId: $p, base64: $b) { created updated unchanged } }`;
const TEMPLATE = `query($p: ID!) { nationalIndicesTemplate(provinceId: $p) { fileName base64 } }`;
const DDCI_PREVIEW = `query($y: ID!, $c: String!) { ddciSurveyPreview(yearId: $y, criterionCode: $c) {
  canApply validCount changedCount issues { row code message } rows { unitName value points currentPoints } } }`;
const DDCI_APPLY = `mutation($y: ID!, $c: String!) { applyDdciToSurvey(yearId: $y, criterionCode: $c) { imported changed sheetsUpdated } }`;

type Entry = {
  id: string;
  year: number;
  kind: string;
  unitName: string | null;
  value: number;
  rank: number | null;
  rankOf: number | null;
  published: boolean;
};
type Overview = {
  canManage: boolean;
  entries: Entry[];
  ownAverages: { year: number; status: string; averageIndex: number | null; unitCount: number }[];
};

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chi so');
  sheet.addRow(['Năm', 'Chỉ số', 'Mã đơn vị (DDCI)', 'Giá trị', 'Thứ hạng', 'Trên tổng số', 'Nguồn']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe(`the province's national indices (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let p: AnalysisProvince;
  let openYear: AssessmentYearEntity;
  const dept: { id: string; code: string; name: string }[] = [];
  const tokens: Record<string, string> = {};
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
  const reason = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.reason ?? null;
  const overview = (token?: string, headers?: Record<string, string>) =>
    system.gql<{ nationalIndices: Overview }>(OVERVIEW, { p: p.province.id }, { token, headers });
  const create = (input: Record<string, unknown>, token = tokens.admin) =>
    system.gql<{ createNationalIndex: Entry }>(CREATE, { i: { provinceId: p.province.id, ...input } }, { token });
  const count = () => system.scoringDb.getRepository(NationalIndexEntity).count();

  beforeAll(async () => {
    system = await startTestSystem();
    p = await seedAnalysisProvince(system);
    // An open year of departments with a percentage survey leaf (3.1), for DDCI → survey points.
    openYear = await insertYear(system.scoringDb, {
      provinceUnitId: p.province.id,
      year: 2026,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.APPRAISAL,
    });
    const group = await insertGroup(system.scoringDb, openYear.id, {
      code: 'SO',
      name: 'Khối sở',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    await insertCriteria(system.scoringDb, openYear.id, group.id, TEST_CRITERIA);
    for (const [code, name] of [
      ['STP', 'Sở Tư pháp'],
      ['SYT', 'Sở Y tế'],
    ]) {
      const u = await insertUnit(system.orgDb, { name, kind: OrgUnitKind.DEPARTMENT, code, subtype: 'sở', parent: p.province });
      dept.push({ id: u.id, code, name });
    }
    await insertRoster(
      system.scoringDb,
      openYear.id,
      group,
      { id: p.province.id, name: p.province.name },
      dept.map((d) => ({ ...d, kind: OrgUnitKind.DEPARTMENT, subtype: 'sở' })),
    );
    await createSheetsForYear(system.scoringDb, openYear.id);
    const other = await insertUnit(system.orgDb, { name: 'Tỉnh Bắc Ninh', kind: OrgUnitKind.PROVINCE, code: '27', subtype: 'tỉnh' });
    const user = async (username: string, unitId: string, roles: Role[]) =>
      (tokens[username] = (await system.createUser({ username, unitId, roles })).token);
    await user('admin', p.province.id, [Role.PROVINCE_ADMIN]);
    await user('appraiser', p.province.id, [Role.APPRAISER, Role.ASSESSOR_CHAIR]);
    await user('chair.d1', p.d1.id, [Role.ASSESSOR_CHAIR]);
    await user('other', other.id, [Role.PROVINCE_ADMIN]);
  });
  afterAll(() => system?.stop());

  it('refuses out-of-range figures with a stable reason and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 2024, kind: 'PAR_INDEX', value: '100,01' }, 'VALUE_OUT_OF_RANGE'],
      [{ year: 2024, kind: 'PAPI', value: '80.5' }, 'VALUE_OUT_OF_RANGE'],
      [{ year: 2024, kind: 'PCI', value: 'bảy mươi' }, 'VALUE_NOT_NUMBER'],
      [{ year: 2011, kind: 'PAR_INDEX', value: '80' }, 'YEAR_OUT_OF_RANGE'],
      [{ year: new Date().getUTCFullYear() + 1, kind: 'PCI', value: '70' }, 'YEAR_OUT_OF_RANGE'],
      [{ year: 2024, kind: 'PAR_INDEX', value: '80', rank: 64 }, 'RANK_OUT_OF_RANGE'],
      [{ year: 2025, kind: 'SIPAS', value: '80', rank: 5, rankOf: 63 }, 'RANK_OF_OUT_OF_RANGE'],
      [{ year: 2024, kind: 'DDCI', value: '80' }, 'UNIT_REQUIRED'],
      [{ year: 2024, kind: 'PCI', value: '70', unitId: p.a.id }, 'UNIT_NOT_ALLOWED'],
      [{ year: 2024, kind: 'DDCI', value: '70', unitId: crypto.randomUUID() }, 'UNKNOWN_UNIT'],
    ];
    for (const [input, expected] of cases) {
      const res = await create(input);
      expect(code(res), expected).toBe('BAD_USER_INPUT');
      expect(reason(res), JSON.stringify(input)).toBe(expected);
      expect(res.errors![0].message).not.toMatch(/[A-Z_]{6,}/);
    }
    expect(await count()).toBe(0);
  });

  it('records a figure (national rank out of 63 by default), refuses it twice, audits every change', async () => {
    const created = await create({ year: 2024, kind: 'PAR_INDEX', value: '89,32', rank: 5, source: 'Quyết định 1234/QĐ-BNV' });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNationalIndex).toMatchObject({ value: 89.32, rank: 5, rankOf: 63, published: false, unitName: null });
    const again = await create({ year: 2024, kind: 'PAR_INDEX', value: '90' });
    expect(code(again)).toBe('CONFLICT');
    expect(reason(again)).toBe('DUPLICATE');
    expect(again.errors![0].message).toMatch(/PAR INDEX năm 2024 đã có/);
    const id = created.data!.createNationalIndex.id;
    const badUpdate = await system.gql(UPDATE, { id, i: { value: '120' } }, { token: tokens.admin });
    expect(reason(badUpdate)).toBe('VALUE_OUT_OF_RANGE');
    const updated = await system.gql(
      UPDATE,
      { id, i: { value: '89.41', rank: 4, reason: 'Đính chính theo công bố chính thức' } },
      { token: tokens.admin },
    );
    expect(updated.errors).toBeUndefined();
    const history = await system.gql<{
      nationalIndexHistory: { action: string; reason: string | null; before: unknown; after: unknown }[];
    }>(HISTORY, { id }, { token: tokens.admin });
    const parsed = history.data!.nationalIndexHistory.map((h) => ({
      ...h,
      before: typeof h.before === 'string' ? JSON.parse(h.before) : h.before,
      after: typeof h.after === 'string' ? JSON.parse(h.after) : h.after,
    }));
    expect(parsed).toEqual([
      expect.objectContaining({ action: 'CREATE', before: null, after: expect.objectContaining({ value: 89.32, rank: 5 }) }),
      expect.objectContaining({
        action: 'UPDATE',
        reason: 'Đính chính theo công bố chính thức',
        before: expect.objectContaining({ value: 89.32, rank: 5 }),
        after: expect.objectContaining({ value: 89.41, rank: 4 }),
      }),
    ]);
    expect(code(await system.gql(HISTORY, { id }, { token: tokens.other }))).toBe('FORBIDDEN');
  });

  it('is written by the province’s administrator only', async () => {
    const before = await count();
    for (const who of ['appraiser', 'chair.d1', 'other']) {
      expect(code(await create({ year: 2023, kind: 'PCI', value: '70' }, tokens[who])), who).toBe('FORBIDDEN');
      expect(code(await system.gql(PUBLISH, { p: p.province.id, y: 2024, v: true }, { token: tokens[who] })), who).toBe('FORBIDDEN');
      expect(code(await system.gql(IMPORT, { p: p.province.id, b: await xlsx([[2023, 'PCI', null, 70]]) }, { token: tokens[who] }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(code(await create({ year: 2023, kind: 'PCI', value: '70' }, ''))).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('imports an XLSX all or nothing: one bad row refuses the file; a clean file creates and updates', async () => {
    const before = await count();
    const audits = await system.scoringDb.getRepository(AuditEventEntity).count();
    const bad = await system.gql(
      IMPORT,
      {
        p: p.province.id,
        b: await xlsx([
          [2024, 'SIPAS', null, 85.6, 10, 63],
          [2024, 'PAPI', null, 90], // above 80
          [2024, 'DDCI', 'XX', 70], // unknown unit
          [2024, 'SIPAS', null, 85], // duplicate of row 2
        ]),
      },
      { token: tokens.admin },
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({
      reason: 'INVALID_ROWS',
      issues: [
        expect.objectContaining({ row: 3, code: 'VALUE_OUT_OF_RANGE' }),
        expect.objectContaining({ row: 4, code: 'UNKNOWN_UNIT' }),
        expect.objectContaining({ row: 5, code: 'DUPLICATE' }),
      ],
    });
    expect(bad.errors![0].message).toMatch(/^Không nhập được chỉ số: 3 lỗi\. Dòng 3: /);
    expect(await count()).toBe(before);
    expect(await system.scoringDb.getRepository(AuditEventEntity).count()).toBe(audits);

    const good = await system.gql<{ importNationalIndices: { created: number; updated: number; unchanged: number } }>(
      IMPORT,
      {
        p: p.province.id,
        b: await xlsx([
          [2024, 'PAR INDEX', null, 89.41, 4, 63], // as recorded: unchanged
          [2024, 'SIPAS', null, '85,6', 10, 63],
          [2023, 'PAPI', null, 45.12, 3, 63],
          [2023, 'pci', null, 73.02, 1, 63],
          [2024, 'DDCI', p.a.code, 81.5, 2, 3],
          [2024, 'DDCI', p.b.code, 84.25, 1, 3],
        ]),
      },
      { token: tokens.admin },
    );
    expect(good.errors).toBeUndefined();
    expect(good.data!.importNationalIndices).toEqual({ created: 5, updated: 0, unchanged: 1 });
    const changed = await system.gql<{ importNationalIndices: { created: number; updated: number } }>(
      IMPORT,
      { p: p.province.id, b: await xlsx([[2024, 'SIPAS', null, 86, 9, 63]]) },
      { token: tokens.admin },
    );
    expect(changed.data!.importNationalIndices).toMatchObject({ created: 0, updated: 1 });
    const rows = await system.scoringDb.getRepository(NationalIndexEntity).findBy({ provinceUnitId: p.province.id, kind: 'DDCI' });
    expect(rows.map((r) => [r.unitName, r.value, r.rank]).sort()).toEqual([
      ['Xã A', 8150, 2],
      ['Xã B', 8425, 1],
    ]);
    // The template comes back with what is recorded, and re-imports unchanged.
    const template = await system.gql<{ nationalIndicesTemplate: { base64: string } }>(
      TEMPLATE,
      { p: p.province.id },
      { token: tokens.admin },
    );
    const reimport = await system.gql<{ importNationalIndices: { created: number; updated: number; unchanged: number } }>(
      IMPORT,
      { p: p.province.id, b: template.data!.nationalIndicesTemplate.base64 },
      { token: tokens.admin },
    );
    expect(reimport.data!.importNationalIndices).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it('shows the years beside the province’s own average index; the public and apps see what is published', async () => {
    const admin = await overview(tokens.admin);
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.nationalIndices.canManage).toBe(true);
    // 2024: A 20/25 = 80, B 23/25 = 92, C 16/20 = 80 → 84; 2025: N 24/25 = 96, C 19/20 = 95 → 95.5.
    expect(admin.data!.nationalIndices.ownAverages).toEqual([
      { year: 2024, status: 'FINALIZED', averageIndex: 84, unitCount: 3 },
      { year: 2025, status: 'FINALIZED', averageIndex: 95.5, unitCount: 2 },
    ]);
    expect(admin.data!.nationalIndices.entries.map((e) => `${e.year} ${e.kind} ${e.value}`)).toEqual([
      '2023 PAPI 45.12',
      '2023 PCI 73.02',
      '2024 DDCI 84.25',
      '2024 DDCI 81.5',
      '2024 PAR_INDEX 89.41',
      '2024 SIPAS 86',
    ]);
    // Nothing published yet: the public sees nothing, not even finalized years' averages.
    const anonymous = await overview();
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.nationalIndices).toEqual({ canManage: false, entries: [], ownAverages: [] });

    const published = await system.gql<{ publishNationalIndices: number }>(
      PUBLISH,
      { p: p.province.id, y: 2024, v: true },
      { token: tokens.admin },
    );
    expect(published.data!.publishNationalIndices).toBe(4);
    expect(
      await system.scoringDb
        .getRepository(AuditEventEntity)
        .countBy({ action: 'PUBLISH', entityType: 'NATIONAL_INDEX' as AuditEventEntity['entityType'] }),
    ).toBe(4);
    const key = await system.gql<{ createApiClient: { key: string } }>(
      'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }',
      { input: { name: 'Cổng thông tin điện tử tỉnh' } },
      { token: tokens.admin },
    );
    const app = await overview(undefined, { 'x-api-key': key.data!.createApiClient.key });
    expect(app.errors).toBeUndefined();
    expect(app.data!.nationalIndices.entries.map((e) => `${e.year} ${e.kind}`)).toEqual([
      '2024 DDCI',
      '2024 DDCI',
      '2024 PAR_INDEX',
      '2024 SIPAS',
    ]);
    expect((await overview()).data).toEqual(app.data);
    expect((await overview(tokens.appraiser)).data!.nationalIndices.entries).toHaveLength(4);
  });

  it('deletes with a reason, kept in the audit', async () => {
    const [papi] = await system.scoringDb.getRepository(NationalIndexEntity).findBy({ provinceUnitId: p.province.id, kind: 'PAPI' });
    expect(reason(await system.gql(DELETE, { id: papi.id, r: ' ' }, { token: tokens.admin }))).toBe('REASON_REQUIRED');
    expect((await system.gql(DELETE, { id: papi.id, r: 'Nhập nhầm năm' }, { token: tokens.admin })).errors).toBeUndefined();
    const history = await system.gql<{ nationalIndexHistory: { action: string; reason: string }[] }>(
      HISTORY,
      { id: papi.id },
      { token: tokens.admin },
    );
    expect(history.data!.nationalIndexHistory.map((h) => h.action)).toEqual(['IMPORT', 'DELETE']);
  });

  it('feeds the units’ DDCI into a percentage survey leaf through the survey import (preview, then apply)', async () => {
    for (const [i, d] of dept.entries())
      expect(
        (await create({ year: 2026, kind: 'DDCI', value: ['82,5', '70'][i], rank: i + 1, rankOf: 2, unitId: d.id })).errors,
      ).toBeUndefined();
    expect(reason(await system.gql(DDCI_PREVIEW, { y: openYear.id, c: '1.1' }, { token: tokens.admin }))).toBe('NOT_SURVEY_CRITERION');
    expect(code(await system.gql(DDCI_PREVIEW, { y: openYear.id, c: '3.1' }, { token: tokens.other }))).toBe('FORBIDDEN');
    const entries = await system.scoringDb.getRepository(ScoreEntryEntity).count();
    const preview = await system.gql<{
      ddciSurveyPreview: { canApply: boolean; rows: { unitName: string; points: number; currentPoints: number | null }[] };
    }>(DDCI_PREVIEW, { y: openYear.id, c: '3.1' }, { token: tokens.admin });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.ddciSurveyPreview.canApply).toBe(true);
    // 82.5 % of 30 = 24.75; 70 % = 21.
    expect(preview.data!.ddciSurveyPreview.rows.map((r) => [r.unitName, r.points, r.currentPoints])).toEqual([
      ['Sở Tư pháp', 24.75, null],
      ['Sở Y tế', 21, null],
    ]);
    expect(await system.scoringDb.getRepository(ScoreEntryEntity).count()).toBe(entries);
    const applied = await system.gql<{ applyDdciToSurvey: { changed: number; sheetsUpdated: number } }>(
      DDCI_APPLY,
      { y: openYear.id, c: '3.1' },
      { token: tokens.admin },
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyDdciToSurvey).toMatchObject({ changed: 2, sheetsUpdated: 2 });
    const result = await system.scoringDb.getRepository(UnitResultEntity).findOneByOrFail({ yearId: openYear.id, unitId: dept[0].id });
    expect(result.surveyPoints).toBe(2475);
    const audit = await system.scoringDb.getRepository(AuditEventEntity).findOneByOrFail({ yearId: openYear.id, action: 'IMPORT_SURVEY' });
    expect(audit.reason).toBe('Điểm DDCI năm 2026 dùng làm điểm điều tra');
  });
});
