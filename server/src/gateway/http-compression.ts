import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { pathKind } from './admin-paths';

export type Encoding = 'br' | 'gzip';

/** Text worth compressing; images, archives and uploaded evidence (PDF, DOCX) are left alone. */
const COMPRESSIBLE = /^(text\/|application\/(json|graphql-response\+json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
/** Below this a compressed answer is not smaller once the headers are counted. */
const MIN_BYTES = 1024;

/**
 * Picks brotli when the client accepts it, else gzip, honouring q=0 refusals; null for neither.
 * (Browsers send "gzip, deflate, br, zstd" over http and https alike.)
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding | null {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const accepted = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

function addVary(res: Response): void {
  const vary = String(res.getHeader('Vary') ?? '');
  if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

function shouldCompress(res: Response): boolean {
  if (res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.getHeader('Content-Encoding')) return false;
  if (!COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''))) return false;
  const length = Number(res.getHeader('Content-Length'));
  return !(Number.isFinite(length) && length < MIN_BYTES);
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), encoding);
}

/**
 * Compresses dynamic text answers (GraphQL JSON) on the fly with brotli at a quality that costs
 * little CPU per answer, or gzip for older clients. It decides when the first byte or the
 * headers go out, from the Content-Type and Content-Length the handler set.
 */
export function compressResponses(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (!encoding || req.method === 'HEAD') return next();
    const write = res.write.bind(res) as (chunk: unknown, encoding?: BufferEncoding, cb?: () => void) => boolean;
    const end = res.end.bind(res) as (chunk?: unknown, encoding?: BufferEncoding, cb?: () => void) => Response;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    let stream: zlib.BrotliCompress | zlib.Gzip | null = null;
    let decided = false;

    const decide = () => {
      if (decided || res.headersSent) return;
      decided = true;
      addVary(res);
      if (!shouldCompress(res)) return;
      const length = Number(res.getHeader('Content-Length'));
      stream = encoding === 'br' ? zlib.createBrotliCompress(brotliOptions(length)) : zlib.createGzip(GZIP_OPTIONS);
      res.setHeader('Content-Encoding', encoding);
      res.removeHeader('Content-Length');
      stream.on('data', (chunk: Buffer) => {
        if (!write(chunk)) stream!.pause();
      });
      res.on('drain', () => stream!.resume());
      stream.on('end', () => end());
    };

    res.writeHead = ((...args: unknown[]) => {
      // writeHead(status, [message], [headers]): apply the headers first so the decision sees them.
      const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null) as Record<string, string> | undefined;
      if (typeof args[0] === 'number') res.statusCode = args[0];
      if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      decide();
      return typeof args[1] === 'string' ? writeHead(args[0], args[1]) : writeHead(args[0]);
    }) as Response['writeHead'];
    res.write = ((chunk: unknown, enc?: BufferEncoding | (() => void), cb?: () => void) => {
      decide();
      const encodingArg = typeof enc === 'string' ? enc : undefined;
      if (!stream) return write(chunk, encodingArg, typeof enc === 'function' ? enc : cb);
      return stream.write(toBuffer(chunk, encodingArg));
    }) as Response['write'];
    res.end = ((chunk?: unknown, enc?: BufferEncoding | (() => void), cb?: () => void) => {
      const callback = typeof enc === 'function' ? enc : typeof chunk === 'function' ? (chunk as () => void) : cb;
      const body = typeof chunk === 'function' ? undefined : chunk;
      const encodingArg = typeof enc === 'string' ? enc : undefined;
      if (!decided && !res.headersSent && body !== undefined && body !== null) {
        // The whole answer in one call (a GraphQL answer always is): compressed in one piece, off the
        // main thread, with its length known — not through a stream's chunk and event round trips
        // (a stream cost a whole-sheet save's answer ~1 ms of the main thread's time).
        const whole = toBuffer(body, encodingArg);
        if (!res.getHeader('Content-Length')) res.setHeader('Content-Length', whole.length);
        decided = true;
        addVary(res);
        if (!shouldCompress(res)) return end(whole, undefined, callback);
        (encoding === 'br' ? brotliCompress(whole, brotliOptions(whole.length)) : gzip(whole, GZIP_OPTIONS)).then(
          (compressed) => {
            res.setHeader('Content-Encoding', encoding);
            res.setHeader('Content-Length', compressed.length);
            end(compressed, undefined, callback);
          },
          () => end(whole, undefined, callback),
        );
        return res;
      }
      decide();
      if (!stream) return end(body, encodingArg, callback);
      if (callback) res.once('finish', callback);
      if (body !== undefined && body !== null) stream.end(toBuffer(body, encodingArg));
      else stream.end();
      return res;
    }) as Response['end'];
    next();
  };
}

