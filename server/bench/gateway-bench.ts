/**
 * What the gateway adds (issue 9, item 3), measured so that a shared machine cannot fake it:
 * the same document through the gateway and straight to the subgraph, in alternating rounds from
 * a client in its own process, the ratio taken per round and its median reported. Both sides ask
 * for the same bytes (no compression: the subgraph never compresses, and a client's inflate is
 * not the gateway's work); the gateway's compressed answer is reported beside it.
 */
import { Role } from '../src/platform/auth/roles';
import type { Actor } from '../src/platform/auth/tokens';
import type { LargeBlock } from '../src/subgraphs/scoring/results/large-block-fixture';
import { load, type LoadResult } from './load';
import { round } from './measure';
import type { BenchReport } from './report';

/** The block's province administrator as the gateway establishes him: what a direct call to a subgraph carries. */
export function blockAdminActor(block: LargeBlock): Actor {
  return {
    kind: 'user',
    userId: block.admin.id,
    username: block.admin.username,
    unitId: block.provinceId,
    roles: [Role.PROVINCE_ADMIN],
    provinceUnitId: block.provinceId,
    sessionId: null,
  };
}

export interface Target {
  url: string;
  headers: Record<string, string>;
}

export interface MeasuredLoad extends LoadResult {
  /** CPU time this process (the served one: the bench runs the system in process) spent per request, µs. */
  cpuUsPerRequest: number;
}

/** `concurrency` connections for `durationMs` from a separate process, with this process's CPU time per request. */
export async function loadFromOwnProcess(target: Target, body: unknown, concurrency: number, durationMs: number): Promise<MeasuredLoad> {
  const cpu = process.cpuUsage();
  const result = await load(target.url, target.headers, body, concurrency, durationMs);
  const used = process.cpuUsage(cpu);
  // The client's 3 warm-up requests are served in the same window.
  return { ...result, cpuUsPerRequest: Math.round((used.user + used.system) / (result.requests + 3)) };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A and B in alternating rounds (A, B, B, A, A, B…: neither always goes first); per-round figures. */
export async function alternating(
  a: () => Promise<MeasuredLoad>,
  b: () => Promise<MeasuredLoad>,
  rounds: number,
): Promise<{ a: MeasuredLoad[]; b: MeasuredLoad[] }> {
  const out = { a: [] as MeasuredLoad[], b: [] as MeasuredLoad[] };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

const IDENTITY = { 'accept-encoding': 'identity' };

/**
 * gatewayDirectRatio: p50 through the gateway ÷ p50 straight to the subgraph at one connection,
 * median of the rounds' ratios; also both sides' req/s at ten connections (median of rounds).
 */
export async function benchGatewayVsDirect(
  report: BenchReport,
  options: { gateway: Target; direct: Target; body: unknown; rounds: number; roundMs: number },
): Promise<void> {
  const { body, rounds, roundMs } = options;
  const gateway = { url: options.gateway.url, headers: { ...options.gateway.headers, ...IDENTITY } };
  const direct = { url: options.direct.url, headers: { ...options.direct.headers, ...IDENTITY } };
  const one = await alternating(
    () => loadFromOwnProcess(gateway, body, 1, roundMs),
    () => loadFromOwnProcess(direct, body, 1, roundMs),
    rounds,
  );
  const ratios = one.a.map((g, i) => g.p50 / Math.max(one.b[i].p50, 0.01));
  const gatewayP50 = round(median(one.a.map((r) => r.p50)));
  const directP50 = round(median(one.b.map((r) => r.p50)));
  report.value(
    'rankingDirectP50Ms',
    `same document to the scoring subgraph (no gateway), 1 connection, own process, median of ${rounds} rounds (gateway ${gatewayP50} ms in the same rounds)`,
    directP50,
    'ms',
  );
  report.value(
    'gatewayDirectRatio',
    `gateway ÷ direct (p50, 1 connection, same ${round(one.a[0].bytes / 1024)} KB both ways; median of per-round ratios ${ratios.map((r) => r.toFixed(2)).join(' ')})`,
    Math.round(median(ratios) * 100) / 100,
    '×',
  );
  // CPU time of the served process per request: what the gateway costs, whatever else the machine runs.
  const gatewayCpu = median(one.a.map((r) => r.cpuUsPerRequest));
  const directCpu = median(one.b.map((r) => r.cpuUsPerRequest));
  report.value(
    'gatewayDirectCpuRatio',
    `served process CPU per request, gateway ÷ direct (${gatewayCpu} µs vs ${directCpu} µs; medians)`,
    Math.round((gatewayCpu / Math.max(directCpu, 1)) * 100) / 100,
    '×',
  );
  const ten = await alternating(
    () => loadFromOwnProcess(gateway, body, 10, roundMs),
    () => loadFromOwnProcess(direct, body, 10, roundMs),
    Math.max(2, Math.ceil(rounds / 2)),
  );
  const gatewayRps = round(median(ten.a.map((r) => r.rps)));
  const directRps = round(median(ten.b.map((r) => r.rps)));
  report.value(
    'gatewayDirectRpsRatio',
    `direct ÷ gateway req/s at 10 connections (gateway ${gatewayRps}, direct ${directRps} req/s; medians)`,
    Math.round((directRps / Math.max(gatewayRps, 0.01)) * 100) / 100,
    '×',
  );
  // What a real client gets: the gateway's compressed answer (the subgraph has none).
  const compressed = await loadFromOwnProcess({ url: options.gateway.url, headers: options.gateway.headers }, body, 1, roundMs);
  report.value(
    'rankingGatewayCompressedP50Ms',
    `through the gateway with the client's default Accept-Encoding (${round(compressed.bytes / 1024)} KB decoded; inflate is the client's)`,
    compressed.p50,
    'ms',
  );
}
