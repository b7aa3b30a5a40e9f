/**
 * Issue 9 §4, a 1,000-sheet year recompute ≤ 1 s: where its time goes, on the database under test
 * (DB_KIND). Builds the bench's block (1,073 communes, 82 leaves, entries stored), then times
 * recomputeResults(scope YEAR, rescoreDeclared) in rounds, alternating two cases:
 * - `same`: nothing moved since the last compute (what `pnpm bench` measures);
 * - `moved`: every stored index was disturbed first, so every result row is written again.
 * Per run: wall, this process's CPU, the database's share of the wall (time with a statement in
 * flight, seen from here), the database server's own CPU (MySQL/MariaDB: its /proc stat) and the
 * statement count. With --profile the runs are CPU-profiled and summarised.
 *
 *   NODE_ENV=production [DB_KIND=mysql] node -r @swc-node/register bench/profile-recompute.ts [rounds] [--profile]
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { recomputeResults } from '../src/subgraphs/scoring/results/recompute.service';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { TEST_DB_KIND } from '../src/testing/test-database';
import { startTestSystem } from '../src/testing/test-system';
import { blockAdminActor } from './gateway-bench';
import { summarise } from './profile-gateway';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The database server's CPU (user + system, ms) from /proc; null when it is not on this machine. */
function serverCpuMs(): number | null {
  if (TEST_DB_KIND !== 'mysql') return null;
  try {
    const pid = execFileSync('pidof', ['mariadbd', 'mysqld'], { encoding: 'utf8' }).trim().split(/\s+/)[0];
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return null;
  }
}

/** Wraps the transaction's query runner: statements, and the time with at least one in flight. */
function instrument(manager: EntityManager): { statements: () => number; dbMs: () => number; each: () => string[] } {
  const runner = manager.queryRunner!;
  const original = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let inFlight = 0;
  let since = 0;
  let busy = 0;
  let count = 0;
  const each: string[] = [];
  (runner as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
    count += 1;
    if (inFlight++ === 0) since = performance.now();
    const at = performance.now();
    try {
      return await original(...args);
    } finally {
      if (--inFlight === 0) busy += performance.now() - since;
      const sql = String(args[0]).replace(/\s+/g, ' ');
      each.push(
        `${(performance.now() - at).toFixed(0).padStart(5)} ms  ${sql.length > 90 ? `${sql.slice(0, 90)}… (${sql.length} chars)` : sql}`,
      );
    }
  };
  return { statements: () => count, dbMs: () => busy, each: () => each };
}

async function main(): Promise<void> {
  const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 4);
  const profile = process.argv.includes('--profile');
  const system = await startTestSystem();
  const session = new inspector.Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  if (profile) {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
  }
  try {
    const units = Number(process.env.BENCH_UNITS ?? 1073);
    const block = await insertLargeBlock(system, units, 30, { entries: true });
    const actor = blockAdminActor(block);
    const db = system.scoringDb;
    const [sizes] = (await db.query(
      'SELECT COUNT(*) AS n, SUM(LENGTH(area_results)) AS areas, SUM(LENGTH(criterion_results)) AS criteria FROM unit_result WHERE year_id = ?',
      [block.year.id],
    )) as { n: number; areas: number; criteria: number }[];
    console.log(
      `stored results: ${sizes.n} rows, area_results ${Math.round(Number(sizes.areas) / 1024)} KB, criterion_results ${Math.round(Number(sizes.criteria) / 1024)} KB`,
    );
    const run = async (kind: 'same' | 'moved') => {
      if (kind === 'moved')
        await db.query('UPDATE unit_result SET index_value = 0, rank_in_group = NULL WHERE year_id = ?', [block.year.id]);
      global.gc?.();
      const load = loadavg()[0];
      const server = serverCpuMs();
      const cpu = process.cpuUsage();
      const started = performance.now();
      if (profile) await post('Profiler.start');
      let probe: ReturnType<typeof instrument> | null = null;
      const outcome = await db.transaction((m) => {
        probe = instrument(m);
        return recomputeResults(m, { actor }, { yearId: block.year.id, scope: { kind: 'YEAR' }, rescoreDeclared: true });
      });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const serverAfter = serverCpuMs();
      const p = probe as ReturnType<typeof instrument> | null;
      const prof = profile ? (await post<{ profile: CpuProfile }>('Profiler.stop')).profile : null;
      return {
        kind,
        wall: Math.round(wall),
        cpu: Math.round((used.user + used.system) / 1000),
        db: Math.round(p?.dbMs() ?? 0),
        serverCpu: server === null || serverAfter === null ? null : Math.round(serverAfter - server),
        statements: (p?.statements() ?? 0) + 2,
        written: outcome.written,
        load: load.toFixed(2),
        each: p?.each() ?? [],
        prof,
      };
    };
    // Warm-up: JIT, the database's caches.
    await run('same');
    await run('moved');
    const profiles = new Map<string, CpuProfile[]>();
    console.log(
      `recompute of a ${units}-sheet year on ${TEST_DB_KIND} (Node ${process.version}); wall / CPU / db in flight / db server CPU, ms`,
    );
    for (let i = 0; i < rounds; i++)
      for (const kind of i % 2 ? (['moved', 'same'] as const) : (['same', 'moved'] as const)) {
        const r = await run(kind);
        console.log(
          `${r.kind.padEnd(5)} wall ${String(r.wall).padStart(5)}  cpu ${String(r.cpu).padStart(5)}  db ${String(r.db).padStart(5)}  server ${String(r.serverCpu ?? '-').padStart(5)}  statements ${r.statements} (incl. BEGIN/COMMIT)  written ${r.written}  load ${r.load}`,
        );
        if (process.argv.includes('--statements')) for (const line of r.each) console.log(`    ${line}`);
        if (r.prof) profiles.set(r.kind, [...(profiles.get(r.kind) ?? []), r.prof]);
      }
    for (const [kind, list] of profiles) {
      const file = path.join(tmpdir(), `recompute-${TEST_DB_KIND}-${kind}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(list[0]));
      const s = summarise(list, 30);
      const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(1).padStart(5)} %`;
      console.log(
        `\n== ${kind}: busy ${(s.busyMs / list.length).toFixed(0)} ms/run, idle ${(s.idleMs / list.length).toFixed(0)} ms/run (${file})`,
      );
      console.log('-- self');
      for (const [k, ms] of s.self) console.log(`  ${pct(ms)}  ${k}`);
      console.log('-- inclusive by function');
      for (const [k, ms] of s.inclusiveByFunction) console.log(`  ${pct(ms)}  ${k}`);
    }
  } finally {
    session.disconnect();
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
