/**
 * CPU profile of the score sheet's read and whole-sheet save (issue 9's sheet targets), as the
 * bench's sheet section runs them: the system in this process (gateway + both subgraphs), the
 * admin's ScoreSheet and SaveSelfAssessment documents through the gateway at one connection, on
 * the 1,073-unit block with the 82-leaf set. Reads are profiled twice: the same sheet again and
 * again (what the bench measures) and a different sheet each time (every read a miss of any
 * per-sheet cache). Each phase prints its p50, CPU time per request and the profile summary
 * (profile-gateway.ts); the .cpuprofile files are kept for Chrome DevTools.
 *
 *   NODE_ENV=production node -r @swc-node/register bench/profile-sheet.ts [requests] [outDir]
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Role } from '../src/platform/auth/roles';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { ScoreSheetEntity } from '../src/subgraphs/scoring/score-sheet/score-sheet.entity';
import { adminDocument } from '../src/testing/admin-documents';
import { countQueries } from '../src/testing/query-counter';
import { startTestSystem } from '../src/testing/test-system';
import { percentiles } from './measure';
import { summarise, type ProfileSummary } from './profile-gateway';
import { draftSheetInputs, saveVariables } from './scoring-data';

type CpuProfile = Parameters<typeof summarise>[0][number];

function print(title: string, s: ProfileSummary, requests: number, top: number): void {
  const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(1).padStart(5)} %`;
  const perReq = (ms: number) => `${((ms / Math.max(requests, 1)) * 1000).toFixed(0).padStart(5)} µs/req`;
  console.log(
    `\n== ${title}: busy ${s.busyMs.toFixed(0)} ms over ${requests} requests (${((s.busyMs / requests) * 1000).toFixed(0)} µs/req)`,
  );
  console.log('-- self time');
  for (const [k, ms] of s.self.slice(0, top)) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
  console.log('-- inclusive, by package / source file');
  for (const [k, ms] of s.inclusiveByOwner.slice(0, top)) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
  console.log('-- inclusive, by function');
  for (const [k, ms] of s.inclusiveByFunction.slice(0, top)) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
}

async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 100);
  const outDir = process.argv[3] ?? path.join(tmpdir(), `par-sheet-profile-${Date.now()}`);
  const only = process.env.PROFILE_ONLY?.split(',') ?? ['read', 'miss', 'save'];
  mkdirSync(outDir, { recursive: true });
  const system = await startTestSystem({ config: { apiKeyRateLimitPerMinute: 1_000_000 } });
  try {
    const block = await insertLargeBlock(system, Number(process.env.BENCH_UNITS ?? 1073), 30, { entries: true });
    const post = async (headers: Record<string, string>, body: unknown): Promise<string> => {
      const res = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors":[')) throw new Error(`failed: ${res.status} ${text.slice(0, 300)}`);
      return text;
    };
    const session = new inspector.Session();
    session.connect();
    const call = <T>(method: string, params?: object) =>
      new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
    await call('Profiler.enable');
    await call('Profiler.setSamplingInterval', { interval: 100 });
    // PROFILE_SQL=1: every statement's execution time, summed by its text's start (TypeORM's slow-query hook at 0 ms).
    const sqlTimes = new Map<string, [number, number]>();
    if (process.env.PROFILE_SQL)
      for (const db of [system.orgDb, system.scoringDb]) {
        (db.options as { maxQueryExecutionTime?: number }).maxQueryExecutionTime = 0.000001;
        db.logger.logQuerySlow = (time: number, query: string) => {
          const key = query.replace(/\s+/g, ' ').slice(0, 150);
          const [ms, n] = sqlTimes.get(key) ?? [0, 0];
          sqlTimes.set(key, [ms + time, n + 1]);
        };
      }
    const phase = async (name: string, fn: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 10; i++) await fn(i);
      sqlTimes.clear();
      const statements = await countQueries([system.orgDb, system.scoringDb], () => fn(10));
      if (process.env.PROFILE_SQL)
        for (const q of statements.queries) console.log(`  ${String(q.length).padStart(7)}  ${q.replace(/\s+/g, ' ').slice(0, 160)}`);
      const samples: number[] = [];
      await call('Profiler.start');
      const cpu = process.cpuUsage();
      for (let i = 0; i < requests; i++) {
        const t = performance.now();
        await fn(11 + i);
        samples.push(performance.now() - t);
      }
      const used = process.cpuUsage(cpu);
      const { profile } = await call<{ profile: CpuProfile }>('Profiler.stop');
      writeFileSync(path.join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
      const stats = percentiles(samples);
      print(
        `${name}: p50 ${stats.p50} ms, p95 ${stats.p95} ms, CPU ${((used.user + used.system) / 1000 / requests).toFixed(1)} ms/req, ${statements.count} SQL, load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
        summarise([profile], 40),
        requests,
        Number(process.env.PROFILE_TOP ?? 30),
      );
      if (sqlTimes.size) {
        console.log('-- SQL time per request (ms, statements per request)');
        for (const [sql, [ms, n]] of [...sqlTimes].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25))
          console.log(`  ${(ms / (requests + 1)).toFixed(2).padStart(7)} ${(n / (requests + 1)).toFixed(1).padStart(5)}  ${sql}`);
      }
    };
    const adminHeaders = { authorization: `Bearer ${block.adminToken}` };
    const sheetDoc = adminDocument('ScoreSheet');
    if (only.includes('read'))
      await phase('read-same', () => post(adminHeaders, { query: sheetDoc, variables: { id: block.sheetIds[0] } }));
    if (only.includes('miss'))
      await phase('read-each', (i) =>
        post(adminHeaders, { query: sheetDoc, variables: { id: block.sheetIds[(i + 1) % block.sheetIds.length] } }),
      );
    if (only.includes('save')) {
      const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
      const { sheet, inputs } = await draftSheetInputs(system.scoringDb, block);
      const officer = await system.createUser({ username: 'profile.canbo', unitId: block.firstUnitId, roles: [Role.UNIT_OFFICER] });
      let version = (await sheets.findOneByOrFail({ id: sheet.id })).version;
      let turn = 0;
      const saveDoc = adminDocument('SaveSelfAssessment');
      await phase('save', async () => {
        const text = await post(
          { authorization: `Bearer ${officer.token}` },
          { query: saveDoc, variables: saveVariables(sheet.id, version, inputs[turn++ % 2]) },
        );
        version = (JSON.parse(text) as { data: { saveSelfAssessment: { version: number } } }).data.saveSelfAssessment.version;
      });
    }
    session.disconnect();
    console.log(`\nprofiles in ${outDir}`);
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
