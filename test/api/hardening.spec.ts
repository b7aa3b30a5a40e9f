import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, type ServerProcess } from '../support/server-process';

const MYSQL_ADMIN_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
/** The process must be gone well within its own shutdown deadline (25 s); Apollo drains in-flight requests first. */
const EXIT_WITHIN_MS = 20_000;

/** A throwaway MySQL database for one started process. */
async function throwawayMysql(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `par_sd_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(MYSQL_ADMIN_URL);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(MYSQL_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const conn = await createConnection(MYSQL_ADMIN_URL);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}

/** Keeps the server busy: reads that cross both subgraphs and touch the database, several at a time. */
function load(server: ServerProcess, count: number): Promise<PromiseSettledResult<Response>[]> {
  return Promise.allSettled(
    Array.from({ length: count }, () =>
      fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ orgUnits(first: 50) { totalCount edges { node { id name } } } }' }),
      }),
    ),
  );
}

/** Loads the built process, sends SIGTERM while requests are in flight, and expects a clean exit (code 0) in time. */
async function loadAndTerminate(server: ServerProcess): Promise<void> {
  const warmup = await load(server, 10);
  expect(warmup.every((r) => r.status === 'fulfilled' && r.value.status === 200)).toBe(true);
  const inFlight = load(server, 20);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = Date.now();
  const code = await server.stop();
  const tookMs = Date.now() - started;
  await inFlight;
  expect({ code, output: code === 0 ? '' : server.output().slice(-2000) }).toEqual({ code: 0, output: '' });
  expect(tookMs).toBeLessThan(EXIT_WITHIN_MS);
}

describe('the built process: security headers and clean shutdown', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('the built admin has no inline script (the CSP allows scripts from the origin only)', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'admin', 'dist', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('on SQLite: every response carries the security headers (HSTS only behind TLS), and SIGTERM exits 0', async () => {
    const server = await startServer({ env: { DEMO_SEED: 'false' } });
    cleanups.push(() => server.stop());
    for (const route of ['/', '/org-units', '/graphql?query=%7B__typename%7D', '/healthz', '/files/not-a-file', '/assets/missing.js']) {
      const res = await fetch(`${server.baseUrl}${route}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.headers.get('x-content-type-options'), route).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), route).toBe('DENY');
      expect(res.headers.get('referrer-policy'), route).toBe('no-referrer');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, route).toMatch(/frame-ancestors 'none'/);
      expect(csp, route).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers.get('strict-transport-security'), route).toBeNull();
    }
    const page = await fetch(`${server.baseUrl}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // A TLS-terminating proxy on the same host (trusted: loopback) says https: HSTS.
    const behindTls = await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    await loadAndTerminate(server);
  });

  it('on MySQL: SIGTERM under load exits 0 in time (pools closed, one signal handler)', async () => {
    const db = await throwawayMysql();
    cleanups.push(db.drop);
    const server = await startServer({ env: { DEMO_SEED: 'false', DATABASE_URL: db.url } });
    cleanups.push(() => server.stop());
    await loadAndTerminate(server);
  });
});
