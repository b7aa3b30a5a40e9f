/**
 * Issue 9's table, measured on one block at the size of the largest province (1,073 communes
 * under 30 districts, the demo's 82-leaf criteria set; BENCH_UNITS sets another size):
 * - the ranking with the admin's own document and with the external-app document: p50/p99 at one
 *   connection, req/s at ten from a load client in its own process, answer sizes;
 * - the same ranking straight to the scoring subgraph and the raw floor (the same rows read with
 *   one SQL statement and JSON.stringify'd): what the gateway and our layers add;
 * - a whole score sheet read and saved with the admin's documents;
 * - a year recompute (every sheet re-scored from its entries, results and ranks written);
 * - a cold start of `main.ts` on the existing database (first answer to the ranking).
 * Figures are checked against the targets in budgets.json by run.ts.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import { Role } from '../src/platform/auth/roles';
import { INTERNAL_TOKEN_HEADER, signInternalToken, type Actor } from '../src/platform/auth/tokens';
import { CriteriaNodeEntity, CriteriaSection } from '../src/subgraphs/scoring/criteria/criteria-node.entity';
import { YearStatus } from '../src/subgraphs/scoring/assessment-year/assessment-year.entity';
import { AssessmentYearEntity } from '../src/subgraphs/scoring/assessment-year/assessment-year.entity';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { recomputeResults } from '../src/subgraphs/scoring/results/recompute.service';
import { ScoreSheetEntity } from '../src/subgraphs/scoring/score-sheet/score-sheet.entity';
import { adminDocument } from '../src/testing/admin-documents';
import { countQueries } from '../src/testing/query-counter';
import type { TestSystem } from '../src/testing/test-system';
import { latency, round, timeIt } from './measure';
import type { BenchReport } from './report';
import { declaredValue } from './scoring-data';

/** What an external app reads of one block once results are public (no sign-in). */
const PUBLISHED_ONE_GROUP = `query($p: ID!, $y: Int!, $g: String) { publishedResults(provinceId: $p, year: $y, groupCode: $g) {
  yearId year name rankings { groupName areas { code title }
    rows { rank tied unitId unitName unitCode assessorUnitName index classification { code label } headRating { label } areas { code index } } } } }`;

export interface BenchSize {
  units: number;
  districts: number;
  /** Iterations of the one-connection latencies. */
  iterations: number;
  /** Duration of each ten-connection load. */
  loadMs: number;
}

interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
}

const execFileAsync = promisify(execFile);

