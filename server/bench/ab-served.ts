/**
 * A/B of served processes under the ranking and published-results loads (issue 9: throughput on
 * a machine shared with other work). Builds the bench's 1,073-unit block once, then runs one
 * served process per built entry (`main.ts all` as `pnpm start` runs it, on the same database) and
 * loads them in alternating rounds (A B, B A, …) from a client in its own process. Per round it
 * reports what a busy machine cannot fake: the served process's CPU time per request (/proc:
 * user + system, GC threads included), the client's CPU per request, req/s, p50, and the served
 * peak RSS. With AB_PROFILE=1 the last built entry's CPU is profiled over its loaded windows and
 * summarised as in bench/profile-gateway.ts.
 *
 *   AB_MAINS=dist-base/main.js,dist/main.js AB_SECTIONS=ranking,published AB_ROUNDS=4 AB_MS=4000 \
 *     NODE_ENV=production node -r @swc-node/register bench/ab-served.ts
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { adminDocument } from '../src/testing/admin-documents';
import { countQueries } from '../src/testing/query-counter';
import { startTestSystem } from '../src/testing/test-system';
import { median } from './gateway-bench';
import { PUBLISHED_ONE_GROUP } from './large-block-bench';
import { load } from './load';
import { summarise } from './profile-gateway';
import { processMemory, spawnServed, waitForAnswer, type ServedProcess } from './served';

/** CPU time of a process so far (user + system, all its threads), ms. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  // An entry may carry node flags after '@' (dist/main.js@--max-semi-space-size=8): the same build under other V8 settings.
  const entries = (process.env.AB_MAINS ?? 'dist/main.js').split(',').map((m) => m.trim().split('@'));
  const mains = entries.map(([m]) => path.resolve(__dirname, '..', m));
  const flagsOf = entries.map(([, flags]) => (flags ? flags.split(' ') : []));
  for (const m of mains) if (!existsSync(m)) throw new Error(`no built entry ${m}`);
  const sections = (process.env.AB_SECTIONS ?? 'ranking,published').split(',');
  const rounds = Number(process.env.AB_ROUNDS ?? 4);
  const ms = Number(process.env.AB_MS ?? 4000);
  const concurrency = Number(process.env.AB_CONCURRENCY ?? 10);
  const profileDir = process.env.AB_PROFILE === '1' ? mkdtempSync(path.join(tmpdir(), 'par-ab-profile-')) : null;
  // AB_HEAP=1: every served process reports its live heap (after a full GC) and RSS after each round.
  const heapDir = process.env.AB_HEAP === '1' ? mkdtempSync(path.join(tmpdir(), 'par-ab-heap-')) : null;

  const system = await startTestSystem({ config: { apiKeyRateLimitPerMinute: 1_000_000 } });
  const served: ServedProcess[] = [];
  try {
    const block = await insertLargeBlock(system, Number(process.env.BENCH_UNITS ?? 1073), 30);
    const created = await system.gql<{ createApiClient: { key: string } }>(
      'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
      { n: 'A/B' },
      { token: block.adminToken },
    );
    const bodies: Record<string, { headers: Record<string, string>; body: unknown }> = {
      ranking: {
        headers: { authorization: `Bearer ${block.adminToken}` },
        body: { query: adminDocument('Ranking'), variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null } },
      },
      published: {
        headers: { 'x-api-key': created.data!.createApiClient.key },
        body: { query: PUBLISHED_ONE_GROUP, variables: { p: block.provinceId, y: block.year.year, g: block.group.code } },
      },
    };
    // Statements of one cached read, in this process (the same sources as the last entry when it was just built).
    for (const name of sections) {
      const { headers, body } = bodies[name];
      const post = () =>
        fetch(system.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        }).then((r) => r.text());
      await post();
      await post();
      const counted = await countQueries([system.orgDb, system.scoringDb], post);
      console.log(`${name}: ${counted.count} SQL statement(s) per cached read (this checkout's sources): ${counted.queries.join(' | ')}`);
    }
    for (const [i, main] of mains.entries()) {
      const profiled = profileDir && i === mains.length - 1;
      const hooked = profiled || heapDir;
      const proc = await spawnServed(system, {
        main,
        nodeArgs: [...flagsOf[i], ...(hooked ? [...(heapDir ? ['--expose-gc'] : []), '-r', path.join(__dirname, 'profile-hook.js')] : [])],
        env: profiled ? { PROFILE_HOOK_DIR: profileDir } : heapDir ? { PROFILE_HOOK_DIR: heapDir } : {},
      });
      served.push(proc);
      await waitForAnswer(proc, bodies.ranking.body, bodies.ranking.headers, performance.now());
    }
    // Each served process under each client (AB_CLIENTS=http,fetch compares the load clients themselves).
    const clients = (process.env.AB_CLIENTS ?? 'http').split(',') as ('http' | 'fetch')[];
    const variants = mains.flatMap((_, proc) => clients.map((client) => ({ proc, client })));
    const label = (v: number) =>
      `${String.fromCharCode(65 + variants[v].proc)} ${path.relative(path.join(__dirname, '..'), mains[variants[v].proc])}${flagsOf[variants[v].proc].length ? ` ${flagsOf[variants[v].proc].join(' ')}` : ''}${clients.length > 1 ? ` (${variants[v].client} client)` : ''}`;
    for (const name of sections) {
      const { headers, body } = bodies[name];
      // Warm every process (JIT, caches, compressed forms).
      for (const proc of served) await load(proc.url, headers, body, concurrency, 1500);
      const rows = variants.map(() => ({ cpuUs: [] as number[], clientUs: [] as number[], rps: [] as number[], p50: [] as number[] }));
      let requests = 0;
      for (let r = 0; r < rounds; r++) {
        const order = variants.map((_, i) => i);
        if (r % 2) order.reverse();
        for (const i of order) {
          const proc = served[variants[i].proc];
          const profiled = profileDir && variants[i].proc === served.length - 1;
          if (profiled) proc.child.kill('SIGUSR2');
          const before = processCpuMs(proc.pid);
          const result = await load(proc.url, headers, body, concurrency, ms, { client: variants[i].client });
          const cpu = processCpuMs(proc.pid) - before;
          if (profiled) {
            proc.child.kill('SIGUSR2');
            requests += result.requests + 3;
          }
          // The client's 3 warm-up requests are served in the same window.
          rows[i].cpuUs.push(Math.round((cpu * 1000) / (result.requests + 3)));
          rows[i].clientUs.push(Math.round((result.cpuMs * 1000) / result.requests));
          rows[i].rps.push(result.rps);
          rows[i].p50.push(result.p50);
          const memory = processMemory(proc.pid);
          let heap = '';
          if (heapDir) {
            const before = new Set(readdirSync(heapDir));
            proc.child.kill('SIGWINCH');
            for (let wait = 0; wait < 50 && readdirSync(heapDir).length === before.size; wait++)
              await new Promise((res) => setTimeout(res, 100));
            const file = readdirSync(heapDir).find((f) => !before.has(f));
            const usage = file ? (JSON.parse(readFileSync(path.join(heapDir, file), 'utf8')) as NodeJS.MemoryUsage) : null;
            if (usage) heap = `, live heap ${Math.round(usage.heapUsed / 2 ** 20)} MB of ${Math.round(usage.heapTotal / 2 ** 20)} MB`;
          }
          console.log(
            `  ${name} round ${r + 1} ${label(i)}: ${result.rps} req/s, p50 ${result.p50} ms, served CPU ${rows[i].cpuUs.at(-1)} µs/req, client CPU ${rows[i].clientUs.at(-1)} µs/req, ${Math.round(result.bytes / 1024)} KB, RSS ${memory.rssMb} MB (peak ${memory.peakMb})${heap}`,
          );
        }
      }
      console.log(`== ${name} (c=${concurrency}, ${rounds} rounds of ${ms} ms; medians)`);
      rows.forEach((row, i) =>
        console.log(
          `  ${label(i)}: served CPU ${median(row.cpuUs)} µs/req, client CPU ${median(row.clientUs)} µs/req, ${median(row.rps)} req/s, p50 ${median(row.p50)} ms, peak RSS ${processMemory(served[variants[i].proc].pid).peakMb} MB`,
        ),
      );
      if (profileDir) {
        // The hook writes each window's profile when stopped; wait for the last one.
        const deadline = Date.now() + 20_000;
        while (readdirSync(profileDir).filter((f) => f.endsWith('.done')).length < rounds * clients.length && Date.now() < deadline)
          await new Promise((res) => setTimeout(res, 200));
        const files = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
        const profiles = files.map((f) => JSON.parse(readFileSync(path.join(profileDir, f), 'utf8')));
        const s = summarise(profiles, 40);
        const per = (v: number) => `${((v / requests) * 1000).toFixed(0).padStart(5)} µs/req`;
        console.log(`-- profile of ${label(variants.length - 1)} (${requests} requests, busy ${per(s.busyMs)}; ${profileDir})`);
        console.log('   self:');
        for (const [k, v] of s.self) console.log(`   ${per(v)}  ${k}`);
        console.log('   inclusive by owner:');
        for (const [k, v] of s.inclusiveByOwner) console.log(`   ${per(v)}  ${k}`);
        console.log('   inclusive by function:');
        for (const [k, v] of s.inclusiveByFunction) console.log(`   ${per(v)}  ${k}`);
        // Kept for Chrome DevTools, out of the next section's way.
        mkdirSync(path.join(profileDir, name));
        for (const f of readdirSync(profileDir))
          if (f.includes('.cpuprofile')) renameSync(path.join(profileDir, f), path.join(profileDir, name, f));
        requests = 0;
      }
    }
  } finally {
    for (const proc of served) await proc.stop();
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
