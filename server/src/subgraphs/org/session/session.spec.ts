import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../../platform/auth/roles';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../../../testing/test-system';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../../gateway/browser-session';
import { adminDocument } from '../../../testing/admin-documents';
import { UserSessionEntity } from './session.entity';

/** Short so the tests can wait it out: the longest a revoked session may still work on one gateway process. */
const CACHE_SECONDS = 1;
const waitOutCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }';
const CREATE_USER = `mutation($u: String!, $unit: ID!) { createUser(input: { username: $u, fullName: "Người mới", unitId: $unit, roles: [PROVINCE_ADMIN], password: "mat-khau-moi-123" }) { id } }`;
/** The admin's own documents: a cookie session runs nothing else (gateway/trusted-documents.ts). */
const ADMIN_CREATE_USER = adminDocument('CreateUser');
const ME = adminDocument('Me');
const CREATE_YEAR = `mutation($p: ID!, $y: Int!) { createAssessmentYear(input: { provinceId: $p, year: $y, name: "Kỳ thử", model: TWO_LEVEL }) { id } }`;
const RENAME_YEAR = `mutation($id: ID!, $n: String!) { updateAssessmentYear(id: $id, input: { name: $n }) { name } }`;
const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;

describe(`revocable sessions (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let provinceId: string;
  let deptId: string;
  let admin: string;
  let yearId: string;
  let seq = 0;

  /** A fresh PROVINCE_ADMIN of the Sở Nội vụ (a department: the shared scope rule lets him configure the province's years). */
  async function newAdmin(password = 'mat-khau-quan-tri') {
    const username = `qt.${++seq}`;
    const { user, token } = await system.createUser({ username, unitId: deptId, roles: [Role.PROVINCE_ADMIN], password });
    return { id: user.id, username, token };
  }

  beforeAll(async () => {
    system = await startTestSystem({ config: { sessionCacheSeconds: CACHE_SECONDS } });
    const province = await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' });
    provinceId = province.id;
    deptId = (await insertUnit(system.orgDb, { name: 'Sở Nội vụ', kind: OrgUnitKind.DEPARTMENT, code: '22-SNV', parent: province })).id;
    admin = (await newAdmin()).token;
    const year = await system.gql<{ createAssessmentYear: { id: string } }>(CREATE_YEAR, { p: provinceId, y: 2030 }, { token: admin });
    expect(year.errors, JSON.stringify(year.errors)).toBeUndefined();
    yearId = year.data!.createAssessmentYear.id;
  });
  afterAll(() => system?.stop());

  it('a token without exp (or without a session) is refused, even correctly signed', async () => {
    const key = new TextEncoder().encode(system.config.jwtSecret);
    const { id } = await newAdmin();
    const session = await system.orgDb.getRepository(UserSessionEntity).findOneByOrFail({ userId: id });
    const base = () => new SignJWT({ sid: session.id }).setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuer('par-index');
    const noExp = await base().setAudience('par-index:user').setIssuedAt().sign(key);
    const res = await system.gql('{ me { id } }', {}, { token: noExp });
    expect(code(res)).toBe('UNAUTHENTICATED');
    const noSid = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(id)
      .setIssuer('par-index')
      .setAudience('par-index:user')
      .setExpirationTime('1h')
      .sign(key);
    expect(code(await system.gql('{ me { id } }', {}, { token: noSid }))).toBe('UNAUTHENTICATED');
    // The same claims with an expiry are accepted: the refusal above is about exp alone.
    const withExp = await base().setAudience('par-index:user').setExpirationTime('1h').sign(key);
    expect((await system.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: withExp })).data?.me.id).toBe(id);
  });

  it("a disabled former administrator's token can neither create a PROVINCE_ADMIN nor change a year once the cache time has passed", async () => {
    const former = await newAdmin();
    // Before: full power (also warms this gateway's session cache).
    expect((await system.gql(RENAME_YEAR, { id: yearId, n: 'Kỳ đánh giá 2030' }, { token: former.token })).errors).toBeUndefined();
    const disabled = await system.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`,
      { id: former.id },
      { token: admin },
    );
    expect(disabled.errors).toBeUndefined();
    await waitOutCache();
    const create = await system.gql(CREATE_USER, { u: 'ke.gian', unit: deptId }, { token: former.token });
    expect(code(create)).toBe('UNAUTHENTICATED');
    expect(create.errors?.[0].extensions?.reason).toBe('SESSION_REVOKED');
    expect(code(await system.gql(RENAME_YEAR, { id: yearId, n: 'Bị đổi' }, { token: former.token }))).toBe('UNAUTHENTICATED');
    const year = await system.gql<{ assessmentYear: { name: string } }>(
      'query($id: ID!) { assessmentYear(id: $id) { name } }',
      { id: yearId },
      { token: admin },
    );
    expect(year.data?.assessmentYear.name).toBe('Kỳ đánh giá 2030');
    expect(
      (await system.gql<{ users: { totalCount: number } }>('query { users(search: "ke.gian") { totalCount } }', {}, { token: admin })).data
        ?.users.totalCount,
    ).toBe(0);
    // And he cannot sign in again.
    expect(code(await system.gql(LOGIN, { u: former.username, p: 'mat-khau-quan-tri' }))).toBe('UNAUTHENTICATED');
  });

  it('a demoted administrator loses admin power: his sessions end, and a new sign-in has the new role only', async () => {
    const demoted = await newAdmin();
    expect(code(await system.gql(RENAME_YEAR, { id: yearId, n: 'Kỳ đánh giá 2030' }, { token: demoted.token }))).toBeUndefined();
    await system.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { roles: [VIEWER] }) { roles } }`,
      { id: demoted.id },
      { token: admin },
    );
    await waitOutCache();
    expect(code(await system.gql(CREATE_USER, { u: 'ke.gian.2', unit: deptId }, { token: demoted.token }))).toBe('UNAUTHENTICATED');
    const again = await system.gql<{ login: { token: string } }>(LOGIN, { u: demoted.username, p: 'mat-khau-quan-tri' });
    const fresh = again.data!.login.token;
    expect(code(await system.gql(CREATE_USER, { u: 'ke.gian.3', unit: deptId }, { token: fresh }))).toBe('FORBIDDEN');
    expect(code(await system.gql(RENAME_YEAR, { id: yearId, n: 'Bị đổi' }, { token: fresh }))).toBe('FORBIDDEN');
  });

  it('a password reset by an administrator revokes the old tokens; a password change keeps only the current session', async () => {
    const user = await newAdmin();
    const second = (await system.gql<{ login: { token: string } }>(LOGIN, { u: user.username, p: 'mat-khau-quan-tri' })).data!.login.token;
    await system.gql('{ me { id } }', {}, { token: user.token });
    const reset = await system.gql(
      `mutation($id: ID!) { resetUserPassword(id: $id, password: "mat-khau-dat-lai") { id } }`,
      { id: user.id },
      { token: admin },
    );
    expect(reset.errors).toBeUndefined();
    await waitOutCache();
    expect(code(await system.gql('{ me { id } }', {}, { token: user.token }))).toBe('UNAUTHENTICATED');
    expect(code(await system.gql('{ me { id } }', {}, { token: second }))).toBe('UNAUTHENTICATED');

    const a = (await system.gql<{ login: { token: string } }>(LOGIN, { u: user.username, p: 'mat-khau-dat-lai' })).data!.login.token;
    const b = (await system.gql<{ login: { token: string } }>(LOGIN, { u: user.username, p: 'mat-khau-dat-lai' })).data!.login.token;
    const changed = await system.gql(
      'mutation { changeMyPassword(currentPassword: "mat-khau-dat-lai", newPassword: "mat-khau-cua-toi") }',
      {},
      { token: a },
    );
    expect(changed.errors).toBeUndefined();
    await waitOutCache();
    expect(code(await system.gql('{ me { id } }', {}, { token: b }))).toBe('UNAUTHENTICATED');
    expect((await system.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: a })).data?.me.id).toBe(user.id);
  });

  it('logout ends this session at once; sign out everywhere ends the others too', async () => {
    const user = await newAdmin();
    const other = (await system.gql<{ login: { token: string } }>(LOGIN, { u: user.username, p: 'mat-khau-quan-tri' })).data!.login.token;
    expect((await system.gql('{ me { id } }', {}, { token: user.token })).errors).toBeUndefined();
    expect((await system.gql<{ logout: boolean }>('mutation { logout }', {}, { token: user.token })).data?.logout).toBe(true);
    // No waiting: the gateway forgets the session it just saw signing out.
    const after = await system.gql('{ me { id } }', {}, { token: user.token });
    expect(code(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0].message).toMatch(/Phiên đăng nhập đã kết thúc/);
    expect((await system.gql('{ me { id } }', {}, { token: other })).errors).toBeUndefined();

    const third = (await system.gql<{ login: { token: string } }>(LOGIN, { u: user.username, p: 'mat-khau-quan-tri' })).data!.login.token;
    const everywhere = await system.gql<{ signOutEverywhere: number }>('mutation { signOutEverywhere }', {}, { token: third });
    expect(everywhere.data?.signOutEverywhere).toBe(2);
    expect(code(await system.gql('{ me { id } }', {}, { token: third }))).toBe('UNAUTHENTICATED');
    await waitOutCache();
    expect(code(await system.gql('{ me { id } }', {}, { token: other }))).toBe('UNAUTHENTICATED');
  });

  describe('the admin in a browser: session cookie + CSRF header', () => {
    const base = () => system.gatewayUrl.replace(/\/graphql$/, '');

    async function browserLogin(username: string, password = 'mat-khau-quan-tri') {
      const res = await fetch(`${base()}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const cookies = new Map(
        res.headers.getSetCookie().map((line) => {
          const [pair] = line.split(';');
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), { value: decodeURIComponent(pair.slice(eq + 1)), line }] as const;
        }),
      );
      return { res, body: (await res.json()) as Record<string, unknown>, cookies };
    }

    it('sets an httpOnly SameSite=Strict session cookie and a readable CSRF cookie; the token is not in the body', async () => {
      const { username } = await newAdmin();
      const { res, body, cookies } = await browserLogin(username);
      expect(res.status).toBe(200);
      expect(JSON.stringify(body)).not.toMatch(/token/);
      expect(body).toMatchObject({ data: { login: { user: { username } } } });
      expect(cookies.get(SESSION_COOKIE)?.line).toMatch(/HttpOnly/i);
      expect(cookies.get(SESSION_COOKIE)?.line).toMatch(/SameSite=Strict/i);
      expect(cookies.get(CSRF_COOKIE)?.line).not.toMatch(/HttpOnly/i);
      expect(cookies.get(CSRF_COOKIE)?.line).toMatch(/SameSite=Strict/i);
    });

    it('a cookie without the CSRF header, with a wrong one, or over GET is refused; with it the request goes through', async () => {
      const { username } = await newAdmin();
      const { cookies } = await browserLogin(username);
      const cookie = `${SESSION_COOKIE}=${cookies.get(SESSION_COOKIE)!.value}; ${CSRF_COOKIE}=${cookies.get(CSRF_COOKIE)!.value}`;
      const csrf = cookies.get(CSRF_COOKIE)!.value;
      const mutation = {
        query: ADMIN_CREATE_USER,
        variables: {
          input: { username: 'qua.cookie', fullName: 'Người mới', unitId: deptId, roles: ['PROVINCE_ADMIN'], password: 'mat-khau-moi-123' },
        },
      };
      const post = (headers: Record<string, string>) => system.gql(mutation.query, mutation.variables, { headers: { cookie, ...headers } });

      const none = await post({});
      expect(code(none)).toBe('FORBIDDEN');
      expect(none.errors?.[0].extensions?.reason).toBe('CSRF');
      expect(code(await post({ [CSRF_HEADER]: 'abc' }))).toBe('FORBIDDEN');
      const get = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent(ME)}`, {
        headers: { cookie, [CSRF_HEADER]: csrf, 'apollo-require-preflight': 'true' },
      });
      expect(((await get.json()) as GraphQLResponse).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(
        (await system.gql<{ users: { totalCount: number } }>('{ users(search: "qua.cookie") { totalCount } }', {}, { token: admin })).data
          ?.users.totalCount,
      ).toBe(0);

      const ok = await post({ [CSRF_HEADER]: csrf });
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    });

    it('/auth/logout revokes the session and clears the cookies; the old cookie is refused afterwards', async () => {
      const { username } = await newAdmin();
      const { cookies } = await browserLogin(username);
      const cookie = `${SESSION_COOKIE}=${cookies.get(SESSION_COOKIE)!.value}; ${CSRF_COOKIE}=${cookies.get(CSRF_COOKIE)!.value}`;
      const csrf = cookies.get(CSRF_COOKIE)!.value;
      expect((await system.gql(ME, {}, { headers: { cookie, [CSRF_HEADER]: csrf } })).errors).toBeUndefined();
      const noHeader = await fetch(`${base()}/auth/logout`, { method: 'POST', headers: { cookie } });
      expect(noHeader.status).toBe(403);
      const out = await fetch(`${base()}/auth/logout`, {
        method: 'POST',
        headers: { cookie, [CSRF_HEADER]: csrf, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie().join('\n')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
      const after = await system.gql(ME, {}, { headers: { cookie, [CSRF_HEADER]: csrf } });
      expect(code(after)).toBe('UNAUTHENTICATED');
      expect(after.errors?.[0].extensions?.reason).toBe('SESSION_REVOKED');
    });

    it('a wrong password at /auth/login answers like GraphQL, with no cookie', async () => {
      const { username } = await newAdmin();
      const { res, body, cookies } = await browserLogin(username, 'sai-mat-khau');
      expect(res.status).toBe(401);
      expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(cookies.size).toBe(0);
    });
  });
});
