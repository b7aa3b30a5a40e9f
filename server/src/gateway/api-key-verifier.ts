import { API_KEY_VERIFY_PATH, API_KEY_VERIFY_PURPOSE, hashApiKey, invalidApiKey, looksLikeApiKey } from '../platform/auth/api-key';
import { appActor, INTERNAL_TOKEN_HEADER, signServiceToken, type ApiScope, type AppActor } from '../platform/auth/tokens';
import { AppError } from '../platform/errors/app-error';
import type { Logger } from '../platform/logging/logger';
import { TokenBucketLimiter } from './rate-limit';

function tooManyRefusedKeys(retryAfterSeconds: number): AppError {
  return new AppError(
    'TOO_MANY_REQUESTS',
    {
      vi: `Quá nhiều khóa API không hợp lệ từ địa chỉ này; thử lại sau ${retryAfterSeconds} giây.`,
      en: `Too many invalid API keys from this address; try again in ${retryAfterSeconds} seconds.`,
    },
    { retryAfterSeconds },
  );
}

interface VerifyAnswer {
  valid: boolean;
  client?: { id: string; name: string; provinceUnitId: string; scopes: ApiScope[] };
}

export interface ApiKeyVerifierOptions {
  /** The org subgraph's verification route, e.g. http://org:4001/internal/api-keys/verify. */
  verifyUrl: string;
  internalSecret: string;
  /** How long a positive answer is trusted; 0 asks the org subgraph on every request. */
  ttlMs: number;
  /** Bound of the cache (least recently used keys are dropped first). */
  maxEntries?: number;
  /** How long a refused key is remembered as refused (default 60 s). */
  negativeTtlMs?: number;
  /** Refused keys one client address may try per minute before it is refused unchecked (default 10). */
  failuresPerMinute?: number;
  log: Logger;
}

/** The org subgraph's verification URL next to its /graphql endpoint. */
export function verifyUrlFor(orgGraphqlUrl: string): string {
  return orgGraphqlUrl.replace(/\/graphql\/?$/, '') + API_KEY_VERIFY_PATH;
}

/**
 * Turns an API key into an app actor. The gateway never reads org tables: it asks the org
 * subgraph (which owns ApiClient) over an internal route, and remembers positive answers for a
 * short time so a busy portal does not cost a database read per request. The cache is keyed by
 * the key's SHA-256, so raw keys do not linger in memory. Malformed keys are refused without any
 * call; concurrent first requests with the same key share one verification.
 *
 * Invalid keys (issue 7, item 10): a refused key is remembered as refused for a minute (a key is
 * random, so a new one is never in this cache and works at once; a revoked one was refused
 * already), and each client address may present only a few refused keys a minute before its
 * further unknown keys are refused without asking the org subgraph (TOO_MANY_REQUESTS): a
 * guesser can neither make the database answer for him nor learn anything faster.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { actor: AppActor; expiresAt: number }>();
  private readonly inFlight = new Map<string, Promise<AppActor | null>>();
  private readonly refused = new Map<string, number>();
  private readonly failures: TokenBucketLimiter;
  private readonly maxEntries: number;
  private readonly negativeTtlMs: number;
  /** Counters for tests and operations: cache hits and calls to the org subgraph. */
  readonly stats = { hits: 0, lookups: 0, refusedFromCache: 0, throttled: 0 };

  constructor(private readonly options: ApiKeyVerifierOptions) {
    this.maxEntries = options.maxEntries ?? 1000;
    this.negativeTtlMs = options.negativeTtlMs ?? 60_000;
    this.failures = new TokenBucketLimiter(options.failuresPerMinute ?? 10);
  }

  /** `address` is the client's (req.ip): refused keys are limited per address. */
  async verify(key: string, now = Date.now(), address = ''): Promise<AppActor> {
    if (!looksLikeApiKey(key)) throw this.refuse(address, now);
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > now) {
      // Map keeps insertion order: re-inserting marks the entry most recently used.
      this.cache.delete(hash);
      this.cache.set(hash, cached);
      this.stats.hits++;
      return cached.actor;
    }
    if (cached) this.cache.delete(hash);
    const refusedUntil = this.refused.get(hash);
    if (refusedUntil !== undefined && refusedUntil > now) {
      this.stats.refusedFromCache++;
      throw this.refuse(address, now);
    }
    if (refusedUntil !== undefined) this.refused.delete(hash);
    if (this.throttled(address, now)) {
      this.stats.throttled++;
      throw tooManyRefusedKeys(this.throttled(address, now) || 60);
    }
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = this.lookup(key).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, pending);
    }
    const actor = await pending;
    if (!actor) {
      this.refused.set(hash, now + this.negativeTtlMs);
      while (this.refused.size > this.maxEntries * 10) this.refused.delete(this.refused.keys().next().value as string);
      throw this.refuse(address, now);
    }
    if (this.options.ttlMs > 0) {
      this.cache.set(hash, { actor, expiresAt: now + this.options.ttlMs });
      while (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    }
    return actor;
  }

  /** Seconds the address must wait before another unknown key is checked (0: it may try). */
  private throttled(address: string, now: number): number {
    const state = this.blockedUntil.get(address);
    if (state === undefined) return 0;
    if (state <= now) {
      this.blockedUntil.delete(address);
      return 0;
    }
    return Math.max(1, Math.ceil((state - now) / 1000));
  }

  private readonly blockedUntil = new Map<string, number>();

  /** Counts a refused key against the address and answers the one refusal (the same for every refused key). */
  private refuse(address: string, now: number): AppError {
    const taken = this.failures.take(address, now);
    if (!taken.allowed) {
      this.blockedUntil.set(address, now + taken.retryAfterSeconds * 1000);
      while (this.blockedUntil.size > 10_000) this.blockedUntil.delete(this.blockedUntil.keys().next().value as string);
    }
    return invalidApiKey();
  }

  private async lookup(key: string): Promise<AppActor | null> {
    this.stats.lookups++;
    let answer: VerifyAnswer;
    try {
      const res = await fetch(this.options.verifyUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: await signServiceToken(API_KEY_VERIFY_PURPOSE, this.options.internalSecret),
        },
        body: JSON.stringify({ key }),
      });
      if (!res.ok) throw new Error(`verification answered HTTP ${res.status}`);
      answer = (await res.json()) as VerifyAnswer;
    } catch (err) {
      // Never the key itself: only that the check could not be made.
      this.options.log.error({ err }, 'api key verification unavailable');
      throw new AppError('INTERNAL_SERVER_ERROR', {
        vi: 'Tạm thời không kiểm tra được khóa API, vui lòng thử lại sau.',
        en: 'The API key cannot be checked right now; please retry later.',
      });
    }
    return answer.valid && answer.client ? appActor(answer.client) : null;
  }
}
