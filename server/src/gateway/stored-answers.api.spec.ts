/**
 * The gateway's stored-answer path (stored-answers.ts) against the real system: a request it has
 * answered before from a stored answer is answered again without the gateway's GraphQL pipeline —
 * with the same bytes and headers as the normal path and a build with no cache at all — while
 * every caller is still identified (a disabled user fails within the session cache time), rate
 * limited, and shown only what he may see (the subgraph decides, caller by caller); anything else
 * goes the normal way. In process only: over HTTP (separate deployments) there is no such path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../platform/auth/roles';
import { REQUEST_ID_HEADER } from '../platform/auth/tokens';
import { adminDocument } from '../testing/admin-documents';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { countQueries } from '../testing/query-counter';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';
import { UserEntity } from '../subgraphs/org/user/user.entity';
import { AssessmentYearEntity, YearStatus } from '../subgraphs/scoring/assessment-year/assessment-year.entity';
import { insertLargeBlock, type LargeBlock } from '../subgraphs/scoring/results/large-block-fixture';
import { clearRankingCache } from '../subgraphs/scoring/results/ranking-cache';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './browser-session';
import { storedAnswersServed } from './stored-answers';

const CACHE_SECONDS = 1;
const RATE_PER_MINUTE = 8;
const waitOutCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));
const RANKING = adminDocument('Ranking');
const PUBLISHED = `query($p: ID!, $y: Int!, $g: String) { publishedResults(provinceId: $p, year: $y, groupCode: $g) {
  year rankings { groupName rows { rank unitName index classification { code } areas { code index } } } } }`;

interface Answer {
  status: number;
  text: string;
  headers: Record<string, string>;
}

/** Headers that differ between any two answers. */
const VARYING = new Set(['date', 'connection', 'keep-alive']);

