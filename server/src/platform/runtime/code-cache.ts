/**
 * V8 code cache for `pnpm start` (issue 9, cold start): Node 20 has no `module.enableCompileCache`,
 * and compiling the server's and its dependencies' CommonJS sources (~2,000 files, 20 MB) and
 * finding each file (node_modules folders, package.json, symlinks: a dozen file-system calls per
 * `require`) took most of the start. Here each module is compiled as a `vm.Script` with the
 * bytecode V8 produced for it in an earlier start (as the v8-compile-cache package does), each
 * `require` goes where it went then, and once the server is ready the bytecode of every module the
 * start compiled is written, if anything was missing or stale.
 *
 * Safe by construction:
 * - bytecode is used only for the very same source text (SHA-1 of the text; V8 also refuses
 *   bytecode of another V8 version or other flags, which counts as a miss);
 * - a stored `require` answer is used only under the same install and while its file exists;
 * - a source with `import()` or a #! line is left to Node's own compile;
 * - any failure reading or writing the cache is a miss, never an error;
 * - written only where the code's owner starts the server (DEPLOYMENT=local, as `pnpm start`;
 *   boot.ts); a production image reads the cache its build baked (`write: false`) and only where
 *   the process can write neither it nor a folder above it — in a production image the data
 *   directory is the only writable place, and bytecode read from there would let a compromised
 *   process plant code that runs at the next start.
 *   PAR_CODE_CACHE=off turns it off.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface Entry {
  hash: string;
  data: Buffer;
}

/** The file: the bytecode of each module one after another, then the index (JSON), then the index's length (4 bytes). */
interface IndexRow {
  file: string;
  hash: string;
  length: number;
}

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
  require(id: string): unknown;
  exports: unknown;
  paths?: string[];
}

interface ModuleStatics {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: unknown;
  _cache: unknown;
  prototype: ModuleInternals;
}

export interface CodeCacheStats {
  /** Modules compiled from stored bytecode. */
  hits: number;
  /** Modules compiled from source (no entry, another text, or bytecode V8 refused). */
  misses: number;
  /** Modules left to Node's own compile (`import()` in the source, a #! line, not .js). */
  skipped: number;
  /** `require`s whose file was looked for (no answer stored, or its file is gone). */
  resolvedMisses: number;
}

export interface CodeCache {
  readonly file: string;
  stats(): CodeCacheStats;
  /**
   * Once the server is ready: writes the bytecode of every module compiled so far if anything was
   * missing or stale (returns whether it wrote), puts Node's own compile back (a module first
   * required later, e.g. the spreadsheet writer on the first export, compiles as usual) and lets
   * go of the stored bytecode.
   */
  finish(): boolean;
}

const FORMAT = `par-code-cache-1 ${process.version} ${process.arch}`;

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

interface Store {
  entries: Map<string, Entry>;
  /** `require` answers: "<requiring module's folder>\0<request>" → file. */
  resolved: Map<string, string>;
}

function readStore(file: string, installed: string): Store {
  const entries = new Map<string, Entry>();
  const resolved = new Map<string, string>();
  try {
    const bytes = readFileSync(file);
    const indexLength = bytes.readUInt32LE(bytes.length - 4);
    const index = JSON.parse(bytes.toString('utf8', bytes.length - 4 - indexLength, bytes.length - 4)) as {
      format: string;
      installed: string;
      rows: IndexRow[];
      resolved: [string, string][];
    };
    if (index.format !== FORMAT) return { entries, resolved };
    // Answers of `require` hold only while the same packages are installed.
    if (index.installed === installed) for (const [key, found] of index.resolved) resolved.set(key, found);
    let offset = 0;
    for (const row of index.rows) {
      entries.set(row.file, { hash: row.hash, data: bytes.subarray(offset, offset + row.length) });
      offset += row.length;
    }
  } catch {
    // No cache yet, or an unreadable one: every module is a miss.
    entries.clear();
    resolved.clear();
  }
  return { entries, resolved };
}

/**
 * Installs the cache on Node's CommonJS loader (from here on every `require` of a .js file goes
 * through it). `installed` names the installed packages (it changes with every install): where a
 * `require` led is reused only under the same name, and only to a file that still exists.
 * `write: false`: the file is only read (a cache baked into a production image); `finish` never writes.
 */
