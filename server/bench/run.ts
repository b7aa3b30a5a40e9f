import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../src/platform/auth/roles';
import { OrgUnitEntity } from '../src/subgraphs/org/org-unit/org-unit.entity';
import { importUnitDataset } from '../src/subgraphs/org/unit-import/unit-import.service';
import { UnitDataset } from '../src/subgraphs/org/unit-import/unit-import.types';
import { TEST_DB_KIND } from '../src/testing/test-database';
import { startTestSystem } from '../src/testing/test-system';
import { latency, round, throughput, timeIt, type LatencyStats } from './measure';

/**
 * `pnpm bench`: boots the real system (gateway + both subgraphs) on a fresh database
 * (DB_KIND=sqlite|mysql), loads the real unit data, measures through the gateway, and fails
 * when a figure is over its budget in bench/budgets.json. Only 127.0.0.1 is targeted.
 */
type Budgets = Record<string, number>;

async function main(): Promise<void> {
  const budgets = (JSON.parse(readFileSync(path.join(__dirname, 'budgets.json'), 'utf8')) as Record<string, Budgets>)[TEST_DB_KIND];
  const figures: Record<string, number> = {};
  const lines: string[] = [];
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

  const system = await startTestSystem();
  /** A benchmark of error responses measures nothing: every response must be clean. */
  const checked = (call: () => Promise<{ errors?: { message: string }[] }>) => async () => {
    const res = await call();
    if (res.errors?.length) throw new Error(`benchmark query failed: ${res.errors[0].message}`);
    return res;
  };
  try {
    const two = await timeIt(() => importUnitDataset(system.orgDb, { dataset: UnitDataset.TWO_LEVEL_2026, provinceCode: null }));
    figures.importTwoLevelAllMs = round(two.ms);
    lines.push(`import two-level file (34 provinces, 3,321 communes, departments): ${round(two.ms)} ms (${two.result.created} units)`);

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
    const searchStats = await latency(search, 100);
    figures.searchP95Ms = searchStats.p95;
    lines.push(row('search "an" (50 rows with ancestors)', searchStats));

    const children = checked(() =>
      system.gql(
        'query($id: ID!) { orgUnit(id: $id) { children(first: 200) { totalCount edges { node { id name subtype childCount predecessors { unit { name } } assessmentYears { year } } } } } }',
        { id: hanoi.id },
        { token },
      ),
    );
    const childStats = await latency(children, 50);
    figures.provinceChildrenP95Ms = childStats.p95;
    lines.push(row('Hà Nội children (~140 rows, both subgraphs)', childStats));

    figures.throughputSearchMinRps = await throughput(search, 10, 3000);
    lines.push(`search throughput at 10 concurrent clients: ${figures.throughputSearchMinRps} req/s`);
  } finally {
    await system.stop();
    clearInterval(sampler);
  }
  figures.rssMaxMb = round(peakRss / 1024 / 1024);
  lines.push(`peak RSS: ${figures.rssMaxMb} MB`);

  console.log(`\nPAR Index benchmarks on ${TEST_DB_KIND} (Node ${process.version})`);
  for (const line of lines) console.log(`  ${line}`);
  const over = Object.entries(figures).filter(([key, value]) => {
    const budget = budgets[key];
    if (budget === undefined) return false;
    return key.endsWith('MinRps') ? value < budget : value > budget;
  });
  for (const [key, value] of over) console.error(`  OVER BUDGET: ${key} = ${value} (budget ${budgets[key]})`);
  process.exit(over.length ? 1 : 0);
}

function row(title: string, stats: LatencyStats): string {
  return `${title}: p50 ${stats.p50} ms, p95 ${stats.p95} ms, max ${stats.max} ms over ${stats.count}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
