import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  GATEWAY_FETCH_HEADER,
  GATEWAY_FETCH_PURPOSE,
  INTERNAL_TOKEN_HEADER,
  signInternalToken,
  signServiceToken,
} from '../platform/auth/tokens';
import { expectCodedJson, rawRequest, type RawAnswer } from '../testing/raw-http';
import { buildSecurityWorld, type SecurityWorld } from '../testing/security-fixture';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type TestSystem } from '../testing/test-system';

/**
 * The attacks of issue 7 that live at the HTTP and GraphQL request level, each answered with a
 * coded refusal: JSON always, never HTML or a stack trace, never INTERNAL_SERVER_ERROR.
 */
describe(`hostile requests at the gateway (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let world: SecurityWorld;
  let base: string;

  /** node:http, not fetch: fetch would normalise `/files/../graphql` before sending it. */
  const raw = (method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}) =>
    rawRequest(base, method, path, body, headers);
  const postJson = (body: string, headers: Record<string, string> = {}) =>
    raw('POST', '/graphql', body, { 'content-type': 'application/json', ...headers });
  const code = (answer: RawAnswer) => answer.json.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    system = await startTestSystem();
    world = await buildSecurityWorld(system);
    base = system.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(() => system?.stop());

  describe('numbers and dates', () => {
    it('a declared value of 1e999999999 is BAD_USER_INPUT at once, not a 27 s freeze', async () => {
      const started = Date.now();
      const res = await system.gql(
        'mutation($id: ID!, $e: [SelfAssessmentEntryInput!]!) { saveSelfAssessment(sheetId: $id, version: 1, entries: $e) { version } }',
        { id: world.sheetId, e: [{ criterionId: world.criteria.get('2.1')!.id, declaredValue: '1e999999999' }] },
        { token: world.tokens.officer },
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/quá lớn hoặc quá dài/);
      // Loose on purpose (not a benchmark): the unbounded parser took ~27 s for this one value.
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('1e400 points, as a literal or a variable, are a coded 400', async () => {
      const leaf = world.criteria.get('2.1')!.id;
      const literal = await postJson(
        JSON.stringify({
          query: `mutation { saveAppraisal(sheetId: "${world.sheetId}", version: 1, round: 1, entries: [{ criterionId: "${leaf}", points: 1e400 }]) { version } }`,
        }),
        { authorization: `Bearer ${world.tokens.appraiser}` },
      );
      expectCodedJson(literal, 400, 'GRAPHQL_VALIDATION_FAILED');
      const variable = await postJson(
        `{"query":"mutation($p: Float) { saveAppraisal(sheetId: \\"${world.sheetId}\\", version: 1, round: 1, entries: [{ criterionId: \\"${leaf}\\", points: $p }]) { version } }","variables":{"p":1e400}}`,
        { authorization: `Bearer ${world.tokens.appraiser}` },
      );
      expectCodedJson(variable, 400, 'BAD_USER_INPUT');
    });

    it('an Int past 32 bits is a coded 400, literal or variable', async () => {
      expectCodedJson(
        await postJson(JSON.stringify({ query: '{ orgUnits(first: 99999999999) { totalCount } }' })),
        400,
        'GRAPHQL_VALIDATION_FAILED',
      );
      const variable = await postJson(
        JSON.stringify({ query: 'query($f: Int) { orgUnits(first: $f) { totalCount } }', variables: { f: 99999999999 } }),
      );
      expectCodedJson(variable, 400, 'BAD_USER_INPUT');
      expect(variable.json.errors?.[0].message).toMatch(/Biến của truy vấn không hợp lệ/);
    });

    it('impossible and out-of-range dates are coded 400s, never stored', async () => {
      const admin = { authorization: `Bearer ${world.tokens.admin}` };
      for (const date of ['2025-02-30', '0000-01-01', '99999-01-01', '2025-1-1']) {
        const literal = await postJson(
          JSON.stringify({ query: `mutation { closeOrgUnit(id: "${world.department.id}", validTo: "${date}") { id } }` }),
          admin,
        );
        expectCodedJson(literal, 400, 'GRAPHQL_VALIDATION_FAILED');
        const variable = await postJson(
          JSON.stringify({
            query: 'mutation($id: ID!, $d: Date!) { closeOrgUnit(id: $id, validTo: $d) { id } }',
            variables: { id: world.department.id, d: date },
          }),
          admin,
        );
        expectCodedJson(variable, 400, 'BAD_USER_INPUT');
      }
      const still = await system.gql<{ orgUnit: { validTo: string | null } }>(
        'query($id: ID!) { orgUnit(id: $id) { validTo } }',
        { id: world.department.id },
        { token: world.tokens.admin },
      );
      expect(still.data?.orgUnit.validTo).toBeNull();
    });
  });

  describe('malformed requests: HTTP 4xx with coded JSON', () => {
    it('malformed JSON', async () => expectCodedJson(await postJson('{"query":'), 400, 'BAD_REQUEST'));

    it('a body over 2 MB', async () => {
      const answer = await postJson(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2.5 * 1024 * 1024) } }));
      expectCodedJson(answer, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('a batched request', async () =>
      expectCodedJson(await postJson(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])), 400, 'BAD_REQUEST'));

    it('an empty body', async () => expectCodedJson(await postJson(''), 400, 'BAD_REQUEST'));

    it('text/plain (a cross-site form could send it)', async () =>
      expectCodedJson(await raw('POST', '/graphql', '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST'));

    it('a mutation over GET, with or without the preflight header', async () => {
      const path = `/graphql?query=${encodeURIComponent('mutation { login(username: "a", password: "b") { token } }')}`;
      expectCodedJson(await raw('GET', path), 400, 'BAD_REQUEST');
      const answer = await raw('GET', path, undefined, { 'apollo-require-preflight': 'true' });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(code(answer)).toBe('BAD_REQUEST');
    });

    it('an unknown operationName', async () =>
      expectCodedJson(await postJson(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })), 400, 'BAD_USER_INPUT'));

    it('a missing required variable (the cost limit does not throw on it)', async () =>
      expectCodedJson(await postJson(JSON.stringify({ query: 'query($id: ID!) { orgUnit(id: $id) { id } }' })), 400, 'BAD_USER_INPUT'));

    it('a document past the token limit', async () => {
      const answer = await postJson(JSON.stringify({ query: `{${' __typename'.repeat(6000)} }` }));
      expectCodedJson(answer, 400, 'GRAPHQL_PARSE_FAILED');
      expect(answer.json.errors?.[0].message).toMatch(/Truy vấn sai cú pháp hoặc quá dài/);
    });
  });

  describe('what a refusal echoes', () => {
    it('a malformed id is refused with its first 40 characters, not sent back whole (both subgraphs)', async () => {
      // 120 characters: under the input guard's 128 for an ID (a 1 MB id stops there, quoted not at all).
      const id = `${'7'.repeat(40)}${'x'.repeat(80)}`;
      for (const query of ['query($id: ID!) { orgUnit(id: $id) { id } }', 'query($id: ID!) { scoreSheet(id: $id) { id } }']) {
        const answer = await postJson(JSON.stringify({ query, variables: { id } }), { authorization: `Bearer ${world.tokens.admin}` });
        expect(answer.status).toBe(200);
        expect(code(answer)).toBe('BAD_USER_INPUT');
        expect(answer.json.errors?.[0].message).toContain(`"${'7'.repeat(40)}…"`);
        expect(answer.json.errors?.[0].message).toMatch(/^Mã định danh .*không hợp lệ/);
        expect(answer.body).not.toContain('x'.repeat(10));
      }
      const huge = await postJson(
        JSON.stringify({ query: 'query($id: ID!) { orgUnit(id: $id) { id } }', variables: { id: 'y'.repeat(1024 * 1024) } }),
        {
          authorization: `Bearer ${world.tokens.admin}`,
        },
      );
      expect(code(huge)).toBe('BAD_USER_INPUT');
      expect(huge.body.length).toBeLessThan(2000);
    });
  });

  describe('the /files proxy and the federation fields', () => {
    it.each([
      '/files/%2e%2e/graphql',
      '/files/../graphql',
      '/files/..%2fgraphql',
      '/files/%2E%2E%2Fgraphql',
      '/files//graphql',
      '/files/x/../../graphql',
    ])('POST %s never reaches a subgraph /graphql', async (path) => {
      for (const token of [undefined, world.tokens.officer]) {
        const answer = await raw('POST', path, JSON.stringify({ query: '{ _service { sdl } }' }), {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        });
        expectCodedJson(answer, 404, 'NOT_FOUND');
        expect(answer.body).not.toMatch(/sdl|_service/);
      }
    });

    it('GET /files/<not an id> is NOT_FOUND before any identity or subgraph call', async () => {
      for (const path of ['/files/..%2f..%2fgraphql', '/files/readyz', '/files/%2e%2e', '/files/00000000-0000-0000-0000-000000000000/x'])
        expectCodedJson(await raw('GET', path), 404, 'NOT_FOUND');
    });

    it('_service and _entities answer only with the gateway fetch token, not a caller internal token', async () => {
      const sdl = JSON.stringify({ query: '{ _service { sdl } }' });
      const entities = JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id } } }',
        variables: { r: [{ __typename: 'OrgUnit', id: world.province.id }] },
      });
      const viaFragment = JSON.stringify({ query: '{ ...F } fragment F on Query { _service { sdl } }' });
      for (const url of [system.orgUrl, system.scoringUrl]) {
        for (const actor of [
          ANONYMOUS,
          {
            kind: 'user' as const,
            userId: world.userIds.admin,
            username: 'sec.admin',
            unitId: world.province.id,
            roles: [],
            provinceUnitId: world.province.id,
            sessionId: 'forged',
          },
        ]) {
          const token = await signInternalToken({ actor, requestId: 'r', clientIp: '' }, system.config.internalSecret);
          for (const body of [sdl, entities, viaFragment]) {
            const res = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
              body,
            });
            const json = (await res.json()) as RawAnswer['json'];
            expect(json.errors?.[0].extensions?.code).toBe('FORBIDDEN');
            expect(JSON.stringify(json)).not.toMatch(/type Query|"_entities":\[/);
          }
        }
      }
      // The gateway's own fetch token opens them (that is how cross-subgraph queries work).
      const token = await signInternalToken({ actor: ANONYMOUS, requestId: 'r', clientIp: '' }, system.config.internalSecret);
      const fetchToken = await signServiceToken(GATEWAY_FETCH_PURPOSE, system.config.internalSecret);
      const res = await fetch(system.orgUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token, [GATEWAY_FETCH_HEADER]: fetchToken },
        body: sdl,
      });
      expect(((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl).toMatch(/type OrgUnit/);
    });

    it('a cross-subgraph query still works through the gateway (entities fetched with the fetch token)', async () => {
      const res = await system.gql<{ orgUnit: { name: string; assessmentYears: { year: number }[] } }>(
        'query($id: ID!) { orgUnit(id: $id) { name assessmentYears { year } } }',
        { id: world.province.id },
        { token: world.tokens.admin },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.orgUnit).toEqual({ name: 'Tỉnh Quảng Ninh', assessmentYears: [{ year: 2025 }] });
    });
  });
});
