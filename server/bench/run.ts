import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../src/platform/auth/roles';
import { OrgUnitEntity } from '../src/subgraphs/org/org-unit/org-unit.entity';
import { importUnitDataset } from '../src/subgraphs/org/unit-import/unit-import.service';
import { UnitDataset } from '../src/subgraphs/org/unit-import/unit-import.types';
import { TEST_DB_KIND } from '../src/testing/test-database';
import { startTestSystem } from '../src/testing/test-system';
import { latency, round, throughput, timeIt } from './measure';
import { BenchReport, type Budgets } from './report';
import { benchScoring } from './scoring-bench';

/**
 * `pnpm bench`: boots the real system (gateway + both subgraphs) on a fresh database
 * (DB_KIND=sqlite|mysql), loads the real unit data, measures through the gateway, prints a
 * table and fails when a figure is over its budget in bench/budgets.json (or when a request's
 * SQL statements grow with its rows). Only 127.0.0.1 is targeted.
 */

async function main(): Promise<void> {
  const started = performance.now();
  const budgets = (JSON.parse(readFileSync(path.join(__dirname, 'budgets.json'), 'utf8')) as Record<string, Budgets>)[TEST_DB_KIND];
  const report = new BenchReport(budgets);

  const system = await startTestSystem();
  /** A benchmark of error responses measures nothing: every response must be clean. */
  const checked = (call: () => Promise<{ errors?: { message: string }[] }>) => async () => {
    const res = await call();
    if (res.errors?.length) throw new Error(`benchmark query failed: ${res.errors[0].message}`);
    return res;
  };
  try {
    report.startSection('org units');
    const two = await timeIt(() => importUnitDataset(system.orgDb, { dataset: UnitDataset.TWO_LEVEL_2026, provinceCode: null }));
    report.value('importTwoLevelAllMs', `import two-level file (34 provinces, ${two.result.created} units)`, round(two.ms), 'ms');

    const units = system.orgDb.getRepository(OrgUnitEntity);
    const hanoi = await units.findOneByOrFail({ code: '01', kind: 'PROVINCE' as OrgUnitEntity['kind'] });
    const { token } = await system.createUser({ username: 'bench.admin', unitId: hanoi.id, roles: [Role.PROVINCE_ADMIN] });

    const search = checked(() =>
      system.gql(
        'query Search { orgUnits(search: "an", first: 50) { totalCount edges { node { id name ancestors { name } } } } }',
        {},
        { token },
      ),
    );
    report.latency('search', 'search "an" (50 rows with ancestors)', await latency(search, 100));

    const children = checked(() =>
      system.gql(
        'query($id: ID!) { orgUnit(id: $id) { children(first: 200) { totalCount edges { node { id name subtype childCount predecessors { unit { name } } assessmentYears { year } } } } } }',
        { id: hanoi.id },
        { token },
      ),
    );
    report.latency('provinceChildren', 'Hà Nội children (~140 rows, both subgraphs)', await latency(children, 50));
    report.value('throughputSearchMinRps', 'search at 10 concurrent clients for 3 s', await throughput(search, 10, 3000), 'req/s');

    await benchScoring(system, report);
  } finally {
    await system.stop();
  }
  report.startSection('process');
  report.value('rssMaxMb', 'peak RSS', report.stopSampling(), 'MB');
  report.value('totalS', 'whole run', round((performance.now() - started) / 1000), 's');

  console.log(`\n${report.table(`PAR Index benchmarks on ${TEST_DB_KIND} (Node ${process.version})`)}`);
  const over = report.overBudget();
  for (const [key, value, budget] of over)
    console.error(`  OVER BUDGET: ${key} = ${value} (budget ${key.endsWith('MinRps') ? '≥' : '≤'} ${budget})`);
  process.exit(over.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
