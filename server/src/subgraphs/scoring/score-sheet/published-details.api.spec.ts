import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { newScoreEntry, ScoreEntryEntity } from './score-entry.entity';
import { insertYear } from './year-setup-test-kit';

interface SheetAnswer {
  scoreSheet: {
    entries: {
      code: string;
      selfPoints: number | null;
      selfNote: string | null;
      round1Note: string | null;
      selfEvidence: { title: string | null }[];
    }[];
  } | null;
}
const SHEET = `query($id: ID!) { scoreSheet(id: $id) { entries { code selfPoints selfNote round1Note selfEvidence { title } } } }`;

/**
 * Issue 7, item 10: published sheets with appraiser notes and evidence files were readable by any
 * signed-in user of any province; anonymous orgUnit { assessmentYears } listed unpublished years.
 */
describe(`published sheet details and years outside the province (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let fileId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system, { yearStatus: YearStatus.PUBLISHED });
    fileId = randomUUID();
    await system.scoringDb.getRepository(EvidenceFileEntity).insert({
      id: fileId,
      fileName: 'Quyết định nội bộ.pdf',
      contentType: 'application/pdf',
      size: 10,
      sha256: '0'.repeat(64),
      uploadedBy: world.userIds.officer,
      uploaderUnitId: world.department.id,
      sheetId: world.sheetId,
    });
    await system.scoringDb.getRepository(ScoreEntryEntity).insert(
      newScoreEntry({
        id: randomUUID(),
        sheetId: world.sheetId,
        criterionId: world.criteria.get('1.1')!.id,
        declaredValue: '1',
        selfPoints: 1000,
        selfNote: 'Ghi chú nội bộ của đơn vị',
        selfEvidence: [{ fileId, title: 'Quyết định nội bộ' }],
        round1Points: 1000,
        round1Note: 'Nhận xét của thẩm định viên',
        finalPoints: 1000,
      }),
    );
    // A year in planning next to the published one.
    await insertYear(system.scoringDb, {
      provinceUnitId: world.province.id,
      year: 2026,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PLANNING,
    });
  });
  afterAll(() => system?.stop());

  const leaf = (answer: { data?: SheetAnswer | null }) => answer.data?.scoreSheet?.entries.find((e) => e.code === '1.1');

  it('another province sees the published figures but no notes and no evidence; the province sees all', async () => {
    const outside = await system.gql<SheetAnswer>(SHEET, { id: world.sheetId }, { token: world.tokens.otherViewer });
    expect(outside.errors).toBeUndefined();
    expect(leaf(outside)).toEqual({ code: '1.1', selfPoints: 10, selfNote: null, round1Note: null, selfEvidence: [] });
    const inside = await system.gql<SheetAnswer>(SHEET, { id: world.sheetId }, { token: world.tokens.viewer });
    expect(leaf(inside)).toMatchObject({
      selfPoints: 10,
      selfNote: 'Ghi chú nội bộ của đơn vị',
      round1Note: 'Nhận xét của thẩm định viên',
      selfEvidence: [{ title: 'Quyết định nội bộ' }],
    });
  });

  it("another province's users cannot download the evidence file (403, coded)", async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    const outside = await fetch(`${base}/files/${fileId}`, { headers: { authorization: `Bearer ${world.tokens.otherViewer}` } });
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
    const otherAdmin = await fetch(`${base}/files/${fileId}`, { headers: { authorization: `Bearer ${world.tokens.otherAdmin}` } });
    expect(otherAdmin.status).toBe(403);
  });

  it('anonymous orgUnit { assessmentYears } lists published years only; the province sees all', async () => {
    const query = `{ orgUnit(id: "${world.province.id}") { assessmentYears { year status } } }`;
    const anonymous = await system.gql<{ orgUnit: { assessmentYears: { year: number; status: string }[] } }>(query);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.orgUnit.assessmentYears).toEqual([{ year: 2025, status: 'PUBLISHED' }]);
    const otherProvince = await system.gql<{ orgUnit: { assessmentYears: unknown[] } }>(query, {}, { token: world.tokens.otherAdmin });
    expect(otherProvince.data?.orgUnit.assessmentYears).toHaveLength(1);
    const own = await system.gql<{ orgUnit: { assessmentYears: { year: number }[] } }>(query, {}, { token: world.tokens.viewer });
    expect(own.data?.orgUnit.assessmentYears.map((y) => y.year)).toEqual([2026, 2025]);
  });
});
