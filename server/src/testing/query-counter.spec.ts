import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUnit, OrgUnitKind } from './fixtures';
import { countQueries } from './query-counter';
import { TEST_DB_KIND } from './test-database';
import { startTestSystem, type TestSystem } from './test-system';

describe(`DataLoader batching through the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Thử Nghiệm', kind: OrgUnitKind.PROVINCE, code: '99' });
    for (let d = 0; d < 10; d++) {
      const district = await insertUnit(system.orgDb, {
        name: `Huyện Số ${d}`,
        kind: OrgUnitKind.DISTRICT,
        code: `9${d}0`,
        parent: province,
      });
      for (let c = 0; c < 10; c++)
        await insertUnit(system.orgDb, { name: `Xã Số ${d}-${c}`, kind: OrgUnitKind.COMMUNE, code: `99${d}${c}0`, parent: district });
    }
  });
  afterAll(() => system?.stop());

  const query = `query($first: Int) { orgUnits(first: $first, kind: COMMUNE) {
    edges { node { name parent { name parent { name } } ancestors { name } childCount predecessors { unit { name } } successors { unit { name } } assessmentYears { year } } } } }`;

  it('issues the same number of statements for 10 or 100 units with nested fields', async () => {
    const small = await countQueries([system.orgDb, system.scoringDb], () => system.gql(query, { first: 10 }));
    const large = await countQueries([system.orgDb, system.scoringDb], () => system.gql(query, { first: 100 }));
    expect(small.result.errors).toBeUndefined();
    expect((large.result.data as { orgUnits: { edges: unknown[] } }).orgUnits.edges).toHaveLength(100);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(12);
  });
});
