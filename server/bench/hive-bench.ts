/**
 * Apollo Gateway vs Hive Gateway on the same checked-in supergraph (issue 9, item 3: a
 * comparison, not a budget). Hive runs in its own process (bench/hive-gateway.ts) against the
 * bench's subgraphs over HTTP; Apollo is measured as `pnpm start` serves it (subgraphs in
 * process) and as separate deployments run it (over HTTP, like Hive). First the admin's own
 * documents must answer identically through all three; then the ranking's p50 at one connection
 * and req/s at ten, in rotating rounds. Hive does none of our caller checks (see hive-gateway.ts),
 * so what it is compared on is the federation work. Skipped, with the reason printed, only when
 * Hive cannot be started here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startGateway } from '../src/gateway/gateway';
import type { Actor } from '../src/platform/auth/tokens';
import { createLogger } from '../src/platform/logging/logger';
import type { LargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { adminDocument } from '../src/testing/admin-documents';
import type { TestSystem } from '../src/testing/test-system';
import { loadFromOwnProcess, median, type MeasuredLoad, type Target } from './gateway-bench';
import { round } from './measure';
import type { BenchReport } from './report';
import { freePort } from './served';

const IDENTITY = { 'accept-encoding': 'identity' };
const HIVE_RUNNER = path.join(__dirname, 'hive', 'hive-gateway.ts');
/** Hive is installed apart from the workspace (bench/hive/package.json says why). */
const HIVE_INSTALL = 'npx -y pnpm@10 --dir server/bench/hive install --ignore-workspace --frozen-lockfile';

/** Hive's process, once it listens; null with the reason when it cannot run here. */
async function startHive(spec: object): Promise<{ child: ChildProcess; url: string } | { reason: string }> {
  try {
    createRequire(HIVE_RUNNER).resolve('@graphql-hive/gateway');
  } catch {
    return { reason: `@graphql-hive/gateway is not installed in server/bench/hive (run: ${HIVE_INSTALL})` };
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', HIVE_RUNNER, JSON.stringify({ ...spec, port })], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const listening = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"listening"')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!listening) {
    child.kill('SIGKILL');
    return { reason: `Hive Gateway did not start: ${stderr.trim().split('\n').slice(-3).join(' | ') || 'no answer within 90 s'}` };
  }
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

async function answer(target: Target, body: unknown): Promise<unknown> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** Each target once a round, the order rotating so none always goes first; per-target results. */
async function rotating(runs: (() => Promise<MeasuredLoad>)[], rounds: number): Promise<MeasuredLoad[][]> {
  const out: MeasuredLoad[][] = runs.map(() => []);
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < runs.length; i++) {
      const at = (i + r) % runs.length;
      out[at].push(await runs[at]());
    }
  return out;
}

