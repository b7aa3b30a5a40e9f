import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrgUnitEntity } from '../../subgraphs/org/org-unit/org-unit.entity';
import { openOrgDatabase } from '../../subgraphs/org/org.subgraph';
import { AssessmentYearEntity } from '../../subgraphs/scoring/assessment-year/assessment-year.entity';
import { openScoringDatabase } from '../../subgraphs/scoring/scoring.subgraph';
import { insertUnit, OrgUnitKind } from '../../testing/fixtures';
import { createTestDatabase, TEST_DB_KIND } from '../../testing/test-database';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`concurrent transactions (${TEST_DB_KIND})`, () => {
  it('overlapping transactions on one database, from both subgraphs, neither interleave nor fail', async () => {
    const database = await createTestDatabase();
    const url =
      database.url === 'sqlite::memory:' ? `sqlite:${path.join(mkdtempSync(path.join(tmpdir(), 'par-gate-')), 'db.sqlite')}` : database.url;
    const orgDb = await openOrgDatabase(url);
    const scoringDb = await openScoringDatabase(url);
    try {
      const province = await insertUnit(orgDb, { name: 'Tỉnh Gốc', kind: OrgUnitKind.PROVINCE, code: '98' });
      const units = orgDb.getRepository(OrgUnitEntity);
      // A transaction that waits between its statements, then fails: nothing of it may remain,
      // and nothing written meanwhile by others may be rolled back with it.
      const failing = orgDb
        .transaction(async (em) => {
          await em.getRepository(OrgUnitEntity).update({ id: province.id }, { name: 'Tên tạm' });
          await pause(30);
          await em.getRepository(OrgUnitEntity).update({ id: province.id }, { name: 'Tên tạm 2' });
          throw new Error('abandoned on purpose');
        })
        .catch((error: Error) => error.message);
      const others = Promise.all([
        orgDb.transaction(async (em) => {
          await pause(5);
          await em.getRepository(OrgUnitEntity).update({ id: province.id }, { code: '97', openCode: '97' });
        }),
        insertUnit(orgDb, { name: 'Huyện Lưu Riêng', kind: OrgUnitKind.DISTRICT, code: '981', parent: province }),
        scoringDb.getRepository(AssessmentYearEntity).save(
          scoringDb.getRepository(AssessmentYearEntity).create({
            id: crypto.randomUUID(),
            provinceUnitId: province.id,
            year: 2030,
            name: 'Kỳ thử',
            model: 'TWO_LEVEL' as AssessmentYearEntity['model'],
            status: 'PLANNING' as AssessmentYearEntity['status'],
          }),
        ),
      ]);
      expect(await failing).toBe('abandoned on purpose');
      await others;
      const after = await units.findOneByOrFail({ id: province.id });
      expect(after.name).toBe('Tỉnh Gốc');
      expect(after.code).toBe('97');
      expect(await units.countBy({ name: 'Huyện Lưu Riêng' })).toBe(1);
      expect(await scoringDb.getRepository(AssessmentYearEntity).countBy({ year: 2030 })).toBe(1);
    } finally {
      await orgDb.destroy();
      await scoringDb.destroy();
      await database.drop();
    }
  });
});
