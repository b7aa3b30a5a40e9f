/**
 * CPU profile of the served process under the ranking load (issue 9, gateway ÷ direct): the
 * system runs in this process as in `pnpm bench` (gateway + both subgraphs, the gateway calling
 * them in process), a load client in its own process sends the admin's Ranking document at ten
 * connections, first through the gateway, then straight to the scoring subgraph; each phase is
 * profiled with the inspector and summarised as shares of busy time (idle excluded): self time
 * by function, inclusive time by package / source file. The .cpuprofile files are kept for
 * Chrome DevTools.
 *
 *   NODE_ENV=production node -r @swc-node/register bench/profile-gateway.ts [seconds] [outDir]
 *   node -r @swc-node/register bench/profile-gateway.ts --summarise <requests> <file.cpuprofile>…
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { INTERNAL_TOKEN_HEADER, signInternalToken, type Actor } from '../src/platform/auth/tokens';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { adminDocument } from '../src/testing/admin-documents';
import { startTestSystem } from '../src/testing/test-system';
import { blockAdminActor } from './gateway-bench';

const execFileAsync = promisify(execFile);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame belongs: a package, one of our source files, Node's internals, or V8's pseudo-frames. */
export function frameOwner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/server\/(src\/.*|bench\/.*)$/.exec(url);
  if (ours) return ours[1];
  if (url.startsWith('node:')) return url.startsWith('node:internal/') ? 'node:' + url.slice(14).split('/')[0] : url;
  return url;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  self: [string, number][];
  inclusiveByOwner: [string, number][];
  inclusiveByFunction: [string, number][];
}

/**
 * Self and inclusive time as shares of busy time ((idle) excluded; (program) and (garbage
 * collector) counted), over one or more profiles of the same load. Inclusive times of async
 * functions count their synchronous part only (a continuation after an await has no caller).
 */
export function summarise(profiles: CpuProfile[], top = 25): ProfileSummary {
  const self = new Map<string, number>();
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  const label = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const owner = frameOwner(url, functionName);
    return `${functionName || '(anonymous)'} ${owner}${url ? `:${lineNumber + 1}` : ''}`;
  };
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const node = byId.get(id)!;
      if (node.callFrame.functionName === '(idle)') {
        idle += ms;
        return;
      }
      const seenOwners = new Set<string>();
      const seenFunctions = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at)!;
        if (n.callFrame.functionName === '(root)') break;
        seenOwners.add(frameOwner(n.callFrame.url, n.callFrame.functionName));
        seenFunctions.add(label(n));
      }
      // The profiler's own stop (serialising the profile through the inspector) is not the server's work.
      if (seenOwners.has('node:inspector')) return;
      busy += ms;
      self.set(label(node), (self.get(label(node)) ?? 0) + ms);
      for (const o of seenOwners) owners.set(o, (owners.get(o) ?? 0) + ms);
      for (const f of seenFunctions) functions.set(f, (functions.get(f) ?? 0) + ms);
    });
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { busyMs: busy, idleMs: idle, self: sorted(self), inclusiveByOwner: sorted(owners), inclusiveByFunction: sorted(functions) };
}

function printSummary(title: string, s: ProfileSummary, requests: number): void {
  const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(1).padStart(5)} %`;
  const perReq = (ms: number) => `${((ms / Math.max(requests, 1)) * 1000).toFixed(0).padStart(5)} µs/req`;
  console.log(
    `\n== ${title}: busy ${s.busyMs.toFixed(0)} ms, idle ${s.idleMs.toFixed(0)} ms, ${requests} requests (${((s.busyMs / Math.max(requests, 1)) * 1000).toFixed(0)} µs busy per request)`,
  );
  console.log('-- self time');
  for (const [k, ms] of s.self) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
  console.log('-- inclusive, by package / source file');
  for (const [k, ms] of s.inclusiveByOwner) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
  console.log('-- inclusive, by function');
  for (const [k, ms] of s.inclusiveByFunction) console.log(`  ${pct(ms)} ${perReq(ms)}  ${k}`);
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 8);
  const outDir = process.argv[3] ?? path.join(tmpdir(), `par-gateway-profile-${Date.now()}`);
  mkdirSync(outDir, { recursive: true });
  const system = await startTestSystem({ config: { apiKeyRateLimitPerMinute: 1_000_000 } });
  try {
    const block = await insertLargeBlock(system, Number(process.env.BENCH_UNITS ?? 1073), 30);
    const body = JSON.stringify({
      query: adminDocument('Ranking'),
      variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null },
    });
    const actor: Actor = blockAdminActor(block);
    const internal = await signInternalToken({ actor, requestId: 'profile', clientIp: '' }, system.config.internalSecret);
    const phases = [
      { name: 'gateway', url: system.gatewayUrl, headers: { authorization: `Bearer ${block.adminToken}` } },
      { name: 'direct', url: system.scoringUrl, headers: { [INTERNAL_TOKEN_HEADER]: internal } },
    ];
    const session = new inspector.Session();
    session.connect();
    const post = <T>(method: string, params?: object) =>
      new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    // G D D G: neither side always runs first (JIT warmth, the machine's other work); figures summed per side.
    const collected = new Map<string, { profiles: CpuProfile[]; requests: number; rps: number[]; p50: number[] }>();
    for (const phase of [phases[0], phases[1], phases[1], phases[0]]) {
      const spec = {
        url: phase.url,
        headers: { 'content-type': 'application/json', ...phase.headers },
        body,
        concurrency: 10,
        durationMs: 1500,
      };
      // Warm: plans, caches, JIT.
      await execFileAsync(process.execPath, [path.join(__dirname, 'load-client.js'), JSON.stringify(spec)]);
      await post('Profiler.start');
      const { stdout } = await execFileAsync(process.execPath, [
        path.join(__dirname, 'load-client.js'),
        JSON.stringify({ ...spec, durationMs: seconds * 1000 }),
      ]);
      const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
      const load = JSON.parse(stdout.trim().split('\n').pop()!) as { requests: number; errors: number; rps: number; p50: number };
      if (load.errors) throw new Error(`${phase.name}: ${load.errors} failed requests`);
      const got = collected.get(phase.name) ?? { profiles: [], requests: 0, rps: [], p50: [] };
      collected.set(phase.name, got);
      writeFileSync(path.join(outDir, `ranking-${phase.name}-${got.profiles.length + 1}.cpuprofile`), JSON.stringify(profile));
      got.profiles.push(profile);
      got.requests += load.requests;
      got.rps.push(load.rps);
      got.p50.push(load.p50);
    }
    for (const [name, got] of collected)
      printSummary(
        `${name} (c=10, ${got.rps.join(' / ')} req/s, p50 ${got.p50.join(' / ')} ms; profiles in ${outDir})`,
        summarise(got.profiles),
        got.requests,
      );
    session.disconnect();
  } finally {
    await system.stop();
  }
}

/** `--summarise <requests> <file.cpuprofile>…`: the summary of profiles taken before. */
function summariseFiles(args: string[]): void {
  const [requests, ...files] = args;
  const profiles = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile);
  printSummary(files.join(' + '), summarise(profiles), Number(requests));
}

if (require.main === module && process.argv[2] === '--summarise') summariseFiles(process.argv.slice(3));
else if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
