import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, type ServerProcess } from '../support/server-process';

/** What a new user gets from `pnpm start`: one process, the admin, the gateway, the demo province. */
describe('the started system (built server, embedded SQLite, demo data)', () => {
  let server: ServerProcess;
  let token = '';
  let provinceId = '';

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('prints the URLs and the demo logins', () => {
    expect(server.output()).toMatch(/Admin:\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(server.output()).toMatch(/GraphQL:\s+http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(server.output()).toContain('admin.qn');
  });

  it('serves the admin page and client-side routes', async () => {
    for (const route of ['/', '/org-units']) {
      const res = await fetch(`${server.baseUrl}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/<div id="app">/);
    }
  });

  it('is alive and ready', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${server.baseUrl}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('signs in a demo user and answers a query across both subgraphs', async () => {
    const password = /mật khẩu \/ password: (\S+)\)/.exec(server.output())?.[1];
    expect(password).toBeTruthy();
    const login = await graphql<{ login: { token: string; user: { unit: { id: string; name: string } } } }>(
      server.baseUrl,
      'mutation($p: String!) { login(username: "admin.qn", password: $p) { token user { unit { id name } } } }',
      { p: password },
    );
    expect(login.errors).toBeUndefined();
    token = login.data!.login.token;
    provinceId = login.data!.login.user.unit.id;
    expect(login.data!.login.user.unit.name).toBe('Tỉnh Quảng Ninh');
    const res = await graphql<{ orgUnit: { name: string; assessmentYears: { year: number; model: string }[] } }>(
      server.baseUrl,
      'query($id: ID!) { orgUnit(id: $id) { name assessmentYears { year model } } }',
      { id: provinceId },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnit.name).toBe('Tỉnh Quảng Ninh');
    expect(Array.isArray(res.data!.orgUnit.assessmentYears)).toBe(true);
  });

  it('has Quảng Ninh in both eras', async () => {
    const count = async (kind: string, includeClosed: boolean) =>
      (
        await graphql<{ orgUnits: { totalCount: number } }>(
          server.baseUrl,
          'query($kind: OrgUnitKind, $c: Boolean) { orgUnits(kind: $kind, includeClosed: $c, first: 1) { totalCount } }',
          { kind, c: includeClosed },
          token,
        )
      ).data!.orgUnits.totalCount;
    expect(await count('COMMUNE', false)).toBe(54);
    expect(await count('COMMUNE', true)).toBe(54 + 171);
    expect(await count('DISTRICT', true)).toBe(13);
    expect(await count('DISTRICT', false)).toBe(0);
  });

  it('reuses the data on a second start', async () => {
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const res = await graphql<{ orgUnit: { name: string } | null }>(
      server.baseUrl,
      'query($id: ID!) { orgUnit(id: $id) { name } }',
      { id: provinceId },
      token,
    );
    expect(res.data?.orgUnit?.name).toBe('Tỉnh Quảng Ninh');
    const units = await graphql<{ orgUnits: { totalCount: number } }>(
      server.baseUrl,
      '{ orgUnits(kind: PROVINCE, first: 1) { totalCount } }',
      {},
      token,
    );
    expect(units.data?.orgUnits.totalCount).toBe(1);
  });
});
