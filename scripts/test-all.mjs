#!/usr/bin/env node
// The one test command (README, .ci/run): static checks, the GraphQL contract, unit and storage
// suites on SQLite and on MySQL, the admin's component tests and build, and the browser suite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'test-artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const ci = process.env.CI === 'true';
const totals = { passed: 0, failed: 0, skipped: 0 };
const skip = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));

/** What failed steps printed about their failure, repeated at the end so a log's tail says why. */
const failureDetails = [];

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title} ===\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, ...options.env } });
  console.log(
    `--- ${title}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

/** Like run, but streams and keeps the output, so the failure can be quoted again at the end. */
function runKeepingOutput(title, command, args, options = {}) {
  console.log(`\n=== ${title} ===\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['inherit', 'pipe', 'pipe'],
      cwd: root,
      ...options,
      env: { ...process.env, ...options.env },
    });
    let output = '';
    const keep = (stream, sink) =>
      stream.on('data', (chunk) => {
        sink.write(chunk);
        output += chunk.toString();
        if (output.length > 4_000_000) output = output.slice(-2_000_000);
      });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.on('close', (status) => {
      console.log(`--- ${title}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve({ ok: status === 0, output });
    });
  });
}

// eslint-disable-next-line no-control-regex
const stripColours = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** The lines of a vitest run that say why it failed: failed files and tests, errors, unhandled errors. */
function whyItFailed(output, report) {
  const lines = stripColours(output).split('\n');
  const picked = [];
  lines.forEach((line, i) => {
    if (/(FAIL|Unhandled|Error:|originated in|✗|×|Timeout|timed out)/.test(line)) {
      for (const l of lines.slice(Math.max(0, i - 1), i + 3)) if (picked.at(-1) !== l) picked.push(l);
    }
  });
  const suites = (report?.testResults ?? [])
    .filter((r) => r.status === 'failed')
    .map((r) => `failed file: ${path.relative(root, r.name)} ${r.message ? `— ${r.message.slice(0, 500)}` : ''}`);
  return [...suites, ...picked.slice(0, 200)].join('\n');
}

async function vitest(title, cwd, args, env = {}) {
  const file = path.join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const { ok, output } = await runKeepingOutput(
    title,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...args],
    { cwd: path.join(root, cwd), env },
  );
  let report = null;
  if (existsSync(file)) {
    report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numTotalTests === 0) {
      console.error(`${title}: no test ran`);
      return false;
    }
  }
  if (!ok) failureDetails.push(`## ${title}\n${whyItFailed(output, report) || '(vitest exited non-zero without naming a failure)'}`);
  return ok;
}

function portAnswers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
  });
}

/** MariaDB is part of the machine; start it when it is not answering (never skip in CI). */
async function ensureMysql() {
  if (await portAnswers(3306)) return true;
  if (existsSync('/usr/sbin/mariadbd')) {
    console.log('MariaDB is not answering on 127.0.0.1:3306: starting it');
    spawnSync('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', '/usr/sbin/mariadbd'], { stdio: 'inherit' });
    for (let i = 0; i < 60; i++) {
      if (await portAnswers(3306)) return true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return false;
}

const steps = [];
const step = (name, fn) => steps.push([name, fn]);

step('lint', () => run('lint (eslint + prettier)', 'npx', ['pnpm@10', 'lint']));
step('typecheck', () => run('typecheck', 'npx', ['pnpm@10', '-r', 'typecheck']));
step('schema', () => run('GraphQL contract (schema:check)', 'npx', ['pnpm@10', 'schema:check']));
step(
  'codegen',
  () =>
    run('admin typed documents match the contract', 'npx', ['pnpm@10', '--filter', './admin', 'codegen']) &&
    run('no drift in admin/src/graphql/generated', 'git', ['diff', '--exit-code', '--stat', '--', 'admin/src/graphql/generated']),
);
step('server-sqlite', () => vitest('server on SQLite', 'server', [], { DB_KIND: 'sqlite' }));
step('server-mysql', async () => {
  if (!(await ensureMysql())) {
    console.error('MySQL/MariaDB is not reachable on 127.0.0.1:3306: the MySQL suites cannot run.');
    return false;
  }
  // The pure domain suites do not touch storage; everything else runs again on MySQL.
  return vitest('server on MySQL', 'server', ['--exclude', 'src/domain/**'], { DB_KIND: 'mysql' });
});
step('admin', () => vitest('admin components', 'admin', []));
// `pnpm bench` at a tiny size on both databases: it must still run and report every section of
// issue 9's table (budgets are for the full run on a quiet machine, not checked here).
step('bench', async () => {
  if (!(await ensureMysql())) return false;
  return run('bench smoke (tiny size, every section)', 'npx', ['pnpm@10', '--filter', './server', 'bench:tiny']);
});
step('build', () => run('build (server + admin)', 'npx', ['pnpm@10', 'build']));
step('api', () => vitest('API through the gateway', 'test', ['api']));
step('e2e', () => {
  // Debian's Chromium, installed here rather than inside a test hook so a slow mirror cannot time a hook out.
  if (!existsSync('/usr/bin/chromium')) {
    const apt = (args) => run(`apt-get ${args[0]}`, 'apt-get', args, { env: { DEBIAN_FRONTEND: 'noninteractive' } });
    if (!apt(['update']) || !apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core'])) return false;
  }
  return vitest('browser (Chromium)', 'test', ['e2e']);
});

let failed = [];
for (const [name, fn] of steps) {
  if (skip.has(name)) {
    if (ci) {
      console.error(`SKIP=${name} is not allowed in CI`);
      failed.push(name);
    } else console.log(`\n=== ${name}: skipped (SKIP) ===`);
    continue;
  }
  if (!(await fn())) failed.push(name);
}

if (failureDetails.length) console.log(`\n=== why the failed steps failed ===\n${failureDetails.join('\n\n')}`);
console.log(`\nFailed steps: ${failed.length ? failed.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
