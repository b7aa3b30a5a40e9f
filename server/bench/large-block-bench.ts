/**
 * Issue 9's table, measured on one block at the size of the largest province (1,073 communes
 * under 30 districts, the 82-leaf commune set of a large province; BENCH_UNITS sets another size):
 * - the ranking with the admin's own document and with the external-app document: p50/p99 at one
 *   connection, req/s at ten from a load client in its own process, answer sizes;
 * - the same ranking straight to the scoring subgraph and the raw floor (the same rows read with
 *   one SQL statement and JSON.stringify'd): what the gateway and our layers add;
 * - a whole score sheet read and saved with the admin's documents;
 * - a year recompute (every sheet re-scored from its entries, results and ranks written);
 * - a cold start of `main.ts` on the existing database (first answer to the ranking).
 * Figures are checked against the targets in budgets.json by run.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Role } from '../src/platform/auth/roles';
import { INTERNAL_TOKEN_HEADER, signInternalToken, type Actor } from '../src/platform/auth/tokens';
import { YearStatus } from '../src/subgraphs/scoring/assessment-year/assessment-year.entity';
import { AssessmentYearEntity } from '../src/subgraphs/scoring/assessment-year/assessment-year.entity';
import { insertLargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { recomputeResults } from '../src/subgraphs/scoring/results/recompute.service';
import { ScoreSheetEntity } from '../src/subgraphs/scoring/score-sheet/score-sheet.entity';
import { clearResponseCaches } from '../src/platform/http/response-cache';
import { adminDocument } from '../src/testing/admin-documents';
import { countQueries } from '../src/testing/query-counter';
import type { TestSystem } from '../src/testing/test-system';
import { latency, percentiles, round, timeIt } from './measure';
import type { BenchReport } from './report';
import { draftSheetInputs } from './scoring-data';
import { savesFromOwnProcess } from './load';
import { benchHeapAfterGc, benchServedMemory, processCpuMs, spawnServed, waitForAnswer, type ServedProcess } from './served';
import { benchGatewayVsDirect, blockAdminActor, loadFromOwnProcess, type MeasuredLoad } from './gateway-bench';
import { benchHive } from './hive-bench';

/** What an external app reads of one block once results are public (no sign-in). */
export const PUBLISHED_ONE_GROUP = `query($p: ID!, $y: Int!, $g: String) { publishedResults(provinceId: $p, year: $y, groupCode: $g) {
  yearId year name rankings { groupName areas { code title }
    rows { rank tied unitId unitName unitCode assessorUnitName index classification { code label } headRating { label } areas { code index } } } } }`;

export interface BenchSize {
  units: number;
  districts: number;
  /** Iterations of the one-connection latencies. */
  iterations: number;
  /** Duration of each ten-connection load. */
  loadMs: number;
  /** Alternating rounds of a comparison (gateway vs direct, Apollo vs Hive) and each round's duration. */
  rounds: number;
  roundMs: number;
}

const KB = 1024;

/**
 * CPU per request of both sides of a 10-connection load, which share this machine's 2 cores: the
 * most it can answer is about 2 cores ÷ (served + client CPU per request), less what else runs.
 */
function cpuText(load: MeasuredLoad): string {
  const client = Math.round((load.cpuMs * 1000) / Math.max(load.requests, 1));
  return `served CPU ${load.cpuUsPerRequest} µs/req, client CPU ${client} µs/req`;
}

/**
 * BENCH_ONLY=ranking,hive,published,sheet,recompute,memory,cold,legacy runs only those sections (the data
 * setup always runs): a change measured before/after without the whole run. Unset: everything.
 */
export function benchSection(name: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return !only?.length || only.includes(name);
}

