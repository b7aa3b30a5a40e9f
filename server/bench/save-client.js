/**
 * The whole-sheet save of `pnpm bench`, sent from its own process like the ten-connection loads
 * (load-client.js): one officer saving his sheet again and again at one connection, alternating
 * two versions of every leaf, each save with the version the previous answer gave. The client's
 * work (building the 77-leaf body, sending, inflating and parsing the answer) no longer runs in
 * the served event loop it measures (issue 9 named a client in the server's process as a flaw of
 * the old bench; a browser is its own process too).
 *
 * Input: one JSON argument { url, headers, query, sheetId, version, entries: [a, b], iterations,
 * warmup }; output: one JSON line { samples (ms, in order), version (the last), cpuMs }. Any HTTP
 * error or GraphQL error stops it with a message.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by node with no transpiler */
const { httpClient } = require('./load-client.js');

async function main() {
  const spec = JSON.parse(process.argv[2]);
  let version = spec.version;
  let turn = 0;
  const headers = { 'content-type': 'application/json', ...spec.headers };
  const send = httpClient({ url: spec.url, headers, concurrency: 1 });
  const once = async () => {
    const entries = spec.entries[turn++ % spec.entries.length];
    const body = JSON.stringify({
      query: spec.query,
      variables: { sheetId: spec.sheetId, version, entries, criterionIds: entries.map((e) => e.criterionId) },
    });
    const started = performance.now();
    const res = await send(body);
    const ms = performance.now() - started;
    const answer = JSON.parse(res.body.toString('utf8'));
    if (res.status !== 200 || answer.errors) throw new Error(`save failed: ${res.status} ${res.body.toString('utf8').slice(0, 300)}`);
    version = answer.data.saveSelfAssessment.version;
    return ms;
  };
  for (let i = 0; i < (spec.warmup ?? 3); i++) await once();
  const cpu = process.cpuUsage();
  const samples = [];
  for (let i = 0; i < spec.iterations; i++) samples.push(await once());
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ samples, version, cpuMs: Math.round((used.user + used.system) / 100) / 10 })}\n`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
