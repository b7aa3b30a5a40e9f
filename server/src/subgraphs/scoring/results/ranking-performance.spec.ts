import { randomUUID } from 'node:crypto';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries } from '../../../testing/query-counter';
import { createTestDatabase, TEST_DB_KIND, type TestDatabase } from '../../../testing/test-database';
import { OrgUnitKind } from '../../org/org-unit/org-unit.entity';
import { GovernmentModel, YearStatus } from '../assessment-year/assessment-year.entity';
import { insertGroup, insertRoster, insertYear } from '../score-sheet/year-setup-test-kit';
import { createSheetsForYear } from '../score-sheet/sheet-creation';
import { buildScoringSchema, openScoringDatabase } from '../scoring.subgraph';
import { AssessorRule } from '../unit-group/unit-group.entity';
import { rerankGroups } from './results.service';
import { UnitResultEntity } from './unit-result.entity';

/**
 * What `pnpm bench` found at the size of Hà Nội (526 communes in one block): ranks were written
 * one UPDATE per unit, and every property of every ranking row went through the async error
 * middleware. Both are pinned here.
 */
describe(`stored ranks at province scale (${TEST_DB_KIND})`, () => {
  /** MySQL/MariaDB: the group row locked before its stored results are read (recompute lockGroups). */
  const lock = TEST_DB_KIND === 'mysql' ? 1 : 0;
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openScoringDatabase(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** A block of `size` ranked units spread over `assessors` assessors; indices descending, units 2 and 3 tied. */
  async function block(size: number, assessors: number) {
    const year = await insertYear(db, {
      provinceUnitId: randomUUID(),
      year: 2024,
      model: GovernmentModel.THREE_LEVEL,
      status: YearStatus.APPRAISAL,
    });
    const group = await insertGroup(db, year.id, {
      code: 'COMMUNES',
      name: 'Khối xã',
      rule: AssessorRule.PARENT_DISTRICT,
      kinds: [OrgUnitKind.COMMUNE],
    });
    const units = Array.from({ length: size }, (_, i) => ({
      id: randomUUID(),
      name: `Xã Số ${String(i).padStart(4, '0')}`,
      code: String(10000 + i),
      kind: OrgUnitKind.COMMUNE,
      subtype: 'xã',
    }));
    for (let a = 0; a < assessors; a++)
      await insertRoster(
        db,
        year.id,
        group,
        { id: `assessor-${a}`, name: `UBND huyện ${a}` },
        units.filter((_, i) => i % assessors === a),
      );
    await createSheetsForYear(db, year.id);
    const byUnit = new Map((await db.getRepository(UnitResultEntity).findBy({ groupId: group.id })).map((r) => [r.unitId, r]));
    const rows = units.map((u) => byUnit.get(u.id)!);
    // Appraised, indices descending; units 1 and 2 share 98.99.
    for (const [i, row] of rows.entries())
      await db.getRepository(UnitResultEntity).update({ id: row.id }, { rankable: true, index: 9900 - (i === 2 ? 1 : i) });
    const ranks = async () =>
      (await db.getRepository(UnitResultEntity).find({ where: { groupId: group.id }, order: { unitName: 'ASC' } })).map((r) => [
        r.rankInGroup,
        r.rankInAssessor,
      ]);
    return { year, group, rows, ranks };
  }

  it('writes every rank of a 650-unit block in a few statements, also when the leader leaves and the rest shift', async () => {
    const { year, group, rows, ranks } = await block(650, 30);
    const first = await countQueries(db, () => db.transaction((m) => rerankGroups(m, year.id, [group.id])));
    expect(first.count).toBeLessThanOrEqual(lock + 1 + Math.ceil(650 / 300)); // one SELECT, then chunked UPDATEs
    const byAssessor = new Map<string, number>();
    const expected = rows.map((r, i) => {
      const inAssessor = (byAssessor.get(r.assessorUnitId) ?? 0) + 1;
      byAssessor.set(r.assessorUnitId, inAssessor);
      return [i === 2 ? 2 : i + 1, inAssessor];
    });
    expect(await ranks()).toEqual(expected); // 1, 2, 2, 4, … and per assessor

    // The leader is sent back to appraisal: it loses its ranks, everyone else moves up one.
    await db.getRepository(UnitResultEntity).update({ id: rows[0].id }, { rankable: false });
    const shift = await countQueries(db, () => db.transaction((m) => rerankGroups(m, year.id, [group.id])));
    // One read of the group's stored rows, the shifted ranks in chunks of 400, the results version.
    expect(shift.count).toBeLessThanOrEqual(lock + 2 + Math.ceil(650 / 400));
    const after = await ranks();
    expect(after[0]).toEqual([null, null]);
    expect(after.slice(1, 5).map(([g]) => g)).toEqual([1, 1, 3, 4]);
    expect(after[649][0]).toBe(649);

    // Nothing changed: no rank written (only the results version: rerankGroups follows rows written behind the recompute).
    const idle = await countQueries(db, () => db.transaction((m) => rerankGroups(m, year.id, [group.id])));
    expect(idle.count).toBe(lock + 2);
    expect(idle.queries.filter((q) => q.startsWith('UPDATE unit_result'))).toEqual([]);
  });

  it('issues the same three statements for a block of 12 and of 299 units (one chunk)', async () => {
    const counts: number[] = [];
    for (const size of [12, 299]) {
      const { year, group, rows } = await block(size, 3);
      await rerankGroups(db.manager, year.id, [group.id]);
      await db.getRepository(UnitResultEntity).update({ id: rows[0].id }, { rankable: false });
      counts.push((await countQueries(db, () => rerankGroups(db.manager, year.id, [group.id]))).count);
    }
    expect(counts).toEqual([lock + 3, lock + 3]);
  });
});

describe('ranking rows are read without per-field middleware', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildScoringSchema();
  });

  it('reads the properties of the read models directly (GraphQL default resolver)', () => {
    for (const name of [
      'Ranking',
      'RankingRow',
      'RankingWarning',
      'SheetTotals',
      'ComponentIndex',
      'Classification',
      'PublishedResults',
      'ScoreEntry',
    ]) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLObjectType);
      for (const field of Object.values((type as GraphQLObjectType).getFields()))
        expect(field.resolve, `${name}.${field.name}`).toBeUndefined();
    }
  });

  it('keeps the error middleware on resolvers that can fail', () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.ranking.resolve).toBeDefined();
    expect(query.publishedResults.resolve).toBeDefined();
  });
});
