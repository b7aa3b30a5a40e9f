import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { EvidenceFileEntity } from '../evidence/evidence-file.entity';
import { ScoreEntryEntity } from './score-entry.entity';
import { ScoreSheetEntity } from './score-sheet.entity';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 0x41), Buffer.from('\n%%EOF')]);
const SAVE =
  'mutation($id: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $id, version: $v, entries: $e) { version } }';
const REMOVE = 'mutation($y: ID!, $u: ID!, $r: String) { removeRosterUnit(yearId: $y, unitId: $u, reason: $r) }';
const ADD = 'mutation($y: ID!, $u: ID!, $g: ID!) { addRosterUnit(yearId: $y, unitId: $u, groupId: $g) { id } }';
const ARCHIVED = 'query($y: ID!) { archivedSheets(yearId: $y) { id unitName reason archivedByName filledLeaves restoredAt } }';

/**
 * Issue 7, item 6: removing a unit from the roster during self-assessment deleted its filled draft
 * and made its evidence unreadable, the uploader's included.
 */
describe(`removing a unit from the roster keeps its draft and evidence (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  let fileId: string;
  let groupId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system);
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    groupId = (await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: world.sheetId })).groupId;
    const uploaded = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.officer}`, 'x-file-name': encodeURIComponent('Kế hoạch CCHC.pdf') },
      body: PDF,
    });
    fileId = ((await uploaded.json()) as { id: string }).id;
    const saved = await system.gql(
      SAVE,
      {
        id: world.sheetId,
        v: 1,
        e: [
          {
            criterionId: world.criteria.get('1.1')!.id,
            declaredValue: '1',
            note: 'Đã ban hành',
            evidence: [{ fileId, title: 'Kế hoạch CCHC' }],
          },
          { criterionId: world.criteria.get('2.1')!.id, declaredValue: '5' },
        ],
      },
      { token: world.tokens.officer },
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => system?.stop());

  const download = (token: string) => fetch(`${base}/files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });

  it('archives the draft (reason, who, filled leaves); the evidence stays readable by those who could read it', async () => {
    const removed = await system.gql(
      REMOVE,
      { y: world.year.id, u: world.department.id, r: 'Đơn vị sáp nhập' },
      { token: world.tokens.admin },
    );
    expect(removed.errors).toBeUndefined();
    expect(await system.scoringDb.getRepository(ScoreSheetEntity).existsBy({ id: world.sheetId })).toBe(false);
    const archived = await system.gql<{ archivedSheets: Record<string, unknown>[] }>(
      ARCHIVED,
      { y: world.year.id },
      { token: world.tokens.admin },
    );
    expect(archived.data?.archivedSheets).toEqual([
      {
        id: world.sheetId,
        unitName: 'Sở Tư pháp',
        reason: 'Đơn vị sáp nhập',
        archivedByName: 'sec.admin',
        filledLeaves: 2,
        restoredAt: null,
      },
    ]);
    // The unit itself still sees its archived draft; another province does not.
    expect(
      (await system.gql<{ archivedSheets: unknown[] }>(ARCHIVED, { y: world.year.id }, { token: world.tokens.officer })).data
        ?.archivedSheets,
    ).toHaveLength(1);
    expect((await system.gql(ARCHIVED, { y: world.year.id }, { token: world.tokens.otherAdmin })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const who of ['officer', 'admin', 'viewer', 'appraiser'] as const) expect((await download(world.tokens[who])).status).toBe(200);
    expect((await download(world.tokens.otherViewer)).status).toBe(403);
  });

  it('adding the unit back restores its draft and evidence into the new sheet', async () => {
    const added = await system.gql(ADD, { y: world.year.id, u: world.department.id, g: groupId }, { token: world.tokens.admin });
    expect(added.errors).toBeUndefined();
    const sheet = await system.scoringDb
      .getRepository(ScoreSheetEntity)
      .findOneByOrFail({ yearId: world.year.id, unitId: world.department.id });
    expect(sheet.id).not.toBe(world.sheetId);
    const entries = await system.scoringDb.getRepository(ScoreEntryEntity).findBy({ sheetId: sheet.id });
    const byLeaf = new Map(entries.map((e) => [e.criterionId, e]));
    expect(byLeaf.get(world.criteria.get('1.1')!.id)).toMatchObject({
      declaredValue: '1',
      selfNote: 'Đã ban hành',
      selfEvidence: [{ fileId, title: 'Kế hoạch CCHC' }],
    });
    expect(byLeaf.get(world.criteria.get('2.1')!.id)?.declaredValue).toBe('5');
    expect((await system.scoringDb.getRepository(EvidenceFileEntity).findOneByOrFail({ id: fileId })).sheetId).toBe(sheet.id);
    expect((await download(world.tokens.officer)).status).toBe(200);
    const archived = await system.gql<{ archivedSheets: { restoredAt: string | null }[] }>(
      ARCHIVED,
      { y: world.year.id },
      { token: world.tokens.admin },
    );
    expect(archived.data?.archivedSheets[0].restoredAt).not.toBeNull();
  });

  it('a submitted sheet cannot be removed (CONFLICT, Vietnamese reason); nothing changes', async () => {
    const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
    const sheet = await sheets.findOneByOrFail({ yearId: world.year.id, unitId: world.department.id });
    await sheets.update({ id: sheet.id }, { status: 'SUBMITTED' });
    const refused = await system.gql(REMOVE, { y: world.year.id, u: world.department.id, r: 'thử' }, { token: world.tokens.admin });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHEET_SUBMITTED' });
    expect(refused.errors?.[0].message).toBe('Không thể bỏ Sở Tư pháp khỏi danh sách: đơn vị đã nộp phiếu tự đánh giá.');
    expect(await sheets.existsBy({ id: sheet.id })).toBe(true);
    const archived = await system.gql<{ archivedSheets: unknown[] }>(ARCHIVED, { y: world.year.id }, { token: world.tokens.admin });
    expect(archived.data?.archivedSheets).toHaveLength(1);
  });
});
