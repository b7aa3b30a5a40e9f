import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../../platform/auth/api-key';
import { Role } from '../../../platform/auth/roles';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, signInternalToken, signServiceToken } from '../../../platform/auth/tokens';
import { ensureDemoData } from '../../../seed/demo';
import { findOrgDemo, type OrgDemo } from '../../../seed/org-demo';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { countQueries } from '../../../testing/query-counter';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { ApiClientEntity } from './api-client.entity';
import { verifyApiKey } from './api-client.service';

const APP_REFUSAL = 'Ứng dụng khai thác chỉ được đọc kết quả đã công bố.';
const RATE_LIMIT = 40;
const CACHE_SECONDS = 2;

interface Created {
  createApiClient: { key: string; client: { id: string; name: string; keyPrefix: string; scopes: string[]; active: boolean } };
}

/**
 * API clients through the real gateway on the demo province: 2024 (three-level) is PUBLISHED,
 * 2025 (two-level) is under appraisal. The gateway runs with a 2-second key cache and a small
 * rate limit so expiry and throttling can be observed quickly.
 */
describe(`API clients for external apps (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let org: OrgDemo;
  let admin: string;
  let officer: string;
  let otherAdmin: string;
  const logLines: string[] = [];
  /** Every GraphQL answer seen by the suite, to prove keys appear in createApiClient's only. */
  const answers: { operation: string; text: string }[] = [];
  const keys: string[] = [];

  async function call<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; apiKey?: string; scheme?: 'header' | 'authorization'; locale?: 'vi' | 'en' } = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {};
    if (options.apiKey && options.scheme === 'authorization') headers.authorization = `ApiKey ${options.apiKey}`;
    else if (options.apiKey) headers['x-api-key'] = options.apiKey;
    const res = await system.gql<T>(query, variables, { token: options.token, locale: options.locale, headers });
    answers.push({ operation, text: JSON.stringify(res) });
    return res;
  }

  async function createKey(name: string): Promise<Created['createApiClient']> {
    const res = await call<Created>(
      'createApiClient',
      'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id name keyPrefix scopes active } } }',
      { input: { name } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    keys.push(res.data!.createApiClient.key);
    return res.data!.createApiClient;
  }

  const PUBLISHED =
    'query($p: ID!, $y: Int!) { publishedResults(provinceId: $p, year: $y) { year rankings { groupName rows { rank unitName index } } } }';

  beforeAll(async () => {
    system = await startTestSystem({ logLines, config: { apiKeyCacheSeconds: CACHE_SECONDS, apiKeyRateLimitPerMinute: RATE_LIMIT } });
    await ensureDemoData({ orgDb: system.orgDb, scoringDb: system.scoringDb, log: pino({ level: 'silent' }), config: system.config });
    org = (await findOrgDemo(system.orgDb))!;
    const token = (username: string) => system.tokenFor(org.users[username].id);
    admin = await token('admin.qn');
    officer = await token('canbo.ansinh');
    const hanoi = await insertUnit(system.orgDb, {
      name: 'Thành phố Hà Nội',
      kind: OrgUnitKind.PROVINCE,
      code: '01',
      subtype: 'thành phố',
    });
    otherAdmin = (await system.createUser({ username: 'admin.hn', unitId: hanoi.id, roles: [Role.PROVINCE_ADMIN] })).token;
  }, 120_000);
  afterAll(() => system?.stop());

  it('only the province administrator manages keys: anonymous UNAUTHENTICATED, other roles FORBIDDEN, bad input coded', async () => {
    const list = '{ apiClients { id } }';
    expect((await call('apiClients', list)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call('apiClients', list, {}, { token: officer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const create = 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }';
    expect((await call('createApiClient', create, { input: { name: 'X' } }, { token: officer })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const empty = await call('createApiClient', create, { input: { name: '   ' } }, { token: admin });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toBe('Tên ứng dụng không được để trống.');
    const noScope = await call('createApiClient', create, { input: { name: 'Cổng', scopes: [] } }, { token: admin });
    expect(noScope.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await system.orgDb.getRepository(ApiClientEntity).count()).toBe(0);
    const revoke = 'mutation($id: ID!) { revokeApiClient(id: $id) { id } }';
    expect((await call('revokeApiClient', revoke, { id: crypto.randomUUID() }, { token: admin })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await call('revokeApiClient', revoke, { id: 'abc' }, { token: admin })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The whole demo is seeded first: minutes on a loaded MySQL machine.
  }, 180_000);

  it('creates a key shown once; only its hash is stored; the list shows the prefix, never the key', async () => {
    const created = await createKey('  Cổng thông tin điện tử tỉnh  ');
    expect(created.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.client).toMatchObject({
      name: 'Cổng thông tin điện tử tỉnh',
      keyPrefix: created.key.slice(0, 8),
      scopes: ['PUBLISHED_RESULTS'],
    });
    const row = await system.orgDb.getRepository(ApiClientEntity).findOneByOrFail({ id: created.client.id });
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(row.provinceUnitId).toBe(org.provinceId);
    expect(Object.values(row).some((value) => String(value).includes(created.key))).toBe(false);
    const list = await call<{ apiClients: { id: string; keyPrefix: string; active: boolean; createdBy: { username: string } }[] }>(
      'apiClients',
      '{ apiClients { id name keyPrefix scopes active createdAt lastUsedAt revokedAt createdBy { username } } }',
      {},
      { token: admin },
    );
    expect(list.data?.apiClients).toEqual([
      expect.objectContaining({ id: created.client.id, active: true, createdBy: { username: 'admin.qn' } }),
    ]);
    // Another province's administrator neither sees nor revokes it.
    const other = await call<{ apiClients: unknown[] }>('apiClients', '{ apiClients { id } }', {}, { token: otherAdmin });
    expect(other.data?.apiClients).toEqual([]);
    const revoke = await call(
      'revokeApiClient',
      'mutation($id: ID!) { revokeApiClient(id: $id) { id } }',
      { id: created.client.id },
      { token: otherAdmin },
    );
    expect(revoke.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a key reads publishedResults and OrgUnit.assessment of a published year, in both header forms', async () => {
    const { key } = await createKey('Hệ thống thi đua khen thưởng');
    const anonymous = await call<{ publishedResults: unknown }>('publishedResults', PUBLISHED, { p: org.provinceId, y: 2024 });
    const viaHeader = await call<{ publishedResults: { rankings: unknown[] } }>(
      'publishedResults',
      PUBLISHED,
      { p: org.provinceId, y: 2024 },
      { apiKey: key },
    );
    expect(viaHeader.errors).toBeUndefined();
    expect(viaHeader.data?.publishedResults.rankings).toHaveLength(4);
    expect(viaHeader.data).toEqual(anonymous.data);
    const unit = await call<{
      orgUnit: {
        name: string;
        kind: string;
        subtype: string;
        validTo: string;
        assessment: { year: number; totals: { index: number }; rankInGroup: number; classification: { label: string } };
      };
    }>(
      'orgUnit',
      'query($id: ID!) { orgUnit(id: $id) { name code kind subtype validFrom validTo assessment(year: 2024) { year totals { index } rankInGroup classification { label } } } }',
      { id: org.districtId },
      { apiKey: key, scheme: 'authorization' },
    );
    expect(unit.errors).toBeUndefined();
    expect(unit.data?.orgUnit).toMatchObject({ name: 'Thành phố Đông Triều', kind: 'DISTRICT', assessment: { year: 2024 } });
    expect(unit.data?.orgUnit.assessment.totals.index).toBeGreaterThan(0);
    // A new commune's history comes through its predecessors, published years only.
    const history = await call<{ orgUnit: { predecessors: unknown[]; indexHistory: { year: number; viaPredecessor: boolean }[] } }>(
      'orgUnit',
      'query($id: ID!) { orgUnit(id: $id) { predecessors { unit { name } kind } indexHistory { year viaPredecessor index } } }',
      { id: org.communeId },
      { apiKey: key },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.orgUnit.predecessors.length).toBeGreaterThan(0);
    expect(history.data?.orgUnit.indexHistory.length).toBeGreaterThan(0);
    expect(history.data?.orgUnit.indexHistory.every((p) => p.year === 2024 && p.viaPredecessor)).toBe(true);
    const row = await system.orgDb.getRepository(ApiClientEntity).findOneByOrFail({ keyHash: hashApiKey(key) });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it('the same app is FORBIDDEN for mutations, unpublished results, users and everything else', async () => {
    const { key } = await createKey('Báo điện tử');
    const refused = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await call(query, query, variables, { apiKey: key });
      expect(res.errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
      expect(res.errors?.[0].message, query).toBe(APP_REFUSAL);
      return res;
    };
    const mutation = await refused('mutation { createApiClient(input: { name: "Tự cấp" }) { key } }');
    expect(mutation.errors?.[0].extensions?.field).toBe('Mutation');
    expect(mutation.data ?? null).toBeNull();
    await refused('mutation($id: ID!) { renameOrgUnit(id: $id, name: "Đổi tên") { id } }', { id: org.districtId });
    await refused('mutation { login(username: "admin.qn", password: "x") { token } }');
    // Unpublished: the 2025 year is under appraisal.
    await refused(PUBLISHED, { p: org.provinceId, y: 2025 });
    await refused('query($id: ID!) { orgUnit(id: $id) { name assessment(year: 2025) { totals { index } } } }', { id: org.communeId });
    const years = await call<{ orgUnit: { assessmentYears: { id: string }[] } }>(
      'assessmentYears',
      'query($id: ID!) { orgUnit(id: $id) { assessmentYears { id } } }',
      { id: org.provinceId },
      { token: admin },
    );
    await refused('query($y: ID!) { assessmentYear(id: $y) { name status } }', { y: years.data!.orgUnit.assessmentYears[0].id });
    // Users and signed-in-only data.
    await refused('{ users { totalCount } }');
    await refused('{ me { username } }');
    await refused('query($id: ID!) { orgUnit(id: $id) { name users { totalCount } } }', { id: org.provinceId });
    await refused('{ apiClients { id } }');
    const en = await call('users', '{ users { totalCount } }', {}, { apiKey: key, locale: 'en' });
    expect(en.errors?.[0].message).toBe('External apps may only read published results.');
    // The evidence file endpoint is not for apps either.
    const file = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/files/00000000-0000-0000-0000-000000000000'), {
      headers: { 'x-api-key': key },
    });
    expect(file.status).toBe(403);
    // Anonymous callers keep their behaviour: an unpublished assessment is simply not visible.
    const anonymous = await call<{ orgUnit: { assessment: unknown } }>(
      'orgUnit',
      'query($id: ID!) { orgUnit(id: $id) { assessment(year: 2025) { year } } }',
      { id: org.communeId },
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.orgUnit.assessment).toBeNull();
  });

  it('a wrong, malformed or revoked key is UNAUTHENTICATED (Vietnamese, English on request); revocation reaches a cached key within the TTL', async () => {
    const expectInvalid = async (apiKey: string, locale: 'vi' | 'en' = 'vi') => {
      const res = await call('publishedResults', PUBLISHED, { p: org.provinceId, y: 2024 }, { apiKey, locale });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
      return res.errors![0].message;
    };
    expect(await expectInvalid('A'.repeat(43))).toBe('Khóa API không hợp lệ hoặc đã bị thu hồi.');
    expect(await expectInvalid('not a key', 'en')).toBe('The API key is invalid or has been revoked.');
    const http = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${'B'.repeat(43)}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(http.status).toBe(401);

    // Never used, then revoked: refused at once.
    const fresh = await createKey('Khóa chưa dùng');
    await call(
      'revokeApiClient',
      'mutation($id: ID!) { revokeApiClient(id: $id) { active revokedAt } }',
      { id: fresh.client.id },
      { token: admin },
    );
    await expectInvalid(fresh.key);

    // Used (so cached by the gateway), then revoked: refused once the cache entry expires.
    const used = await createKey('Khóa đã dùng');
    expect((await call('typename', '{ __typename }', {}, { apiKey: used.key })).errors).toBeUndefined();
    const revoked = await call<{ revokeApiClient: { active: boolean; revokedAt: string | null } }>(
      'revokeApiClient',
      'mutation($id: ID!) { revokeApiClient(id: $id) { active revokedAt } }',
      { id: used.client.id },
      { token: admin },
    );
    expect(revoked.data?.revokeApiClient.active).toBe(false);
    expect(revoked.data?.revokeApiClient.revokedAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));
    await expectInvalid(used.key);
    // Sending both a user token and a key is ambiguous: refused.
    const both = await system.gql('{ __typename }', {}, { token: admin, headers: { 'x-api-key': used.key } });
    expect(both.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a verified key is cached: repeated requests do not touch the api_client table; lastUsedAt is written at most once a minute', async () => {
    const { key } = await createKey('Cổng dữ liệu quốc gia');
    expect((await call('typename', '{ __typename }', {}, { apiKey: key })).errors).toBeUndefined();
    const { queries } = await countQueries(system.orgDb, async () => {
      for (let i = 0; i < 10; i++) expect((await call('typename', '{ __typename }', {}, { apiKey: key })).errors).toBeUndefined();
    });
    expect(queries.filter((q) => q.includes('api_client'))).toEqual([]);

    const repo = system.orgDb.getRepository(ApiClientEntity);
    const first = (await repo.findOneByOrFail({ keyHash: hashApiKey(key) })).lastUsedAt!;
    const log = pino({ level: 'silent' });
    await verifyApiKey(system.orgDb, log, key, new Date(first.getTime() + 30_000));
    expect((await repo.findOneByOrFail({ keyHash: hashApiKey(key) })).lastUsedAt?.getTime()).toBe(first.getTime());
    const later = new Date(Math.floor(first.getTime() / 1000) * 1000 + 61_000);
    await verifyApiKey(system.orgDb, log, key, later);
    expect((await repo.findOneByOrFail({ keyHash: hashApiKey(key) })).lastUsedAt?.getTime()).toBe(later.getTime());
  });

  it('trips the per-key rate limit with TOO_MANY_REQUESTS and retryAfterSeconds; other keys are unaffected', async () => {
    const { key } = await createKey('Ứng dụng gửi dồn dập');
    const results = await Promise.all(
      Array.from({ length: RATE_LIMIT + 10 }, () =>
        fetch(system.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: '{ __typename }' }),
        }).then(async (res) => ({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          body: (await res.json()) as GraphQLResponse,
        })),
      ),
    );
    const limited = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(RATE_LIMIT + 1);
    expect(limited.length).toBeGreaterThanOrEqual(9);
    expect(limited[0].body.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(limited[0].body.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(Number(limited[0].retryAfter)).toBeGreaterThanOrEqual(1);
    expect(limited[0].body.errors?.[0].message).toMatch(/quá nhiều yêu cầu/);
    const other = await createKey('Ứng dụng khác');
    expect((await call('typename', '{ __typename }', {}, { apiKey: other.key })).errors).toBeUndefined();
  });

  it('subgraphs still demand the internal token: an API key sent to them directly is refused, and so is the verification route without a service token', async () => {
    const { key } = await createKey('Gọi thẳng subgraph');
    for (const url of [system.orgUrl, system.scoringUrl]) {
      const res = await system.gql('{ __typename }', {}, { url, headers: { 'x-api-key': key } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const verifyUrl = system.orgUrl.replace(/\/graphql$/, '/internal/api-keys/verify');
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(verifyUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect((await post({}, { key })).status).toBe(401);
    // A caller's internal token (minted for /graphql) is not a service token.
    const internal = await signInternalToken({ actor: ANONYMOUS, requestId: 'r', clientIp: '' }, system.config.internalSecret);
    expect((await post({ [INTERNAL_TOKEN_HEADER]: internal }, { key })).status).toBe(401);
    const service = await signServiceToken('api-key-verify', system.config.internalSecret);
    const ok = await post({ [INTERNAL_TOKEN_HEADER]: service }, { key });
    expect(await ok.json()).toMatchObject({ valid: true, client: { name: 'Gọi thẳng subgraph', provinceUnitId: org.provinceId } });
    const wrong = await post({ [INTERNAL_TOKEN_HEADER]: service }, { key: 'C'.repeat(43) });
    expect(await wrong.json()).toEqual({ valid: false });
  });

  it('keys never reach the log nor any GraphQL answer but createApiClient’s', () => {
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(logLines.length).toBeGreaterThan(50);
    expect(logLines.some((line) => line.includes('"client":'))).toBe(true);
    for (const key of keys) {
      expect(logLines.filter((line) => line.includes(key))).toEqual([]);
      expect(answers.filter((a) => a.text.includes(key)).map((a) => a.operation)).toEqual(['createApiClient']);
    }
  });
});
