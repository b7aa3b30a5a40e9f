/**
 * Attaching a file (a sheet save citing it) racing what deletes or takes a file: the sweep of
 * day-old unattached uploads, and a save of the unit's other sheet (another year) citing the same
 * upload. Whatever the interleaving, no entry may cite a file whose row or bytes are gone, or a file
 * attached to another sheet (whose removal there would delete it under this entry): the attach is
 * decided under the file row's lock, after the sheet's (lock-order), and a save that lost its file
 * meanwhile is refused whole (CONFLICT EVIDENCE_FILE_CHANGED, nothing written).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../platform/logging/logger';
import { buildSecurityWorld, type SecurityWorld } from '../../../testing/security-fixture';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { ScoreEntryEntity } from '../score-sheet/score-entry.entity';
import { ScoreSheetEntity } from '../score-sheet/score-sheet.entity';
import { insertCriteria, insertGroup, insertRoster, insertYear, TEST_CRITERIA } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { OrgUnitKind } from '../../../testing/fixtures';
import { EvidenceFileEntity } from './evidence-file.entity';
import { beforeNextTransaction } from '../../../testing/interleave-test-kit';
import { bytesStored } from './evidence-test-kit';
import { DiskFileStorage } from './file-storage';
import { sweepUnattachedFiles } from './upload-limits';

const pdf = (tag: string) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(tag.padEnd(200, 'x')), Buffer.from('\n%%EOF')]);
const SAVE_SELF = `mutation($s: ID!, $v: Int!, $e: [SelfAssessmentEntryInput!]!) {
  saveSelfAssessment(sheetId: $s, version: $v, entries: $e) { id version } }`;
const REMOVE = `mutation($s: ID!, $v: Int!, $c: ID!, $f: ID!) { removeEvidence(sheetId: $s, version: $v, criterionId: $c, fileId: $f) { version } }`;
const TWO_DAYS = 2 * 24 * 3600 * 1000;

describe(`attaching evidence racing what deletes or takes the file (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;
  /** The department's sheets: this year's (the world's) and the next year's. */
  const sheets: { id: string; leaf: (code: string) => string }[] = [];

  const sheet = (i: number) => system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ id: sheets[i].id });
  const upload = async (name: string): Promise<string> => {
    const res = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.officer}`, 'x-file-name': encodeURIComponent(name) },
      body: pdf(name),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  /** An upload of two days ago that nothing attached yet: the sweep's to take. */
  const dayOldUpload = async (name: string) => {
    const id = await upload(name);
    await system.scoringDb.getRepository(EvidenceFileEntity).update({ id }, { createdAt: new Date(Date.now() - TWO_DAYS) });
    return id;
  };
  const save = async (i: number, code: string, fileId: string, version?: number) =>
    system.gql(
      SAVE_SELF,
      {
        s: sheets[i].id,
        v: version ?? (await sheet(i)).version,
        e: [{ criterionId: sheets[i].leaf(code), declaredValue: code === '1.1' ? '1' : '2', evidence: [{ fileId }] }],
      },
      { token: world.tokens.officer },
    ) as Promise<GraphQLResponse<{ saveSelfAssessment: { version: number } }>>;
  const sweep = () =>
    sweepUnattachedFiles(
      { db: system.scoringDb, storage: new DiskFileStorage(system.config.uploadDir), log: createLogger('silent', 'test') },
      new Date(),
    );

  /**
   * Every file an entry cites: its row is there, attached to the entry's sheet, with its bytes.
   * Answers what is not, as "sheet/file: why".
   */
  async function danglingCitations(): Promise<string[]> {
    const entries = await system.scoringDb.getRepository(ScoreEntryEntity).find();
    const files = new Map((await system.scoringDb.getRepository(EvidenceFileEntity).find()).map((f) => [f.id, f]));
    const problems: string[] = [];
    for (const entry of entries)
      for (const item of [...entry.selfEvidence, ...entry.supplementaryEvidence]) {
        if (!item.fileId) continue;
        const file = files.get(item.fileId);
        const where = `${entry.sheetId === sheets[0].id ? 'S0' : 'S1'}/${item.fileId.slice(0, 8)}`;
        if (!file) problems.push(`${where}: no row`);
        else if (file.sheetId !== entry.sheetId) problems.push(`${where}: attached to another sheet`);
        if (!bytesStored(system.config.uploadDir, item.fileId)) problems.push(`${where}: no bytes`);
      }
    return problems;
  }

  beforeAll(async () => {
    system = await startTestSystem({ config: { sessionCacheSeconds: 0, evidenceSweepIntervalMs: 0 } });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
    world = await buildSecurityWorld(system);
    sheets.push({ id: world.sheetId, leaf: (code) => world.criteria.get(code)!.id });
    // The same department's sheet of the next year, also in self-assessment (the unit has both open).
    const next = await insertYear(system.scoringDb, {
      provinceUnitId: world.province.id,
      year: 2026,
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.SELF_ASSESSMENT,
      deadlines: { selfAssessment: '2099-12-31', explanation: '2099-12-31', appraisal: '2099-12-31' },
    });
    const group = await insertGroup(system.scoringDb, next.id, {
      code: 'DEPARTMENTS',
      name: 'Khối sở, ban, ngành',
      rule: AssessorRule.PROVINCE,
      kinds: [OrgUnitKind.DEPARTMENT],
    });
    const criteria = await insertCriteria(system.scoringDb, next.id, group.id, TEST_CRITERIA);
    const d = world.department;
    await insertRoster(system.scoringDb, next.id, group, { id: world.province.id, name: 'UBND tỉnh Quảng Ninh' }, [
      { id: d.id, name: d.name, code: d.code, kind: d.kind, subtype: d.subtype },
    ]);
    await createSheetsForYear(system.scoringDb, next.id);
    const second = await system.scoringDb.getRepository(ScoreSheetEntity).findOneByOrFail({ yearId: next.id, unitId: d.id });
    sheets.push({ id: second.id, leaf: (code) => criteria.get(code)!.id });
  }, 120_000);
  afterAll(() => system?.stop());

  it('the sweep takes a day-old upload between a save’s checks and its transaction: the save is refused, nothing written', async () => {
    const id = await dayOldUpload('Hôm qua.pdf');
    const before = await sheet(0);
    const swept = beforeNextTransaction(system.scoringDb, async () => expect(await sweep()).toBeGreaterThan(0));
    const res = await save(0, '1.1', id, before.version);
    expect(swept()).toBe(true);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_FILE_CHANGED', fileIds: [id] });
    expect(res.errors?.[0]?.message).toMatch(/tải tệp lên lại/);
    expect((await sheet(0)).version).toBe(before.version);
    expect(await danglingCitations()).toEqual([]);
  });

  it('the other year’s save takes the upload between a save’s checks and its transaction: the save is refused, nothing written', async () => {
    const id = await upload('Dùng cho năm nào.pdf');
    const before = await sheet(0);
    const taken = beforeNextTransaction(system.scoringDb, async () => expect((await save(1, '2.1', id)).errors).toBeUndefined());
    const res = await save(0, '2.1', id, before.version);
    expect(taken()).toBe(true);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVIDENCE_FILE_CHANGED' });
    expect((await sheet(0)).version).toBe(before.version);
    expect((await system.scoringDb.getRepository(EvidenceFileEntity).findOneByOrFail({ id })).sheetId).toBe(sheets[1].id);
    // Its removal where it is attached deletes it, and no entry is left citing it.
    const removed = await system.gql(
      REMOVE,
      { s: sheets[1].id, v: (await sheet(1)).version, c: sheets[1].leaf('2.1'), f: id },
      { token: world.tokens.officer },
    );
    expect(removed.errors).toBeUndefined();
    expect(await danglingCitations()).toEqual([]);
  });

  it('parallel: both sheets save the same upload while the sweep runs — one save wins at most, no entry cites a lost file', async () => {
    const rounds = 6;
    let won = 0;
    for (let round = 0; round < rounds; round++) {
      const id = round % 2 === 0 ? await upload(`Song song ${round}.pdf`) : await dayOldUpload(`Song song ${round}.pdf`);
      const code = round % 2 === 0 ? '1.1' : '2.1';
      const [a, b] = await Promise.all([save(0, code, id), save(1, code, id), sweep()]);
      const ok = [a, b].filter((r) => !r.errors);
      won += ok.length;
      expect(ok.length, `round ${round}`).toBeLessThanOrEqual(1);
      for (const refused of [a, b].filter((r) => r.errors))
        expect(refused.errors?.[0]?.extensions?.code, `round ${round}`).toMatch(/CONFLICT|BAD_USER_INPUT/);
      expect(await danglingCitations(), `round ${round}`).toEqual([]);
      // The winner takes it off again: the file goes, and nothing else cites it.
      const row = await system.scoringDb.getRepository(EvidenceFileEntity).findOneBy({ id });
      if (row?.sheetId) {
        const i = row.sheetId === sheets[0].id ? 0 : 1;
        const removed = await system.gql(
          REMOVE,
          { s: sheets[i].id, v: (await sheet(i)).version, c: sheets[i].leaf(code), f: id },
          { token: world.tokens.officer },
        );
        expect(removed.errors).toBeUndefined();
      }
      expect(await danglingCitations(), `round ${round} after removal`).toEqual([]);
    }
    // The even rounds' fresh uploads are not the sweep's: one of the two saves took each.
    expect(won).toBeGreaterThanOrEqual(rounds / 2);
  });
});
