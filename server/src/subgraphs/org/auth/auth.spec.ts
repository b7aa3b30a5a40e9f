import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURES_BEFORE_LOCK, ADDRESS_MAX_ATTEMPTS } from '../../../domain/org/sign-in-policy';
import { Role } from '../../../platform/auth/roles';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, signInternalToken, signUserToken } from '../../../platform/auth/tokens';
import { insertUnit, OrgUnitKind } from '../../../testing/fixtures';
import { TEST_DB_KIND } from '../../../testing/test-database';
import { startTestSystem, type TestSystem } from '../../../testing/test-system';
import { UserEntity } from '../user/user.entity';
import { SIGN_IN_REFUSED } from './auth.service';
import { SignInAddressEntity } from './sign-in-address.entity';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username } } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';

describe(`sign-in (${TEST_DB_KIND})`, () => {
  let system: TestSystem;
  let admin: string;
  let provinceId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    provinceId = (await insertUnit(system.orgDb, { name: 'Tỉnh Quảng Ninh', kind: OrgUnitKind.PROVINCE, code: '22', subtype: 'tỉnh' })).id;
    admin = (
      await system.createUser({ username: 'admin.qn', unitId: provinceId, roles: [Role.PROVINCE_ADMIN], password: 'mat-khau-quan-tri' })
    ).token;
    for (const username of ['canbo.ansinh', 'canbo.song.song', 'canbo.khoa', 'canbo.doimatkhau', 'canbo.nat', 'canbo.moi'])
      await system.createUser({ username, unitId: provinceId, roles: [Role.UNIT_OFFICER], password: 'dung-mat-khau-1' });
  });
  afterAll(() => system?.stop());

  /** Calls the org subgraph directly, as the gateway would, from a chosen client address. */
  async function loginAt(clientIp: string, u: string, p: string) {
    const token = await signInternalToken({ actor: ANONYMOUS, requestId: crypto.randomUUID(), clientIp }, system.config.internalSecret);
    return system.gql<{ login: { token: string; user: { username: string } } }>(
      LOGIN,
      { u, p },
      { url: system.orgUrl, headers: { [INTERNAL_TOKEN_HEADER]: token } },
    );
  }
  const userRow = (username: string) => system.orgDb.getRepository(UserEntity).findOneByOrFail({ username });

  it('a wrong password, an unknown user and a locked account get the same code and message', async () => {
    const wrong = await loginAt('10.0.0.1', 'canbo.ansinh', 'sai-mat-khau');
    const unknown = await loginAt('10.0.0.1', 'khong.co.ai', 'sai-mat-khau');
    for (let i = 1; i <= ACCOUNT_FAILURES_BEFORE_LOCK; i++) await loginAt('10.0.0.1', 'canbo.khoa', `sai-${i}`);
    expect((await userRow('canbo.khoa')).lockedUntil).not.toBeNull();
    const locked = await loginAt('10.0.0.1', 'canbo.khoa', 'sai-nua');
    const lockedRight = await loginAt('10.0.0.1', 'canbo.khoa', 'dung-mat-khau-1');
    expect(wrong.errors?.[0].message).toBe(SIGN_IN_REFUSED.vi);
    for (const answer of [unknown, locked, lockedRight]) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]).toEqual(wrong.errors?.[0]);
    }
    // Through the gateway too, in both languages.
    const viaGateway = await system.gql(LOGIN, { u: 'canbo.khoa', p: 'dung-mat-khau-1' });
    expect(viaGateway.errors?.[0]).toMatchObject({ message: SIGN_IN_REFUSED.vi, extensions: { code: 'UNAUTHENTICATED' } });
    expect((await system.gql(LOGIN, { u: 'khong.co.ai', p: 'x' }, { locale: 'en' })).errors?.[0].message).toBe(SIGN_IN_REFUSED.en);

    const ok = await loginAt('10.0.0.1', ' CanBo.AnSinh ', 'dung-mat-khau-1');
    expect(ok.data?.login.user.username).toBe('canbo.ansinh');
    expect((await userRow('canbo.ansinh')).failedLoginCount).toBe(0);
  });

  it('40 parallel wrong passwords: the account locks after 5 and the other 35 are refused unchecked', async () => {
    // From 40 addresses, so the per-address limit plays no part: only the account's count does.
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => loginAt(`10.40.0.${i}`, 'canbo.song.song', `sai-${i}`)));
    for (const answer of answers)
      expect(answer.errors?.[0]).toMatchObject({ message: SIGN_IN_REFUSED.vi, extensions: { code: 'UNAUTHENTICATED' } });
    const row = await userRow('canbo.song.song');
    // Counted before each password check, atomically: exactly 5 guesses were checked, not 40.
    expect(row.failedLoginCount).toBe(ACCOUNT_FAILURES_BEFORE_LOCK);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(started + 50_000);
    expect(row.lockedUntil!.getTime()).toBeLessThan(Date.now() + 61_000);
    // The right password waits for the lock, or for an administrator.
    expect((await loginAt('10.40.1.1', 'canbo.song.song', 'dung-mat-khau-1')).errors?.[0].message).toBe(SIGN_IN_REFUSED.vi);
    const unlocked = await system.gql<{ unlockUser: { lockedUntil: string | null } }>(
      `mutation { unlockUser(id: "${row.id}") { lockedUntil } }`,
      {},
      { token: admin },
    );
    expect(unlocked.data?.unlockUser.lockedUntil).toBeNull();
    expect((await loginAt('10.40.1.1', 'canbo.song.song', 'dung-mat-khau-1')).errors).toBeUndefined();
  });

  it('each further failure after a lock locks for longer (1, 5, 15 minutes…); success resets', async () => {
    const users = system.orgDb.getRepository(UserEntity);
    const { id } = await userRow('canbo.moi');
    const lockAfterOneMore = async () => {
      await users.update({ id }, { lockedUntil: new Date(Date.now() - 1000) }); // the previous lock has run out
      const before = Date.now();
      await loginAt('10.1.1.1', 'canbo.moi', 'sai');
      return Math.round(((await userRow('canbo.moi')).lockedUntil!.getTime() - before) / 60_000);
    };
    for (let i = 1; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) await loginAt('10.1.1.1', 'canbo.moi', 'sai');
    expect((await userRow('canbo.moi')).lockedUntil).toBeNull();
    expect([await lockAfterOneMore(), await lockAfterOneMore(), await lockAfterOneMore()]).toEqual([1, 5, 15]);
    await users.update({ id }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await loginAt('10.1.1.1', 'canbo.moi', 'dung-mat-khau-1')).errors).toBeUndefined();
    expect(await userRow('canbo.moi')).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('a throttled address still lets a known-good account sign in with its right password', async () => {
    const nat = '10.9.9.9';
    expect((await loginAt(nat, 'canbo.nat', 'dung-mat-khau-1')).errors).toBeUndefined(); // known-good from this address
    let last = await loginAt(nat, 'nguoi.la.0', 'sai');
    for (let i = 1; i <= ADDRESS_MAX_ATTEMPTS && last.errors?.[0].extensions?.code !== 'TOO_MANY_REQUESTS'; i++)
      last = await loginAt(nat, `nguoi.la.${i}`, 'sai');
    expect(last.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(last.errors?.[0].message).toMatch(/Quá nhiều lần đăng nhập không thành công/);
    expect(Number(last.errors?.[0].extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    // Counted in the database, where every process sees it.
    expect((await system.orgDb.getRepository(SignInAddressEntity).findOneByOrFail({ address: nat })).attempts).toBe(ADDRESS_MAX_ATTEMPTS);
    // The office's own user still gets in; an account never used from here is refused unchecked.
    expect((await loginAt(nat, 'canbo.nat', 'dung-mat-khau-1')).data?.login.user.username).toBe('canbo.nat');
    expect((await loginAt(nat, 'canbo.doimatkhau', 'dung-mat-khau-1')).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await loginAt(nat, 'nguoi.la.moi', 'sai')).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // A known-good account guessed from the throttled address still locks as usual.
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) await loginAt(nat, 'canbo.nat', 'sai');
    expect((await loginAt(nat, 'canbo.nat', 'dung-mat-khau-1')).errors?.[0].message).toBe(SIGN_IN_REFUSED.vi);
    // Other addresses are not affected.
    expect((await loginAt('10.9.9.10', 'admin.qn', 'mat-khau-quan-tri')).errors).toBeUndefined();
  }, 120_000); // about thirty password checks: slow on a loaded 2-core machine

  it('changeMyPassword: wrong current passwords count against the account; the 6th try is refused, even right', async () => {
    const token = await system.tokenFor((await userRow('canbo.doimatkhau')).id);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_LOCK; i++) {
      const wrong = await system.gql(CHANGE, { c: `sai-${i}`, n: 'mat-khau-moi-123' }, { token });
      expect(wrong.errors?.[0]).toMatchObject({ message: 'Mật khẩu hiện tại không đúng.', extensions: { code: 'BAD_USER_INPUT' } });
    }
    const refused = await system.gql(CHANGE, { c: 'dung-mat-khau-1', n: 'mat-khau-moi-123' }, { token });
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].message).toMatch(/tạm khóa/);
    // In parallel too: only what the count allows is checked.
    await system.orgDb.getRepository(UserEntity).update({ username: 'canbo.doimatkhau' }, { failedLoginCount: 0, lockedUntil: null });
    const parallel = await Promise.all(
      Array.from({ length: 20 }, (_, i) => system.gql(CHANGE, { c: `sai-${i}`, n: 'mat-khau-moi-123' }, { token })),
    );
    expect(parallel.filter((a) => a.errors?.[0].extensions?.code === 'BAD_USER_INPUT')).toHaveLength(ACCOUNT_FAILURES_BEFORE_LOCK);
    expect((await userRow('canbo.doimatkhau')).failedLoginCount).toBe(ACCOUNT_FAILURES_BEFORE_LOCK);
    // Sign-in shares the lock.
    expect((await loginAt('10.2.2.2', 'canbo.doimatkhau', 'dung-mat-khau-1')).errors?.[0].message).toBe(SIGN_IN_REFUSED.vi);
  });

  it('an expired token is UNAUTHENTICATED, a tampered one too', async () => {
    const token = await signUserToken({ userId: 'x', sessionId: 'y' }, system.config.jwtSecret, new Date(Date.now() - 5000));
    const expired = await system.gql('{ users { totalCount } }', {}, { token });
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(expired.errors?.[0].message).toMatch(/hết hạn/);
    const forged = await signUserToken({ userId: 'x', sessionId: 'y' }, 'another-secret-0123456789', new Date(Date.now() + 60_000));
    expect((await system.gql('{ users { totalCount } }', {}, { token: forged })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
