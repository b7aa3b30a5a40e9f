import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In, type DataSource } from 'typeorm';
import { TEST_DB_KIND } from '../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../testing/test-system';
import { ok, SAVE_SELF, seedDepartmentYear, SUBMIT } from '../../subgraphs/scoring/results/results-test-kit';
import { ScoreSheetEntity } from '../../subgraphs/scoring/score-sheet/score-sheet.entity';
import { findEntities } from './raw-rows';

/**
 * findEntities answers what a repository's findBy answers — the same class, every column's value
 * as TypeORM hydrates it (dates, DECIMAL points, booleans, JSON, nulls) — for every table of both
 * subgraphs, on a year with saved, submitted sheets in it.
 */
describe(`findEntities equals repository.findBy (${TEST_DB_KIND})`, () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
    const seeded = await seedDepartmentYear(system, {
      province: { name: 'Tỉnh Lào Cai', code: '10' },
      departments: ['Sở Tư pháp', 'Sở Y tế'],
      officerIsHead: true,
    });
    const leaf = (code: string) => seeded.nodes.get(code)!.id;
    const sheets = await system.scoringDb.getRepository(ScoreSheetEntity).findBy({ yearId: seeded.year.id });
    for (const [i, sheet] of sheets.entries()) {
      const token = seeded.officers[seeded.units.findIndex((u) => u.id === sheet.unitId)];
      ok(
        await system.gql(
          SAVE_SELF,
          {
            s: sheet.id,
            v: sheet.version,
            e: [
              {
                criterionId: leaf('1.1'),
                declaredValue: '1',
                note: 'Theo báo cáo',
                evidence: [{ documentNumber: '12/KH-UBND', title: 'Kế hoạch' }],
              },
              ...Object.entries({ '1.2': 'tot', '2.1': '3', '2.2': '85', '2.3': '90', '2.4': '1', '2.5': '7', 'T.1': '1', 'D.1': '0' }).map(
                ([code, declaredValue]) => ({ criterionId: leaf(code), declaredValue }),
              ),
            ],
          },
          { token },
        ),
      );
      if (i === 0) ok(await system.gql(SUBMIT, { s: sheet.id, v: sheet.version + 1 }, { token }));
    }
  });
  afterAll(() => system?.stop());

  const tablesOf = (db: DataSource) => db.entityMetadatas.filter((m) => m.tableType === 'regular' && m.primaryColumns.length === 1);

  it('for every entity, by primary key and by any other column', async () => {
    let compared = 0;
    for (const db of [system.orgDb, system.scoringDb])
      for (const metadata of tablesOf(db)) {
        const repo = db.getRepository(metadata.target);
        const rows = await repo.find();
        if (rows.length === 0) continue;
        const key = metadata.primaryColumns[0].propertyName;
        const byKey = (list: Record<string, unknown>[]) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
        const ids = rows.map((r) => r[key] as unknown);
        expect(byKey(await findEntities(db, metadata.target, { [key]: ids }))).toStrictEqual(byKey(rows));
        // Any other column, with the value of the first row: the same rows as findBy.
        for (const column of metadata.columns.filter(
          (c) => !c.isPrimary && !c.transformer && typeof rows[0][c.propertyName] === 'string',
        )) {
          const value = rows[0][column.propertyName] as string;
          expect(
            byKey(await findEntities(db, metadata.target, { [column.propertyName]: value })),
            `${metadata.name}.${column.propertyName}`,
          ).toStrictEqual(byKey(await repo.findBy({ [column.propertyName]: value })));
        }
        compared += rows.length;
      }
    expect(compared).toBeGreaterThan(50);
    // An empty IN list matches nothing (no statement).
    expect(await findEntities(system.scoringDb, ScoreSheetEntity, { id: [] })).toEqual([]);
    // The entities the sheet's reads hydrate: dates, points, booleans, JSON.
    const sheet = (await findEntities(system.scoringDb, ScoreSheetEntity, { status: 'SUBMITTED' }))[0];
    expect(sheet).toBeInstanceOf(ScoreSheetEntity);
    expect(sheet.submittedAt).toBeInstanceOf(Date);
    expect(sheet).toStrictEqual(await system.scoringDb.getRepository(ScoreSheetEntity).findOneBy({ id: In([sheet.id]) }));
  });
});
