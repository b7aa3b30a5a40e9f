import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, signInternalToken, signUserToken } from '../platform/auth/tokens';
import { Role } from '../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { TEST_DB_KIND } from '../testing/test-database';
import { AssessmentYearEntity, GovernmentModel, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';

describe(`gateway and identity hand-off (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let provinceId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    provinceId = province.id;
    await system.scoringDb.getRepository(AssessmentYearEntity).save({
      id: crypto.randomUUID(),
      provinceUnitId: province.id,
      year: 2025,
      name: 'Chỉ số CCHC năm 2025',
      model: GovernmentModel.TWO_LEVEL,
      status: YearStatus.PUBLISHED,
    });
    await system.createUser({ username: 'admin.qn', unitId: province.id, roles: [Role.PROVINCE_ADMIN], password: 'dung-mat-khau' });
  });
  afterAll(() => system?.stop());

  it('answers a query that crosses both subgraphs', async () => {
    const res = await system.gql<{ orgUnit: { name: string; assessmentYears: { year: number; model: string }[] } }>(
      'query($id: ID!) { orgUnit(id: $id) { name assessmentYears { year model } } }',
      { id: provinceId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.orgUnit).toEqual({ name: 'Tỉnh Quảng Ninh', assessmentYears: [{ year: 2025, model: 'TWO_LEVEL' }] });
  });

  it('a subgraph reached directly without identity refuses', async () => {
    for (const url of [system.orgUrl, system.scoringUrl]) {
      const res = await system.gql('{ __typename }', {}, { url });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('the in-process path (pnpm start) verifies the internal token like HTTP: none or a forged one is refused', async () => {
    for (const local of [system.localSubgraphs.org, system.localSubgraphs.scoring]) {
      const none = await local({ query: '{ __typename }' }, { 'accept-language': 'vi' });
      expect(none.data).toBeUndefined();
      expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const forged = await local({ query: '{ __typename }' }, { [INTERNAL_TOKEN_HEADER]: 'abc.def.ghi' });
      expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Signed with another secret: refused too.
      const foreign = await signInternalToken({ actor: ANONYMOUS, requestId: 'r', clientIp: '' }, 'another-secret-0123456789');
      expect((await local({ query: '{ __typename }' }, { [INTERNAL_TOKEN_HEADER]: foreign })).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const valid = await signInternalToken({ actor: ANONYMOUS, requestId: 'r', clientIp: '' }, system.config.internalSecret);
      expect(await local({ query: '{ __typename }' }, { [INTERNAL_TOKEN_HEADER]: valid })).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('a missing or mistyped variable is BAD_USER_INPUT (400), not an internal error', async () => {
    const missing = await system.gql('query($id: ID!) { orgUnit(id: $id) { name } }', {});
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toMatch(/Biến/);
    const mistyped = await system.gql('query($first: Int) { orgUnits(first: $first) { totalCount } }', { first: 'nhiều' });
    expect(mistyped.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a forged internal token is refused by the subgraph', async () => {
    const res = await system.gql('{ __typename }', {}, { url: system.orgUrl, headers: { 'x-par-internal-token': 'abc.def.ghi' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an expired user token is UNAUTHENTICATED with a Vietnamese message, English on request', async () => {
    const token = await signUserToken({ userId: 'x', sessionId: 'y' }, system.config.jwtSecret, new Date(Date.now() - 10_000));
    const vi = await system.gql('{ me { id } }', {}, { token });
    expect(vi.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(vi.errors?.[0].message).toMatch(/hết hạn/);
    const en = await system.gql('{ me { id } }', {}, { token, locale: 'en' });
    expect(en.errors?.[0].message).toMatch(/expired/);
  });

  it('login returns a token that the gateway accepts; a wrong password does not', async () => {
    const wrong = await system.gql('mutation { login(username: "admin.qn", password: "sai-mat-khau") { token } }');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
    const ok = await system.gql<{ login: { token: string; user: { username: string; roles: string[]; unit: { name: string } } } }>(
      'mutation { login(username: "admin.qn", password: "dung-mat-khau") { token user { username roles unit { name } } } }',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.login.user).toEqual({ username: 'admin.qn', roles: ['PROVINCE_ADMIN'], unit: { name: 'Tỉnh Quảng Ninh' } });
    const me = await system.gql<{ me: { username: string } }>('{ me { username } }', {}, { token: ok.data?.login.token });
    expect(me.data?.me.username).toBe('admin.qn');
  });

  it('refuses a query whose cost grows past the limit with nested pages', async () => {
    const res = await system.gql(
      '{ orgUnits(first: 500) { edges { node { children(first: 500) { edges { node { children(first: 500) { totalCount } } } } } } } }',
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/quá lớn/);
  });

  it('serves health and readiness', async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    expect((await fetch(system.orgUrl.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
  });
});

describe(`gateway over HTTP, as in separate deployments (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ inProcess: false });
  });
  afterAll(() => system?.stop());

  it('answers a query that crosses both subgraphs, many times in a row on kept-alive sockets', async () => {
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    const query = 'query($id: ID!) { orgUnit(id: $id) { name assessmentYears { year } } }';
    const answers = await Promise.all(Array.from({ length: 20 }, () => system.gql(query, { id: province.id })));
    for (const res of answers) expect(res).toEqual({ data: { orgUnit: { name: 'Tỉnh Quảng Ninh', assessmentYears: [] } } });
  });
});
