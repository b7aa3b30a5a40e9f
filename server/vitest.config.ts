import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

interface Plugin {
  name: string;
  enforce: 'pre';
  resolveId: (source: string, importer: string | undefined) => string | null;
}

/**
 * The server runs as CommonJS (tsc), where every library shares graphql's CommonJS build.
 * Under vitest, dual-build libraries would load graphql's ESM build too, and two graphql
 * instances break `instanceof` checks. Resolving bare imports the CommonJS way keeps one.
 */
function preferCommonJs(): Plugin {
  return {
    name: 'prefer-commonjs',
    enforce: 'pre',
    resolveId(source: string, importer: string | undefined) {
      if (!importer || /^(\.|\/|node:|\0|vitest|@vitest\/)/.test(source) || importer.includes('/node_modules/')) return null;
      try {
        return createRequire(importer).resolve(source);
      } catch {
        return null;
      }
    },
  };
}

// Storage suites run once per database: DB_KIND=sqlite (default) or DB_KIND=mysql.
export default defineConfig({
  plugins: [preferCommonJs()],
  test: {
    include: ['src/**/*.spec.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