export function installCodeCache(file: string, installed: string, options: { write?: boolean } = {}): CodeCache {
  const ModuleClass = Module as unknown as ModuleStatics;
  const proto = ModuleClass.prototype;
  const original = proto._compile;
  const originalResolve = ModuleClass._resolveFilename;
  const store = readStore(file, installed);
  const stored = store.entries;
  const compiled = new Map<string, { hash: string; script: vm.Script; data?: Buffer }>();
  const resolved = new Map<string, string>();
  const stats: CodeCacheStats = { hits: 0, misses: 0, skipped: 0, resolvedMisses: 0 };

  // Finding a module's file (node_modules folders, package.json "exports", extensions, symlinks)
  // costs a dozen file-system calls; the answer of an earlier start costs one.
  ModuleClass._resolveFilename = function resolveWithCache(request: string, parent: unknown, isMain: boolean, options?: unknown): string {
    const from = (parent as { filename?: unknown } | null)?.filename;
    if (isMain || options !== undefined || typeof from !== 'string') return originalResolve.call(this, request, parent, isMain, options);
    const key = `${path.dirname(from)}\0${request}`;
    const earlier = store.resolved.get(key);
    if (earlier !== undefined && existsSync(earlier)) {
      resolved.set(key, earlier);
      return earlier;
    }
    const found = originalResolve.call(this, request, parent, isMain, options);
    // Built-in modules answer a name, not a file.
    if (path.isAbsolute(found)) {
      resolved.set(key, found);
      stats.resolvedMisses++;
    }
    return found;
  };
  const dynamicImport = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)
    ?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

  proto._compile = function compileWithCache(this: ModuleInternals, content: string, filename: string): unknown {
    if (!filename.endsWith('.js') || content.startsWith('#!') || /\bimport\s*\(/.test(content)) {
      stats.skipped++;
      return original.call(this, content, filename);
    }
    const hash = sha1(content);
    const entry = stored.get(filename);
    const cachedData = entry && entry.hash === hash ? entry.data : undefined;
    const script = new vm.Script(ModuleClass.wrap(content), {
      filename,
      cachedData,
      ...(dynamicImport ? { importModuleDynamically: dynamicImport as never } : {}),
    });
    const hit = cachedData !== undefined && !script.cachedDataRejected;
    if (hit) stats.hits++;
    else stats.misses++;
    compiled.set(filename, { hash, script, data: hit ? cachedData : undefined });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (
      exports: unknown,
      require: unknown,
      module: unknown,
      filename: string,
      dirname: string,
    ) => unknown;
    // The `require` Node gives a module (lib/internal/modules/helpers.js makeRequireFunction).
    const require = (id: string) => this.require(id);
    const resolve = (request: string, options?: unknown) => ModuleClass._resolveFilename(request, this, false, options);
    resolve.paths = (request: string) => ModuleClass._resolveLookupPaths(request, this);
    Object.assign(require, { resolve, main: process.mainModule, extensions: ModuleClass._extensions, cache: ModuleClass._cache });
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  return {
    file,
    stats: () => ({ ...stats }),
    finish() {
      proto._compile = original;
      ModuleClass._resolveFilename = originalResolve;
      let wrote = false;
      if (options.write !== false && (stats.misses > 0 || stats.resolvedMisses > 0)) {
        const temp = `${file}.${process.pid}.tmp`;
        try {
          mkdirSync(path.dirname(file), { recursive: true });
          // Written aside and renamed: a start reading it meanwhile sees the old file or the new, whole.
          // One module's bytecode at a time: no buffer of the whole cache is built.
          const fd = openSync(temp, 'w');
          try {
            const rows: IndexRow[] = [];
            for (const [name, { hash, script, data }] of compiled) {
              const bytes = data ?? script.createCachedData();
              writeSync(fd, bytes);
              rows.push({ file: name, hash, length: bytes.length });
            }
            const index = Buffer.from(JSON.stringify({ format: FORMAT, installed, rows, resolved: [...resolved] }));
            const length = Buffer.alloc(4);
            length.writeUInt32LE(index.length);
            writeSync(fd, index);
            writeSync(fd, length);
          } finally {
            closeSync(fd);
          }
          renameSync(temp, file);
          wrote = true;
        } catch {
          rmSync(temp, { force: true });
        }
      }
      compiled.clear();
      resolved.clear();
      stored.clear();
      store.resolved.clear();
      return wrote;
    },
  };
}