export async function benchHive(
  system: TestSystem,
  report: BenchReport,
  options: { block: LargeBlock; actor: Actor; adminHeaders: Record<string, string>; rounds: number; roundMs: number },
): Promise<void> {
  const { block, actor, adminHeaders } = options;
  report.startSection('Apollo Gateway vs Hive Gateway (same supergraph; a comparison, not a budget)');
  const hive = await startHive({
    subgraphUrls: { org: system.orgUrl, scoring: system.scoringUrl },
    internalSecret: system.config.internalSecret,
    actor,
  });
  if ('reason' in hive) {
    console.log(`  Apollo vs Hive skipped: ${hive.reason}`);
    report.value('hiveSkipped', `skipped: ${hive.reason}`, 1, '');
    return;
  }
  const apolloHttp = await startGateway({
    config: system.config,
    log: createLogger('silent', 'bench-apollo-http'),
    subgraphUrls: { org: system.orgUrl, scoring: system.scoringUrl },
    port: 0,
  });
  try {
    const targets: [string, Target][] = [
      ['Apollo (subgraphs in process, as pnpm start)', { url: system.gatewayUrl, headers: { ...adminHeaders, ...IDENTITY } }],
      ['Apollo (subgraphs over HTTP)', { url: apolloHttp.url, headers: { ...adminHeaders, ...IDENTITY } }],
      ['Hive (own process, subgraphs over HTTP)', { url: hive.url, headers: IDENTITY }],
    ];
    // The admin's documents, as the browser sends them, with the block's ids.
    const documents: [string, Record<string, unknown>][] = [
      ['Ranking', { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null }],
      ['ScoreSheet', { id: block.sheetIds[0] }],
      ['Me', {}],
      ['YearList', { provinceId: block.provinceId }],
      ['YearDetail', { id: block.year.id }],
      ['CriteriaSet', { yearId: block.year.id, groupId: block.group.id }],
      ['OrgUnitDetail', { id: block.provinceId }],
      ['Roster', { yearId: block.year.id, groupId: block.group.id, first: 50 }],
      ['ProgressSheets', { yearId: block.year.id, groupId: block.group.id, first: 50 }],
    ];
    const differing: string[] = [];
    for (const [name, variables] of documents) {
      const body = { query: adminDocument(name), variables };
      const answers = await Promise.all(targets.map(([, target]) => answer(target, body)));
      const clean = (a: unknown) => !!a && typeof a === 'object' && !('errors' in a) && 'data' in a;
      if (!answers.every(clean) || !answers.every((a) => isDeepStrictEqual(a, answers[0])))
        differing.push(`${name}: ${answers.map((a) => JSON.stringify(a).slice(0, 160)).join(' ≠ ')}`);
    }
    for (const line of differing) console.log(`  Apollo vs Hive answers differ — ${line}`);
    report.value(
      'hiveIdenticalDocuments',
      `admin documents answered identically and without errors by all three (${documents.map(([n]) => n).join(', ')})`,
      documents.length - differing.length,
      `of ${documents.length}`,
    );

    const rankingBody = { query: adminDocument('Ranking'), variables: documents[0][1] };
    const one = await rotating(
      targets.map(
        ([, target]) =>
          () =>
            loadFromOwnProcess(target, rankingBody, 1, options.roundMs),
      ),
      options.rounds,
    );
    const ten = await rotating(
      targets.map(
        ([, target]) =>
          () =>
            loadFromOwnProcess(target, rankingBody, 10, options.roundMs),
      ),
      Math.max(2, Math.ceil(options.rounds / 2)),
    );
    const keys = ['apolloInProcess', 'apolloHttp', 'hive'];
    targets.forEach(([label], i) => {
      report.value(
        `ranking${keys[i]}P50Ms`,
        `Ranking, ${label}: p50 at 1 connection (median of rounds)`,
        round(median(one[i].map((r) => r.p50))),
        'ms',
      );
      report.value(
        `ranking${keys[i]}Rps`,
        `Ranking, ${label}: req/s at 10 connections (median of rounds)`,
        round(median(ten[i].map((r) => r.rps))),
        'req/s',
      );
    });
    const p50 = (i: number) => median(one[i].map((r) => r.p50));
    const rps = (i: number) => median(ten[i].map((r) => r.rps));
    report.value(
      'hiveVsApolloP50Ratio',
      `Hive ÷ Apollo p50 (Apollo over HTTP ${round(p50(2) / p50(1))}×; as served in process ${round(p50(2) / p50(0))}×)`,
      Math.round((p50(2) / p50(1)) * 100) / 100,
      '×',
    );
    report.value(
      'hiveVsApolloRpsRatio',
      `Hive ÷ Apollo req/s at 10 (Apollo over HTTP ${round(rps(2) / rps(1))}×; as served in process ${round(rps(2) / rps(0))}×)`,
      Math.round((rps(2) / rps(1)) * 100) / 100,
      '×',
    );
  } finally {
    await apolloHttp.stop();
    hive.child.kill('SIGTERM');
  }
}