describe(`the gateway's stored-answer path (in process, ${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let block: LargeBlock;
  let officer: string;
  let stranger: string;
  let appKey: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem({
      logLines,
      config: { sessionCacheSeconds: CACHE_SECONDS, apiKeyRateLimitPerMinute: RATE_PER_MINUTE },
    });
    block = await insertLargeBlock(system, 24, 4);
    officer = (await system.createUser({ username: 'cb.xa', unitId: block.firstUnitId, roles: [Role.UNIT_OFFICER] })).token;
    const other = await insertUnit(system.orgDb, { name: 'Tỉnh Lào Cai', kind: OrgUnitKind.PROVINCE, code: '10' });
    stranger = (await system.createUser({ username: 'qt.laocai', unitId: other.id, roles: [Role.PROVINCE_ADMIN] })).token;
    const created = await system.gql<{ createApiClient: { key: string } }>(
      'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
      { n: 'Cổng dữ liệu' },
      { token: block.adminToken },
    );
    appKey = created.data!.createApiClient.key;
  }, 120_000);
  afterAll(() => system?.stop());

  const post = async (body: unknown, headers: Record<string, string>, raw = false): Promise<Answer & { bytes: Buffer }> => {
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers },
      body: JSON.stringify(body),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const all: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (!VARYING.has(name)) all[name] = value;
    });
    return { status: res.status, text: raw ? '' : bytes.toString('utf8'), headers: all, bytes };
  };
  const ranking = (token: string, extra: Record<string, string> = {}) =>
    post(
      { query: RANKING, variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null } },
      {
        authorization: `Bearer ${token}`,
        ...extra,
      },
    );
  /** Three reads: the normal path (stored), the normal path (a stored answer: admitted), the stored-answer path. */
  async function thrice(read: () => Promise<Answer>): Promise<{ answers: Answer[]; servedByPath: number }> {
    const before = storedAnswersServed();
    const answers = [await read(), await read(), await read()];
    return { answers, servedByPath: storedAnswersServed() - before };
  }

  it('answers the same bytes and headers as the normal path and as a build with no cache, for the admin, an app and nobody', async () => {
    const { answers, servedByPath } = await thrice(() => ranking(block.adminToken));
    expect(servedByPath).toBe(1);
    expect(answers[0].status).toBe(200);
    expect(answers[0].text).toMatch(/^\{"data":\{"ranking":/);
    for (const a of answers) expect(a).toEqual(answers[0]);
    // Compressed as the normal path compresses a stored answer (fetch inflates it: the same bytes).
    const gz = await ranking(block.adminToken, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(answers[0].text);
    clearRankingCache(system.scoringDb);
    expect(await ranking(block.adminToken)).toEqual(answers[0]);
    // Logged as the normal path logs it: the gateway's line and the subgraph's, with the caller and the operation.
    const before = storedAnswersServed();
    await ranking(block.adminToken, { [REQUEST_ID_HEADER]: 'sa-log-1' });
    expect(storedAnswersServed() - before).toBe(1);
    const logged = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.requestId === 'sa-log-1' && l.msg === 'graphql operation');
    expect(logged).toHaveLength(2);
    for (const line of logged) expect(line).toMatchObject({ operationName: 'Ranking', user: block.admin.username });

    const body = { query: PUBLISHED, variables: { p: block.provinceId, y: block.year.year, g: block.group.code } };
    const app = await thrice(() => post(body, { 'x-api-key': appKey }));
    expect(app.servedByPath).toBe(1);
    expect(app.answers[0].text).toMatch(/^\{"data":\{"publishedResults":/);
    for (const a of app.answers) expect(a).toEqual(app.answers[0]);
    const nobody = await thrice(() => post(body, {}));
    // The app stored the answer already: nobody's second read may take the path.
    expect(nobody.servedByPath).toBeGreaterThanOrEqual(1);
    for (const a of nobody.answers) expect(a).toEqual(app.answers[0]);
    clearRankingCache(system.scoringDb);
    expect(await post(body, {})).toEqual(app.answers[0]);
  });

  // The session check (a user_session read, cached CACHE_SECONDS = 1 s here) runs again whenever that second lapsed
  // between two requests, which a loaded machine makes happen at random: it is the caller's check, not the answer's cost.
  const countAnswerStatements = async <T>(run: () => Promise<T>) => {
    const counted = await countQueries([system.orgDb, system.scoringDb], run);
    const queries = counted.queries.filter((q) => !/FROM [`"]?user_session[`"]? /.test(q));
    return { result: counted.result, count: queries.length, queries };
  };

  it('costs the subgraph one statement (the cache key) and the gateway none; a dropped answer is built once, by the path', async () => {
    await ranking(block.adminToken);
    await ranking(block.adminToken);
    const before = storedAnswersServed();
    const counted = await countAnswerStatements(() => ranking(block.adminToken));
    expect(storedAnswersServed() - before).toBe(1);
    expect(counted.count).toBe(1);
    expect(counted.queries[0]).toMatch(/FROM unit_group g JOIN assessment_year y/);
    // Nothing stored any more (as after a write): the path has the subgraph build it for him once, and store it.
    clearRankingCache(system.scoringDb);
    const builtBefore = storedAnswersServed();
    const built = await countAnswerStatements(() => ranking(block.adminToken));
    expect(storedAnswersServed() - builtBefore).toBe(1);
    // The key, then results, roster and sheets, and the year and group the answer is shaped with: no statement twice.
    expect(built.count).toBe(6);
    expect(built.result).toEqual(counted.result);
    expect((await countAnswerStatements(() => ranking(block.adminToken))).count).toBe(1);
  });

  it('before publication each caller gets his own view through it, from a cache others warmed, as a build with no cache gives', async () => {
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.APPRAISAL });
    try {
      const admin = await thrice(() => ranking(block.adminToken));
      for (const a of admin.answers) expect(a).toEqual(admin.answers[0]);
      const adminRows = JSON.parse(admin.answers[0].text).data.ranking.rows as { unitId: string; index: number | null }[];
      expect(adminRows).toHaveLength(24);
      expect(adminRows.every((r) => r.index !== null)).toBe(true);

      // The same document and variables from a user of another kind of standing: his own view, via the same path.
      const before = storedAnswersServed();
      const own = [await ranking(officer), await ranking(officer), await ranking(officer)];
      for (const a of own) expect(a).toEqual(own[0]);
      const ownRows = JSON.parse(own[0].text).data.ranking.rows as { unitId: string; index: number | null; rank: number | null }[];
      expect(ownRows).toEqual([expect.objectContaining({ unitId: block.firstUnitId, index: null, rank: null })]);
      const none = [await ranking(stranger), await ranking(stranger)];
      expect(JSON.parse(none[0].text).data.ranking.rows).toEqual([]);
      expect(none[1]).toEqual(none[0]);
      // The officer's and the stranger's reads were answered by the path once their own answers were stored.
      expect(storedAnswersServed() - before).toBeGreaterThanOrEqual(3);

      // Nobody signed in: refused as before, however often he asks.
      for (let i = 0; i < 3; i++) {
        const anonymous = await post(
          { query: RANKING, variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null } },
          {},
        );
        expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      // An app may not read a ranking at all: refused every time.
      for (let i = 0; i < 2; i++) {
        const app = await post(
          { query: RANKING, variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null } },
          { 'x-api-key': appKey },
        );
        expect(JSON.parse(app.text).errors[0].extensions.code).toBe('FORBIDDEN');
      }

      clearRankingCache(system.scoringDb);
      expect(await ranking(officer)).toEqual(own[0]);
      expect(await ranking(stranger)).toEqual(none[0]);
      expect(await ranking(block.adminToken)).toEqual(admin.answers[0]);
    } finally {
      await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
    }
  });

  it('a user disabled after his answers were stored is refused once the session cache time has passed; another role sees his own view', async () => {
    const { user, token } = await system.createUser({ username: 'qt.phu', unitId: block.provinceId, roles: [Role.PROVINCE_ADMIN] });
    // A published ranking is the same stored answer for every signed-in caller: his reads may take the path at once.
    const { answers, servedByPath } = await thrice(() => ranking(token));
    expect(servedByPath).toBeGreaterThanOrEqual(1);
    expect(answers[2].status).toBe(200);
    await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.APPRAISAL });
    try {
      // Made a commune officer behind his session: after the cache time the subgraph sees the new role.
      await system.orgDb.getRepository(UserEntity).update({ id: user.id }, { roles: [Role.UNIT_OFFICER], unitId: block.firstUnitId });
      await waitOutCache();
      const demoted = JSON.parse((await ranking(token)).text).data.ranking.rows as { unitId: string; index: number | null }[];
      expect(demoted).toEqual([expect.objectContaining({ unitId: block.firstUnitId, index: null })]);
    } finally {
      await system.scoringDb.getRepository(AssessmentYearEntity).update({ id: block.year.id }, { status: YearStatus.PUBLISHED });
    }
    await thrice(() => ranking(token));
    const disabled = await system.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`,
      { id: user.id },
      { token: block.adminToken },
    );
    expect(disabled.errors).toBeUndefined();
    await waitOutCache();
    for (let i = 0; i < 2; i++) {
      const refused = await ranking(token);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(JSON.parse(refused.text).data ?? null).toBeNull();
    }
  });

  it("an app's rate limit counts every request it answers, once each", async () => {
    const created = await system.gql<{ createApiClient: { key: string } }>(
      'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
      { n: 'Ứng dụng đếm' },
      { token: block.adminToken },
    );
    const key = created.data!.createApiClient.key;
    const body = { query: PUBLISHED, variables: { p: block.provinceId, y: block.year.year, g: block.group.code } };
    const before = storedAnswersServed();
    const statuses: number[] = [];
    for (let i = 0; i < RATE_PER_MINUTE + 2; i++) statuses.push((await post(body, { 'x-api-key': key })).status);
    // The bucket holds RATE_PER_MINUTE requests: the rest are refused with 429 whichever path would have answered.
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_PER_MINUTE);
    expect(statuses.slice(RATE_PER_MINUTE)).toEqual([429, 429]);
    expect(storedAnswersServed() - before).toBeGreaterThan(0);
    const refused = await post(body, { 'x-api-key': key });
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('other variables, a bad variable or another document go the normal way and are checked there', async () => {
    await thrice(() => ranking(block.adminToken));
    const bad = await post(
      { query: RANKING, variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: true } },
      { authorization: `Bearer ${block.adminToken}` },
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await post({ query: RANKING, variables: { yearId: block.year.id } }, { authorization: `Bearer ${block.adminToken}` });
    expect(JSON.parse(missing.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("a cookie session runs the admin's own documents only: a foreign one is refused every time, even once stored for a bearer token", async () => {
    await system.createUser({ username: 'qt.cookie', unitId: block.provinceId, roles: [Role.PROVINCE_ADMIN], password: 'mat-khau-cookie' });
    const login = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'qt.cookie', password: 'mat-khau-cookie' }),
    });
    expect(login.status).toBe(200);
    const cookies = new Map(
      login.headers.getSetCookie().map((line) => {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as const;
      }),
    );
    const cookie = {
      cookie: `${SESSION_COOKIE}=${cookies.get(SESSION_COOKIE)}; ${CSRF_COOKIE}=${cookies.get(CSRF_COOKIE)}`,
      [CSRF_HEADER]: cookies.get(CSRF_COOKIE)!,
    };
    const foreign = {
      query: `query Ranking($yearId: ID!, $groupId: ID!) { ranking(yearId: $yearId, groupId: $groupId) { rows { unitId } } }`,
      variables: { yearId: block.year.id, groupId: block.group.id },
    };
    const bearer = await thrice(() => post(foreign, { authorization: `Bearer ${block.adminToken}` }));
    expect(bearer.servedByPath).toBe(1);
    for (let i = 0; i < 3; i++) {
      const res = await post(foreign, cookie);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    }
    // The admin's own document on the cookie session: through the path once stored, the same bytes as for his bearer token.
    const viaCookie = await thrice(() =>
      post({ query: RANKING, variables: { yearId: block.year.id, groupId: block.group.id, assessorUnitId: null } }, cookie),
    );
    expect(viaCookie.servedByPath).toBeGreaterThanOrEqual(1);
    const viaBearer = await ranking(block.adminToken);
    for (const a of viaCookie.answers) expect(a.text).toBe(viaBearer.text);
  });
});
