/** Small timing helpers: latency percentiles and closed-loop throughput at a given concurrency. */
export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { count: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]) };
}

export const round = (value: number) => Math.round(value * 10) / 10;

export async function timeIt<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

export async function latency(fn: () => Promise<unknown>, iterations: number, warmup = 5): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) samples.push((await timeIt(fn)).ms);
  return percentiles(samples);
}

/** Requests per second with `concurrency` clients looping for `durationMs` (bounded in time and count). */
export async function throughput(
  fn: () => Promise<unknown>,
  concurrency: number,
  durationMs: number,
  maxRequests = 20_000,
): Promise<number> {
  const deadline = performance.now() + durationMs;
  let done = 0;
  const worker = async () => {
    while (performance.now() < deadline && done < maxRequests) {
      await fn();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return round(done / ((performance.now() - started) / 1000));
}
