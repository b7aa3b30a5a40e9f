import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';

describe(`operations: logs and shutdown (${TEST_DB_KIND})`, () => {
  const logLines: string[] = [];
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ logLines });
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22' });
    await system.createUser({ username: 'admin.qn', unitId: province.id, roles: [Role.PROVINCE_ADMIN], password: 'mat-khau-bi-mat-123' });
  });
  afterAll(() => system?.stop());

  it('carries the request id from the gateway to the subgraphs, with user, operation and duration', async () => {
    const requestId = 'req-test-0001';
    const res = await system.gql('query ListUnits { orgUnits(first: 5) { totalCount } }', {}, { headers: { 'x-request-id': requestId } });
    expect(res.errors).toBeUndefined();
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.requestId === requestId);
    // one line from the gateway and one from the org subgraph
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(entry.operationName).toBeDefined();
      expect(typeof entry.durationMs).toBe('number');
      expect(entry.user).toBe('anonymous');
    }
    expect(entries.some((e) => e.operationName === 'ListUnits')).toBe(true);
  });

  it('never logs passwords or tokens', async () => {
    const res = await system.gql<{ login: { token: string } }>(
      'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin.qn', p: 'mat-khau-bi-mat-123' },
    );
    const token = res.data?.login.token ?? '';
    expect(token).not.toBe('');
    await system.gql('mutation { login(username: "admin.qn", password: "sai-mat-khau-999") { token } }');
    await system.gql('{ me { username } }', {}, { token });
    const all = logLines.join('\n');
    expect(all).toContain('SignIn');
    expect(all).not.toContain('mat-khau-bi-mat-123');
    expect(all).not.toContain('sai-mat-khau-999');
    expect(all).not.toContain(token);
    expect(all).toContain('admin.qn'); // the user is named in the log, the secret is not
  });
});
