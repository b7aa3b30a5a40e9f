import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  /** The client process's own CPU time over the measured window. */
  cpuMs: number;
}

const execFileAsync = promisify(execFile);

/** `concurrency` connections looping for `durationMs` from a separate process (bench/load-client.js); fails on any error answer. */
export async function load(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  concurrency: number,
  durationMs: number,
  options: { client?: 'http' | 'fetch' } = {},
): Promise<LoadResult> {
  const spec = {
    url,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    concurrency,
    durationMs,
    client: options.client ?? process.env.LOAD_CLIENT ?? 'http',
  };
  // LOAD_CLIENT_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/x"): to see where the client's own time goes.
  const nodeArgs = process.env.LOAD_CLIENT_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const { stdout } = await execFileAsync(process.execPath, [...nodeArgs, path.join(__dirname, 'load-client.js'), JSON.stringify(spec)], {
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  if (result.errors > 0) throw new Error(`load on ${url}: ${result.errors} of ${result.requests} requests failed`);
  return result;
}

/** What save-client.js answers: each save's time in order, the sheet's last version, the client's CPU. */
export interface SaveRun {
  samples: number[];
  version: number;
  cpuMs: number;
}

/**
 * `iterations` whole-sheet saves (saveSelfAssessment) one after another from a separate process
 * (bench/save-client.js), alternating the given versions of the entries; fails on any error answer.
 */
export async function savesFromOwnProcess(spec: {
  url: string;
  headers: Record<string, string>;
  query: string;
  sheetId: string;
  version: number;
  entries: unknown[][];
  iterations: number;
  warmup: number;
}): Promise<SaveRun> {
  const { stdout } = await execFileAsync(process.execPath, [path.join(__dirname, 'save-client.js'), JSON.stringify(spec)], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as SaveRun;
}