/** Ten connections from a separate process (bench/load-client.js). */
async function load(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const spec = { url, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), concurrency, durationMs };
  const { stdout } = await execFileAsync(process.execPath, [path.join(__dirname, 'load-client.js'), JSON.stringify(spec)], {
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  if (result.errors > 0) throw new Error(`load on ${url}: ${result.errors} of ${result.requests} requests failed`);
  return result;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

const KB = 1024;

/**
 * BENCH_ONLY=ranking,published,sheet,recompute,cold,legacy runs only those sections (the data
 * setup always runs): a change measured before/after without the whole run. Unset: everything.
 */
export function benchSection(name: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return !only?.length || only.includes(name);
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export async function benchLargeBlock(system: TestSystem, report: BenchReport, size: BenchSize): Promise<void> {
  // ---- data
  report.startSection(`large block: setup (${size.units} units, ${size.districts} assessors)`);
  const setup = await timeIt(() => insertLargeBlock(system, size.units, size.districts, { entries: true }));
  const block = setup.result;
  report.value('largeBlockSetupMs', `${size.units} sheets, ${block.entries} entries, results and ranks`, round(setup.ms), 'ms');
  const adminHeaders = { authorization: `Bearer ${block.adminToken}` };
  const rankingVars = { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null };
  const rankingBody = { query: adminDocument('Ranking'), variables: rankingVars };
  const { createApiClient } = await system
    .gql<{
      createApiClient: { key: string };
    }>(
      'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
      { n: 'Ứng dụng khai thác kết quả' },
      { token: block.adminToken },
    )
    .then((res) => {
      if (!res.data) throw new Error(`bench setup failed: ${JSON.stringify(res.errors)}`);
      return res.data;
    });
  const appHeaders = { 'x-api-key': createApiClient.key };
  const publishedBody = { query: PUBLISHED_ONE_GROUP, variables: { p: block.provinceId, y: block.year.year, g: block.group.code } };

  const post = async (url: string, headers: Record<string, string>, body: unknown): Promise<string> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors":[')) throw new Error(`benchmark query failed: ${res.status} ${text.slice(0, 300)}`);
    return text;
  };

  const actor: Actor = {
    kind: 'user',
    userId: block.admin.id,
    username: block.admin.username,
    unitId: block.provinceId,
    roles: [Role.PROVINCE_ADMIN],
    provinceUnitId: block.provinceId,
    sessionId: null,
  };
  // ---- ranking, admin document
  if (benchSection('ranking')) {
    report.startSection('ranking, the admin’s document (through the gateway)');
    const rankingText = await post(system.gatewayUrl, adminHeaders, rankingBody);
    report.value('rankingAnswerKb', 'answer size before compression', round(Buffer.byteLength(rankingText) / KB), 'KB');
    const statements = await countQueries([system.orgDb, system.scoringDb], () => post(system.gatewayUrl, adminHeaders, rankingBody));
    report.value('rankingLargeStatements', 'SQL statements of one read', statements.count, 'SQL');
    const gateway = await latency(() => post(system.gatewayUrl, adminHeaders, rankingBody), size.iterations, 3);
    report.latency('rankingAdmin', '1 connection', gateway);
    const adminLoad = await load(system.gatewayUrl, adminHeaders, rankingBody, 10, size.loadMs);
    report.value(
      'rankingAdminMinRps',
      `10 connections, client in its own process (p50 ${adminLoad.p50} ms, p99 ${adminLoad.p99} ms)`,
      adminLoad.rps,
      'req/s',
    );
    report.value(
      'rssRankingMb',
      'RSS of the served process after the ranking load',
      Math.round(process.memoryUsage().rss / 1024 / 1024),
      'MB',
    );
    // What holds it (counters, no inspector): the JS heap (live objects plus what V8 keeps reserved
    // for the young generation), buffers outside it, and the rest (code, the SQLite page cache, libc).
    const mem = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    report.value(
      'rssHeapUsedMb',
      `of which JS heap used ${mb(mem.heapUsed)} MB of ${mb(mem.heapTotal)} MB reserved (peak malloced ${mb(heap.peak_malloced_memory)} MB), buffers ${mb(mem.external + mem.arrayBuffers)} MB, the rest ${mb(mem.rss - mem.heapTotal - mem.external)} MB`,
      mb(mem.heapUsed),
      'MB',
    );

    // The same document straight to the scoring subgraph, as the gateway sends it.
    const internal = await signInternalToken({ actor, requestId: 'bench', clientIp: '' }, system.config.internalSecret);
    const direct = await latency(() => post(system.scoringUrl, { [INTERNAL_TOKEN_HEADER]: internal }, rankingBody), size.iterations, 3);
    report.latency('rankingDirect', 'same document to the scoring subgraph (no gateway)', direct);
    report.value('gatewayDirectRatio', 'gateway ÷ direct (p50)', Math.round((gateway.p50 / direct.p50) * 100) / 100, '×');
    // The floor: the rows a ranking shows, read with one statement and serialised, nothing else.
    const raw = await latency(
      async () => {
        const rows: unknown[] = await system.scoringDb.query(
          'SELECT r.unit_id, r.unit_name, r.assessor_unit_id, r.index_value, r.self_total, r.appraised_total, r.gap_points, r.rank_in_group, r.classification_code, r.area_results, s.status, e.unit_code, e.assessor_unit_name FROM unit_result r JOIN score_sheet s ON s.id = r.sheet_id JOIN roster_entry e ON e.year_id = r.year_id AND e.unit_id = r.unit_id WHERE r.year_id = ? AND r.group_id = ?',
          [block.year.id, block.group.id],
        );
        return JSON.stringify(rows);
      },
      size.iterations,
      3,
    );
    report.latency('rankingRaw', 'raw floor: the same rows in one SQL statement, JSON.stringify’d', raw);
    report.value('rawFloorRatio', 'ours (gateway) ÷ raw floor (p50)', Math.round((gateway.p50 / Math.max(raw.p50, 0.1)) * 100) / 100, '×');
  }
  // ---- ranking, external-app document
  if (benchSection('published')) {
    report.startSection('ranking, the external-app document (publishedResults, X-Api-Key)');
    const publishedText = await post(system.gatewayUrl, appHeaders, publishedBody);
    report.value(
      'publishedAnswerKb',
      'answer size before compression (object rows, unchanged API)',
      round(Buffer.byteLength(publishedText) / KB),
      'KB',
    );
    report.latency(
      'publishedApp',
      '1 connection',
      await latency(() => post(system.gatewayUrl, appHeaders, publishedBody), size.iterations, 3),
    );
    const appLoad = await load(system.gatewayUrl, appHeaders, publishedBody, 10, size.loadMs);
    report.value('publishedAppMinRps', `10 connections, own process (p50 ${appLoad.p50} ms, p99 ${appLoad.p99} ms)`, appLoad.rps, 'req/s');
  }
  // ---- score sheet: read and whole-sheet save with the admin's documents
  if (benchSection('sheet')) {
    report.startSection('score sheet: the admin’s documents');
    const sheetBody = { query: adminDocument('ScoreSheet'), variables: { id: block.sheetIds[0] } };
    const sheetText = await post(system.gatewayUrl, adminHeaders, sheetBody);
    const leafCount = (JSON.parse(sheetText) as { data: { scoreSheet: { entries: unknown[] } } }).data.scoreSheet.entries.length;
    report.value(
      'sheetAnswerKb',
      `ScoreSheet answer size before compression (${leafCount} leaves)`,
      round(Buffer.byteLength(sheetText) / KB),
      'KB',
    );
    report.latency(
      'sheetRead',
      'ScoreSheet, 1 connection (province admin)',
      await latency(() => post(system.gatewayUrl, adminHeaders, sheetBody), size.iterations, 3),
    );

    // Saving needs a year in self-assessment and a draft: the block's year is moved back for it.
    const years = system.scoringDb.getRepository(AssessmentYearEntity);
    const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
    await years.update({ id: block.year.id }, { status: YearStatus.SELF_ASSESSMENT });
    const sheet = await sheets.findOneByOrFail({ yearId: block.year.id, unitId: block.firstUnitId });
    await sheets.update({ id: sheet.id }, { status: 'DRAFT', submittedAt: null, lockedAt: null, approvedAt: null });
    const officer = await system.createUser({
      username: `bench.canbo.${size.units}`,
      unitId: block.firstUnitId,
      roles: [Role.UNIT_OFFICER],
    });
    const nodes = await system.scoringDb.getRepository(CriteriaNodeEntity).findBy({ groupId: block.group.id });
    const parents = new Set(nodes.map((n) => n.parentId));
    const editable = nodes.filter((n) => !parents.has(n.id) && n.section !== CriteriaSection.SURVEY);
    // Two whole-sheet versions an officer alternates between: every leaf changes each save.
    const inputs = [0.25, 0.95].map((q) =>
      editable.map((leaf, i) => ({
        criterionId: leaf.id,
        declaredValue: declaredValue(leaf, q),
        note: i % 5 === 0 ? 'Số liệu theo báo cáo năm của UBND' : null,
        evidence: i % 2 === 0 ? [{ documentNumber: `${100 + i}/BC-UBND`, documentDate: '2025-11-20', title: `Báo cáo ${leaf.code}` }] : [],
      })),
    );
    let version = (await sheets.findOneByOrFail({ id: sheet.id })).version;
    let turn = 0;
    const saveDoc = adminDocument('SaveSelfAssessment');
    const save = async () => {
      const text = await post(
        system.gatewayUrl,
        { authorization: `Bearer ${officer.token}` },
        { query: saveDoc, variables: { sheetId: sheet.id, version, entries: inputs[turn++ % 2] } },
      );
      version = (JSON.parse(text) as { data: { saveSelfAssessment: { version: number } } }).data.saveSelfAssessment.version;
      return text;
    };
    report.latency(
      'sheetSave',
      `SaveSelfAssessment, ${editable.length} leaves (answer: the whole sheet)`,
      await latency(save, size.iterations, 3),
    );
    await years.update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
  }
  // ---- year recompute: every sheet re-scored from its declared values, results and ranks written
  if (benchSection('recompute')) {
    report.startSection('year recompute (recomputeResults, scope YEAR)');
    const recompute = await timeIt(() =>
      countQueries(system.scoringDb, () =>
        system.scoringDb.transaction((m) =>
          recomputeResults(m, { actor }, { yearId: block.year.id, scope: { kind: 'YEAR' }, rescoreDeclared: true }),
        ),
      ),
    );
    report.value('yearRecomputeMs', `${size.units} sheets, ${recompute.result.count} SQL statements`, round(recompute.ms), 'ms');
  }
  // ---- cold start on the existing database
  if (benchSection('cold')) {
    report.startSection('cold start (main.ts all, existing database)');
    const built = existsSync(path.join(__dirname, '../dist/main.js'));
    report.value(
      'coldStartMs',
      `spawn → first ranking answered through the gateway (${built ? 'built dist/main.js, as pnpm start' : 'no build: transpiled on the fly, slower than pnpm start'})`,
      round(await coldStart(system, rankingBody, adminHeaders, built)),
      'ms',
    );
  }
}

/** Starts the one-process server as `pnpm start` does on the bench's database; time to the first ranking answered. */
async function coldStart(system: TestSystem, body: unknown, headers: Record<string, string>, built: boolean): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const entry = built ? [path.join(__dirname, '../dist/main.js')] : ['-r', '@swc-node/register', path.join(__dirname, '../src/main.ts')];
  const child = spawn(process.execPath, [...entry, 'all'], {
    cwd: path.join(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DEPLOYMENT: 'local',
      DATABASE_URL: system.config.databaseUrl,
      PORT: String(port),
      DEMO_SEED: 'false',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'par-bench-')),
      // The same secrets as the bench's system: its session tokens are valid there too.
      JWT_SECRET: system.config.jwtSecret,
      INTERNAL_TOKEN_SECRET: system.config.internalSecret,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`cold start: the server exited with ${child.exitCode}`);
      if (performance.now() - started > 60_000) throw new Error('cold start: no answer within 60 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        if (res.status === 200 && !text.includes('"errors":[')) return performance.now() - started;
        if (res.status === 200) throw new Error(`cold start: ${text.slice(0, 300)}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('cold start')) throw error;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
