import { SESSION_VERIFY_PATH, SESSION_VERIFY_PURPOSE, type SessionAnswer, type SessionRefusal } from '../platform/auth/session';
import { INTERNAL_TOKEN_HEADER, signServiceToken, type UserActor, type UserTokenClaims } from '../platform/auth/tokens';
import { AppError, unauthenticated } from '../platform/errors/app-error';
import type { Logger } from '../platform/logging/logger';

export interface SessionVerifierOptions {
  /** The org subgraph's route, e.g. http://org:4001/internal/sessions/verify. */
  verifyUrl: string;
  internalSecret: string;
  /** How long a good answer is trusted: the longest a revoked session keeps working on this process. */
  ttlMs: number;
  maxEntries?: number;
  log: Logger;
}

export function sessionVerifyUrlFor(orgGraphqlUrl: string): string {
  return orgGraphqlUrl.replace(/\/graphql\/?$/, '') + SESSION_VERIFY_PATH;
}

const REFUSALS: Record<SessionRefusal, { vi: string; en: string }> = {
  EXPIRED: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.', en: 'Your session has expired; please sign in again.' },
  REVOKED: {
    vi: 'Phiên đăng nhập đã kết thúc (đăng xuất, đổi mật khẩu hoặc tài khoản được quản trị viên thay đổi); vui lòng đăng nhập lại.',
    en: 'Your session was ended (signed out, password changed or account changed by an administrator); please sign in again.',
  },
  DISABLED: {
    vi: 'Tài khoản đã bị khóa; vui lòng liên hệ quản trị cấp tỉnh.',
    en: 'The account has been disabled; please contact a province administrator.',
  },
  UNKNOWN: { vi: 'Mã đăng nhập không hợp lệ, vui lòng đăng nhập lại.', en: 'Invalid sign-in token; please sign in again.' },
};

export function sessionRefused(reason: SessionRefusal): AppError {
  const message = REFUSALS[reason];
  return unauthenticated(message.vi, message.en, { reason: `SESSION_${reason}` });
}

/**
 * Turns a verified sign-in token into the user's current identity. The gateway never reads org
 * tables: it asks the org subgraph (which owns users and sessions) and keeps a good answer for a
 * few seconds (SESSION_CACHE_SECONDS), so a user's burst of requests costs one check, while a
 * revocation reaches every gateway process within that time: each process only ever trusts its
 * own copy that long, and the truth is in the database they share. A refusal is final (a session
 * never comes back) and is kept as long as a good answer would be. Concurrent first requests of a
 * session share one check.
 */
export class SessionVerifier {
  private readonly cache = new Map<string, { answer: SessionAnswer; expiresAt: number }>();
  private readonly inFlight = new Map<string, Promise<SessionAnswer>>();
  private readonly maxEntries: number;
  readonly stats = { hits: 0, lookups: 0 };

  constructor(private readonly options: SessionVerifierOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async verify(claims: UserTokenClaims, now = Date.now()): Promise<UserActor> {
    const key = `${claims.sessionId}:${claims.userId}`;
    let answer: SessionAnswer;
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > now) {
      this.stats.hits++;
      answer = cached.answer;
    } else {
      if (cached) this.cache.delete(key);
      let pending = this.inFlight.get(key);
      if (!pending) {
        pending = this.lookup(claims).finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, pending);
      }
      answer = await pending;
      if (this.options.ttlMs > 0) {
        this.cache.set(key, { answer, expiresAt: now + this.options.ttlMs });
        while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
      }
    }
    if (!answer.valid) throw sessionRefused(answer.reason);
    const { identity } = answer;
    return {
      kind: 'user',
      userId: identity.userId,
      username: identity.username,
      unitId: identity.unitId,
      roles: identity.roles,
      provinceUnitId: identity.provinceUnitId,
      sessionId: identity.sessionId,
    };
  }

  /** Drops this process's copy, e.g. right after the session's own logout went through it. */
  forget(claims: UserTokenClaims): void {
    this.cache.delete(`${claims.sessionId}:${claims.userId}`);
  }

  private async lookup(claims: UserTokenClaims): Promise<SessionAnswer> {
    this.stats.lookups++;
    try {
      const res = await fetch(this.options.verifyUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: await signServiceToken(SESSION_VERIFY_PURPOSE, this.options.internalSecret),
        },
        body: JSON.stringify({ userId: claims.userId, sessionId: claims.sessionId }),
      });
      if (!res.ok) throw new Error(`session verification answered HTTP ${res.status}`);
      return (await res.json()) as SessionAnswer;
    } catch (err) {
      this.options.log.error({ err }, 'session verification unavailable');
      throw new AppError('INTERNAL_SERVER_ERROR', {
        vi: 'Tạm thời không kiểm tra được phiên đăng nhập, vui lòng thử lại sau.',
        en: 'The session cannot be checked right now; please retry later.',
      });
    }
  }
}
