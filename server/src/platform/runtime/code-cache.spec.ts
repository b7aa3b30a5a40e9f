import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodeCacheStats } from './code-cache';

/**
 * The V8 code cache (issue 9, cold start) runs in a process of its own here — it replaces Node's
 * CommonJS compile and module lookup, which must not touch the test runner's — started twice or
 * more on a small tree of modules, as `pnpm start` is restarted: the second start must compile from
 * the stored bytecode and look nothing up, and every start must run exactly the current sources.
 */
// Plain node, as the built server: code-cache.ts transpiled as tsc would (no on-the-fly compiler in the process).
const CODE_CACHE_JS = ts.transpileModule(readFileSync(path.join(__dirname, 'code-cache.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText;

const DRIVER = `
const { installCodeCache } = require('./code-cache.js');
const [file, installed, entry, access] = process.argv.slice(2);
const cache = installCodeCache(file, installed, { write: access !== 'read-only' });
const loaded = require(entry);
loaded.dynamic().then((joined) => {
  const stats = cache.stats();
  const wrote = cache.finish();
  console.log(JSON.stringify({ out: { ...loaded, dynamic: joined }, stats, wrote }));
});
`;

interface Run {
  out: { b: string; dep: string; bang: string; dynamic: string; resolves: boolean; stack: string; dirname: string };
  stats: CodeCacheStats;
  wrote: boolean;
}

let dir: string;
const cacheFile = () => path.join(dir, 'cache', 'server.bin');
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const start = (installed = 'install-1', access: 'read-write' | 'read-only' = 'read-write'): Run =>
  JSON.parse(
    execFileSync(process.execPath, [path.join(dir, 'driver.js'), cacheFile(), installed, path.join(dir, 'app/entry.js'), access], {
      encoding: 'utf8',
    }),
  ) as Run;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'par-code-cache-'));
  write('driver.js', DRIVER);
  write('code-cache.js', CODE_CACHE_JS);
  write(
    'app/entry.js',
    [
      "const b = require('./b');",
      'module.exports = {',
      '  b,',
      "  dep: require('dep'),",
      "  bang: require('./bang'),",
      "  dynamic: require('./dynamic'),",
      "  resolves: require.resolve('./b') === __dirname + '/b.js' && require.cache[__filename] === module,",
      "  stack: require('./fails')(),",
      '  dirname: __dirname,',
      '};',
    ].join('\n'),
  );
  write('app/b.js', "module.exports = 'one';");
  write('app/node_modules/dep/package.json', JSON.stringify({ name: 'dep', main: 'lib/index.js' }));
  write('app/node_modules/dep/lib/index.js', "module.exports = 'dep-1';");
  write('app/node_modules/dep/lib/other.js', "module.exports = 'dep-2';");
  write('app/bang.js', "#!/usr/bin/env node\nmodule.exports = 'bang';");
  write('app/dynamic.js', "module.exports = () => import('node:path').then((p) => p.join('a', 'b'));");
  write('app/fails.js', "module.exports = function fails() {\n  return new Error('x').stack;\n};");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('V8 code cache of the CommonJS loader', () => {
  it('a second start compiles every module from the first start’s bytecode and looks no module up', () => {
    const first = start();
    expect(first.out).toMatchObject({ b: 'one', dep: 'dep-1', bang: 'bang', dynamic: path.join('a', 'b'), resolves: true });
    expect(first.out.dirname).toBe(path.join(dir, 'app'));
    // entry, b, dep and fails are compiled here; a #! line and import() are left to Node.
    expect(first.stats).toMatchObject({ hits: 0, misses: 4, skipped: 2 });
    expect(first.stats.resolvedMisses).toBeGreaterThanOrEqual(6);
    expect(first.wrote).toBe(true);

    const second = start();
    expect(second.out).toEqual(first.out);
    expect(second.stats).toEqual({ hits: 4, misses: 0, skipped: 2, resolvedMisses: 0 });
    expect(second.wrote).toBe(false);
  });

  it('errors point at the module’s own file and line', () => {
    start();
    const { out } = start();
    expect(out.stack).toContain(`at fails (${path.join(dir, 'app/fails.js')}:2:`);
  });

  it('a changed source runs as changed, even when its length is the same (the stored bytecode is not used)', () => {
    start();
    write('app/b.js', "module.exports = 'two';");
    const changed = start();
    expect(changed.out.b).toBe('two');
    expect(changed.stats).toMatchObject({ hits: 3, misses: 1 });
    expect(changed.wrote).toBe(true);
    expect(start().stats).toMatchObject({ hits: 4, misses: 0 });
  });

  it('another install looks every module up again', () => {
    start();
    write('app/node_modules/dep/package.json', JSON.stringify({ name: 'dep', main: 'lib/other.js' }));
    // Same install name: the stored answer still leads to a file that exists (an install changes the name).
    expect(start('install-1').out.dep).toBe('dep-1');
    const reinstalled = start('install-2');
    expect(reinstalled.out.dep).toBe('dep-2');
    expect(reinstalled.stats.resolvedMisses).toBeGreaterThanOrEqual(6);
  });

  it('a stored answer whose file is gone is looked up again', () => {
    start();
    write('app/node_modules/dep/package.json', JSON.stringify({ name: 'dep', main: 'lib/other.js' }));
    rmSync(path.join(dir, 'app/node_modules/dep/lib/index.js'));
    const run = start();
    expect(run.out.dep).toBe('dep-2');
    expect(run.stats.resolvedMisses).toBe(1);
  });

  it('a read-only cache (a production image’s, baked at build) is used and never written, whatever was missing', () => {
    start();
    const baked = readFileSync(cacheFile());
    write('app/b.js', "module.exports = 'two';");
    const run = start('install-2', 'read-only');
    expect(run.out.b).toBe('two');
    expect(run.stats).toMatchObject({ hits: 3, misses: 1 });
    expect(run.stats.resolvedMisses).toBeGreaterThanOrEqual(6);
    expect(run.wrote).toBe(false);
    expect(readFileSync(cacheFile())).toEqual(baked);
    expect(start('install-2', 'read-only').stats).toMatchObject({ hits: 3, misses: 1 });
  });

  it('an unreadable cache file is no cache', () => {
    start();
    writeFileSync(cacheFile(), 'not a cache');
    const run = start();
    expect(run.out).toMatchObject({ b: 'one', dep: 'dep-1' });
    expect(run.stats).toMatchObject({ hits: 0, misses: 4 });
    expect(run.wrote).toBe(true);
  });
});
