/**
 * Closed-loop load client for `pnpm bench`, run in its own process so the served process is the
 * only one doing server work in its event loop (issue 9: a client in the server's process
 * competes with it and flatters nothing). Input: one JSON argument
 * { url, headers, body, concurrency, durationMs, warmup, client }; output: one JSON line
 * { requests, errors, rps, p50, p99, bytes, cpuMs } (bytes: the last answer decoded; cpuMs: the
 * client's own CPU time over the measured window, so a run shows how much of a shared machine
 * the client took).
 *
 * The client does what any HTTP client must — keep-alive connections, send the request, read the
 * whole answer, undo its Content-Encoding — and checks it (HTTP 200, no GraphQL errors) on the
 * decoded bytes. It does not turn the answer into a JS string: on this 2-core machine the former
 * client (fetch, `res.text()`; still available as client: "fetch") spent 7–10 ms of CPU per
 * 340–570 KB answer — 2–4× the served process's own CPU — mostly decoding UTF-8 and inflating in
 * 16 KB web-stream chunks, and a single event loop at 8 ms a request cannot send more than 125 a
 * second whatever the server does. Accept-Encoding defaults to what fetch sent ("gzip, deflate").
 * Plain CommonJS so it starts without a transpiler.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by node with no transpiler */
const http = require('node:http');
const zlib = require('node:zlib');
const { promisify } = require('node:util');

const DECODERS = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};
const ERRORS = Buffer.from('"errors":[');
const ERRORS_FIRST = Buffer.from('{"errors"');

/**
 * One request over node:http with a keep-alive agent: { status, body (decoded Buffer) }. The body
 * is spec.body unless the call gives another (save-client.js sends a new one each time).
 */
function httpClient(spec) {
  const url = new URL(spec.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const fixed = spec.body === undefined ? null : Buffer.from(spec.body);
  return (text) =>
    new Promise((resolve, reject) => {
      const body = text === undefined ? fixed : Buffer.from(text);
      const headers = { 'accept-encoding': 'gzip, deflate', ...spec.headers, 'content-length': String(body.length) };
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers, agent },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            const coding = String(res.headers['content-encoding'] ?? '').toLowerCase();
            if (!coding || coding === 'identity') return resolve({ status: res.statusCode, body: raw });
            const decode = DECODERS[coding];
            if (!decode) return reject(new Error(`unknown Content-Encoding ${coding}`));
            decode(raw).then((decoded) => resolve({ status: res.statusCode, body: decoded }), reject);
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/** The former client: fetch and the answer as text. */
function fetchClient(spec) {
  return async () => {
    const res = await fetch(spec.url, { method: 'POST', headers: spec.headers, body: spec.body });
    return { status: res.status, body: Buffer.from(await res.text()) };
  };
}

async function main() {
  const spec = JSON.parse(process.argv[2]);
  const send = spec.client === 'fetch' ? fetchClient(spec) : httpClient(spec);
  const once = async () => {
    const started = performance.now();
    const res = await send();
    const ms = performance.now() - started;
    const failed = res.status !== 200 || res.body.subarray(0, ERRORS_FIRST.length).equals(ERRORS_FIRST) || res.body.includes(ERRORS);
    return { ms, failed, bytes: res.body.length };
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
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const round = (v) => Math.round(v * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ requests: samples.length, errors, rps: round(samples.length / seconds), p50: round(at(0.5)), p99: round(at(0.99)), bytes, cpuMs: round((used.user + used.system) / 1000) })}\n`,
  );
  process.exit(0);
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });

module.exports = { httpClient };
