/**
 * Issue 9's gateway caches against the real system: a caller's requests reuse one internal token
 * and one verified sign-in token, yet a disabled user or a changed role takes effect within the
 * session cache's time exactly as before; a remembered cost still refuses an expensive query
 * every time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../platform/auth/roles';
import { verifiedTokens } from '../platform/auth/tokens';
import { insertUnit, OrgUnitKind } from '../testing/fixtures';
import { TEST_DB_KIND } from '../testing/test-database';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '../testing/test-system';
import { UserEntity } from '../subgraphs/org/user/user.entity';

/** The longest a revoked session may still work on one gateway process (short, so the test can wait it out). */
const CACHE_SECONDS = 1;
const waitOutCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));
const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const ME = '{ me { id roles } }';
/** Province administrators only. */
const USERS = 'query { users(search: "qt") { totalCount } }';

for (const inProcess of [true, false]) {
  describe(`the gateway's request caches keep sessions revocable (${inProcess ? 'in process' : 'over HTTP'}, ${TEST_DB_KIND})`, () => {
    let system: TestSystem;
    let unitId: string;
    let admin: string;

    beforeAll(async () => {
      system = await startTestSystem({ inProcess, config: { sessionCacheSeconds: CACHE_SECONDS } });
      unitId = (await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' })).id;
      admin = (await system.createUser({ username: 'qt.tinh', unitId, roles: [Role.PROVINCE_ADMIN] })).token;
    });
    afterAll(() => system?.stop());

    it('one internal token per caller across his requests; disabled, he is refused once the session cache time has passed', async () => {
      const { user, token } = await system.createUser({ username: 'cb.tinh', unitId, roles: [Role.UNIT_OFFICER] });
      const internal = verifiedTokens('internal', system.config.internalSecret);
      const signIn = verifiedTokens('user', system.config.jwtSecret);
      expect((await system.gql<{ me: { id: string } }>(ME, {}, { token })).data?.me.id).toBe(user.id);
      const internalBefore = internal.size;
      const signInBefore = signIn.size;
      for (let i = 0; i < 5; i++) expect((await system.gql(ME, {}, { token })).errors).toBeUndefined();
      // Five more requests: no new internal token and no new verification of his sign-in token.
      expect(internal.size).toBe(internalBefore);
      expect(signIn.size).toBe(signInBefore);

      const disabled = await system.gql(
        `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`,
        { id: user.id },
        { token: admin },
      );
      expect(disabled.errors).toBeUndefined();
      await waitOutCache();
      const refused = await system.gql(ME, {}, { token });
      expect(code(refused)).toBe('UNAUTHENTICATED');
      expect(refused.data ?? null).toBeNull();
      expect(code(await system.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
    });

    it('a role changed behind the session is what the subgraphs see after the cache time: a new token, not the reused one', async () => {
      const { user, token } = await system.createUser({ username: 'qt.huyen', unitId, roles: [Role.PROVINCE_ADMIN] });
      expect((await system.gql(USERS, {}, { token })).errors).toBeUndefined();
      expect((await system.gql(USERS, {}, { token })).errors).toBeUndefined();
      // Straight in the table (no service call that would end his sessions): only the session check's fresh answer carries it.
      await system.orgDb.getRepository(UserEntity).update({ id: user.id }, { roles: [Role.UNIT_OFFICER] });
      await waitOutCache();
      expect(code(await system.gql(USERS, {}, { token }))).toBe('FORBIDDEN');
      expect((await system.gql<{ me: { roles: string[] } }>(ME, {}, { token })).data?.me.roles).toEqual([Role.UNIT_OFFICER]);
    });

    it('a query over the cost limit is refused every time (the remembered cost refuses too); a smaller page of the same document passes', async () => {
      const doc =
        'query($n: Int) { orgUnits(first: $n) { edges { node { children(first: $n) { edges { node { children(first: $n) { totalCount } } } } } } } }';
      for (let i = 0; i < 3; i++) {
        const res = await system.gql(doc, { n: 500 }, { token: admin });
        expect(code(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].message).toMatch(/quá lớn/);
      }
      for (let i = 0; i < 2; i++) expect((await system.gql(doc, { n: 5 }, { token: admin })).errors).toBeUndefined();
    });
  });
}
