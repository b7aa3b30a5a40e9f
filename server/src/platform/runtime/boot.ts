/**
 * The first module `main.js` requires: installs the V8 code cache (code-cache.ts) before anything
 * else is compiled, when this process is the built server started by its owner — `node
 * server/dist/main.js` with DEPLOYMENT=local, as `pnpm start` runs it. Not under the test runner,
 * not from the sources (swc), not in a production deployment, not with PAR_CODE_CACHE=off.
 *
 * The cache lives in PAR_CODE_CACHE_DIR, by default `code-cache/` in the data directory (DATA_DIR,
 * default `.data/` at the repository root), beside the database it starts.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { installCodeCache, type CodeCache } from './code-cache';

// server/dist/platform/runtime → the repository root (as config.ts's REPO_ROOT; not imported: it must load first).
const REPO_ROOT = path.resolve(__dirname, '../../../..');

function codeCacheDir(): string {
  if (process.env.PAR_CODE_CACHE_DIR) return path.resolve(process.env.PAR_CODE_CACHE_DIR);
  return path.join(path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, '.data')), 'code-cache');
}

/** What pnpm rewrites on every install: the installed packages' name for code-cache.ts. */
function installedPackages(): string {
  return ['node_modules/.modules.yaml', 'node_modules/.pnpm/lock.yaml']
    .map((file) => {
      const stat = statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.mtimeMs}` : `${file}:none`;
    })
    .join(' ');
}

function wanted(): boolean {
  return (
    process.env.PAR_CODE_CACHE !== 'off' &&
    process.env.DEPLOYMENT === 'local' &&
    require.main?.filename === path.join(__dirname, '..', '..', 'main.js')
  );
}

export const codeCache: CodeCache | null = wanted() ? installCodeCache(path.join(codeCacheDir(), 'server.bin'), installedPackages()) : null;
