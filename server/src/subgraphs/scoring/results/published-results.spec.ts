import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { ANONYMOUS } from '../../../platform/auth/tokens';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import type { OrgUnitEntity } from '../../org/org-unit/org-unit.entity';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { yearHooks } from '../assessment-year/year-hooks';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule, type UnitGroupEntity } from '../unit-group/unit-group.entity';
import { cachedPublished, invalidatePublished, publishedCacheSize } from './published-cache';
import { clearRankingCache } from './ranking-cache';
import { rerankGroups } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

const RANKING = `query($y: ID!, $g: ID!) { ranking(yearId: $y, groupId: $g) {
  rows { rank provisional unitName classification { code } }
  warnings { code level share limit count baseCount message messageEn } } }`;
const PUBLISHED = `query($p: ID!, $y: Int!, $g: String) { publishedResults(provinceId: $p, year: $y, groupCode: $g) {
  name rankings { groupCode groupName rows { rank unitName index } warnings { level share } } } }`;

type Warning = { code: string; level: string; share: number; limit: number; count: number; baseCount: number; message: string };
type Published = { name: string; rankings: { groupCode: string; groupName: string; rows: { unitName: string; index: number }[] }[] };

describe(`Nghị định 335 warning and cached published results (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let province: OrgUnitEntity;
  let year: AssessmentYearEntity;
  let group: UnitGroupEntity;
  let adminToken: string;
  let officerToken: string;
  const departments: OrgUnitEntity[] = [];
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;

  /** Ten departments; `excellent` of them Xuất sắc, then Tốt, the last two Khá; `provisional` excellent ones not yet appraised. */
  async function classify(excellent: number, provisional = 0) {
    const results = system.scoringDb.getRepository(UnitResultEntity);
    for (const [i, unit] of departments.entries()) {
      const band = i < excellent + provisional ? 'EXCELLENT' : i < 8 ? 'GOOD' : 'FAIR';
      const index = band === 'EXCELLENT' ? 9500 - i : band === 'GOOD' ? 8500 - i : 7500 - i;
      await results.update({ yearId: year.id, unitId: unit.id }, { index, classificationCode: band, rankable: i >= provisional });
    }
    await rerankGroups(system.scoringDb.manager, year.id, [group.id]);
  }
  const ranking = async (token = adminToken) => {
    const res = await system.gql<{ ranking: { rows: { rank: number | null }[]; warnings: Warning[] } }>(
      RANKING,
      { y: year.id, g: group.id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.ranking;
  };
  const published = (groupCode: string | null = null) =>
    system.gql<{ publishedResults: Published }>(PUBLISHED, { p: province.id, y: 2024, g: groupCode });

  beforeAll(async () => {
    system = await startTestSystem();
    province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    for (let i = 0; i < 10; i++)
      departments.push(
        await insertUnit(system.orgDb, {
          name: `Sở Số ${i}`,
          kind: OrgUnitKind.DEPARTMENT,
          code: `S${i}`,
          subtype: 'sở',
          parent: province,
        }),
      );
    year = await insertYear(system.scoringDb, {
      provinceUnitId: province.id,
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.FINALIZED,
    });
    group = await insertGroup(system.scoringDb, year.id, {
      code: 'SO',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    await insertCriteria(system.scoringDb, year.id, group.id, TEST_CRITERIA);
    await insertRoster(
      system.scoringDb,
      year.id,
      group,
      { id: province.id, name: province.name },
      departments.map((u) => ({ id: u.id, name: u.name, code: u.code, kind: u.kind, subtype: u.subtype })),
    );
    await createSheetsForYear(system.scoringDb, year.id);
    await system.scoringDb.getRepository(ScoreSheetEntity).update({ yearId: year.id }, { status: 'APPROVED' });
    adminToken = (await system.createUser({ username: 'admin.qn', unitId: province.id, roles: [Role.PROVINCE_ADMIN] })).token;
    officerToken = (await system.createUser({ username: 'cb.s0', unitId: departments[0].id, roles: [Role.UNIT_OFFICER] })).token;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('warns (from 2026) above 20 % Xuất sắc among those rated Tốt or better, says "at the limit" on it, and nothing below', async () => {
    // The decree rates 2026 onwards: the same table in 2024 carries no note.
    await classify(3);
    expect((await ranking()).warnings).toEqual([]);
    const years = system.scoringDb.getRepository(AssessmentYearEntity);
    await years.update({ id: year.id }, { year: 2026 });
    await classify(1); // 1 of 8 (two Khá do not count): 12,5 %
    expect((await ranking()).warnings).toEqual([]);

    await classify(2, 1); // a third Xuất sắc is not appraised yet: it does not count, 2 of 7 ranked = 28,57 %
    const withProvisional = await ranking();
    expect(withProvisional.rows.filter((r) => r.rank === null)).toHaveLength(1);
    expect(withProvisional.warnings).toEqual([
      expect.objectContaining({ code: 'EXCELLENT_SHARE_335', level: 'OVER_LIMIT', count: 2, baseCount: 7, share: 28.57, limit: 20 }),
    ]);

    // Exactly on the edge: 2 of 10 ranked "tốt or better" is 20 % — allowed, said as such.
    const results = system.scoringDb.getRepository(UnitResultEntity);
    await classify(2);
    await results.update({ yearId: year.id, unitId: departments[8].id }, { classificationCode: 'GOOD', index: 8100 });
    await results.update({ yearId: year.id, unitId: departments[9].id }, { classificationCode: 'GOOD', index: 8050 });
    await rerankGroups(system.scoringDb.manager, year.id, [group.id]);
    const [edge] = (await ranking()).warnings;
    expect(edge).toMatchObject({ level: 'AT_LIMIT', count: 2, baseCount: 10, share: 20 });
    expect(edge.message).toContain('đúng bằng giới hạn');

    await classify(3); // 3 of 8 = 37,5 %
    const [over] = (await ranking()).warnings;
    expect(over).toMatchObject({ level: 'OVER_LIMIT', count: 3, baseCount: 8, share: 37.5 });
    expect(over.message).toMatch(
      /^Lưu ý khi dùng kết quả để xếp loại người đứng đầu: Nghị định 335\/2025\/NĐ-CP.*3\/8 đơn vị "Xuất sắc" \(37,50%\), cao hơn giới hạn đó\./,
    );

    // A unit officer sees only the own row: a share of one row means nothing, none is given.
    expect((await ranking(officerToken)).warnings).toEqual([]);

    // The Excel report carries the note above the table.
    const file = await system.gql<{ exportRanking: { base64: string } }>(
      'query($y: ID!, $g: ID!) { exportRanking(yearId: $y, groupId: $g) { base64 } }',
      { y: year.id, g: group.id },
      { token: adminToken },
    );
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data!.exportRanking.base64, 'base64') as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet('Xếp hạng')!.getCell(3, 1).value)).toContain('3/8 đơn vị "Xuất sắc" (37,50%)');
    await years.update({ id: year.id }, { year: 2024 });
  });

  it('never caches a year that is not published; serves a published one (which cannot change) from cache; a changed year row rebuilds it', async () => {
    expect(code(await published())).toBe('NOT_FOUND');
    expect(publishedCacheSize(system.scoringDb)).toBe(0);

    const publish = await system.gql(
      'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: PUBLISHED) { to } }',
      { id: year.id },
      { token: adminToken },
    );
    expect(publish.errors).toBeUndefined();
    const first = (await published()).data!.publishedResults;
    expect(first.rankings[0].rows).toHaveLength(10);
    expect(publishedCacheSize(system.scoringDb)).toBe(1);

    // Rows cannot change once published; written behind the API's back, the cached payload shows it is served as is.
    const results = system.scoringDb.getRepository(UnitResultEntity);
    await results.update({ yearId: year.id, unitId: departments[0].id }, { unitName: 'Sở Đổi Tên Ngoài API' });
    expect((await published()).data!.publishedResults).toEqual(first);

    // PUBLISHED is terminal: the status machine refuses to re-open it, so the cache stays right.
    const reopen = await system.gql(
      'mutation($id: ID!) { transitionAssessmentYear(id: $id, to: FINALIZED, reason: "Rà soát lại") { to } }',
      { id: year.id },
      { token: adminToken },
    );
    expect(code(reopen)).toBe('CONFLICT');
    expect((await published()).data!.publishedResults).toEqual(first);

    // Nor may its settings or name change through the API …
    const rename = await system.gql(
      'mutation($id: ID!) { updateAssessmentYear(id: $id, input: { name: "Chỉ số CCHC năm 2024 (công bố)" }) { name } }',
      { id: year.id },
      { token: adminToken },
    );
    expect(code(rename)).toBe('CONFLICT');
    // … but should the year row change anyway (a database fix), the entry no longer matches it and is rebuilt.
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: year.id }, { name: 'Chỉ số CCHC năm 2024 (công bố)' });
    // A fix of stored results says so the way every write does: the groups' results_version (ranking-cache).
    await system.scoringDb.query('UPDATE unit_group SET results_version = results_version + 1 WHERE year_id = ?', [year.id]);
    const renamed = (await published()).data!.publishedResults;
    expect(renamed.name).toBe('Chỉ số CCHC năm 2024 (công bố)');
    expect(renamed.rankings[0].rows.map((r) => r.unitName)).toContain('Sở Đổi Tên Ngoài API');
    await results.update({ yearId: year.id, unitId: departments[0].id }, { unitName: departments[0].name });
  });

  it('a repeated published read costs one raw statement (no entity) and answers the bytes a build from nothing answers', async () => {
    // The year is PUBLISHED by the test before, which also changed a stored row behind the API's back: start from nothing.
    clearRankingCache(system.scoringDb);
    invalidatePublished(system.scoringDb, year.id);
    const text = async () => {
      const res = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
        body: JSON.stringify({ query: PUBLISHED, variables: { p: province.id, y: 2024, g: null } }),
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    await text();
    const stored = await text();
    expect(stored).toContain('"publishedResults"');
    const hit = await countQueries(system.scoringDb, text);
    expect(hit.result).toBe(stored);
    expect(hit.count).toBe(1);
    expect(hit.queries[0]).toMatch(/FROM assessment_year y/);
    expect(hit.queries[0]).not.toMatch(/AssessmentYearEntity/);
    // Nothing stored: the same bytes, built from the stored results.
    clearRankingCache(system.scoringDb);
    invalidatePublished(system.scoringDb, year.id);
    const built = await countQueries(system.scoringDb, text);
    expect(built.count).toBeGreaterThan(1);
    expect(built.result).toBe(stored);
  });

  it('is dropped by any transition of its year, and a year moved back out of PUBLISHED is never served from cache', async () => {
    const db = system.scoringDb;
    const row = await db.getRepository(AssessmentYearEntity).findOneByOrFail({ id: year.id });
    const stored = { ...row, year: 2099, status: YearStatus.PUBLISHED } as AssessmentYearEntity;
    let builds = 0;
    const build = async () => ({ yearId: year.id, year: 2024, name: `build ${++builds}`, provinceUnitId: province.id, rankings: [] });
    await cachedPublished(db, stored, build);
    expect((await cachedPublished(db, stored, build)).name).toBe('build 1');
    // Every hook of a real move runs (the publication's notifications too): a context as a system move has.
    const ctx = { actor: ANONYMOUS, config: system.config } as never;
    for (const hook of yearHooks.afterTransition) await hook(db.manager, ctx, stored, YearStatus.FINALIZED);
    expect((await cachedPublished(db, stored, build)).name).toBe('build 2');
    // Should a year ever leave PUBLISHED (a direct database fix), its status is part of the check: built, not stored.
    const moved = { ...stored, status: YearStatus.FINALIZED } as AssessmentYearEntity;
    expect((await cachedPublished(db, moved, build)).name).toBe('build 3');
    expect((await cachedPublished(db, moved, build)).name).toBe('build 4');
    expect((await cachedPublished(db, stored, build)).name).toBe('build 2');
  });

  it('lets an app ask for one group by its code', async () => {
    const one = await published('SO');
    expect(one.data!.publishedResults.rankings.map((r) => r.groupCode)).toEqual(['SO']);
    const unknown = await published('XA');
    expect(code(unknown)).toBe('NOT_FOUND');
  });
});
