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
}

const execFileAsync = promisify(execFile);

/** `concurrency` connections looping for `durationMs` from a separate process (bench/load-client.js); fails on any error answer. */
export async function load(
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
