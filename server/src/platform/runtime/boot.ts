/**
 * The first module `main.js` requires: installs the V8 code cache (code-cache.ts) before anything
 * else is compiled, when this process is the built server (`node server/dist/main.js`) — not under
 * the test runner, not from the sources (swc), not with PAR_CODE_CACHE=off:
 * - started by the code's owner (DEPLOYMENT=local, as `pnpm start` runs it): the cache lives in
 *   PAR_CODE_CACHE_DIR, by default `code-cache/` in the data directory (DATA_DIR, default `.data/`
 *   at the repository root), beside the database it starts, and is written when anything was missing;
 * - a production deployment: only the cache its image baked at build time (the Dockerfile's
 *   PAR_CODE_CACHE_DIR), read and never written, and only while this process can write neither the
 *   file nor any folder above it (see code-cache.ts: bytecode from a writable place could be planted).
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { installCodeCache, type CodeCache } from './code-cache';

// server/dist/platform/runtime → the repository root (as config.ts's REPO_ROOT; not imported: it must load first).
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CACHE_FILE = 'server.bin';

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

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Neither the file nor any folder above it can be changed by this process (a root process can change anything). */
function outOfReach(file: string): boolean {
  for (let at = file; ; at = path.dirname(at)) {
    if (writable(at)) return false;
    if (at === path.dirname(at)) return true;
  }
}

/** The cache file and whether this process may write it, or null: no cache. */
export function codeCacheMode(): { file: string; write: boolean } | null {
  if (process.env.PAR_CODE_CACHE === 'off' || require.main?.filename !== path.join(__dirname, '..', '..', 'main.js')) return null;
  if (process.env.DEPLOYMENT === 'local') return { file: path.join(codeCacheDir(), CACHE_FILE), write: true };
  if (!process.env.PAR_CODE_CACHE_DIR) return null;
  const file = path.join(path.resolve(process.env.PAR_CODE_CACHE_DIR), CACHE_FILE);
  return existsSync(file) && outOfReach(file) ? { file, write: false } : null;
}

const mode = codeCacheMode();
export const codeCache: CodeCache | null = mode ? installCodeCache(mode.file, installedPackages(), { write: mode.write }) : null;
