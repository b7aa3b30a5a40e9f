/**
 * Answers sized to what is shown (issue 9, item 1): the admin's own documents (as the browser
 * sends them, from its persisted-documents manifest) through the gateway on a 1,073-unit block.
 * A ceiling on bytes, not on time: speed is the bench's business.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDocument } from '../../../testing/admin-documents';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { insertLargeBlock, type LargeBlock } from './large-block-fixture';

const KB = 1024;

describe(`answer sizes of the admin's documents at 1,073 units (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let block: LargeBlock;

  beforeAll(async () => {
    system = await startTestSystem();
    block = await insertLargeBlock(system, 1073, 30, { entries: 'first' });
  }, 180_000);
  afterAll(async () => {
    await system?.stop();
  });

  /** Bytes of the answer before compression, and its data (the call must succeed). */
  async function answer<T>(operation: string, variables: Record<string, unknown>): Promise<{ bytes: number; data: T }> {
    const res = await system.gql<T>(adminDocument(operation), variables, { token: block.adminToken });
    expect(res.errors).toBeUndefined();
    return { bytes: Buffer.byteLength(JSON.stringify(res)), data: res.data! };
  }

  it('the ranking page reads the whole block in ≤ 400 KB (it was 3.4 MB), every figure still there', async () => {
    type Ranking = {
      ranking: {
        areas: { code: string }[];
        assessors: { id: string }[];
        classifications: { code: string }[];
        rows: {
          rank: number | null;
          index: number | null;
          classificationCode: string | null;
          areaIndices: (number | null)[];
          assessorIndex: number;
        }[];
      };
    };
    const { bytes, data } = await answer<Ranking>('Ranking', { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null });
    const { rows, areas, assessors, classifications } = data.ranking;
    // The figures a row shows are there, referring to the lists given once.
    expect(rows).toHaveLength(1073);
    expect(areas.length).toBeGreaterThanOrEqual(8);
    expect(assessors).toHaveLength(30);
    for (const r of rows) {
      expect(r.rank).not.toBeNull();
      expect(r.areaIndices).toHaveLength(areas.length);
      expect(r.areaIndices.every((v) => typeof v === 'number')).toBe(true);
      expect(classifications.map((c) => c.code)).toContain(r.classificationCode);
      expect(assessors[r.assessorIndex]).toBeDefined();
    }
    expect(bytes).toBeLessThanOrEqual(400 * KB);
  });

  it('the score sheet reads its criteria once (entries refer to them by id) and a page of the progress dashboard carries no repeated group', async () => {
    const [{ id: sheetId }] = (await system.scoringDb.query('SELECT id FROM score_sheet WHERE unit_id = ?', [block.firstUnitId])) as {
      id: string;
    }[];
    const sheet = await answer<{ scoreSheet: { criteria: unknown[]; entries: Record<string, unknown>[] } }>('ScoreSheet', { id: sheetId });
    const leaves = sheet.data.scoreSheet.entries.length;
    expect(leaves).toBe(82);
    for (const e of sheet.data.scoreSheet.entries) expect(Object.keys(e)).not.toContain('title');
    // 62 KB for 45 leaves when every entry repeated its criterion; ~1.2 KB a leaf now, with the fields
    // added since by the head's attestation, assessor-entered leaves, the rule review and inline appraisal evidence.
    expect(sheet.bytes).toBeLessThanOrEqual(leaves * 1.25 * KB);
    // The dashboard loads the year in pages of 500 (filtering and sorting stay on the client).
    const page = await answer<{ scoreSheets: { edges: unknown[] } }>('ProgressSheets', { yearId: block.year.id, first: 500 });
    expect(page.data.scoreSheets.edges).toHaveLength(500);
    expect(page.bytes).toBeLessThanOrEqual(500 * 440);
  });

  it('reads the ranking in the same statements for 12 and for 1,073 units (plain rows, no per-row read)', async () => {
    const small = await insertLargeBlock(system, 12, 3);
    const statements = async (b: LargeBlock) =>
      (
        await countQueries([system.orgDb, system.scoringDb], async () => {
          const res = await system.gql(adminDocument('Ranking'), { yearId: b.year.id, groupId: b.group.id }, { token: b.adminToken });
          expect(res.errors).toBeUndefined();
        })
      ).count;
    // Each block is read once to warm its caller's session and its year, then counted at once: the
    // session cache lives 5 s, and on a loaded machine the block's session from earlier tests has expired.
    const warmThenCount = async (b: LargeBlock) => (await statements(b), await statements(b));
    const few = await warmThenCount(small);
    expect(await warmThenCount(block)).toBe(few);
  });
});
