import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponses, mountAdminAssets, negotiateEncoding } from './http-compression';

/** Raw GET/POST without automatic decompression, to see the bytes on the wire. */
function request(
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('gateway compression and caching', () => {
  let server: http.Server;
  let base: string;
  const js = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `Phường số ${i}` })))};`;
  const json = JSON.stringify({ data: { scoreSheets: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, unitName: `Xã ${i}` })) } });

  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'admin-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      `<!doctype html><html><head><script type="module" src="/assets/index-AbC123xy.js"></script></head><body>${'<!-- pad -->'.repeat(200)}</body></html>`,
    );
    writeFileSync(path.join(dist, 'assets', 'index-AbC123xy.js'), js);
    writeFileSync(path.join(dist, 'assets', 'logo-Zz99Yy88.png'), Buffer.alloc(4096, 1));
    const app = express();
    app.use(compressResponses());
    app.post('/graphql', (_req, res) => res.type('application/json').send(json));
    app.get('/tiny', (_req, res) => res.json({ ok: true }));
    app.get('/stream', (_req, res) => {
      res.type('application/json');
      res.write(json.slice(0, 1000));
      setTimeout(() => res.end(json.slice(1000)), 5);
    });
    mountAdminAssets(app, dist);
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('negotiates brotli first, then gzip, honouring q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
  });

  it('compresses GraphQL answers with brotli or gzip and says it varies by Accept-Encoding', async () => {
    const br = await request(`${base}/graphql`, { 'accept-encoding': 'br', 'content-type': 'application/json' }, '{}');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(json);
    expect(br.body.length).toBeLessThan(json.length / 4);
    // A whole answer is compressed in one piece: its compressed length is known and sent.
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    const gz = await request(`${base}/graphql`, { 'accept-encoding': 'gzip' }, '{}');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(json);
    const plain = await request(`${base}/graphql`, {}, '{}');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(json);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(json));
    // An answer written in pieces goes through the streaming compressor (no length known ahead).
    const streamed = await request(`${base}/stream`, { 'accept-encoding': 'gzip' });
    expect(streamed.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(streamed.body).toString()).toBe(json);
    // Too small to gain anything: sent as is.
    expect((await request(`${base}/tiny`, { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year as immutable, compressed; index.html and client routes revalidate', async () => {
    const asset = await request(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br, gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(asset.body).toString()).toBe(js);
    const png = await request(`${base}/assets/logo-Zz99Yy88.png`, { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['cache-control']).toContain('immutable');
    for (const route of ['/', '/score-sheets/abc']) {
      const page = await request(`${base}${route}`, { 'accept-encoding': 'gzip' });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(page.body).toString()).toContain('/assets/index-AbC123xy.js');
      const again = await request(`${base}${route}`, { 'if-none-match': String(page.headers.etag) });
      expect(again.status).toBe(304);
    }
    // A stale page asking for an asset of an old build gets 404, not index.html.
    expect((await request(`${base}/assets/index-OLD00000.js`)).status).toBe(404);
    // Paths cannot climb out of the build directory.
    expect((await request(`${base}/assets/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
