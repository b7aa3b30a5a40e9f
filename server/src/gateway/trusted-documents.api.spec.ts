/**
 * Trusted documents (issue 9, item 3): the admin's cookie session runs only the documents of the
 * admin's persisted-documents manifest (by hash, or as text however Apollo Client prints it);
 * anything else is refused with a coded error. Bearer tokens and API keys keep arbitrary
 * documents (within the depth and cost limits).
 */
import { parse, print, visit, type FieldNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../platform/auth/roles';
import { adminDocument } from '../testing/admin-documents';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../testing/test-system';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './browser-session';
import { canonicalDocument, TrustedDocuments } from './trusted-documents';

const ME = adminDocument('Me');
const TYPENAME: FieldNode = {
  kind: 'Field' as FieldNode['kind'],
  name: { kind: 'Name' as FieldNode['name']['kind'], value: '__typename' },
};

/**
 * The manifest's text as Apollo Client sends it: `__typename` in every selection set, the
 * operation before its fragments, variables and arguments in the source's order (not sorted).
 */
function asApolloClientPrints(text: string): string {
  const doc = visit(parse(text), {
    SelectionSet: { leave: (node) => ({ ...node, selections: [...node.selections, TYPENAME] }) },
    OperationDefinition: { leave: (node) => ({ ...node, variableDefinitions: [...(node.variableDefinitions ?? [])].reverse() }) },
    Field: { leave: (node) => ({ ...node, arguments: [...(node.arguments ?? [])].reverse() }) },
  });
  return print({ ...doc, definitions: [...doc.definitions].reverse() });
}

describe('canonical documents', () => {
  it('two printings of one operation agree; one more field does not', () => {
    const trusted = TrustedDocuments.fromFile();
    const canonical = canonicalDocument(parse(ME));
    expect(canonicalDocument(parse(asApolloClientPrints(ME)))).toBe(canonical);
    // The sheet's lookup as the admin sends it (variables in source order): the browser suite found it.
    const sheetFor = adminDocument('ScoreSheetFor');
    expect(canonicalDocument(parse(asApolloClientPrints(sheetFor)))).toBe(canonicalDocument(parse(sheetFor)));
    expect(
      trusted.trusts(
        parse(
          'query ScoreSheetFor($yearId: ID!, $unitId: ID!) { scoreSheetFor(unitId: $unitId, yearId: $yearId) { id groupId __typename } }',
        ),
      ),
    ).toBe(true);
    expect(canonicalDocument(parse(ME.replace('username }', 'username active }')))).not.toBe(canonical);
    expect(trusted.trusts(parse(asApolloClientPrints(ME)))).toBe(true);
    expect(trusted.trusts(parse('query Me { me { id passwordChangedAt: username } }'))).toBe(false);
  });
});

describe(`trusted documents on the admin's cookie sessions (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let token: string;
  let cookieHeaders: Record<string, string>;
  let provinceId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Hà Giang', kind: OrgUnitKind.PROVINCE, code: '02' });
    provinceId = province.id;
    ({ token } = await system.createUser({
      username: 'qt.hagiang',
      unitId: province.id,
      roles: [Role.PROVINCE_ADMIN],
      password: 'mat-khau-quan-tri',
    }));
    const res = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'qt.hagiang', password: 'mat-khau-quan-tri' }),
    });
    expect(res.status).toBe(200);
    const cookies = new Map(
      res.headers.getSetCookie().map((line) => {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as const;
      }),
    );
    cookieHeaders = {
      cookie: `${SESSION_COOKIE}=${cookies.get(SESSION_COOKIE)}; ${CSRF_COOKIE}=${cookies.get(CSRF_COOKIE)}`,
      [CSRF_HEADER]: cookies.get(CSRF_COOKIE)!,
    };
  }, 60_000);
  afterAll(() => system?.stop());

  const post = async (body: unknown, headers: Record<string, string>) => {
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as GraphQLResponse<{ me: { username: string } }> };
  };

  it('refuses a document that is not the admin’s, with a coded error and nothing run', async () => {
    const { status, body } = await post({ query: '{ me { id username roles } }' }, cookieHeaders);
    expect(status).toBe(403);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    expect(body.errors?.[0].message).toMatch(/trang quản trị/);
    // A manifest document with one field more is another document.
    const widened = await post({ query: ME.replace('username }', 'username active }') }, cookieHeaders);
    expect(widened.body.errors?.[0].extensions?.reason).toBe('UNTRUSTED_DOCUMENT');
  });

  it('runs a manifest document sent by hash, by documentId, or as text however Apollo Client prints it', async () => {
    const hash = [...TrustedDocuments.fromFile().byHash].find(([, text]) => text === ME)![0];
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, cookieHeaders);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data?.me.username).toBe('qt.hagiang');
    expect((await post({ documentId: `sha256:${hash}` }, cookieHeaders)).body).toEqual(byHash.body);
    expect((await post({ query: asApolloClientPrints(ME) }, cookieHeaders)).body.data?.me.username).toBe('qt.hagiang');
    // An unknown hash without text: Apollo's persisted-query answer (the client may then send the text, which is checked).
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, cookieHeaders);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a bearer token and an API key may send their own documents', async () => {
    const own = await post({ query: '{ me { id username roles } }' }, { authorization: `Bearer ${token}` });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.me.username).toBe('qt.hagiang');
    const { createApiClient } = (
      await system.gql<{ createApiClient: { key: string } }>(
        'mutation($n: String!) { createApiClient(input: { name: $n }) { key } }',
        { n: 'Cổng thông tin' },
        { token },
      )
    ).data!;
    const app = await post(
      { query: 'query($p: ID!) { publishedResults(provinceId: $p, year: 2020) { year } }', variables: { p: provinceId } },
      { 'x-api-key': createApiClient.key },
    );
    // Nothing is published for 2020: the app's own document ran and got the domain's answer, not a refusal of the document.
    expect(app.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
