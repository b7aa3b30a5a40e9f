import { hashPassword, verifyPassword } from '../../../platform/auth/password';
import { AppError, badInput } from '../../../platform/errors/app-error';
import type { OrgContext } from '../org-context';
import { openSession } from '../session/session.service';
import { UserEntity } from '../user/user.entity';
import { ACCOUNT_LOCK_MS, AddressThrottle, MAX_ACCOUNT_FAILURES } from './login-throttle';

export const addressThrottle = new AddressThrottle();

/** Verifying against a throwaway hash keeps the timing of "no such user" like a wrong password. */
let dummyHash: Promise<string> | null = null;

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  });

function lockedError(until: Date): AppError {
  const time = until.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
  return new AppError(
    'FORBIDDEN',
    {
      vi: `Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau ${time} hoặc liên hệ quản trị cấp tỉnh.`,
      en: `Account temporarily locked after repeated failed sign-ins; try again after ${until.toISOString()} or ask a province administrator.`,
    },
    { lockedUntil: until.toISOString() },
  );
}

export async function login(ctx: OrgContext, username: string, password: string) {
  if (!username.trim() || !password) throw badInput('Vui lòng nhập tên đăng nhập và mật khẩu.', 'Enter a username and a password.');
  const address = ctx.clientIp || 'unknown';
  const wait = addressThrottle.retryAfterMs(address);
  if (wait > 0)
    throw new AppError(
      'TOO_MANY_REQUESTS',
      {
        vi: `Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau ${Math.ceil(wait / 60000)} phút.`,
        en: `Too many failed sign-ins from this address; try again in ${Math.ceil(wait / 60000)} minutes.`,
      },
      { retryAfterSeconds: Math.ceil(wait / 1000) },
    );

  const users = ctx.db.getRepository(UserEntity);
  const user = await users.findOneBy({ username: username.trim().toLowerCase() });
  const now = new Date();
  if (user?.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);

  const valid = user
    ? await verifyPassword(password, user.passwordHash)
    : await verifyPassword(password, await (dummyHash ??= hashPassword('not-a-real-password')));
  if (!user || !valid || !user.active) {
    addressThrottle.recordFailure(address);
    if (user) {
      const failures = user.failedLoginCount + 1;
      const lockedUntil = failures >= MAX_ACCOUNT_FAILURES ? new Date(now.getTime() + ACCOUNT_LOCK_MS) : null;
      await users.update({ id: user.id }, { failedLoginCount: lockedUntil ? 0 : failures, lockedUntil });
      ctx.log.warn({ userId: user.id, failures, locked: Boolean(lockedUntil) }, 'failed sign-in');
      if (lockedUntil) throw lockedError(lockedUntil);
    } else {
      ctx.log.warn({ reason: 'unknown user' }, 'failed sign-in');
    }
    throw wrongCredentials();
  }
  addressThrottle.recordSuccess(address);
  const { token, expiresAt } = await ctx.db.transaction(async (em) => {
    await em.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    return openSession(em, user.id, { clientIp: ctx.clientIp, ttlSeconds: ctx.config.jwtTtlSeconds, secret: ctx.config.jwtSecret, now });
  });
  ctx.log.info({ userId: user.id }, 'signed in');
  return { token, expiresAt, user: { ...user, lastLoginAt: now } };
}
