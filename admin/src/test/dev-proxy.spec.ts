// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, loadConfigFromFile, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devProxy, GATEWAY_PATHS } from '../../scripts/dev-proxy';

const adminDir = fileURLToPath(new URL('../..', import.meta.url));

/** Vite's own rule (createProxyContextMatcher): a key starting with ^ is a RegExp, any other a prefix. */
const proxied = (table: Record<string, unknown>, url: string) =>
  Object.keys(table).some((key) => (key.startsWith('^') ? new RegExp(key).test(url) : url.startsWith(key)));

/** Same-origin paths the admin's code fetches or links to ('/auth/login', `/files/${id}`…), up to the first variable part. */
function pathsTheAdminCalls(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'generated' && name !== 'test') walk(file);
      } else if (/\.(ts|vue)$/.test(name) && !name.endsWith('.spec.ts'))
        for (const m of readFileSync(file, 'utf8').matchAll(
          /(?:fetch\(|\.open\(\s*'[A-Z]+',|href=|uri:\s*|url:\s*)\s*['"`](\/[a-z][\w/-]*)/g,
        ))
          found.add(m[1]);
    }
  };
  walk(join(adminDir, 'src'));
  return [...found];
}

describe('the dev server forwards what the admin asks of the gateway', () => {
  it('vite.config.ts uses the table, with every path the admin fetches and none of its routes', async () => {
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, join(adminDir, 'vite.config.ts'));
    const table = loaded!.config.server!.proxy as Record<string, unknown>;
    expect(table).toEqual(devProxy('http://127.0.0.1:4000'));
    const called = pathsTheAdminCalls();
    // The scan sees the calls it must (sign-in and sign-out were the ones left out).
    expect(called).toEqual(expect.arrayContaining(['/auth/login', '/auth/logout', '/graphql', '/files', '/files/']));
    for (const path of called) expect(proxied(table, path), path).toBe(true);
    for (const path of GATEWAY_PATHS) expect(proxied(table, `${path}?x=1`) && proxied(table, `${path}/a`)).toBe(true);
    for (const route of ['/', '/login', '/years/2', '/score-sheets/1', '/authors', '/filesystem', '/graphqlx'])
      expect(proxied(table, route), route).toBe(false);
  });

  describe('through a running dev server', () => {
    const seen: { method: string; url: string; body: string }[] = [];
    let gateway: http.Server;
    let vite: ViteDevServer;
    let root: string;
    let base: string;

    beforeAll(async () => {
      gateway = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          seen.push({ method: req.method!, url: req.url!, body });
          res.setHeader('Set-Cookie', 'par_session=t; Path=/; HttpOnly; SameSite=Strict');
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ from: 'gateway', url: req.url }));
        });
      });
      await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
      root = mkdtempSync(join(tmpdir(), 'admin-dev-proxy-'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>admin</title>');
      const target = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
      vite = await createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        appType: 'spa',
        server: { host: '127.0.0.1', port: 0, strictPort: false, proxy: devProxy(target), hmr: false, watch: null },
      });
      await vite.listen();
      base = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await vite?.close();
      gateway?.close();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; text: string; cookie: string[] }>((resolve, reject) => {
        const req = http.request(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text, cookie: res.headers['set-cookie'] ?? [] }));
        });
        req.on('error', reject);
        req.end(body);
      });

    it('sign-in reaches the gateway with its body and its cookie comes back; the admin’s routes stay on the dev server', async () => {
      const login = await send('POST', '/auth/login', '{"username":"a","password":"b"}');
      expect(login.status).toBe(200);
      expect(JSON.parse(login.text)).toEqual({ from: 'gateway', url: '/auth/login' });
      expect(login.cookie.join()).toMatch(/par_session=t/);
      expect(seen).toContainEqual({ method: 'POST', url: '/auth/login', body: '{"username":"a","password":"b"}' });
      for (const path of ['/auth/logout', '/graphql', '/files/abc', '/healthz', '/readyz'])
        expect(JSON.parse((await send(path === '/auth/logout' ? 'POST' : 'GET', path, '')).text).url).toBe(path);
      const page = await send('GET', '/login');
      expect(page.text).toMatch(/<title>admin<\/title>/);
    });
  });
});
