import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { OrgUnitLinkEntity } from './org-unit-link.entity';
import type { OrgUnitEntity } from './org-unit.entity';

const QUERY = `query($first: Int!) {
  orgUnits(first: $first, kind: COMMUNE, includeClosed: true) {
    edges { node { name parent { name } children(first: 5) { totalCount } childCount
      predecessors { kind unit { name parent { name } } } successors { unit { name } } ancestors { name } } }
  }
}`;

describe(`DataLoader batching (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let statements: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const districts: OrgUnitEntity[] = [];
    for (let d = 0; d < 10; d++)
      districts.push(
        await insertUnit(system.orgDb, {
          name: `Huyện ${d}`,
          kind: OrgUnitKind.DISTRICT,
          code: `D${d}`,
          parent: province,
          validTo: '2025-06-30',
        }),
      );
    const old: OrgUnitEntity[] = [];
    for (let i = 0; i < 100; i++)
      old.push(
        await insertUnit(system.orgDb, {
          name: `Xã Cũ ${i}`,
          kind: OrgUnitKind.COMMUNE,
          code: `O${i}`,
          parent: districts[i % 10],
          validTo: '2025-06-30',
        }),
      );
    const links: OrgUnitLinkEntity[] = [];
    for (let i = 0; i < 100; i++) {
      const fresh = await insertUnit(system.orgDb, { name: `Phường Mới ${i}`, kind: OrgUnitKind.COMMUNE, code: `N${i}`, parent: province });
      for (const predecessor of [old[i], old[(i + 1) % 100]])
        links.push(
          system.orgDb.getRepository(OrgUnitLinkEntity).create({
            id: randomUUID(),
            predecessorId: predecessor.id,
            successorId: fresh.id,
            kind: 'REORGANIZATION',
            partial: false,
            effectiveDate: '2025-07-01',
            note: null,
          }),
        );
    }
    await system.orgDb.getRepository(OrgUnitLinkEntity).insert(links);
    // Count every statement the org subgraph's DataSource sends to the database.
    const logger = system.orgDb.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      return original(query, parameters, runner);
    };
  });
  afterAll(() => system?.stop());

  async function countStatements(first: number): Promise<{ count: number; rows: number }> {
    statements = [];
    const res = await system.gql<{ orgUnits: { edges: { node: { predecessors: unknown[] } }[] } }>(QUERY, { first });
    expect(res.errors).toBeUndefined();
    return { count: statements.length, rows: res.data?.orgUnits.edges.length ?? 0 };
  }

  it('listing 200 units with parent, children, ancestors, predecessors and successors issues a constant number of statements', async () => {
    // One statement per field level (count, page, parents, children, links both ways, units not
    // already on the page), whatever the page size; without DataLoader it would be ~5 per row.
    // The 120-row page needs one more batch than the 200-row one: predecessors outside the page.
    const small = await countStatements(120);
    const large = await countStatements(200);
    expect(large.rows).toBe(200);
    expect(small.count).toBeLessThanOrEqual(7);
    expect(large.count).toBeLessThanOrEqual(7);
  });
});
