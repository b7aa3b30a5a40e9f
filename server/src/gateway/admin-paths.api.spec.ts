import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCodedJson, rawRequest } from '../testing/raw-http';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { pathKind } from './admin-paths';

const INDEX = '<!doctype html><html><head><title>PAR admin</title></head><body><div id="app"></div></body></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('pathKind: which paths are the admin’s pages', () => {
  it.each([
    ['/', 'page'],
    ['/login', 'page'],
    ['/years/0b5e5d3e-8f0c-4c1e-9b1a-3f6a2d9e7c10', 'page'],
    ['/score-sheets/abc/', 'page'],
    ['/YEARS', 'page'],
    ['/org-units/T%E1%BB%89nh', 'page'],
    ['/auth', 'gateway'],
    ['/auth/login', 'gateway'],
    ['/AUTH/anything', 'gateway'],
    ['/%61uth/login', 'gateway'],
    ['/graphql', 'gateway'],
    ['/files/x', 'gateway'],
    ['/healthz', 'gateway'],
    ['/readyz/', 'gateway'],
    ['/authors', 'other'],
    ['/graphqlx', 'other'],
    ['/favicon.ico', 'other'],
    ['/auth/../x', 'malformed'],
    ['/x/../auth/login', 'malformed'],
    ['/auth/./login', 'malformed'],
    ['//auth/login', 'malformed'],
    ['/years//x', 'malformed'],
    ['/auth%2Flogin', 'malformed'],
    ['/auth%2flogin', 'malformed'],
    ['/years%5C..%5Cauth', 'malformed'],
    ['/years/%2e%2e/auth/login', 'malformed'],
    ['/years\\..\\auth', 'malformed'],
    ['/%E0%A4%A', 'malformed'],
  ])('%s is %s', (p, kind) => expect(pathKind(p)).toBe(kind));
});

/** The gateway with a built admin: index.html answers the admin's routes and nothing of the gateway's. */
describe(`the admin fallback at the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let base: string;
  const raw = (method: string, p: string, headers: Record<string, string> = {}, body?: string) =>
    rawRequest(base, method, p, body, headers);

  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'admin-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    system = await startTestSystem({ config: { adminDistDir: dist } });
    base = system.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(() => system?.stop());

  it('the admin’s routes and its files are served', async () => {
    for (const p of ['/', '/login', '/years/abc', '/score-sheets/1?tab=2', '/YEARS', '/accountability/heads']) {
      const page = await raw('GET', p, HTML);
      expect([p, page.status, page.body]).toEqual([p, 200, INDEX]);
    }
    expect((await raw('HEAD', '/login')).status).toBe(200);
    const icon = await raw('GET', '/favicon.svg');
    expect([icon.status, icon.body]).toEqual([200, '<svg xmlns="http://www.w3.org/2000/svg"/>']);
  });

  it('GET, HEAD, PUT… on /auth/login and /auth/logout are 405 with Allow: POST, coded JSON in Vietnamese', async () => {
    for (const p of ['/auth/login', '/auth/logout', '/auth/login/', '/AUTH/LOGIN', '/auth/login?next=/years'])
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const answer = await raw(method, p, HTML);
        expectCodedJson(answer, 405, 'METHOD_NOT_ALLOWED');
        expect(answer.headers.allow).toBe('POST');
        expect(answer.json.errors?.[0].message).toMatch(/chỉ nhận yêu cầu POST, không nhận/);
      }
    const head = await raw('HEAD', '/auth/login');
    expect([head.status, head.headers.allow, head.body]).toEqual([405, 'POST', '']);
    const english = await raw('GET', '/auth/login', { 'accept-language': 'en' });
    expect(english.json.errors?.[0].message).toBe('/auth/login takes POST only, not GET.');
  });

  it('POST still signs in (a wrong password is the login refusal, not a 405)', async () => {
    const answer = await raw(
      'POST',
      '/auth/login',
      { 'content-type': 'application/json' },
      JSON.stringify({ username: 'x', password: 'y' }),
    );
    expect(answer.status).toBe(401);
    expect(answer.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the health probes take GET and HEAD only', async () => {
    expect((await raw('GET', '/healthz')).json).toEqual({ status: 'ok' });
    for (const p of ['/healthz', '/readyz']) {
      const answer = await raw('POST', p);
      expectCodedJson(answer, 405, 'METHOD_NOT_ALLOWED');
      expect(answer.headers.allow).toBe('GET, HEAD');
    }
  });

  it('any other path under a gateway prefix is a coded 404, never index.html', async () => {
    for (const p of ['/auth', '/auth/', '/auth/anything', '/auth/login/x', '/AUTH/anything', '/%61uth/login', '/healthz/x', '/readyz/x'])
      for (const headers of [HTML, {}]) {
        const answer = await raw('GET', p, headers);
        expectCodedJson(answer, 404, 'NOT_FOUND');
        expect(answer.json.errors?.[0].message).toMatch(/^Không có địa chỉ này/);
      }
    // /files and /graphql answer for themselves, in JSON, never with the admin's page.
    for (const p of ['/files/readyz', '/files/', '/graphql/x']) expect((await raw('GET', p, HTML)).body, p).not.toContain('PAR admin');
  });

  it('path tricks are 404 or 405, never the admin page, whatever the method', async () => {
    const tricks = [
      '/auth/../x',
      '/auth/../login',
      '/x/../auth/login',
      '/auth/./login',
      '//auth/login',
      '///auth/login',
      '/auth//login',
      '/auth%2Flogin',
      '/auth%2flogout',
      '/years/%2e%2e/auth/login',
      '/years%5C..%5Cauth',
      '/%E0%A4%A',
    ];
    for (const p of tricks)
      for (const method of ['GET', 'HEAD', 'POST']) {
        const answer = await raw(method, p, HTML);
        expect([p, method, answer.status]).toEqual([p, method, 404]);
        if (method !== 'HEAD') expect(answer.json.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MALFORMED_PATH' });
        expect(answer.body).not.toContain('PAR admin');
      }
  });

  it('an unknown path is a 404: the admin’s page for a browser (it shows "not found"), coded JSON for anything else', async () => {
    for (const p of ['/nope', '/authors', '/graphqlx', '/years.php']) {
      const browser = await raw('GET', p, HTML);
      expect([p, browser.status, browser.body]).toEqual([p, 404, INDEX]);
      expectCodedJson(await raw('GET', p), 404, 'NOT_FOUND');
      expectCodedJson(await raw('POST', p, HTML), 404, 'NOT_FOUND');
    }
  });
});
