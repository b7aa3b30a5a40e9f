/**
 * Closed-loop load client for `pnpm bench`, run in its own process so the served process is the
 * only one doing server work in its event loop (issue 9: a client in the server's process
 * competes with it and flatters nothing). Input: one JSON argument
 * { url, headers, body, concurrency, durationMs, warmup }; output: one JSON line
 * { requests, errors, rps, p50, p99, bytes }.
 * Plain CommonJS so it starts without a transpiler.
 */
'use strict';

async function main() {
  const spec = JSON.parse(process.argv[2]);
  const once = async () => {
    const started = performance.now();
    const res = await fetch(spec.url, { method: 'POST', headers: spec.headers, body: spec.body });
    const text = await res.text();
    const ms = performance.now() - started;
    const failed = res.status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[');
    return { ms, failed, bytes: Buffer.byteLength(text) };
  };
  for (let i = 0; i < (spec.warmup ?? 3); i++) await once();
  const samples = [];
  let errors = 0;
  let bytes = 0;
  const deadline = performance.now() + spec.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const r = await once();
      samples.push(r.ms);
      bytes = r.bytes;
      if (r.failed) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const round = (v) => Math.round(v * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ requests: samples.length, errors, rps: round(samples.length / seconds), p50: round(at(0.5)), p99: round(at(0.99)), bytes })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