const brotliCompress = promisify(zlib.brotliCompress) as (buffer: Buffer, options: zlib.BrotliOptions) => Promise<Buffer>;
const gzip = promisify(zlib.gzip) as (buffer: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

/** Brotli at a quality that costs little CPU per dynamic answer, tuned for text. */
function brotliOptions(length: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      ...(Number.isFinite(length) ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: length } : {}),
    },
  };
}
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6 };

interface StaticFile {
  mtimeMs: number;
  type: string;
  etag: string;
  raw: Buffer;
  /** Compressed bodies, made once per file version, off the main thread (zlib's thread pool). */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/** Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes under that name. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Serves the built admin: hashed assets cached for a year as immutable, everything else (and
 * index.html for every client-side route) revalidated on each load (no-cache + ETag), text
 * compressed with brotli at its best quality (or gzip) once per file and kept in memory — the
 * admin's dist is a few megabytes. index.html answers the admin's routes only (admin-paths.ts).
 */
export function mountAdminAssets(app: Express, distDir: string): void {
  const root = path.resolve(distDir);
  const cache = new Map<string, StaticFile>();

  const load = async (file: string): Promise<StaticFile | null> => {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const raw = await readFile(file);
    const entry: StaticFile = {
      mtimeMs: info.mtimeMs,
      type: path.extname(file),
      etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
      raw,
      encoded: {},
    };
    cache.set(file, entry);
    return entry;
  };

  const send = async (req: Request, res: Response, file: StaticFile, cacheControl: string, status = 200) => {
    res.status(status);
    res.type(file.type);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('ETag', file.etag);
    addVary(res);
    if (status === 200 && req.headers['if-none-match'] === file.etag) {
      res.status(304).end();
      return;
    }
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    let body = file.raw;
    if (encoding && file.raw.length >= MIN_BYTES && COMPRESSIBLE.test(String(res.getHeader('Content-Type')))) {
      file.encoded[encoding] ??=
        encoding === 'br'
          ? brotliCompress(file.raw, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: file.raw.length },
            })
          : gzip(file.raw, { level: 9 });
      body = await file.encoded[encoding]!;
      res.setHeader('Content-Encoding', encoding);
    }
    res.setHeader('Content-Length', body.length);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  };

  const indexFile = path.join(root, 'index.html');
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // The gateway's own paths and paths with tricks in them (/auth/../x, //auth, %2F) are never the admin's.
    const kind = pathKind(req.path);
    if (kind === 'gateway' || kind === 'malformed') return next();
    try {
      const wanted = path.resolve(root, `.${decodeURIComponent(req.path)}`);
      const inside = wanted.startsWith(root + path.sep);
      const file = inside && req.path !== '/' ? await load(wanted) : null;
      if (file) return await send(req, res, file, HASHED.test(req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      // A missing hashed asset is a stale page asking for an old build: 404, not index.html
      // (answered here, so the headers set before, e.g. the gateway's CSP, stay as they are).
      if (req.path.startsWith('/assets/')) {
        res.status(404).type('text/plain').send('Không tìm thấy tệp.');
        return;
      }
      // index.html for the admin's routes; a browser asking for any other path gets it with 404
      // (the admin shows its "not found" page), any other client the gateway's coded 404.
      const page = kind === 'page';
      if (!page && !/\btext\/html\b/i.test(req.headers.accept ?? '')) return next();
      const index = await load(indexFile);
      if (!index) return next();
      return await send(req, res, index, 'no-cache', page ? 200 : 404);
    } catch (error) {
      next(error);
    }
  });
}

export function hasAdminBuild(distDir: string): boolean {
  return existsSync(path.join(distDir, 'index.html'));
}