export async function benchLargeBlock(system: TestSystem, report: BenchReport, size: BenchSize): Promise<void> {
  // ---- data
  report.startSection(`large block: setup (${size.units} units, ${size.districts} assessors)`);
  const setup = await timeIt(() => insertLargeBlock(system, size.units, size.districts, { entries: true }));
  const block = setup.result;
  report.value('largeBlockSetupMs', `${size.units} sheets, ${block.entries} entries, results and ranks`, round(setup.ms), 'ms');
  const heap = benchHeapAfterGc();
  report.value(
    'benchLiveHeapMb',
    `the bench's own JS heap after the setup: ${heap.usedMb} MB used, live after a forced GC`,
    heap.liveMb,
    'MB',
  );
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

  const actor: Actor = blockAdminActor(block);
  // ---- ranking, admin document
  if (benchSection('ranking')) {
    report.startSection('ranking, the admin’s document (through the gateway)');
    const rankingText = await post(system.gatewayUrl, adminHeaders, rankingBody);
    report.value('rankingAnswerKb', 'answer size before compression', round(Buffer.byteLength(rankingText) / KB), 'KB');
    const statements = await countQueries([system.orgDb, system.scoringDb], () => post(system.gatewayUrl, adminHeaders, rankingBody));
    report.value('rankingLargeStatements', 'SQL statements of one read', statements.count, 'SQL');
    const gateway = await latency(() => post(system.gatewayUrl, adminHeaders, rankingBody), size.iterations, 3);
    report.latency('rankingAdmin', '1 connection', gateway);
    const adminLoad = await loadFromOwnProcess({ url: system.gatewayUrl, headers: adminHeaders }, rankingBody, 10, size.loadMs);
    report.value(
      'rankingAdminMinRps',
      `10 connections, client in its own process (p50 ${adminLoad.p50} ms, p99 ${adminLoad.p99} ms; ${cpuText(adminLoad)})`,
      adminLoad.rps,
      'req/s',
    );
    // The same document straight to the scoring subgraph, as the gateway sends it.
    const internal = await signInternalToken({ actor, requestId: 'bench', clientIp: '' }, system.config.internalSecret);
    await benchGatewayVsDirect(report, {
      gateway: { url: system.gatewayUrl, headers: adminHeaders },
      direct: { url: system.scoringUrl, headers: { [INTERNAL_TOKEN_HEADER]: internal } },
      body: rankingBody,
      rounds: size.rounds,
      roundMs: size.roundMs,
    });
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
  // ---- Apollo vs Hive on the same supergraph (bench/hive-bench.ts)
  if (benchSection('hive')) await benchHive(system, report, { block, actor, adminHeaders, rounds: size.rounds, roundMs: size.roundMs });
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
    const appLoad = await loadFromOwnProcess({ url: system.gatewayUrl, headers: appHeaders }, publishedBody, 10, size.loadMs);
    report.value(
      'publishedAppMinRps',
      `10 connections, own process (p50 ${appLoad.p50} ms, p99 ${appLoad.p99} ms; ${cpuText(appLoad)})`,
      appLoad.rps,
      'req/s',
    );
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
    const readStatements = await countQueries([system.orgDb, system.scoringDb], () => post(system.gatewayUrl, adminHeaders, sheetBody));
    report.latency(
      'sheetRead',
      'ScoreSheet, 1 connection (province admin; repeated: served as stored text while the sheet is unchanged)',
      await latency(() => post(system.gatewayUrl, adminHeaders, sheetBody), size.iterations, 3),
      readStatements.count,
    );
    // The same read built afresh each time (the first read after a change).
    report.latency(
      'sheetReadUncached',
      'ScoreSheet, 1 connection, every read built afresh (stored answers dropped before each)',
      await latency(
        () => {
          clearResponseCaches(system.scoringDb);
          return post(system.gatewayUrl, adminHeaders, sheetBody);
        },
        size.iterations,
        3,
      ),
    );

    // Saving needs a year in self-assessment and a draft: the block's year is moved back for it.
    const sheets = system.scoringDb.getRepository(ScoreSheetEntity);
    const { sheet, inputs } = await draftSheetInputs(system.scoringDb, block);
    const officer = await system.createUser({
      username: `bench.canbo.${size.units}`,
      unitId: block.firstUnitId,
      roles: [Role.UNIT_OFFICER],
    });
    // Sent from its own process (save-client.js), as a browser would: the client's building,
    // inflating and parsing of each save do not run in the event loop being measured.
    const saveCpu = process.cpuUsage();
    const run = await savesFromOwnProcess({
      url: system.gatewayUrl,
      headers: { authorization: `Bearer ${officer.token}` },
      query: adminDocument('SaveSelfAssessment'),
      sheetId: sheet.id,
      version: (await sheets.findOneByOrFail({ id: sheet.id })).version,
      entries: inputs,
      iterations: size.iterations,
      warmup: 3,
    });
    const { user, system: sys } = process.cpuUsage(saveCpu);
    // CPU per save beside its wall time: on the shared machine the wall time is partly waiting.
    // The served side is this process (its GC threads included); the database's own is not counted.
    const cpuPerSave = round((user + sys) / 1000 / (size.iterations + 3));
    report.latency(
      'sheetSave',
      `SaveSelfAssessment, ${inputs[0].length} leaves, client in its own process (answer: the sheet's header and the saved entries, as the admin asks; served CPU ${cpuPerSave} ms/save, client ${round(run.cpuMs / size.iterations)} ms/save)`,
      percentiles(run.samples),
    );
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
  }
  // ---- year recompute: every sheet re-scored from its declared values, results and ranks written
  if (benchSection('recompute')) {
    report.startSection('year recompute (recomputeResults, scope YEAR)');
    // Its CPU time beside the wall time: on a machine shared with other work the wall time is mostly waiting.
    const cpuBefore = process.cpuUsage();
    const recompute = await timeIt(() =>
      countQueries(system.scoringDb, () =>
        system.scoringDb.transaction((m) =>
          recomputeResults(m, { actor }, { yearId: block.year.id, scope: { kind: 'YEAR' }, rescoreDeclared: true }),
        ),
      ),
    );
    const cpu = process.cpuUsage(cpuBefore);
    report.value(
      'yearRecomputeMs',
      `${size.units} sheets, ${block.entries} entries, ${recompute.result.count} SQL statements (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms, GC threads included)`,
      round(recompute.ms),
      'ms',
    );
  }
  // ---- the served process's memory under the ranking load (its own process, as `pnpm start`)
  if (benchSection('memory')) await benchServedMemory(system, report, size, rankingBody, adminHeaders);
  // ---- cold start on the existing database
  if (benchSection('cold')) {
    report.startSection('cold start (main.ts all, existing database)');
    const how = (served: ServedProcess) =>
      served.built ? 'built dist/main.js, as pnpm start' : 'no build: transpiled on the fly, slower than pnpm start';
    // The first start after a build or install: no V8 code cache yet (it writes one a second after ready).
    const first = await coldStart(system, rankingBody, adminHeaders, mkdtempSync(path.join(tmpdir(), 'par-bench-code-cache-')));
    report.value(
      'coldStartFirstMs',
      `spawn → first ranking answered through the gateway, first start after a build or install (no code cache yet; the served process's CPU ${first.cpuMs} ms; ${how(first.served)})`,
      round(first.ms),
      'ms',
    );
    // A restart: the code cache the previous start wrote.
    const again = await coldStart(system, rankingBody, adminHeaders, first.codeCacheDir);
    report.value(
      'coldStartMs',
      `the same, restart (${again.served.built ? 'the code cache of the start before' : 'no code cache from sources'}; CPU ${again.cpuMs} ms; ${how(again.served)})`,
      round(again.ms),
      'ms',
    );
  }
}

/** Spawn → first ranking answered; the served process then lives past writing its code cache, and stops. */
async function coldStart(
  system: TestSystem,
  body: unknown,
  headers: Record<string, string>,
  codeCacheDir: string,
): Promise<{ ms: number; cpuMs: number; served: ServedProcess; codeCacheDir: string }> {
  const started = performance.now();
  const served = await spawnServed(system, { codeCacheDir });
  try {
    const ms = await waitForAnswer(served, body, headers, started);
    // CPU time to the first answer: what the start costs, whatever else the machine runs.
    const cpuMs = processCpuMs(served.pid);
    await new Promise((r) => setTimeout(r, CODE_CACHE_WRITTEN_MS));
    return { ms, cpuMs, served, codeCacheDir };
  } finally {
    await served.stop();
  }
}

/** main.ts writes the code cache a second after ready. */
const CODE_CACHE_WRITTEN_MS = 2500;
