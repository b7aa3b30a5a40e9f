/**
 * The served process, apart from the bench: `main.ts all` started as `pnpm start` starts it
 * (NODE_ENV=production, DEPLOYMENT=local, the built dist/main.js when there is one) on the bench's
 * own database, so what it holds is the server's memory alone — not the fixtures, the in-process
 * test system or the load client that live in the bench's process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { TestSystem } from '../src/testing/test-system';
import type { BenchSize } from './large-block-bench';
import { load } from './load';
import type { BenchReport } from './report';

export interface ServedProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /**
   * dist/main.js as `pnpm start` runs it (`pnpm bench` builds it first and sets BENCH_BUILT=1), or
   * the sources transpiled on the fly (the tiny smoke run: swc in the process, more memory, slower start).
   */
  built: boolean;
  /** SIGTERM and wait for the exit. */
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

const DIST_MAIN = path.join(__dirname, '../dist/main.js');

/**
 * The node flags `pnpm start` runs the server with (the root package.json's start script), so the
 * served process is measured as it runs. Today: --heap-growing-percent=40 — V8 otherwise lets the
 * old generation grow to up to 4× what a full collection keeps when the process allocates fast:
 * at 350–550 cached rankings a second the served process grew 244 → 312 MB over 12 s with a live
 * heap of ~76 MB; with the flag it stays at 222–231 MB for ~10 % more CPU per request (issue 9,
 * RSS ≤ 250 MB under the ranking load).
 */
export function startNodeFlags(): string[] {
  const root = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } };
  const command = /\bnode\s+((?:--\S+\s+)*)server\/dist\/main\.js/.exec(root.scripts.start);
  if (!command) throw new Error(`the root start script no longer runs "node … server/dist/main.js": ${root.scripts.start}`);
  return command[1].split(/\s+/).filter(Boolean);
}
/** The served processes' V8 code cache, shared by the bench's starts (a restart finds the previous start's). */
export const BENCH_CODE_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'par-bench-code-cache-'));

/**
 * Spawns the one-process server on the bench's database (returns at once; see waitForAnswer).
 * `options.main`: another built entry (bench/ab-served.ts runs an older build beside the new
 * one); `nodeArgs` go before it (e.g. a profiling hook); `env` adds to the served environment;
 * `codeCacheDir`: where its V8 code cache is (default: the one every served process of this bench shares).
 */
export async function spawnServed(
  system: TestSystem,
  options: { main?: string; nodeArgs?: string[]; env?: Record<string, string>; codeCacheDir?: string } = {},
): Promise<ServedProcess> {
  const [port, orgPort, scoringPort] = [await freePort(), await freePort(), await freePort()];
  // A dist/ left from an older build would measure older code: only the one `pnpm bench` just built.
  const built = options.main !== undefined || (process.env.BENCH_BUILT === '1' && existsSync(DIST_MAIN));
  const entry = options.main ? [options.main] : built ? [DIST_MAIN] : ['-r', '@swc-node/register', path.join(__dirname, '../src/main.ts')];
  const child = spawn(process.execPath, [...startNodeFlags(), ...(options.nodeArgs ?? []), ...entry, 'all'], {
    cwd: path.join(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DEPLOYMENT: 'local',
      DATABASE_URL: system.config.databaseUrl,
      PORT: String(port),
      // Its subgraphs listen too (other engineers' servers may hold the default 4001/4002).
      ORG_PORT: String(orgPort),
      SCORING_PORT: String(scoringPort),
      DEMO_SEED: 'false',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'par-bench-')),
      // The V8 code cache `pnpm start` keeps in its data directory (platform/runtime/boot.ts): each
      // served process gets a fresh DATA_DIR, so the cache is named apart — by default the one the
      // previous served process of this bench wrote, as a restart of `pnpm start` finds it.
      PAR_CODE_CACHE_DIR: options.codeCacheDir ?? BENCH_CODE_CACHE_DIR,
      // The same secrets as the bench's system: its session tokens are valid there too.
      JWT_SECRET: system.config.jwtSecret,
      INTERNAL_TOKEN_SECRET: system.config.internalSecret,
      API_KEY_RATE_LIMIT_PER_MINUTE: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    built,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls until the served process answers `body` without errors; ms since `since`. */
export async function waitForAnswer(served: ServedProcess, body: unknown, headers: Record<string, string>, since: number): Promise<number> {
  for (;;) {
    if (served.child.exitCode !== null) throw new Error(`served process exited with ${served.child.exitCode}`);
    if (performance.now() - since > 60_000) throw new Error('served process: no answer within 60 s');
    try {
      const res = await fetch(served.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status === 200 && !text.includes('"errors":[')) return performance.now() - since;
      if (res.status === 200) throw new Error(`served process answered an error: ${text.slice(0, 300)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('served process')) throw error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** CPU time (user + system) a process has used so far, from /proc, in ms (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process from /proc: now (VmRSS) and its peak so far (VmHWM), in MB. */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/**
 * Issue 9's memory target, on the served process alone: its resident memory idle (started,
 * answered one small request) and under the ranking load at ten connections (the load client in
 * its own process too), read from /proc — the peak (VmHWM) is what the budget holds.
 */
export async function benchServedMemory(
  system: TestSystem,
  report: BenchReport,
  size: BenchSize,
  rankingBody: unknown,
  headers: Record<string, string>,
): Promise<void> {
  report.startSection('memory of the served process (main.ts all in its own process, as pnpm start)');
  const served = await spawnServed(system);
  try {
    await waitForAnswer(served, { query: '{ __typename }' }, {}, performance.now());
    // Startup's garbage is collected in the first idle seconds: what it keeps is the idle figure.
    await new Promise((r) => setTimeout(r, 2000));
    const idle = processMemory(served.pid);
    report.value(
      'rssIdleMb',
      `idle: started, one small request answered (${served.built ? 'built dist/main.js' : 'no build: swc transpiling in the process'})`,
      idle.rssMb,
      'MB',
    );
    const ranking = await load(served.url, headers, rankingBody, 10, size.loadMs);
    const after = processMemory(served.pid);
    report.value(
      'rssRankingMb',
      `peak (VmHWM) through the ranking load, 10 connections, ${ranking.requests} requests at ${ranking.rps} req/s; ${after.rssMb} MB resident after it`,
      after.peakMb,
      'MB',
    );
  } finally {
    await served.stop();
  }
}

/** The bench's own JS heap: used now, and what is live after a full collection (the rest was garbage V8 had not needed to collect). */
export function benchHeapAfterGc(): { usedMb: number; liveMb: number } {
  const usedMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return { usedMb, liveMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024) };
}
