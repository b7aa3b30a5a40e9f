import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Test kits never ship: the production build (tsconfig.build.json) compiles `src` minus specs, kits
 * and this folder, and tsc still compiles whatever those files import. So no production file may
 * import a spec, a kit (`*-test-kit.ts`, `*-fixture.ts`) or anything in src/testing — else the kit,
 * and with it the test system and the test databases, land in dist/.
 */
const SERVER = path.resolve(__dirname, '../..');
const SRC = path.join(SERVER, 'src');

const isTestFile = (rel: string) =>
  rel.startsWith('src/testing/') || /\.spec\.ts$|-test-kit\.ts$|-fixture\.ts$|\.test-helper\.ts$/.test(rel);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file, out);
    else if (file.endsWith('.ts')) out.push(file);
  }
  return out;
}

/** Relative imports of a file, resolved to .ts files (type-only imports too: they name the module all the same). */
function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"](\.[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const resolved = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f));
    if (resolved) found.push(resolved);
  }
  return found;
}

describe('test kits stay out of the production build', () => {
  it('tsconfig.build.json leaves out specs, kits and src/testing', () => {
    const config = JSON.parse(readFileSync(path.join(SERVER, 'tsconfig.build.json'), 'utf8')) as { exclude: string[] };
    expect(config.exclude).toEqual(
      expect.arrayContaining(['src/**/*.spec.ts', 'src/**/*-test-kit.ts', 'src/**/*-fixture.ts', 'src/testing']),
    );
  });

  it('no production file reaches a kit, a spec or src/testing through its imports', () => {
    const rel = (file: string) => path.relative(SERVER, file).split(path.sep).join('/');
    const production = walk(SRC).filter((file) => !isTestFile(rel(file)));
    expect(production.length).toBeGreaterThan(200);
    // Every production file is a root of the build: one step from each is the whole reach.
    const leaks = production.flatMap((file) =>
      importsOf(file)
        .filter((target) => isTestFile(rel(target)))
        .map((t) => `${rel(file)} → ${rel(t)}`),
    );
    expect(leaks).toEqual([]);
  });
});
