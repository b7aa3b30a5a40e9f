import { hashPassword, verifyPassword } from '../../../platform/auth/password';
import { AppError, badInput } from '../../../platform/errors/app-error';
import type { OrgContext } from '../org-context';
import { openSession } from '../session/session.service';
import { UserEntity } from '../user/user.entity';
import {
  addressRetryAfterMs,
  clearAccountFailures,
  knownGoodFrom,
  refundAddressAttempt,
  reserveAccountAttempt,
  reserveAddressAttempt,
} from './sign-in-limits';

/** Verifying against a throwaway hash keeps the timing of "no such user" like a wrong password. */
let dummyHash: Promise<string> | null = null;

/**
 * One answer for a wrong password, an unknown user, a locked or a disabled account: telling them
 * apart would tell a guesser which usernames exist and when to come back. It names the lock so
 * an official who mistyped a few times knows why the right password is refused for a while.
 */
export const SIGN_IN_REFUSED = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản tạm khóa (từ 1 phút, tăng dần); cần hỗ trợ, hãy liên hệ quản trị cấp tỉnh.',
  en: 'Wrong username or password. After 5 failures in a row the account is locked for a while (from 1 minute, growing); ask a province administrator for help.',
};
export const signInRefused = () => new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED);

function addressThrottled(waitMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60000));
  return new AppError(
    'TOO_MANY_REQUESTS',
    {
      vi: `Quá nhiều lần đăng nhập không thành công từ địa chỉ này; thử lại sau ${minutes} phút. Tài khoản đã từng đăng nhập từ máy này vẫn đăng nhập được.`,
      en: `Too many unsuccessful sign-ins from this address; try again in ${minutes} minutes. Accounts that signed in from here before still can.`,
    },
    { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) },
  );
}

export async function login(ctx: OrgContext, username: string, password: string) {
  if (!username.trim() || !password) throw badInput('Vui lòng nhập tên đăng nhập và mật khẩu.', 'Enter a username and a password.');
  // Bounded before any hashing: scrypt over megabytes of "password" is a cheap way to burn CPU.
  if (username.length > 128 || password.length > 256) throw signInRefused();
  const address = ctx.clientIp || 'unknown';
  const users = ctx.db.getRepository(UserEntity);
  const user = await users.findOneBy({ username: username.trim().toLowerCase() });

  // Per address: over its limit, only accounts that signed in from here before get a password check.
  const addressCounted = await reserveAddressAttempt(ctx.db, address);
  if (!addressCounted && !(user && (await knownGoodFrom(ctx.db, user.id, address)))) {
    ctx.log.warn({ reason: 'address throttled' }, 'failed sign-in');
    throw addressThrottled(await addressRetryAfterMs(ctx.db, address));
  }

  if (!user) {
    await verifyPassword(password, await (dummyHash ??= hashPassword('not-a-real-password')));
    ctx.log.warn({ reason: 'unknown user' }, 'failed sign-in');
    throw signInRefused();
  }
  // Per account: the attempt is counted (and a lock set) before the password is checked.
  if (!(await reserveAccountAttempt(ctx.db, user.id))) {
    ctx.log.warn({ userId: user.id, reason: 'locked' }, 'failed sign-in');
    throw signInRefused();
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid || !user.active) {
    ctx.log.warn({ userId: user.id, reason: valid ? 'disabled' : 'wrong password' }, 'failed sign-in');
    throw signInRefused();
  }
  const now = new Date();
  const { token, expiresAt } = await ctx.db.transaction(async (em) => {
    await clearAccountFailures(em, user.id);
    await em.update(UserEntity, { id: user.id }, { lastLoginAt: now });
    return openSession(em, user.id, { clientIp: ctx.clientIp, ttlSeconds: ctx.config.jwtTtlSeconds, secret: ctx.config.jwtSecret, now });
  });
  if (addressCounted) await refundAddressAttempt(ctx.db, address);
  ctx.log.info({ userId: user.id }, 'signed in');
  return { token, expiresAt, user: { ...user, failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } };
}
