/**
 * Preloaded into a served process by bench/ab-served.ts (`node -r bench/profile-hook.js …`):
 * SIGUSR2 starts the V8 CPU profiler, the next SIGUSR2 stops it and writes
 * $PROFILE_HOOK_DIR/<pid>-<n>.cpuprofile (then touches <file>.done). Only the loaded window is
 * profiled (not start-up). SIGWINCH writes heap-<pid>-<n>.json: process.memoryUsage() after a full
 * collection (when started with --expose-gc). Plain CommonJS, no transpiler.
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS, run by node with no transpiler */
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.PROFILE_HOOK_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params || {}, (err, res) => (err ? reject(err) : resolve(res))));
  let running = false;
  let n = 0;
  process.on('SIGUSR2', async () => {
    if (!running) {
      running = true;
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
      return;
    }
    running = false;
    const { profile } = await post('Profiler.stop');
    const file = path.join(dir, `${process.pid}-${++n}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    fs.writeFileSync(`${file}.done`, '');
  });
  // SIGWINCH: the heap after a full collection (with --expose-gc), to tell retained memory from garbage not yet collected.
  let heaps = 0;
  process.on('SIGWINCH', () => {
    if (typeof global.gc === 'function') global.gc();
    const file = path.join(dir, `heap-${process.pid}-${++heaps}.json`);
    fs.writeFileSync(file, JSON.stringify(process.memoryUsage()));
  });
}
